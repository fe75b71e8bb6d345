import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/ipc';
import { createAppStore } from '../store';
import { defaultSettings, loadSettings, persistSettings, readStoredSettings, settingsOf, settingsPatch, stateOf, type SettingsPort } from './settings';

const ALL: Settings = { language: 'nl', theme: 'dark', grid: false, snap: false, welcomed: true };

function memoryPort(stored: Partial<Settings> = {}) {
  const saves: Partial<Settings>[] = [];
  const port: SettingsPort = {
    load: vi.fn(async () => stored),
    save: vi.fn(async (patch: Partial<Settings>) => {
      saves.push(patch);
    }),
  };
  return { port, saves };
}

describe('stored settings', () => {
  it('keeps every known setting with an allowed value and drops the rest', () => {
    expect(readStoredSettings(ALL)).toEqual(ALL);
    expect(readStoredSettings({ language: 'de', theme: 'sepia', grid: 'yes', snap: true, welcomed: 1, extra: 'x' })).toEqual({ snap: true });
    for (const junk of [null, 'dark', 42, [], undefined]) expect(readStoredSettings(junk)).toEqual({});
  });

  it('loads over the defaults; a failing store leaves the defaults', async () => {
    const defaults = defaultSettings('en');
    expect(defaults).toEqual({ language: 'en', theme: 'system', grid: true, snap: true, welcomed: false });
    expect(await loadSettings(memoryPort({ theme: 'light' }).port, defaults)).toEqual({ ...defaults, theme: 'light' });
    const failing: SettingsPort = { load: () => Promise.reject(new Error('gone')), save: () => Promise.resolve() };
    expect(await loadSettings(failing, defaults)).toEqual(defaults);
  });

  it('maps to the store fields and back', () => {
    const store = createAppStore(stateOf(ALL));
    expect(settingsOf(store.getState())).toEqual(ALL);
    expect(settingsPatch(ALL, ALL)).toBeNull();
    expect(settingsPatch(ALL, { ...ALL, theme: 'light', snap: true })).toEqual({ theme: 'light', snap: true });
  });
});

describe('persisting settings from the store', () => {
  it('saves each change as a patch, and nothing for other changes', () => {
    const store = createAppStore(stateOf(defaultSettings('en')));
    const { port, saves } = memoryPort();
    const stop = persistSettings(store, port);
    store.getState().setTheme('dark');
    store.getState().toggleSnapToGrid();
    store.getState().setLanguage('nl');
    store.getState().setShowGrid(false);
    store.getState().setWelcomed(true);
    store.getState().showHint('opened', { file: 'x' });
    store.getState().openDialog({ type: 'help' });
    expect(saves).toEqual([{ theme: 'dark' }, { snap: false }, { language: 'nl' }, { grid: false }, { welcomed: true }]);
    stop();
    store.getState().setTheme('light');
    expect(saves).toHaveLength(5);
  });

  it('keeps settings out of the undo history and the document', () => {
    const store = createAppStore();
    const document = store.getState().document;
    store.getState().setTheme('dark');
    store.getState().setShowGrid(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().document).toBe(document);
    expect(JSON.stringify(document)).not.toMatch(/theme|showGrid|welcomed/);
  });

  it('reports a failed save and keeps the setting', async () => {
    const store = createAppStore();
    const error = new Error('disk full');
    const onError = vi.fn();
    persistSettings(store, { load: async () => ({}), save: () => Promise.reject(error) }, onError);
    store.getState().setTheme('dark');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(error));
    expect(store.getState().theme).toBe('dark');
  });
});
