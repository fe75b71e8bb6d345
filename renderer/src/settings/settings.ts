/**
 * The user's settings in the renderer: language, theme, grid, snap and whether the first-run
 * welcome was dismissed. They live in the app store's UI slice (never in the undo history, never
 * in a map file) and are kept by the platform's settings port (platform/types.ts): the desktop
 * shell's settings.json in the user-data folder, or the browser's localStorage.
 */
import { LANGUAGES, SETTING_KEYS, THEMES, type Language, type Settings, type Theme } from '../../../shared/settings';
import type { AppState } from '../store/types';

export type { Settings, Theme };
export { SETTING_KEYS, THEMES };

/** The settings as the app starts without any stored: the system's language, theme follows the system. */
export function defaultSettings(language: Language): Settings {
  return { language, theme: 'system', grid: true, snap: true, welcomed: false };
}

function isSettingValue(key: keyof Settings, value: unknown): boolean {
  switch (key) {
    case 'language':
      return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
    case 'theme':
      return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
    case 'grid':
    case 'snap':
    case 'welcomed':
      return typeof value === 'boolean';
  }
}

/**
 * The usable settings in a stored value: every known key with an allowed value; anything else
 * (not an object, unknown keys, wrong values) is left out, so the default applies to it.
 */
export function readStoredSettings(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of SETTING_KEYS) {
    if (Object.hasOwn(record, key) && isSettingValue(key, record[key])) out[key] = record[key];
  }
  return out as Partial<Settings>;
}

/** The settings part of the app state. */
export function settingsOf(state: Pick<AppState, 'language' | 'theme' | 'showGrid' | 'snapToGrid' | 'welcomed'>): Settings {
  return { language: state.language, theme: state.theme, grid: state.showGrid, snap: state.snapToGrid, welcomed: state.welcomed };
}

/** The app state fields for some settings (to create the store with). */
export function stateOf(settings: Settings): Pick<AppState, 'language' | 'theme' | 'showGrid' | 'snapToGrid' | 'welcomed'> {
  return { language: settings.language, theme: settings.theme, showGrid: settings.grid, snapToGrid: settings.snap, welcomed: settings.welcomed };
}

/** What changed from `before` to `after`, or null when nothing did. */
export function settingsPatch(before: Settings, after: Settings): Partial<Settings> | null {
  const patch: Partial<Record<keyof Settings, unknown>> = {};
  let changed = false;
  for (const key of SETTING_KEYS) {
    if (before[key] !== after[key]) {
      patch[key] = after[key];
      changed = true;
    }
  }
  return changed ? (patch as Partial<Settings>) : null;
}

/** Where settings are kept (the platform port's `settings`). */
export interface SettingsPort {
  /** What is stored (the desktop shell answers with all settings; the browser with what it has). */
  load(): Promise<Partial<Settings>>;
  /** Stores a change of some settings. */
  save(patch: Partial<Settings>): Promise<void>;
}

interface SubscribableStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/**
 * Saves every change of the settings in the store through the port, one patch per change.
 * Returns the unsubscribe function. A failed save is reported to `onError` and changes nothing
 * in the app (the setting still applies for this session).
 */
export function persistSettings(store: SubscribableStore, port: SettingsPort, onError: (error: unknown) => void = () => undefined): () => void {
  let last = settingsOf(store.getState());
  return store.subscribe((state) => {
    // Every store change passes here (drag frames too): five comparisons, no allocation unless changed.
    if (state.language === last.language && state.theme === last.theme && state.showGrid === last.grid && state.snapToGrid === last.snap && state.welcomed === last.welcomed) return;
    const next = settingsOf(state);
    const patch = settingsPatch(last, next);
    last = next;
    if (patch) port.save(patch).catch(onError);
  });
}

/** Loads the stored settings over the defaults; a port that fails leaves the defaults. */
export async function loadSettings(port: SettingsPort, defaults: Settings): Promise<Settings> {
  try {
    return { ...defaults, ...readStoredSettings(await port.load()) };
  } catch {
    return defaults;
  }
}
