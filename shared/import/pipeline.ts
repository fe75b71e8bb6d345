/**
 * The import pipeline, composed once for the command line (cli/commands/import.ts) and the app's
 * dialog (renderer/src/import/): read text → sniff and parse the CSV → guess whether the first row
 * is a header → the column mapping → importRows → layout and merge (applyImport) → rejects and
 * messages (rejectsToCsv, formatImportMessage). The shells keep only what is theirs: where the
 * bytes come from, what the user chooses between the steps, and how the outcome is shown.
 *
 * A refused file is one {@link SheetRefusal}, and {@link refusalMessage} words it as one line, the
 * same in both shells: `FILE: reason`.
 */
import type { Catalog } from '../i18n/en';
import { interpolate } from '../i18n/format';
import { canReadAsWindows1252, decodeTextFile, decodeWindows1252, textFileMessage, type StrictUtf8, type TextFileProblem } from '../io/textFile';
import { importRows, type ImportOptions, type ImportResult } from './build';
import { parseCsv, type CsvError, type CsvTable } from './csv';
import { applyMapOverrides, guessMapping, headerLooksLikeData, withoutHeader, type ColumnMapping, type MapOverrideResult } from './mapping';

/** Why a file gives no table: the text reader refused its bytes, or the CSV reader its text. */
export type SheetRefusal = { readonly stage: 'text'; readonly problem: TextFileProblem } | { readonly stage: 'csv'; readonly error: CsvError };

/** A spreadsheet as read, before the user has said anything about it. */
export interface Sheet {
  /** As read, its first row taken as the header. */
  readonly read: CsvTable;
  /** Whether the first row already looks like data (platform names, handles, URLs): the guess the user may overrule. */
  readonly headerless: boolean;
}

export type SheetResult = { readonly ok: true; readonly sheet: Sheet } | { readonly ok: false; readonly refusal: SheetRefusal };

export type DecodedSheet =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly refusal: SheetRefusal;
      /** Refused as not UTF-8 but readable as Windows-1252 (Excel's plain "CSV"): offer it as a choice, never guess it. */
      readonly windows1252: boolean;
    };

/**
 * Bytes → text with the one shared reader: strict UTF-8 (or, on the user's explicit choice,
 * Windows-1252), the spreadsheet limit, one byte-order mark dropped.
 */
export function decodeSheet(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252' = 'utf-8', fast?: StrictUtf8): DecodedSheet {
  const decoded = encoding === 'windows-1252' ? decodeWindows1252(bytes, 'spreadsheet') : decodeTextFile(bytes, 'spreadsheet', fast);
  if (decoded.ok) return decoded;
  return { ok: false, refusal: { stage: 'text', problem: decoded.problem }, windows1252: encoding === 'utf-8' && canReadAsWindows1252(bytes, 'spreadsheet') };
}

/** Text → the table (separator sniffed) and the guess whether its first row is a header. */
export function readSheet(text: string): SheetResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, refusal: { stage: 'csv', error: parsed.error } };
  return { ok: true, sheet: { read: parsed.table, headerless: headerLooksLikeData(parsed.table) } };
}

/** The table the rows are imported from: as read, or with its first row taken as data. */
export function sheetTable(sheet: Sheet, headerless: boolean = sheet.headerless): CsvTable {
  return headerless ? withoutHeader(sheet.read) : sheet.read;
}

/** The guessed mapping, with `COLUMN=FIELD` overrides (the command line's `--map`) applied over it. */
export function sheetMapping(table: CsvTable, overrides: readonly string[]): MapOverrideResult {
  return applyMapOverrides(table, guessedMapping(table), overrides);
}

/** The mapping guessed from the headers and the cells; the dialog shows it for the user to change. */
export function guessedMapping(table: CsvTable): ColumnMapping {
  return guessMapping(table).mapping;
}

/** Without a platform or a handle column no row can be an account: the import cannot run. */
export function missingKey(mapping: ColumnMapping): boolean {
  return mapping.platform === undefined && mapping.handle === undefined;
}

/** The rows → new nodes and edges, rejects, warnings and the preview (see importRows). */
export function planImport(table: CsvTable, mapping: ColumnMapping, options: ImportOptions = {}): ImportResult {
  return importRows(table, mapping, options);
}

/** The one line that says why a file was refused: `FILE: reason`, in the catalog's language. */
export function refusalMessage(fileName: string, refusal: SheetRefusal, catalog: Catalog): string {
  if (refusal.stage === 'text') return textFileMessage(fileName, 'spreadsheet', refusal.problem, catalog);
  return `${fileName}: ${interpolate(catalog.import.csv[refusal.error.code], refusal.error.params)}`;
}
