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
import { randomBytes } from 'node:crypto';
import type { OpenResult, SaveRequest, SaveResult } from '../../shared/ipc';
import { decodeTextFile, textFileMessage, textFileSizeProblem } from '../../shared/io/textFile';
import { parseDocument } from '../../shared/model';
import type { IpcRegistry } from './ipc';
import { noArgs, validateDroppedPath, validateSaveRequest } from './ipc';

export const DOCUMENT_EXTENSION = '.orgmap';
export const DOCUMENT_FILTERS = [
  { name: 'Orgmap maps', extensions: ['orgmap'] },
  { name: 'All files', extensions: ['*'] },
];

// ── File system seam ─────────────────────────────────────────────────────────────────────────────

/** The slice of a `node:fs/promises` FileHandle the atomic write uses. */
export interface WritableHandle {
  writeFile(data: string | Uint8Array, options: { encoding: 'utf8' }): Promise<void>;
  /** Sets the exact permission bits (open()'s mode goes through the umask). */
  chmod?(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The slice of `node:fs/promises` this module uses; tests pass a real one or one that fails on cue. */
export interface DocumentFs {
  open(path: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ size: number; mode: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  /** With readlink: a save through a symbolic link writes the file it points to (see resolveWriteTarget). */
  lstat?(path: string): Promise<{ isSymbolicLink(): boolean }>;
  readlink?(path: string): Promise<string>;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** A temporary name beside the target: hidden, unique, recognisable (`.map.orgmap.1a2b3c4d5e6f.tmp`). */
export function tempPathFor(target: string, random: () => string = () => randomBytes(6).toString('hex')): string {
  return nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${random()}.tmp`);
}

/** The names `tempPathFor` makes, and nothing a user would name a file. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * How old a temporary file must be before it counts as a leftover. A save in progress (another
 * Orgmap on a shared folder) takes seconds even for the largest map; anything older is a crash's.
 */
export const STALE_TEMP_AGE_MS = 2 * 60_000;

/** The folder operations the clean-up needs (`node:fs/promises` fits). */
export interface FolderFs {
  readdir(dir: string): Promise<string[]>;
  lstat(path: string): Promise<{ mtimeMs: number; isFile(): boolean }>;
  unlink(path: string): Promise<void>;
}

/**
 * Removes our stale temporary files from one folder (see the module comment) and returns their
 * names. Only regular files matching TEMP_FILE_PATTERN and older than `maxAgeMs`; never follows
 * links; never throws (a folder that cannot be listed is simply left alone).
 */
export async function cleanStaleTempFiles(fs: FolderFs, dir: string, { now = Date.now(), maxAgeMs = STALE_TEMP_AGE_MS } = {}): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_FILE_PATTERN.test(name)) continue;
    const path = nodePath.join(dir, name);
    try {
      const info = await fs.lstat(path);
      if (!info.isFile() || now - info.mtimeMs < maxAgeMs) continue;
      await fs.unlink(path);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/**
 * The file a save to `path` must replace: `path`, or when it is a symbolic link (even a dangling
 * one) the file at the end of the links. Renaming over the link itself would turn it into a plain
 * file, and the real file (in a synced folder, say) would silently keep the old map.
 */
export async function resolveWriteTarget(fs: Pick<DocumentFs, 'lstat' | 'readlink'>, path: string): Promise<string> {
  if (!fs.lstat || !fs.readlink) return path;
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await fs.lstat(current);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return current;
      throw error;
    }
    if (!info.isSymbolicLink()) return current;
    const link = await fs.readlink(current);
    current = nodePath.resolve(nodePath.dirname(current), link);
  }
  throw Object.assign(new Error(`${path}: too many symbolic links`), { code: 'ELOOP' });
}

export interface AtomicWriteOptions {
  readonly tempPath?: (target: string) => string;
  /** Flushes the folder after the rename so the rename itself survives a power cut (POSIX only). */
  readonly syncDir?: (dir: string) => Promise<void>;
}

/**
 * Writes `text` (or bytes: exports use it too) to `target` atomically (see the module comment). On
 * failure the target is as it was, the temporary file is gone, and the original error is rethrown.
 */
export async function atomicWriteFile(fs: DocumentFs, path: string, text: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await resolveWriteTarget(fs, path);
  const temp = (options.tempPath ?? tempPathFor)(target);
  // Keep the permissions of the file being replaced; new files get the usual 0o666 & ~umask.
  let mode = 0o666;
  let keepMode = false;
  try {
    const existing = await fs.stat(target);
    if (!existing.isFile()) throw Object.assign(new Error(`${target} is not a file`), { code: 'EISDIR' });
    mode = existing.mode & 0o7777;
    keepMode = true;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  let handle: WritableHandle | null = null;
  let created = false;
  try {
    // 'wx': fail rather than follow or reuse anything already at the temporary name.
    handle = await fs.open(temp, 'wx', mode);
    created = true;
    await handle.writeFile(text, { encoding: 'utf8' });
    // The umask narrowed open()'s mode: give the new file exactly the replaced file's bits.
    if (keepMode && handle.chmod) await handle.chmod(mode);
    await handle.sync();
    const opened = handle;
    handle = null;
    await opened.close();
    await fs.rename(temp, target);
    created = false;
  } catch (error) {
    if (handle) await handle.close().catch(() => {});
    if (created) await fs.unlink(temp).catch(() => {});
    throw error;
  }
  if (options.syncDir) await options.syncDir(nodePath.dirname(target)).catch(() => {});
}

/** A sentence for the user; the technical code stays in the log. */
export function describeFsError(error: unknown, action: 'open' | 'save'): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return action === 'open' ? 'The file no longer exists.' : 'The folder no longer exists.';
    case 'EACCES':
    case 'EPERM':
      return action === 'open' ? 'You do not have permission to read this file.' : 'You do not have permission to write to this folder.';
    case 'EROFS':
      return 'The disk is read-only.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full.';
    case 'EISDIR':
      return 'That is a folder, not a file.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open; close some programs and try again.';
    case 'ETOOBIG':
      return 'The file is too large.';
    case 'EREFUSED':
      return error instanceof Error ? error.message : 'The file could not be read.';
    default:
      return action === 'open' ? 'The file could not be read.' : 'The file could not be saved.';
  }
}

/** A refusal of the shared reader (shared/io/textFile.ts), carried as an error with its one-line message. */
export class TextFileRefusal extends Error {
  readonly code = 'EREFUSED';
}

/**
 * Reads a document's text with the one shared reader (strict UTF-8, the character limit, the same
 * one-line messages as the web app and the command line): refuses folders and anything that is not
 * a regular file (before reading: a FIFO would block), and oversized files from their size alone.
 */
export async function readDocumentText(fs: DocumentFs, path: string, maxBytes?: number): Promise<string> {
  const name = nodePath.basename(path);
  const info = await fs.stat(path);
  if (!info.isFile()) throw Object.assign(new Error(`${path} is not a file`), { code: 'EISDIR' });
  // A smaller limit of its own (recovery metadata).
  if (maxBytes !== undefined && info.size > maxBytes) throw Object.assign(new Error(`${path} is larger than ${maxBytes} bytes`), { code: 'ETOOBIG' });
  const bySize = textFileSizeProblem(info.size, 'map');
  if (bySize) throw new TextFileRefusal(textFileMessage(name, 'map', bySize));
  const decoded = decodeTextFile(await fs.readFile(path), 'map');
  if (!decoded.ok) throw new TextFileRefusal(textFileMessage(name, 'map', decoded.problem));
  return decoded.text;
}

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
  const base = suggested.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let name = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '');
  if (name.toLowerCase().endsWith(DOCUMENT_EXTENSION)) name = name.slice(0, -DOCUMENT_EXTENSION.length);
  // Leading dots would hide the file; trailing dots and spaces are dropped by Windows.
  name = name.replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200).trim();
  return `${name || 'Untitled'}${DOCUMENT_EXTENSION}`;
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
