/**
 * File ▸ Export… and Copy as Image in the desktop app. The renderer draws every format itself
 * (shared/export, the same code as `orgmap export`); main only asks where and writes, or puts the
 * PNG on the clipboard.
 *
 * Saving: the Save dialog filtered to the format, then the atomic write of documents.ts (a
 * temporary file renamed over the target), so a failed write leaves the old file as it was. The
 * renderer never names a path.
 *
 * The clipboard: the window's permission handler denies every web permission, including
 * `clipboard-sanitized-write`, which `navigator.clipboard.write()` needs in Electron. Rather than
 * open that for the page, the image goes through this one typed message and Electron's own
 * clipboard (`clipboard.write` with an `image/png` item) — only a PNG, checked here.
 */
import nodePath from 'node:path';
import type { BrowserWindow, WebContents } from 'electron';
import { EXPORT_DIALOG_NAME, safeFileName } from '../../shared/io/fileName';
import { MAX_EXPORT_SIZE, SAVE_FORMATS, type CopyImageResult, type ExportSaveRequest, type SaveFormat, type SaveResult } from '../../shared/ipc';
import type { DialogLike } from './documents';
import { atomicWriteFile, describeFsError, type DocumentFs } from './fs';
import { fail, isPlainObject, onlyKeys, type IpcRegistry, type Validator } from './ipc';

const FILTER_NAMES: Readonly<Record<SaveFormat, string>> = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF document',
  pptx: 'PowerPoint presentation',
  csv: 'CSV file',
};

/** The Save dialog's filters for a format: the format first, then all files. */
export function exportFilters(format: SaveFormat): { name: string; extensions: string[] }[] {
  return [
    { name: FILTER_NAMES[format], extensions: [format] },
    { name: 'All files', extensions: ['*'] },
  ];
}

/**
 * A file name for the Save dialog from what the renderer suggests: no folders, no control or
 * reserved characters, never empty, always ending in the format's extension.
 */
export function exportFileName(suggested: string, format: SaveFormat): string {
  return safeFileName(suggested, format, EXPORT_DIALOG_NAME);
}

/** Adds the format's extension when the user typed a name without one (GTK's dialog does not). */
export function withExportExtension(path: string, format: SaveFormat): string {
  return nodePath.extname(path) === '' ? `${path}.${format}` : path;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export const validateExportSave: Validator<'saveExport'> = (args) => {
  if (args.length !== 1) fail('saveExport: expected one argument');
  const value = args[0];
  if (!isPlainObject(value)) fail('saveExport: expected an object');
  onlyKeys(value, ['format', 'data', 'suggestedName'], 'saveExport');
  const format = value.format;
  if (typeof format !== 'string' || !(SAVE_FORMATS as readonly string[]).includes(format)) fail('saveExport: format must be png, svg, pdf, pptx or csv');
  const data = value.data;
  if (typeof data === 'string') {
    if (format !== 'svg' && format !== 'csv') fail('saveExport: only svg and csv are sent as text');
    if (data.length > MAX_EXPORT_SIZE) fail('saveExport: export too large');
  } else if (data instanceof Uint8Array) {
    if (data.byteLength > MAX_EXPORT_SIZE) fail('saveExport: export too large');
  } else fail('saveExport: data must be bytes or text');
  const name = value.suggestedName;
  if (typeof name !== 'string' || name.length > 255) fail('saveExport: suggestedName must be a string of at most 255 characters');
  const request: ExportSaveRequest = { format: format as SaveFormat, data, suggestedName: name };
  return [request];
};

export const validateCopyImage: Validator<'copyImage'> = (args) => {
  if (args.length !== 1) fail('copyImage: expected one argument');
  const png = args[0];
  if (!(png instanceof Uint8Array)) fail('copyImage: expected the PNG bytes');
  if (png.byteLength > MAX_EXPORT_SIZE) fail('copyImage: image too large');
  if (!isPng(png)) fail('copyImage: not a PNG image');
  return [png];
};

export interface ExportDeps {
  readonly fs: DocumentFs;
  readonly dialog: DialogLike;
  readonly windowFor: (sender: WebContents) => BrowserWindow | null;
  /** Electron's `clipboard.write([new ClipboardItem({ 'image/png': … })])`; false when the bytes are not a decodable image. */
  readonly writeImage: (png: Uint8Array) => Promise<boolean>;
  readonly syncDir?: (dir: string) => Promise<void>;
  readonly cleanFolder?: (dir: string) => Promise<unknown>;
  readonly log?: (message: string) => void;
  /** The Save dialog's title, in the UI language. */
  readonly dialogTitle?: () => string;
}

/** Asks where (filtered to the format) and writes the export atomically. */
export async function saveExport(deps: ExportDeps, window: BrowserWindow | null, request: ExportSaveRequest): Promise<SaveResult> {
  const options = {
    title: deps.dialogTitle?.() ?? 'Export',
    defaultPath: exportFileName(request.suggestedName, request.format),
    filters: exportFilters(request.format),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { canceled: true };
  const target = withExportExtension(choice.filePath, request.format);
  if (deps.cleanFolder) await deps.cleanFolder(nodePath.dirname(target)).catch(() => {});
  try {
    await atomicWriteFile(deps.fs, target, request.data, deps.syncDir ? { syncDir: deps.syncDir } : {});
  } catch (error) {
    deps.log?.(`export: save ${target} failed: ${String(error)}`);
    return { canceled: false, error: `${nodePath.basename(target)}: ${describeFsError(error, 'save')}` };
  }
  return { canceled: false, path: target, name: nodePath.basename(target) };
}

export async function copyImage(deps: Pick<ExportDeps, 'writeImage' | 'log'>, png: Uint8Array): Promise<CopyImageResult> {
  try {
    if (await deps.writeImage(png)) return { ok: true };
    return { ok: false, error: 'The image could not be read.' };
  } catch (error) {
    deps.log?.(`export: copy image failed: ${String(error)}`);
    return { ok: false, error: 'The clipboard did not accept the image.' };
  }
}

export function setupExport(registry: IpcRegistry, deps: ExportDeps): void {
  registry.handle('saveExport', validateExportSave, (event, request) => saveExport(deps, deps.windowFor(event.sender), request));
  registry.handle('copyImage', validateCopyImage, (_event, png) => copyImage(deps, png));
}
