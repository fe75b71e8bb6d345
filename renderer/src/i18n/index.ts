import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import { en as analysisEn, nl as analysisNl } from '../../../shared/i18n';
import { en as commandsEn, nl as commandsNl } from '../../../shared/i18n/commands';

import { pickLanguage, type Language } from './pick';

export { LANGUAGES, pickLanguage, type Language } from './pick';

export function systemLanguage(): Language {
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/**
 * Three namespaces: `ui` (this folder: the editor's words), `analysis` (shared/i18n: model names
 * and guides, reasons, risk messages and advice, shared with the CLI) and `commands` (shared/i18n:
 * every command's label, shared with the native menu; keyed by command id).
 */
export const resources = {
  en: { ui: en, analysis: analysisEn, commands: commandsEn },
  nl: { ui: nl, analysis: analysisNl, commands: commandsNl },
} as const;

/**
 * Puts `i18n` in `language`, unless it is in it already. i18next announces even a change to the
 * language it has (`languageChanged`), and react-i18next then renders every component that
 * translates again: at the start, where the settings' language is already the instance's, that was
 * a second render of those components before the empty map was interactive (issue 17).
 */
export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  if (i18n.language === language) return;
  await i18n.changeLanguage(language);
}

export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: ['ui', 'analysis', 'commands'],
    defaultNS: 'ui',
    // React renders every string as text, so i18next must not HTML-escape (labels stay verbatim).
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
