/**
 * Documents on disk: the Open dialog, reading a map's text, and the atomic save.
 *
 * Saving never writes into the target file: it writes a temporary file beside it (same folder, so
 * the rename cannot cross file systems), flushes it to disk, renames it over the target and flushes
 * the folder. A crash or a full disk at any moment leaves the old file or the new one, never a torn
 * mix; the temporary file is removed when anything fails.
 *
 * Temporary files have a recognisable name (`.<target>.<12 hex>.tmp`); one left behind by a crash
 * or a kill is removed on the next start (folders of recent files, the recovery folder) and before
 * the next save into the same folder, once it is older than a save could take.
 *
 * Opening reads the file with the one shared reader (shared/io/textFile.ts) and checks it with shared/model's `parseDocument`
 * before the text goes to the renderer: a refused file comes back as the reader's message, and the
 * renderer's own parse of the same text (same function) can only agree. This also means a path the
 * renderer names (a dropped file) yields nothing but a valid map, never an arbitrary file's text.
 *
 * The renderer never chooses where to write: a save with a `path` is honoured only when the main
 * process handed that path out (a dialog, the recent list, a file opened from the OS or dropped).
 * Otherwise the Save dialog asks. A compromised renderer therefore cannot overwrite arbitrary files.
 */
import type { Dialog, BrowserWindow, WebContents } from 'electron';
import nodePath from 'node:path';
import type { OpenResult, SaveRequest, SaveResult } from '../../shared/ipc';
import { SAVE_DIALOG_NAME, safeFileName as sanitiseFileName } from '../../shared/io/fileName';
import { parseDocument } from '../../shared/model';
import { atomicWriteFile, describeFsError, errorCode, readDocumentText, type DocumentFs } from './fs';
import type { IpcRegistry } from './ipc';
import { noArgs, validateDroppedPath, validateSaveRequest } from './ipc';

export const DOCUMENT_EXTENSION = '.orgmap';
export const DOCUMENT_FILTERS = [
  { name: 'Orgmap maps', extensions: ['orgmap'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Checks a map's text with the reader (shared/model `parseDocument`): null when it loads, else
 * the reader's one-line refusal, which names the file and the place.
 */
export function refusalOf(text: string, fileName: string): string | null {
  const parsed = parseDocument(text, fileName);
  return parsed.ok ? null : parsed.error.message;
}

/**
 * A file name for the Save dialog from what the renderer suggests: no folders, no control or
 * reserved characters, never empty, always ending in `.orgmap`.
 */
export function safeFileName(suggested: string): string {
  return sanitiseFileName(suggested, DOCUMENT_EXTENSION.slice(1), SAVE_DIALOG_NAME);
}

/**
 * Adds `.orgmap` when the user typed a name without an extension (GTK's dialog does not add it) —
 * unless a file of that name exists: the dialog confirmed overwriting only the name it showed.
 */
export async function withDocumentExtension(fs: Pick<DocumentFs, 'stat'>, path: string): Promise<string> {
  if (nodePath.extname(path) !== '') return path;
  const extended = `${path}${DOCUMENT_EXTENSION}`;
  try {
    await fs.stat(extended);
    return path;
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? extended : path;
  }
}

/** Paths the main process handed to the renderer; only these may be written without a dialog. */
export class PathGrants {
  readonly #paths = new Set<string>();

  grant(path: string): void {
    this.#paths.add(nodePath.resolve(path));
  }

  has(path: string): boolean {
    return nodePath.isAbsolute(path) && this.#paths.has(nodePath.resolve(path));
  }
}

// ── Handlers ─────────────────────────────────────────────────────────────────────────────────────

export type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

export interface DocumentDeps {
  readonly fs: DocumentFs;
  readonly dialog: DialogLike;
  readonly grants: PathGrants;
  readonly windowFor: (sender: WebContents) => BrowserWindow | null;
  readonly syncDir?: (dir: string) => Promise<void>;
  readonly log?: (message: string) => void;
  /** Removes stale temporary files from the folder a save is about to write into. */
  readonly cleanFolder?: (dir: string) => Promise<unknown>;
  /** After a document was opened or saved at `path` (the recent list hooks in here). */
  readonly remember?: (path: string) => void;
  /** After a save succeeded (removes the recovery draft named in the request). */
  readonly afterSave?: (request: SaveRequest, path: string) => Promise<void>;
  /** A save request arrived from this renderer (the close confirmation stops its timeout). */
  readonly onSaveStarted?: (sender: WebContents) => void;
  /** Every save's outcome, with who asked (the close confirmation waits for it). */
  readonly onSaveResult?: (sender: WebContents, result: SaveResult) => void;
  /** The dialogs' titles, in the UI language (English when absent). */
  readonly dialogTitle?: (kind: 'open' | 'save') => string;
}

/**
 * Reads and checks the document at `path`, grants the path for later saves and remembers it. The
 * one way every open goes: dialog, recent list, drop, argv, macOS open-file.
 */
export async function openPath(deps: Pick<DocumentDeps, 'fs' | 'grants' | 'log' | 'remember'>, path: string): Promise<OpenResult> {
  const name = nodePath.basename(path);
  let text: string;
  try {
    text = await readDocumentText(deps.fs, path);
  } catch (error) {
    deps.log?.(`documents: open ${path} failed: ${String(error)}`);
    return { canceled: false, error: describeFsError(error, 'open'), name };
  }
  const refusal = refusalOf(text, name);
  if (refusal !== null) return { canceled: false, error: refusal, name };
  deps.grants.grant(path);
  deps.remember?.(nodePath.resolve(path));
  return { canceled: false, path, name, text };
}

export async function openDocument(deps: DocumentDeps, window: BrowserWindow | null): Promise<OpenResult> {
  const options = { title: deps.dialogTitle?.('open') ?? 'Open map', properties: ['openFile' as const], filters: DOCUMENT_FILTERS };
  const choice = window ? await deps.dialog.showOpenDialog(window, options) : await deps.dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { canceled: true };
  return openPath(deps, path);
}

export async function saveDocument(deps: DocumentDeps, window: BrowserWindow | null, request: SaveRequest): Promise<SaveResult> {
  let target: string;
  if (request.path !== undefined && deps.grants.has(request.path)) {
    target = request.path;
  } else {
    const defaultPath = request.path !== undefined && nodePath.isAbsolute(request.path)
      ? nodePath.join(nodePath.dirname(request.path), safeFileName(nodePath.basename(request.path)))
      : safeFileName(request.suggestedName);
    const options = { title: deps.dialogTitle?.('save') ?? 'Save map', defaultPath, filters: DOCUMENT_FILTERS, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
    const choice = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { canceled: true };
    target = await withDocumentExtension(deps.fs, choice.filePath);
  }
  if (deps.cleanFolder) await deps.cleanFolder(nodePath.dirname(target)).catch(() => {});
  try {
    await atomicWriteFile(deps.fs, target, request.text, deps.syncDir ? { syncDir: deps.syncDir } : {});
  } catch (error) {
    deps.log?.(`documents: save ${target} failed: ${String(error)}`);
    return { canceled: false, error: describeFsError(error, 'save') };
  }
  deps.grants.grant(target);
  deps.remember?.(nodePath.resolve(target));
  if (deps.afterSave) await deps.afterSave(request, target).catch((error: unknown) => deps.log?.(`documents: after save: ${String(error)}`));
  return { canceled: false, path: target, name: nodePath.basename(target) };
}

export function setupDocuments(registry: IpcRegistry, deps: DocumentDeps): void {
  registry.handle('openDocument', noArgs, (event) => openDocument(deps, deps.windowFor(event.sender)));
  // The preload found this path with webUtils.getPathForFile; main still reads nothing but a valid map from it.
  registry.handle('openDroppedPath', validateDroppedPath, (_event, path) =>
    nodePath.isAbsolute(path) ? openPath(deps, path) : { canceled: false, error: 'The dropped item is not a file on this computer.' },
  );
  registry.handle('saveDocument', validateSaveRequest, async (event, request) => {
    deps.onSaveStarted?.(event.sender);
    const result = await saveDocument(deps, deps.windowFor(event.sender), request);
    deps.onSaveResult?.(event.sender, result);
    return result;
  });
}
