import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { CliFailure } from '../errors';

/** Writes a temporary file next to the target, then renames it over the target: a reader never sees half a file. */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new CliFailure(`${path}: cannot write the file: it is a directory`);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code.toLowerCase() || 'write failed';
    throw new CliFailure(`${path}: cannot write the file: ${reason}`);
  }
}
