import type { Language } from '../../../shared/settings';

export { LANGUAGES, type Language } from '../../../shared/settings';

/** The UI language for the user's preferred languages, in order: the first we have, else English. */
export function pickLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'en';
}
