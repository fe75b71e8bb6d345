import type { OrgmapBridge, Settings } from '../../../shared/ipc';
import { readStoredSettings, type SettingsPort } from '../settings/settings';

/** Where the browser keeps the settings (one JSON object; never in a map file). */
export const SETTINGS_STORAGE_KEY = 'orgmap.settings';

/**
 * Settings in browser storage. Reading is lenient (a missing, unreadable or partly wrong entry
 * gives what can be used); a write merges the patch into what is stored. Without storage (private
 * modes, blocked cookies) nothing is kept and the defaults apply at every start.
 */
export function createLocalSettings(storage: Pick<Storage, 'getItem' | 'setItem'> | null): SettingsPort {
  const read = (): Partial<Settings> => {
    if (!storage) return {};
    try {
      const text = storage.getItem(SETTINGS_STORAGE_KEY);
      return text === null ? {} : readStoredSettings(JSON.parse(text));
    } catch {
      return {};
    }
  };
  return {
    load: () => Promise.resolve(read()),
    save(patch) {
      if (!storage) return Promise.resolve();
      try {
        storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ ...read(), ...readStoredSettings(patch) }));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

/** Settings kept by the desktop shell (settings.json in the app's user data), through the bridge. */
export function createBridgeSettings(bridge: Pick<OrgmapBridge, 'getSettings' | 'setSettings'>): SettingsPort {
  return {
    load: () => bridge.getSettings(),
    async save(patch) {
      await bridge.setSettings(patch);
    },
  };
}
