import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import { en as analysisEn, nl as analysisNl } from '../../../shared/i18n';

import { pickLanguage, type Language } from './pick';

export { LANGUAGES, pickLanguage, type Language } from './pick';

export function systemLanguage(): Language {
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/**
 * Two namespaces: `ui` (this folder: the editor's words) and `analysis` (shared/i18n: model names
 * and guides, reasons, risk messages and advice, shared with the CLI).
 */
export const resources = {
  en: { ui: en, analysis: analysisEn },
  nl: { ui: nl, analysis: analysisNl },
} as const;

export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: ['ui', 'analysis'],
    defaultNS: 'ui',
    // React renders every string as text, so i18next must not HTML-escape (labels stay verbatim).
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
