import type { ModelId } from './types';

/**
 * How common each model was among 140 corporate social strategists of companies with more than
 * 1,000 employees (Altimeter Group, Jeremiah Owyang): share in 2010 and in 2012, in percent.
 * Source: docs/domain.md. Shown beside the verdict so a strategist can cite it.
 */
export const SURVEY_SHARE: Readonly<Record<ModelId, { readonly y2010: number; readonly y2012: number }>> = {
  decentralized: { y2010: 10.8, y2012: 9.4 },
  centralized: { y2010: 28.8, y2012: 29.1 },
  'hub-and-spoke': { y2010: 41, y2012: 35.4 },
  'multiple-hub-and-spoke': { y2010: 18, y2012: 23.6 },
  holistic: { y2010: 1.4, y2012: 2.5 },
};
