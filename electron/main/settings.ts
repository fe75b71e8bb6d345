/**
 * The user's settings (language, theme, grid, snap): kept in `<userData>/settings.json`, with the
 * app's user data and never in a map file. Written atomically like a map (documents.ts); read
 * leniently: a file that is missing starts from the defaults, and one that is not JSON or holds a
 * wrong value falls back to the defaults (per field where it can) and is reported in the log —
 * settings never stop the app from starting. The renderer's patches are validated in the IPC
 * wrapper (`validateSettingsPatch`, ipc.ts) before they get here.
 *
 * The theme also drives `nativeTheme.themeSource`, so native dialogs and menus match the window.
 */
import { LANGUAGES, SETTING_KEYS, THEMES, type Language, type Settings, type Theme } from '../../shared/settings';
import { atomicWriteFile, type DocumentFs } from './fs';
import type { IpcRegistry } from './ipc';
import { noArgs, validateSettingsPatch } from './ipc';

const FILE_FORMAT = 'orgmap-settings';
const FILE_VERSION = 1;
/** A settings file is a few hundred bytes; anything much larger is not ours. */
const MAX_FILE_BYTES = 64 * 1024;

/** The defaults: the OS language when it is Dutch, else English; theme follows the system. */
export function defaultSettings(locale = 'en'): Settings {
  return { language: locale.toLowerCase().startsWith('nl') ? 'nl' : 'en', theme: 'system', grid: true, snap: true, welcomed: false };
}

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
export const isTheme = (value: unknown): value is Theme => typeof value === 'string' && (THEMES as readonly string[]).includes(value);

/** Whether `value` is right for setting `key`. */
export function isSettingValue(key: keyof Settings, value: unknown): boolean {
  switch (key) {
    case 'language':
      return isLanguage(value);
    case 'theme':
      return isTheme(value);
    case 'grid':
    case 'snap':
    case 'welcomed':
      return typeof value === 'boolean';
  }
}

/**
 * Reads a settings file's text. Never throws: what cannot be used is replaced by the default and
 * named in `problems` (the caller logs them). Unknown fields are ignored (a newer version's file).
 */
export function parseSettingsFile(text: string, defaults: Settings): { settings: Settings; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { settings: defaults, problems: [`not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { settings: defaults, problems: ['not a JSON object'] };
  const record = value as Record<string, unknown>;
  if (record.format !== FILE_FORMAT) return { settings: defaults, problems: [`format is ${JSON.stringify(record.format)}, not "${FILE_FORMAT}"`] };
  const problems: string[] = [];
  const settings: Record<keyof Settings, unknown> = { ...defaults };
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    if (isSettingValue(key, record[key])) settings[key] = record[key];
    else problems.push(`${key}: ${JSON.stringify(record[key])?.slice(0, 40)} is not allowed, using ${JSON.stringify(defaults[key])}`);
  }
  return { settings: settings as unknown as Settings, problems };
}

/** The file's text: stable key order, pretty JSON. */
export function serializeSettings(settings: Settings): string {
  const ordered: Record<string, unknown> = { format: FILE_FORMAT, version: FILE_VERSION };
  for (const key of SETTING_KEYS) ordered[key] = settings[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export interface SettingsOptions {
  /** `<userData>/settings.json`. */
  readonly file: string;
  readonly fs: DocumentFs;
  readonly defaults: Settings;
  readonly syncDir?: (dir: string) => Promise<void>;
  readonly log?: (message: string) => void;
  /** After every change (and once after load): nativeTheme, the menu's language. */
  readonly onChange?: (settings: Settings, previous: Settings | null) => void;
}

export class SettingsStore {
  #settings: Settings;
  #writing: Promise<void> = Promise.resolve();
  readonly #options: SettingsOptions;

  constructor(options: SettingsOptions) {
    this.#options = options;
    this.#settings = options.defaults;
  }

  get(): Settings {
    return this.#settings;
  }

  /** Reads the file; missing → defaults, unusable → defaults (logged). Never throws. */
  async load(): Promise<Settings> {
    const { fs, file, defaults, log } = this.#options;
    let text: string | null = null;
    try {
      const info = await fs.stat(file);
      if (info.size > MAX_FILE_BYTES) log?.(`settings: ${file} is ${info.size} bytes, too large; using the defaults`);
      else text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(file));
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code !== 'ENOENT') log?.(`settings: cannot read ${file} (${code || String(error)}); using the defaults`);
    }
    if (text === null) {
      this.#settings = defaults;
    } else {
      const { settings, problems } = parseSettingsFile(text, defaults);
      for (const problem of problems) log?.(`settings: ${file}: ${problem}`);
      this.#settings = settings;
    }
    this.#options.onChange?.(this.#settings, null);
    return this.#settings;
  }

  /** Applies a (validated) patch and persists it; resolves once the file is written. */
  async set(patch: Partial<Settings>): Promise<Settings> {
    const previous = this.#settings;
    const next: Settings = { ...previous, ...patch };
    if (SETTING_KEYS.every((key) => next[key] === previous[key])) return previous;
    this.#settings = next;
    this.#options.onChange?.(next, previous);
    await this.#persist();
    return next;
  }

  /** Writes are queued so the file always ends with the latest settings; a failure is logged. */
  #persist(): Promise<void> {
    const { fs, file, log, syncDir } = this.#options;
    this.#writing = this.#writing
      .then(() => atomicWriteFile(fs, file, serializeSettings(this.#settings), syncDir ? { syncDir } : {}))
      .catch((error: unknown) => log?.(`settings: could not write ${file}: ${String(error)}`));
    return this.#writing;
  }
}

/** `nativeTheme.themeSource` for a theme setting (the same three words). */
export function themeSource(theme: Theme): 'system' | 'light' | 'dark' {
  return theme;
}

export function setupSettings(registry: IpcRegistry, store: SettingsStore): void {
  registry.handle('getSettings', noArgs, () => store.get());
  registry.handle('setSettings', validateSettingsPatch, (_event, patch) => store.set(patch));
}
