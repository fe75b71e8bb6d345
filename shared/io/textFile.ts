/**
 * The one reader of text files, for the web app, the desktop shell and the command line: the same
 * decoding, the same limits, the same messages. A platform reads bytes (checking the size first,
 * with {@link textFileMaxBytes}, so a huge file costs nothing) and hands them to
 * {@link decodeTextFile}; a refusal becomes one line with {@link textFileMessage}.
 *
 * - Strict UTF-8 (`TextDecoder('utf-8', { fatal: true })`): any byte sequence that is not UTF-8 —
 *   Windows-1252, UTF-16, an encoded surrogate, a truncated sequence — is refused, never replaced
 *   by U+FFFD. A silent replacement would lose the user's characters, and saving would write the
 *   loss back. A spreadsheet's refusal says how to save it as UTF-8.
 * - One byte-order mark is dropped; two in a row (a file converted twice) are refused.
 * - Limits count characters (UTF-16 code units, as the `.orgmap` reader does): a map at most
 *   MAX_FILE_CHARS, a spreadsheet at most MAX_CSV_CHARS. A file of more than three bytes a
 *   character's worth of bytes cannot be within the limit, so it is refused from its size alone.
 */
import { en, interpolate, type Catalog } from '../i18n';
import { MAX_CSV_CHARS } from '../import/csv';
import { MAX_FILE_CHARS } from '../model/parse';

export type TextFileKind = 'map' | 'spreadsheet';

export type TextFileProblem =
  | { readonly code: 'too-large'; readonly size: number; readonly unit: 'bytes' | 'characters' }
  | { readonly code: 'not-utf8' }
  | { readonly code: 'two-boms' };

export type TextFileResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: TextFileProblem };

const LIMITS: Readonly<Record<TextFileKind, number>> = { map: MAX_FILE_CHARS, spreadsheet: MAX_CSV_CHARS };

/** The most characters a file of this kind may hold. */
export function textFileLimit(kind: TextFileKind): number {
  return LIMITS[kind];
}

/** The most bytes worth reading: a UTF-16 code unit takes at most three UTF-8 bytes. */
export function textFileMaxBytes(kind: TextFileKind): number {
  return 3 * LIMITS[kind];
}

/** A refusal from the size alone (before reading), or null when the bytes are worth reading. */
export function textFileSizeProblem(byteLength: number, kind: TextFileKind): TextFileProblem | null {
  return byteLength > textFileMaxBytes(kind) ? { code: 'too-large', size: byteLength, unit: 'bytes' } : null;
}

const BOM = 0xfeff;

/**
 * A faster strict UTF-8 decoder a platform may hand to {@link decodeTextFile} (the command line
 * passes Node's `isUtf8` and `Buffer#toString`, several times faster than a fatal TextDecoder:
 * ~45 ms saved on a 9 MB map). It must accept exactly the byte sequences a fatal TextDecoder
 * accepts and decode them to the same text, keeping a byte-order mark as U+FEFF. Injected because
 * shared/ imports nothing from node:*.
 */
export interface StrictUtf8 {
  /** True when the bytes are well-formed UTF-8 (no surrogates, overlong or truncated sequences). */
  isUtf8(bytes: Uint8Array): boolean;
  /** The text of bytes that passed {@link StrictUtf8.isUtf8}, byte-order mark kept. */
  decode(bytes: Uint8Array): string;
}

// shared/ is checked without DOM or Node types (tsconfig.shared.json); every runtime Orgmap runs in (browsers,
// Electron, Node ≥ 20) has the WHATWG TextDecoder, so only the part used here is declared, for this module.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };

/** The portable strict decoder: a fatal TextDecoder that keeps the byte-order mark. Throws on bad bytes. */
function decodeStrict(bytes: Uint8Array): string {
  // ignoreBOM keeps the mark in the text, so that a second one can be seen and refused.
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/**
 * Decodes a whole file's bytes strictly (see the module comment). Never throws. `fast`, when
 * given, only speeds the check and the decoding up: what is accepted or refused, and why, stays
 * the portable decoder's (bytes the fast check refuses go through the portable decoder, which
 * judges them).
 */
export function decodeTextFile(bytes: Uint8Array, kind: TextFileKind, fast?: StrictUtf8): TextFileResult {
  const bySize = textFileSizeProblem(bytes.byteLength, kind);
  if (bySize) return { ok: false, problem: bySize };
  let text: string;
  try {
    text = fast?.isUtf8(bytes) ? fast.decode(bytes) : decodeStrict(bytes);
  } catch {
    return { ok: false, problem: { code: 'not-utf8' } };
  }
  if (text.charCodeAt(0) === BOM) {
    if (text.charCodeAt(1) === BOM) return { ok: false, problem: { code: 'two-boms' } };
    text = text.slice(1);
  }
  if (text.length > LIMITS[kind]) return { ok: false, problem: { code: 'too-large', size: text.length, unit: 'characters' } };
  return { ok: true, text };
}

/**
 * May the user be offered to read these bytes as Windows-1252 (Excel's plain "CSV" on Windows)?
 * Only a spreadsheet the strict reader refused as not UTF-8, and only when it looks like a
 * one-byte-a-character text: no NUL byte and no UTF-16 byte-order mark (a UTF-16 file read that way
 * would be every other character NUL). Never a guess made for the user: the import dialog offers it
 * as a choice, next to the refusal, and shows the rows read that way before anything is imported.
 */
export function canReadAsWindows1252(bytes: Uint8Array, kind: TextFileKind): boolean {
  if (kind !== 'spreadsheet') return false;
  const strict = decodeTextFile(bytes, kind);
  if (strict.ok || strict.problem.code !== 'not-utf8') return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return !bytes.includes(0);
}

/**
 * Decodes a spreadsheet as Windows-1252 (the WHATWG encoding: every byte is one character, so
 * nothing is replaced by U+FFFD — the five bytes Windows-1252 leaves undefined become the control
 * characters of the same number). Only on the user's explicit choice ({@link canReadAsWindows1252});
 * the same character limit as UTF-8. Never throws.
 */
export function decodeWindows1252(bytes: Uint8Array, kind: TextFileKind): TextFileResult {
  if (bytes.byteLength > LIMITS[kind]) return { ok: false, problem: { code: 'too-large', size: bytes.byteLength, unit: 'characters' } };
  // By table, not TextDecoder('windows-1252'): Node's decodes 0x80–0x9F as Latin-1 (0x80 → U+0080, not €).
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const end = Math.min(bytes.length, start + 8192);
    const codes: number[] = [];
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_80_9F[b - 0x80] ?? b) : b);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return { ok: true, text: chunks.join('') };
}

/** Windows-1252's characters for bytes 0x80–0x9F (WHATWG Encoding); all other bytes are their Latin-1 code point. */
const WINDOWS_1252_80_9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const formatInt = (n: number) => n.toLocaleString('en');

/** The one-line refusal, naming the file, in the catalog's language (English by default). */
export function textFileMessage(fileName: string, kind: TextFileKind, problem: TextFileProblem, catalog: Catalog = en): string {
  const words = catalog.textFile;
  switch (problem.code) {
    case 'too-large': {
      const limit = LIMITS[kind];
      const params = { file: fileName, size: formatInt(problem.size), limit: formatInt(limit), short: `${limit / 2 ** 20} Mi` };
      return interpolate(problem.unit === 'bytes' ? words.tooLargeBytes : words.tooLarge, params);
    }
    case 'not-utf8':
      return interpolate(kind === 'spreadsheet' ? words.notUtf8Spreadsheet : words.notUtf8, { file: fileName });
    case 'two-boms':
      return interpolate(words.twoBoms, { file: fileName });
  }
}
