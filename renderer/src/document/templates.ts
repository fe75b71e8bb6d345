import type { ModelId } from '../../../shared/analysis/types';
import { parseDocument, type OrgDocument } from '../../../shared/model';
import decentralized from '../../../assets/templates/decentralized.orgmap?raw';
import centralized from '../../../assets/templates/centralized.orgmap?raw';
import hubAndSpoke from '../../../assets/templates/hub-and-spoke.orgmap?raw';
import multipleHubAndSpoke from '../../../assets/templates/multiple-hub-and-spoke.orgmap?raw';
import holistic from '../../../assets/templates/holistic.orgmap?raw';

/** The five starter maps, one per model, bundled as text and parsed like any file. */
export const TEMPLATE_TEXTS: Readonly<Record<ModelId, string>> = {
  decentralized,
  centralized,
  'hub-and-spoke': hubAndSpoke,
  'multiple-hub-and-spoke': multipleHubAndSpoke,
  holistic,
};

export function loadTemplate(id: ModelId): OrgDocument {
  const result = parseDocument(TEMPLATE_TEXTS[id], `${id}.orgmap`);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}
