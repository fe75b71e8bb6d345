import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/ipc';
import { createBridgeSettings, createLocalSettings, SETTINGS_STORAGE_KEY } from './settings';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('browser settings (localStorage)', () => {
  it('starts empty, merges each change into what is kept, and reads it back', async () => {
    const storage = memoryStorage();
    const port = createLocalSettings(storage);
    expect(await port.load()).toEqual({});
    await port.save({ theme: 'dark' });
    await port.save({ snap: false, language: 'nl' });
    expect(JSON.parse(storage.data.get(SETTINGS_STORAGE_KEY) ?? '')).toEqual({ theme: 'dark', snap: false, language: 'nl' });
    expect(await createLocalSettings(storage).load()).toEqual({ theme: 'dark', snap: false, language: 'nl' });
  });

  it('ignores what it cannot use', async () => {
    expect(await createLocalSettings(memoryStorage({ [SETTINGS_STORAGE_KEY]: '{not json' })).load()).toEqual({});
    expect(await createLocalSettings(memoryStorage({ [SETTINGS_STORAGE_KEY]: '{"theme":"sepia","grid":false}' })).load()).toEqual({ grid: false });
  });

  it('without storage keeps nothing and does not fail', async () => {
    const port = createLocalSettings(null);
    await expect(port.save({ theme: 'dark' })).resolves.toBeUndefined();
    expect(await port.load()).toEqual({});
  });

  it('a full storage rejects the save', async () => {
    const port = createLocalSettings({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } });
    await expect(port.save({ theme: 'dark' })).rejects.toThrow('QuotaExceededError');
  });
});

describe('desktop settings (bridge)', () => {
  it('reads and writes through the bridge', async () => {
    const all: Settings = { language: 'nl', theme: 'light', grid: true, snap: false, welcomed: true };
    const bridge = { getSettings: vi.fn(async () => all), setSettings: vi.fn(async (patch: Partial<Settings>) => ({ ...all, ...patch })) };
    const port = createBridgeSettings(bridge);
    expect(await port.load()).toEqual(all);
    await port.save({ theme: 'dark' });
    expect(bridge.setSettings).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('passes on a refusal from the shell', async () => {
    const bridge = { getSettings: vi.fn(), setSettings: vi.fn(() => Promise.reject(new Error('setSettings.theme: unknown theme'))) };
    await expect(createBridgeSettings(bridge).save({ theme: 'dark' })).rejects.toThrow(/unknown theme/);
  });
});
