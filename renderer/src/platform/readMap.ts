/**
 * Reading a chosen `.orgmap` file in the web build: its bytes, the one shared reader of text
 * (shared/io/textFile.ts), and — in the open worker (open.worker.ts) — the parse and validation
 * too. No DOM beyond Blob and FileReader, so it runs in a worker as well as in the page.
 */
import type { OpenResult } from '../../../shared/ipc';
import { decodeTextFile, textFileMessage, textFileSizeProblem } from '../../../shared/io/textFile';
import { parseDocument, type OrgDocument } from '../../../shared/model';

export function message(error: unknown): string {
  // DOMException is not an Error everywhere (jsdom, older engines); read its message all the same.
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

/** A file's bytes (`Blob.arrayBuffer`, or a FileReader where a Blob has no such method, as in jsdom). */
export function readBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Never rejects: a file that cannot be read is an open that failed, with the reason. Read with the
 * one shared reader (shared/io/textFile.ts) — strict UTF-8, the character limit, the same words as
 * the desktop shell and the command line — never `file.text()`, which replaces bad bytes with U+FFFD.
 */
export async function readFile(file: Blob & { readonly name: string }): Promise<OpenResult> {
  const bySize = textFileSizeProblem(file.size, 'map');
  if (bySize) return { canceled: false, error: textFileMessage(file.name, 'map', bySize), name: file.name };
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (error) {
    return { canceled: false, error: `${file.name}: ${message(error)}`, name: file.name };
  }
  const decoded = decodeTextFile(bytes, 'map');
  if (!decoded.ok) return { canceled: false, error: textFileMessage(file.name, 'map', decoded.problem), name: file.name };
  return { canceled: false, path: file.name, name: file.name, text: decoded.text };
}

/** A read file, and its document when it was parsed and validated along the way. */
export interface ReadMap {
  readonly result: OpenResult;
  /** Set only for an opened file (`result` has its text): `parseDocument(result.text, result.name)`'s document. */
  readonly document?: OrgDocument;
}

/**
 * {@link readFile}, then the parse and validation the app would do
 * (document/useDocumentActions.ts: `parseDocument(text, name)`), so a worker can do both off the
 * page's main thread. A file the parser refuses is an
 * open that failed with the parser's message, word for word what the app shows for it.
 */
export async function readAndParseMap(file: Blob & { readonly name: string }): Promise<ReadMap> {
  const result = await readFile(file);
  if (result.canceled || !('text' in result)) return { result };
  const parsed = parseDocument(result.text, result.name);
  if (!parsed.ok) return { result: { canceled: false, error: parsed.error.message, name: result.name } };
  return { result, document: parsed.document };
}

/** A text parsed and validated: its document, or the parser's refusal (word for word what the app shows). */
export type ParsedText = { readonly document: OrgDocument } | { readonly error: string };

/**
 * The parse and validation the app would do of a text the desktop shell read
 * (document/useDocumentActions.ts: `parseDocument(text, name)`), so the open worker can do it off the page's main thread.
 */
export function parseOpenedText(text: string, name: string): ParsedText {
  const parsed = parseDocument(text, name);
  return parsed.ok ? { document: parsed.document } : { error: parsed.error.message };
}
