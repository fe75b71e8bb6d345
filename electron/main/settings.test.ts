import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as realFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import fc from 'fast-check';
import type { Settings } from '../../shared/ipc';
import type { DocumentFs } from './fs';
import { IpcValidationError, validateSettingsPatch } from './ipc';
import { SettingsStore, defaultSettings, parseSettingsFile, serializeSettings } from './settings';

const fs: DocumentFs = {
  open: (path, flags, mode) => realFs.open(path, flags, mode),
  rename: realFs.rename,
  unlink: realFs.unlink,
  stat: realFs.stat,
  readFile: (path) => realFs.readFile(path),
};
const DEFAULTS = defaultSettings('en-US');

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-settings-'));
  file = nodePath.join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('defaults', () => {
  it('follow the system theme, show the grid and snap; Dutch only for a Dutch locale', () => {
    expect(defaultSettings('en-GB')).toEqual({ language: 'en', theme: 'system', grid: true, snap: true, welcomed: false });
    expect(defaultSettings('nl-BE').language).toBe('nl');
    expect(defaultSettings('NL').language).toBe('nl');
    expect(defaultSettings('de').language).toBe('en');
  });
});

describe('the settings file', () => {
  it('round-trips every valid combination', () => {
    fc.assert(
      fc.property(fc.record({ language: fc.constantFrom('en', 'nl'), theme: fc.constantFrom('system', 'light', 'dark'), grid: fc.boolean(), snap: fc.boolean(), welcomed: fc.boolean() }), (settings) => {
        expect(parseSettingsFile(serializeSettings(settings as Settings), DEFAULTS)).toEqual({ settings, problems: [] });
      }),
    );
  });

  it('falls back to the defaults for what it cannot use, naming each problem', () => {
    expect(parseSettingsFile('{ not json', DEFAULTS)).toMatchObject({ settings: DEFAULTS, problems: [expect.stringContaining('not JSON')] });
    expect(parseSettingsFile('[]', DEFAULTS)).toMatchObject({ settings: DEFAULTS, problems: ['not a JSON object'] });
    expect(parseSettingsFile('{"language":"nl"}', DEFAULTS)).toMatchObject({ settings: DEFAULTS, problems: [expect.stringContaining('format')] });
    const mixed = parseSettingsFile(JSON.stringify({ format: 'orgmap-settings', version: 1, language: 'nl', theme: 'purple', grid: 'yes', snap: false, future: 1 }), DEFAULTS);
    expect(mixed.settings).toEqual({ language: 'nl', theme: 'system', grid: true, snap: false, welcomed: false });
    expect(mixed.problems).toHaveLength(2);
    expect(mixed.problems.join()).toMatch(/theme.*grid/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const { settings } = parseSettingsFile(text, DEFAULTS);
        expect(validateSettingsPatch([settings])).toEqual([settings]);
      }),
    );
  });
});

describe('SettingsStore', () => {
  it('starts from the defaults, persists changes atomically, and a new instance reads them back', async () => {
    const onChange = vi.fn();
    const store = new SettingsStore({ file, fs, defaults: DEFAULTS, onChange });
    expect(await store.load()).toEqual(DEFAULTS);
    expect(onChange).toHaveBeenLastCalledWith(DEFAULTS, null);
    await expect(store.set({ theme: 'dark', snap: false })).resolves.toEqual({ ...DEFAULTS, theme: 'dark', snap: false });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULTS, theme: 'dark', snap: false }, DEFAULTS);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ format: 'orgmap-settings', version: 1, language: 'en', theme: 'dark', grid: true, snap: false, welcomed: false });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const again = new SettingsStore({ file, fs, defaults: DEFAULTS });
    expect(await again.load()).toEqual({ ...DEFAULTS, theme: 'dark', snap: false });
  });

  it('a patch that changes nothing writes nothing', async () => {
    const onChange = vi.fn();
    const store = new SettingsStore({ file, fs, defaults: DEFAULTS, onChange });
    await store.load();
    await store.set({ theme: 'system' });
    expect(onChange).toHaveBeenCalledTimes(1);
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a corrupt file falls back to the defaults, is reported in the log, and is replaced on the next change', async () => {
    await writeFile(file, '{"format":"orgmap-settings", "theme": "da');
    const log = vi.fn();
    const store = new SettingsStore({ file, fs, defaults: DEFAULTS, log });
    await expect(store.load()).resolves.toEqual(DEFAULTS);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not JSON'));
    await store.set({ language: 'nl' });
    expect(parseSettingsFile(await readFile(file, 'utf8'), DEFAULTS)).toEqual({ settings: { ...DEFAULTS, language: 'nl' }, problems: [] });
  });

  it('an unreadable, binary or huge file is reported and ignored', async () => {
    const log = vi.fn();
    await writeFile(file, Buffer.from([0xff, 0xfe, 0x00]));
    await expect(new SettingsStore({ file, fs, defaults: DEFAULTS, log }).load()).resolves.toEqual(DEFAULTS);
    await writeFile(file, ' '.repeat(100_000));
    await expect(new SettingsStore({ file, fs, defaults: DEFAULTS, log }).load()).resolves.toEqual(DEFAULTS);
    await rm(file);
    await realFs.mkdir(file); // a folder where the file should be
    await expect(new SettingsStore({ file, fs, defaults: DEFAULTS, log }).load()).resolves.toEqual(DEFAULTS);
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('a write that fails is logged; the app keeps the new settings for this session', async () => {
    const log = vi.fn();
    const failing: DocumentFs = { ...fs, open: () => Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' })) };
    const store = new SettingsStore({ file, fs: failing, defaults: DEFAULTS, log });
    await store.load();
    await expect(store.set({ grid: false })).resolves.toMatchObject({ grid: false });
    expect(store.get().grid).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not write'));
  });
});

describe('validateSettingsPatch (the IPC wrapper)', () => {
  it('accepts partial patches of known settings with allowed values', () => {
    expect(validateSettingsPatch([{}])).toEqual([{}]);
    expect(validateSettingsPatch([{ theme: 'light' }])).toEqual([{ theme: 'light' }]);
    expect(validateSettingsPatch([{ language: 'nl', grid: false, snap: true, theme: 'dark' }])).toEqual([{ language: 'nl', grid: false, snap: true, theme: 'dark' }]);
    expect(validateSettingsPatch([{ welcomed: true }])).toEqual([{ welcomed: true }]);
  });

  it('refuses the whole patch for anything else', () => {
    const bad: unknown[][] = [
      [],
      [{}, {}],
      [null],
      ['dark'],
      [[]],
      [{ theme: 'purple' }],
      [{ theme: 'DARK' }],
      [{ language: 'de' }],
      [{ grid: 'true' }],
      [{ snap: 1 }],
      [{ welcomed: 'yes' }],
      [{ theme: 'dark', extra: true }],
      [JSON.parse('{"__proto__": {"polluted": true}}')],
      [Object.create({ theme: 'dark' })],
    ];
    for (const args of bad) expect(() => validateSettingsPatch(args), JSON.stringify(args)).toThrow(IpcValidationError);
  });
});
