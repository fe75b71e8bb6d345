import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, lstat, open, readlink, rename, stat, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CliFailure } from '../errors';

function errnoCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function reasonOf(error: unknown): string {
  const code = errnoCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code.toLowerCase() || 'write failed';
}

/**
 * The file a write to `path` must replace: `path` itself, or — when `path` is a symbolic link,
 * even one whose target does not exist yet — the file at the end of the links. Renaming over the
 * link would replace the link with a plain file and the real file (in a synced folder, say) would
 * silently keep the old content.
 */
export async function resolveWriteTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return current;
      throw error;
    }
    if (!info.isSymbolicLink()) return current;
    const link = await readlink(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw Object.assign(new Error(`${path}: too many symbolic links`), { code: 'ELOOP' });
}

/**
 * Checks that `path` can be written without writing anything: not a folder, its folder exists and
 * is writable. A command with several outputs checks them all first, so that a bad one does not
 * leave the others written.
 */
export async function checkWritable(path: string): Promise<void> {
  try {
    const target = await resolveWriteTarget(path);
    const info = await stat(target).catch((error: unknown) => {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (info?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    const folder = await stat(dirname(target));
    if (!folder.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await access(dirname(target), constants.W_OK);
  } catch (error) {
    throw new CliFailure(`${path}: cannot write the file: ${reasonOf(error)}`);
  }
}

/**
 * Writes a temporary file next to the real target (links resolved), flushes it, gives it the
 * permissions of the file it replaces, then renames it over the target: a reader never sees half
 * a file, a link stays a link, and a private file stays private.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  let target: string;
  let mode = 0o666;
  try {
    target = await resolveWriteTarget(path);
    const info = await stat(target).catch((error: unknown) => {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    });
    if (info?.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info) mode = info.mode & 0o7777;
  } catch (error) {
    throw new CliFailure(`${path}: cannot write the file: ${reasonOf(error)}`);
  }
  const temp = join(dirname(target), `.${target.slice(dirname(target).length + 1)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(data);
      // open() applies the umask; the replaced file's bits are set exactly.
      if (mode !== 0o666) await chmod(temp, mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw new CliFailure(`${path}: cannot write the file: ${reasonOf(error)}`);
  }
}
