/** Whatever the text, reading and importing never throw, and what comes out is always a valid map. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDocument, parseDocument, serializeDocument, type Scenario } from '../model';
import { importRows } from './build';
import { addElements } from '../model/edits';
import { parseCsv, toCsv } from './csv';
import { guessMapping, IMPORT_FIELDS, type ColumnMapping } from './mapping';

const piece = fc.constantFrom(',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', 'X', 'FB', 'Insta', '@acme', 'https://x.com/a', 'Marketing', 'BU Noord', 'team', 'medewerkers', 'Hub', 'é', '\ufeff', '=1+1', 'Flickr');
const csvText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

function expectValidImport(text: string, mapping?: ColumnMapping): void {
  const parsed = parseCsv(text);
  if (!parsed.ok) return;
  const result = importRows(parsed.table, mapping ?? guessMapping(parsed.table).mapping);
  const base = emptyDocument('t');
  const scenario = addElements(base.scenarios[0] as Scenario, result.nodes, result.edges);
  const read = parseDocument(serializeDocument({ ...base, scenarios: [scenario] }));
  if (!read.ok) throw new Error(read.error.message);
  // Every non-empty row is an account, a merge or a reject.
  expect(result.stats.accounts + result.stats.mergedAccounts + result.stats.rejected).toBe(result.stats.rows);
}

describe('import properties', () => {
  it('any text: parseCsv and importRows never throw; the result always passes the reader', () => {
    fc.assert(fc.property(csvText, (text) => expectValidImport(text)), { numRuns: 400 });
  });

  it('any text with any mapping of its first columns', () => {
    const mapping = fc.record(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, fc.integer({ min: 0, max: 4 })])) as Record<(typeof IMPORT_FIELDS)[number], fc.Arbitrary<number>>, { requiredKeys: [] });
    fc.assert(fc.property(csvText, mapping, (text, m) => expectValidImport(text, m)), { numRuns: 400 });
  });

  it('toCsv → parseCsv gives the cells back for any table', () => {
    const cell = fc.array(piece, { maxLength: 6 }).map((p) => p.join('').replace(/\ufeff/g, ''));
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rs) => {
      const width = rs[0]?.length ?? 2;
      // A header with two non-empty cells, and rows of the same width.
      return [Array.from({ length: width }, (_, i) => `h${i}`), ...rs.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''))];
    });
    fc.assert(
      fc.property(rows, fc.constantFrom(',' as const, ';' as const, '\t' as const), (table, separator) => {
        const back = parseCsv(toCsv(table, { separator, guardFormulas: false }));
        if (!back.ok) throw new Error(back.error.message);
        const body = table.slice(1);
        // Trailing all-empty rows are dropped by the reader, as spreadsheets do.
        while (body.length > 0 && (body[body.length - 1] ?? []).every((c) => c.trim() === '')) body.pop();
        expect(back.table.rows.map((r) => r.cells)).toEqual(body.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))));
      }),
      { numRuns: 300 },
    );
  });
});
