/**
 * A CSV / TSV reader and writer for spreadsheet exports (Excel, Google Sheets, LibreOffice, hand
 * written). Pure: text in, a table out; never throws.
 *
 * Reads: `,` `;` and tab separators (sniffed from the header line, outside quotes, unless given);
 * a UTF-8 byte-order mark; quoted fields with embedded separators, doubled quotes and line breaks;
 * `\r\n`, `\r` and `\n` line ends; trailing empty lines. A quote left open at the end of the file
 * (a broken export) does not swallow the rest of the file: that record is read again with its
 * quotes taken literally, up to its line end, and a warning names the row.
 *
 * Row numbers are spreadsheet row numbers: the first record of the file is row 1, and a record
 * with a line break inside a quoted field is still one row (as Excel shows it).
 */

export const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/**
 * The largest text the reader accepts, in UTF-16 code units: 32 Mi. An inventory of 20,000 rows
 * (the most accounts one scenario may hold) with long notes is a few MB; beyond this we refuse
 * rather than freeze the window.
 */
export const MAX_CSV_CHARS = 32 * 1024 * 1024;

/** One data row: its spreadsheet row number and its cells (unpadded: as many as the file had). */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvWarning {
  readonly code: 'unclosed-quote' | 'rows-before-header';
  readonly row: number;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface CsvTable {
  readonly separator: Separator;
  /** The header cells, trimmed. */
  readonly header: readonly string[];
  /** Spreadsheet row number of the header (1 unless title rows come before it; 0 when the table has none, see `withoutHeader`). */
  readonly headerRow: number;
  /** Every record after the header, empty ones included (the importer counts and skips them). */
  readonly rows: readonly CsvRow[];
  readonly warnings: readonly CsvWarning[];
}

export interface CsvError {
  readonly code: 'too-large' | 'empty' | 'not-text';
  readonly params: Readonly<Record<string, string | number>>;
  /** English, one line. */
  readonly message: string;
}

export type CsvResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly error: CsvError };

export interface CsvOptions {
  /** Force a separator instead of sniffing it. */
  readonly separator?: Separator;
  /** Defaults to {@link MAX_CSV_CHARS}. */
  readonly maxChars?: number;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Reads CSV/TSV text into a table. Never throws. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvResult {
  if (typeof text !== 'string') return fail('not-text', {}, 'not text');
  const limit = options.maxChars ?? MAX_CSV_CHARS;
  if (text.length > limit) {
    return fail(
      'too-large',
      { size: text.length, limit },
      `the file is too large: ${text.length.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')}`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = options.separator ?? sniffSeparator(body);
  const { records, unclosed } = readRecords(body, separator);
  // Trailing empty lines are not rows.
  while (records.length > 0 && isEmptyRecord(records[records.length - 1] ?? [])) records.pop();
  if (records.length === 0) return fail('empty', {}, 'the file is empty');

  const warnings: CsvWarning[] = [];
  const headerIndex = findHeader(records);
  if (headerIndex > 0) {
    const skipped = records.slice(0, headerIndex).filter((r) => !isEmptyRecord(r)).length;
    if (skipped > 0) warnings.push({ code: 'rows-before-header', row: 1, params: { count: skipped, header: headerIndex + 1 } });
  }
  for (const row of unclosed) warnings.push({ code: 'unclosed-quote', row, params: { row } });
  const header = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) rows.push({ row: i + 1, cells: records[i] ?? [] });
  return { ok: true, table: { separator, header, headerRow: headerIndex + 1, rows, warnings } };
}

function fail(code: CsvError['code'], params: CsvError['params'], message: string): CsvResult {
  return { ok: false, error: { code, params, message } };
}

function isEmptyRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * The header is the first record with at least two non-empty cells among the first ten (a title
 * line such as "Social media audit 2024" above the header is skipped); failing that, the first
 * non-empty record.
 */
function findHeader(records: readonly (readonly string[])[]): number {
  const scan = Math.min(records.length, 10);
  for (let i = 0; i < scan; i++) {
    if ((records[i] ?? []).filter((c) => c.trim() !== '').length >= 2) return i;
  }
  for (let i = 0; i < records.length; i++) if (!isEmptyRecord(records[i] ?? [])) return i;
  return 0;
}

/**
 * The separator that occurs most often outside quotes on the first line that has any (normally
 * the header); ties go to tab, then `;`, then `,`. Looks at ten lines at most; `,` when none has one.
 */
export function sniffSeparator(text: string): Separator {
  let inQuotes = false;
  let lines = 0;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) {
      if (counts[','] + counts[';'] + counts['\t'] > 0) break;
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      if (++lines >= 10) break;
    } else if (!inQuotes) {
      if (c === 44) counts[',']++;
      else if (c === 59) counts[';']++;
      else if (c === 9) counts['\t']++;
    }
  }
  let best: Separator = ',';
  let bestCount = 0;
  for (const sep of ['\t', ';', ','] as const) {
    if (counts[sep] > bestCount) {
      best = sep;
      bestCount = counts[sep];
    }
  }
  return best;
}

/** Splits the text into records. `unclosed` lists the rows whose quote never closed. */
function readRecords(text: string, separator: Separator): { records: string[][]; unclosed: number[] } {
  const sep = separator.charCodeAt(0);
  const records: string[][] = [];
  const unclosed: number[] = [];
  const n = text.length;
  // A quote at or after the last one in the text can never close: knowing that up front keeps a
  // file full of unclosed quotes linear instead of rescanning to the end for every row.
  const lastQuote = text.lastIndexOf('"');
  let i = 0;
  /** Start index of a record to re-read with literal quotes (after an unclosed quote), or -1. */
  let literalFrom = -1;
  while (i < n) {
    const recordStart = i;
    const literal = recordStart === literalFrom;
    const record: string[] = [];
    let ended = false;
    let brokenQuote = false;
    while (!ended) {
      // One field.
      if (!literal && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        let closed = false;
        for (;;) {
          if (i >= lastQuote) break;
          const q = text.indexOf('"', j);
          if (q === -1) break;
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          brokenQuote = true;
          break;
        }
        // Lenient: text between the closing quote and the separator is kept (`"a"b` → `ab`).
        let k = j;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k++;
        }
        value += text.slice(j, k);
        record.push(value.replace(/\r\n?/g, '\n'));
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k++;
        }
        record.push(text.slice(i, k));
        i = k;
      }
      // After a field: a separator (another field follows), a line end or the end of the text.
      if (i >= n) ended = true;
      else {
        const c = text.charCodeAt(i);
        if (c === sep) {
          i++;
          if (i >= n) {
            record.push('');
            ended = true;
          }
        } else {
          i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
          ended = true;
        }
      }
    }
    if (brokenQuote) {
      // Read this record again, quotes literal, up to its own line end.
      unclosed.push(records.length + 1);
      literalFrom = recordStart;
      i = recordStart;
      continue;
    }
    records.push(record);
  }
  return { records, unclosed };
}

export interface CsvWriteOptions {
  readonly separator?: Separator;
  /** Start with a UTF-8 byte-order mark, so Excel reads the text as UTF-8. Default true. */
  readonly bom?: boolean;
  /** Default `\r\n`, as spreadsheets write. */
  readonly lineEnd?: '\r\n' | '\n';
  /**
   * Prefix a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return with `'`, so a
   * spreadsheet shows it as text instead of running it as a formula (CSV injection). The importer
   * takes the apostrophe off again (see `cleanCell`). Default true.
   */
  readonly guardFormulas?: boolean;
}

/** Writes rows as CSV text that {@link parseCsv} reads back to the same cells (after `cleanCell`). */
export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ',';
  const lineEnd = options.lineEnd ?? '\r\n';
  const guard = options.guardFormulas ?? true;
  const out: string[] = [];
  for (const row of rows) out.push(row.map((cell) => csvCell(cell, separator, guard)).join(separator));
  return `${options.bom ?? true ? '\ufeff' : ''}${out.join(lineEnd)}${lineEnd}`;
}

/**
 * What a spreadsheet may run as a formula: `=`, `+`, `-`, `@` (also their fullwidth forms, which
 * some spreadsheets in East Asian locales read as the same) after any leading spaces, or a cell
 * starting with a tab or a line break.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
/** Every separator any spreadsheet may read this file with, whatever the file's own. */
const ANY_SEPARATOR = /[,;\t]/;

/** True when `cell` would be read as a formula; {@link toCsv} guards every such cell. */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/**
 * A separator or line break inside a cell followed by a formula start: a spreadsheet that splits
 * the file at another separator than ours (another locale, a remembered import setting) starts a
 * field there, inside our quotes, and would run it. Such a spot gets an apostrophe too.
 */
// Spaces a spreadsheet may strip before the formula start (not separators or line breaks: those start fields of their own),
// and quotes: written doubled (`""`), they read as an empty quoted field there, and what follows starts the field.
const INNER_FORMULA = /([,;\t\r\n])(?=(?:(?![\t\r\n])\s|")*[=+\-@\uff1d\uff0b\uff0d\uff20])/g;
const INNER_GUARD = /([,;\t\r\n])'(?=(?:(?![\t\r\n])\s|")*[=+\-@\uff1d\uff0b\uff0d\uff20])/g;

/** The formula guard {@link toCsv} writes: `'` before a formula-like start, and after a separator that precedes one. */
export function guardCell(value: string): string {
  const inner = value.replace(INNER_FORMULA, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** Takes {@link guardCell}'s apostrophes off again (the text otherwise as read). */
export function unguardCell(value: string): string {
  const outer = value.length > 1 && value.charCodeAt(0) === 39 && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
  return outer.replace(INNER_GUARD, '$1');
}

function csvCell(value: string, separator: Separator, guard: boolean): string {
  const text = guard ? guardCell(value) : value;
  // Quoted when it holds ANY separator, not only this file's: a spreadsheet set to another locale
  // may split a tab- or semicolon-separated file at commas, and must still see one quoted cell.
  const needsQuotes = ANY_SEPARATOR.test(text) || text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r') || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A cell as the importer uses it: trimmed, with the apostrophe a spreadsheet (or {@link toCsv})
 * puts before a formula-like value taken off (`'@acme` → `@acme`).
 */
export function cleanCell(value: string | undefined): string {
  return unguardCell((value ?? '').trim()).trim();
}
