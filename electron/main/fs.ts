/**
 * The main process's file system helpers: the fs seam that tests replace, the atomic write,
 * stale temporary files, and reading a document's text with the one shared reader. Moved verbatim
 * out of documents.ts (issue 19); documents, recent, recovery, settings and export use them.
 */
import nodePath from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeTextFile, textFileMessage, textFileSizeProblem } from '../../shared/io/textFile';

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

export function errorCode(error: unknown): string | undefined {
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
