/** Wording import messages with a catalog, and the CSV of rejected rows. Pure. */
import type { Catalog } from '../i18n/en';
import { interpolate, lookup, template } from '../i18n/format';
import { toCsv, type CsvTable, type CsvWriteOptions } from './csv';
import type { ImportMessage, ImportReject } from './build';

/**
 * One sentence for an import message (`import.message.<code>` in the catalog). Params named
 * `platform` / `…Platform` show as the platform's name, `kind` / `…Kind` as the node kind's name.
 * Values are inserted as plain text.
 */
export function formatImportMessage(message: ImportMessage, catalog: Catalog): string {
  // `_one` / `_other` by `count` where the catalog has both (issue 14: plural-correct sentences).
  const text = template(catalog, `import.message.${message.code}`, message.params);
  if (text === undefined) return message.code;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    if (typeof value === 'string' && (name === 'platform' || name.endsWith('Platform'))) params[name] = lookup(catalog, `platforms.${value}`) ?? value;
    else if (typeof value === 'string' && (name === 'kind' || name.endsWith('Kind'))) params[name] = lookup(catalog, `import.kind.${value}`) ?? value;
    else params[name] = value;
  }
  return interpolate(text, params);
}

/**
 * The rejected rows as CSV: the original header and cells (so the file can be fixed and imported
 * again), then a row-number column and a reason column, worded with `catalog`. Same separator as the
 * table unless told.
 */
export function rejectsToCsv(table: CsvTable, rejects: readonly ImportReject[], catalog: Catalog, options: CsvWriteOptions = {}): string {
  let width = table.header.length;
  for (const r of rejects) width = Math.max(width, r.cells.length);
  const pad = (cells: readonly string[]): string[] => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const rows: string[][] = [[...pad(table.header), catalog.import.rejects.row, catalog.import.rejects.reason]];
  for (const r of rejects) rows.push([...pad(r.cells), String(r.row), formatImportMessage(r.reason, catalog)]);
  return toCsv(rows, { separator: table.separator, ...options });
}
