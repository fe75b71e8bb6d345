import { isAscii, isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeTextFile, textFileMaxBytes, textFileSizeProblem, type StrictUtf8, type TextFileKind, type TextFileProblem } from '../shared/io/textFile';

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
   * Reads a file as text with the one shared reader (shared/io/textFile.ts: strict UTF-8, the
   * kind's character limit). Rejects with a {@link ReadFailure} when the file cannot be read, and
   * refuses a file too large for the kind without reading it (it checks the size first).
   */
  readFile(path: string, kind: TextFileKind): Promise<string>;
  /** Environment variables (only `NO_COLOR` is consulted). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type ReadFailureKind = 'not-found' | 'is-directory' | 'not-a-file' | 'permission' | 'too-large' | 'not-utf8' | 'other';

/** A file that could not be read, for a reason the user can act on (exit status 2). */
export class ReadFailure extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    message: string,
    /** Set when the shared reader refused the bytes: its message is the one to show (textFileMessage). */
    readonly problem?: TextFileProblem,
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
 * Node's strict UTF-8 (simdutf's check, then Buffer's decoding) for the shared reader: the same
 * bytes accepted and refused as its fatal TextDecoder, several times faster (~45 ms on a 9 MB map).
 * Bytes that are all ASCII (most maps; simdutf checks that too) are the same text read as Latin-1,
 * which Node copies as they are instead of decoding UTF-8 (issue 17).
 */
export const nodeUtf8: StrictUtf8 = {
  isUtf8: (bytes) => isUtf8(bytes),
  decode: (bytes) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buffer.toString(isAscii(buffer) ? 'latin1' : 'utf8');
  },
};

// O_NONBLOCK: opening a FIFO (or a device) for reading must not wait for a writer; the handle is
// then checked to be a regular file before any byte is read. It changes nothing for regular files.
const OPEN_FLAGS = process.platform === 'win32' ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * Reads a regular file with the shared reader (strict UTF-8, the kind's limit, one message). The
 * open does not block (a FIFO is refused, not waited on); the size is checked on the open handle
 * before any byte is read, so a huge file costs nothing; and bytes are read until the end of the
 * file, never more than the limit + 1, whatever the size said (a file in /proc says 0, a file may
 * grow in between).
 */
export async function readTextFile(path: string, kind: TextFileKind): Promise<string> {
  const maxBytes = textFileMaxBytes(kind);
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw toReadFailure(error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new ReadFailure('is-directory', 'it is a directory');
    if (!info.isFile()) throw new ReadFailure('not-a-file', 'it is not a regular file');
    const bySize = textFileSizeProblem(info.size, kind);
    if (bySize) throw new ReadFailure('too-large', 'too large', bySize);
    let buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) throw new ReadFailure('too-large', 'too large', { code: 'too-large', size: filled, unit: 'bytes' });
        const bigger = Buffer.alloc(Math.min(Math.max(buffer.length * 2, 65_536), maxBytes + 1));
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const decoded = decodeTextFile(buffer.subarray(0, filled), kind, nodeUtf8);
    if (!decoded.ok) throw new ReadFailure(decoded.problem.code === 'too-large' ? 'too-large' : 'not-utf8', decoded.problem.code, decoded.problem);
    return decoded.text;
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw toReadFailure(error);
  } finally {
    await handle.close();
  }
}

/** The real process: its streams, its environment, the file system. */
export function nodeIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, readFile: readTextFile, env: process.env };
}
