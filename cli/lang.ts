/**
 * The language of the command line: `--lang en|nl` on every command, else the locale of the
 * environment (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them), else English. JSON
 * keys stay English; texts follow the language.
 */
import { UsageError, stringOption, type OptionSpec, type ParsedArgs } from './args';
import { CATALOGS, type Catalog } from '../shared/i18n';

export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];

export const LANG_OPTION: OptionSpec = {
  name: 'lang',
  value: 'en|nl',
  description: 'language of the texts (default: from LC_ALL / LANG, else en); JSON keys stay English',
};

/** The language a locale string such as `nl_NL.UTF-8` asks for, or undefined when it names neither. */
function fromLocale(locale: string | undefined): Lang | undefined {
  if (locale === undefined || locale === '') return undefined;
  const code = locale.toLowerCase().slice(0, 2);
  return code === 'nl' ? 'nl' : code === 'en' ? 'en' : undefined;
}

/** The language for this run: --lang, else the environment's locale, else English. */
export function resolveLang(args: ParsedArgs, env: Readonly<Record<string, string | undefined>> | undefined): Lang {
  const asked = stringOption(args, 'lang');
  if (asked !== undefined) {
    if (asked !== 'en' && asked !== 'nl') throw new UsageError(`--lang must be en or nl, not "${asked}"`);
    return asked;
  }
  // The first variable that is set decides (LC_ALL=C means "no translation": English).
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env?.[name];
    if (value !== undefined && value !== '') return fromLocale(value) ?? 'en';
  }
  return 'en';
}

export function catalogFor(lang: Lang): Catalog {
  return CATALOGS[lang];
}
