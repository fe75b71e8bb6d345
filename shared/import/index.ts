/**
 * Spreadsheet import: CSV/TSV → a guessed, user-editable column mapping → nodes and edges, with
 * every unusable row listed and a CSV of rejects. Pure. See docs/import.md.
 */
export { parseCsv, sniffSeparator, toCsv, cleanCell, MAX_CSV_CHARS, SEPARATORS, type Separator, type CsvTable, type CsvRow, type CsvWarning, type CsvError, type CsvResult, type CsvOptions, type CsvWriteOptions } from './csv';
export { normalizePlatform, nearestPlatform, platformFromUrl, looksLikeUrl, type UrlAccount } from './platforms';
export {
  guessMapping,
  applyMapOverrides,
  findColumn,
  headerScore,
  contentScore,
  tableWidth,
  headerLooksLikeData,
  withoutHeader,
  IMPORT_FIELDS,
  MIN_SCORE,
  type ImportField,
  type ColumnMapping,
  type FieldGuess,
  type MappingGuess,
  type MapOverrideResult,
} from './mapping';
export {
  importRows,
  guessOwnerKind,
  parseOwnerKind,
  nameKey,
  REJECT_CODES,
  WARNING_CODES,
  type RejectCode,
  type WarningCode,
  type ImportMessageCode,
  type ImportMessage,
  type ImportReject,
  type ImportWarning,
  type PreviewRow,
  type ImportStats,
  type ImportResult,
  type ImportOptions,
} from './build';
export { formatImportMessage, rejectsToCsv } from './messages';
export { applyImport, type ApplyImportOptions } from './apply';
export {
  decodeSheet,
  readSheet,
  sheetTable,
  sheetMapping,
  guessedMapping,
  missingKey,
  planImport,
  refusalMessage,
  type Sheet,
  type SheetRefusal,
  type SheetResult,
  type DecodedSheet,
} from './pipeline';
