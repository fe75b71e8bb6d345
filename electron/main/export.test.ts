import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, type ExportSaveRequest } from '../../shared/ipc';
import type { DocumentFs } from './fs';
import { copyImage, exportFileName, exportFilters, saveExport, setupExport, validateCopyImage, validateExportSave, withExportExtension, type ExportDeps } from './export';
import { createIpcRegistry, IpcValidationError } from './ipc';

const work = mkdtempSync(join(tmpdir(), 'orgmap-export-main-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const realFs: DocumentFs = { open, rename, unlink, stat, readFile };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function deps(filePath: string | undefined, overrides: Partial<ExportDeps> = {}) {
  const showSaveDialog = vi.fn(async () => ({ canceled: filePath === undefined, filePath: filePath ?? '' }));
  return {
    fs: realFs,
    dialog: { showSaveDialog, showOpenDialog: vi.fn() } as unknown as ExportDeps['dialog'],
    windowFor: () => null,
    writeImage: vi.fn(async () => true),
    ...overrides,
    showSaveDialog,
  };
}

describe('saving an export', () => {
  it('asks where with a dialog filtered to the format, then writes the bytes', async () => {
    const target = join(work, 'slides.pptx');
    const d = deps(target);
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 255, 0]);
    const result = await saveExport(d, null, { format: 'pptx', data: bytes, suggestedName: 'Acme: map' });
    expect(result).toEqual({ canceled: false, path: target, name: 'slides.pptx' });
    expect([...readFileSync(target)]).toEqual([...bytes]);
    const options = d.showSaveDialog.mock.calls[0] as unknown as [{ defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options[0].defaultPath).toBe('Acme map.pptx');
    expect(options[0].filters[0]?.extensions).toEqual(['pptx']);
  });

  it('writes SVG text as UTF-8 and adds the extension when the name has none', async () => {
    const d = deps(join(work, 'drawing'));
    const result = await saveExport(d, null, { format: 'svg', data: '<svg>é</svg>', suggestedName: 'x' });
    expect(result).toMatchObject({ name: 'drawing.svg' });
    expect(readFileSync(join(work, 'drawing.svg'), 'utf8')).toBe('<svg>é</svg>');
  });

  it('a cancelled dialog writes nothing', async () => {
    const before = readdirSync(work).length;
    expect(await saveExport(deps(undefined), null, { format: 'png', data: PNG, suggestedName: 'x' })).toEqual({ canceled: true });
    expect(readdirSync(work).length).toBe(before);
  });

  it('a failed write leaves the old file intact and says why in plain words', async () => {
    const target = join(work, 'keep.pdf');
    writeFileSync(target, 'old');
    const failing: DocumentFs = { ...realFs, rename: async () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOSPC' })) };
    const result = await saveExport(deps(target, { fs: failing }), null, { format: 'pdf', data: new Uint8Array([1, 2, 3]), suggestedName: 'x' });
    expect(result).toEqual({ canceled: false, error: 'keep.pdf: The disk is full.' });
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(work).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('names and filters', () => {
    expect(exportFileName('../../etc/passwd', 'png')).toBe('passwd.png');
    expect(exportFileName('map.PNG', 'png')).toBe('map.png');
    expect(exportFileName('  ', 'pdf')).toBe('map.pdf');
    expect(exportFilters('svg')[0]).toEqual({ name: 'SVG image', extensions: ['svg'] });
    expect(withExportExtension('/a/b.pdf', 'pdf')).toBe('/a/b.pdf');
    expect(withExportExtension('/a/b', 'pdf')).toBe('/a/b.pdf');
  });
});

describe('validating the messages', () => {
  const ok: ExportSaveRequest = { format: 'png', data: PNG, suggestedName: 'map.png' };
  it('accepts a well-formed request', () => {
    expect(validateExportSave([ok])).toEqual([ok]);
    expect(validateExportSave([{ format: 'svg', data: '<svg/>', suggestedName: 'a' }])[0].format).toBe('svg');
    // The spreadsheet import's rejected rows are saved the same way, as text.
    expect(validateExportSave([{ format: 'csv', data: 'Platform;Reason\r\n', suggestedName: 'rejects.csv' }])[0].format).toBe('csv');
  });
  it.each([
    [[]],
    [[{ ...ok, format: 'exe' }]],
    [[{ ...ok, data: [1, 2, 3] }]],
    [[{ ...ok, format: 'png', data: 'text' }]],
    [[{ ...ok, suggestedName: 5 }]],
    [[{ ...ok, path: '/etc/passwd' }]],
  ])('refuses %j', (args) => {
    expect(() => validateExportSave(args)).toThrow(IpcValidationError);
  });
  it('copies only PNG bytes', () => {
    expect(validateCopyImage([PNG])).toEqual([PNG]);
    expect(() => validateCopyImage([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])])).toThrow(IpcValidationError);
    expect(() => validateCopyImage(['not bytes'])).toThrow(IpcValidationError);
  });
});

describe('copy as image', () => {
  it('puts the image on the clipboard, or says why not', async () => {
    const writeImage = vi.fn(async () => true);
    expect(await copyImage({ writeImage }, PNG)).toEqual({ ok: true });
    expect(writeImage).toHaveBeenCalledWith(PNG);
    expect(await copyImage({ writeImage: async () => false }, PNG)).toEqual({ ok: false, error: 'The image could not be read.' });
    expect(await copyImage({ writeImage: async () => Promise.reject(new Error('x')) }, PNG)).toEqual({ ok: false, error: 'The clipboard did not accept the image.' });
  });
});

describe('setupExport', () => {
  it('registers both messages behind the sender check', async () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    const registry = createIpcRegistry({ ipcMain: { handle: (c, l) => void handlers.set(c, l) }, policy: () => ({ origins: ['app://orgmap'], isOurWebContents: (id) => id === 1 }) });
    const d = deps(undefined);
    setupExport(registry, d);
    expect(registry.registered()).toEqual(['saveExport', 'copyImage']);
    const event = (id: number, url: string) => ({ sender: { id }, senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;
    await expect(Promise.resolve(handlers.get(INVOKE_CHANNELS.copyImage)?.(event(2, 'app://orgmap/'), PNG))).rejects.toThrow(/untrusted/);
    expect(d.writeImage).not.toHaveBeenCalled();
    expect(await handlers.get(INVOKE_CHANNELS.copyImage)?.(event(1, 'app://orgmap/'), PNG)).toEqual({ ok: true });
  });
});
