/** Message catalogs and the pure formatting helpers. */
export { en, type Catalog } from './en';
export { nl } from './nl';
export { WORDS, type Words } from './words';
export { formatReason, formatRisk, interpolate, lookup, modelName, riskTitle, severityName, surveyText, template } from './format';

import { en, type Catalog } from './en';
import { nl } from './nl';

/** All catalogs by language code. */
export const CATALOGS: Readonly<Record<'en' | 'nl', Catalog>> = { en, nl };
