import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';

/** Where the command writes. A Node stream satisfies it; tests pass a string collector. */
export interface Output {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/** Everything `run()` touches outside itself, so tests can run it in-process. */
export interface CliIO {
  readonly stdout: Output;
  readonly stderr: Output;
  /**
   * Reads a file as UTF-8 text. Rejects with a {@link ReadFailure} when the file cannot be read,
   * and refuses a file larger than `maxBytes` without reading it (it checks the size first).
   */
  readFile(path: string, maxBytes: number): Promise<string>;
  /** Environment variables (only `NO_COLOR` is consulted). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type ReadFailureKind = 'not-found' | 'is-directory' | 'not-a-file' | 'permission' | 'too-large' | 'not-utf8' | 'other';

/** A file that could not be read, for a reason the user can act on (exit status 2). */
export class ReadFailure extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ReadFailure';
  }
}

const ERRNO_KINDS: Readonly<Record<string, [ReadFailureKind, string]>> = {
  ENOENT: ['not-found', 'no such file'],
  ENOTDIR: ['not-found', 'no such file'],
  EISDIR: ['is-directory', 'it is a directory'],
  EACCES: ['permission', 'permission denied'],
  EPERM: ['permission', 'permission denied'],
};

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Turns an fs error into a {@link ReadFailure}; anything unexpected still exits 2 with its code. */
function toReadFailure(error: unknown): ReadFailure {
  const code = errnoCode(error);
  const known = code === undefined ? undefined : ERRNO_KINDS[code];
  if (known) return new ReadFailure(known[0], known[1]);
  if (code !== undefined) return new ReadFailure('other', `${code.toLowerCase()}`);
  throw error;
}

/**
 * Reads a regular file as strict UTF-8. The size is checked on the open handle before any byte is
 * read, so a huge file (or a device) costs nothing; the bytes read are capped at `maxBytes` + 1 in
 * case the file grows in between.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw toReadFailure(error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ReadFailure('is-directory', 'it is a directory');
    if (!info.isFile()) throw new ReadFailure('not-a-file', 'it is not a regular file');
    if (info.size > maxBytes) throw tooLarge(info.size);
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) throw tooLarge(filled);
    }
    // isUtf8 checks and toString decodes several times faster than a fatal TextDecoder (~45 ms for
    // a 9 MB map); the BOM is kept, as before, for the parser to judge.
    const bytes = buffer.subarray(0, filled);
    if (!isUtf8(bytes)) throw new ReadFailure('not-utf8', 'it is not UTF-8 text');
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw toReadFailure(error);
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number): ReadFailure {
  // The message is the size only; the caller words the limit (it knows what the limit means).
  return new ReadFailure('too-large', `${size.toLocaleString('en')} bytes`);
}

/** The real process: its streams, its environment, the file system. */
export function nodeIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, readFile: readTextFile, env: process.env };
}
