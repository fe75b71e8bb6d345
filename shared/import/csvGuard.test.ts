/**
 * Issue #15 item 3: the rejected-rows CSV was formula-guarded only for its own separator. A cell
 * like `x,=HYPERLINK(…)` from tab- or semicolon-separated input was written unquoted, and a
 * spreadsheet in a comma locale read `=HYPERLINK(…)` as a formula.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../scripts/fuzzRuns';
import { en } from '../i18n';
import { parseCsv, rejectsToCsv, SEPARATORS, toCsv, type CsvTable, type Separator } from '.';
import { guardCell, unguardCell } from './csv';

const unguard = unguardCell;

/** What a spreadsheet runs: a formula start after any whitespace it may strip. */
const runsAsFormula = (cell: string) => /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell);

/** Fields of each line as a spreadsheet splits them at `separator` (quoted fields honoured). */
function cellsRead(text: string, separator: Separator): string[] {
  const r = parseCsv(text, { separator });
  if (!r.ok) return [];
  return [...r.table.header, ...r.table.rows.flatMap((row) => row.cells)];
}

describe('formula guard of written CSV (#15 item 3)', () => {
  it('quotes a cell holding any separator, whatever the file\'s own', () => {
    for (const separator of SEPARATORS) {
      const text = toCsv([['x,=HYPERLINK("http://e.test","click")', 'a;b', 'c\td']], { separator, bom: false });
      for (const other of SEPARATORS) {
        for (const cell of cellsRead(text, other)) expect(runsAsFormula(cell), `${JSON.stringify(separator)} read with ${JSON.stringify(other)}: ${cell}`).toBe(false);
      }
    }
  });

  it('guards = + - @ after leading spaces, a leading tab or CR, and the fullwidth forms', () => {
    for (const cell of ['=1+1', '  =1+1', '\u3000=1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\uff1d1+1', '\uff0b1', '\uff0d1', '\uff20x']) {
      const text = toCsv([[cell]], { bom: false });
      const read = cellsRead(text, ',')[0] ?? '';
      expect(read.startsWith("'"), JSON.stringify(cell)).toBe(true);
      expect(unguard(read)).toBe(cell.replace(/\r\n?/g, '\n')); // the reader reads any line end in a quoted cell as \n
    }
  });

  it('guards a formula start after a separator inside a cell, for a spreadsheet that splits there', () => {
    expect(guardCell('x,=HYPERLINK("u")')).toBe('x,\'=HYPERLINK("u")');
    expect(guardCell('\t=1')).toBe("'\t'=1");
    expect(unguardCell(guardCell('a;\n @b,=c'))).toBe('a;\n @b,=c');
  });

  it('guards a formula start after a separator and quotes (found by the soak: `""` reads as an empty quoted field)', () => {
    expect(guardCell('\t"-')).toBe("'\t'\"-");
    expect(guardCell('x,"=1')).toBe('x,\'"=1');
    for (const cell of ['\t"-', 'x,"=1', 'a; ""@b']) {
      const text = toCsv([['h'], [cell]], { separator: ',' });
      for (const other of SEPARATORS) for (const read of cellsRead(text, other)) expect(runsAsFormula(read)).toBe(false);
      const back = parseCsv(text, { separator: ',' });
      expect(back.ok && unguard(back.table.rows[0]?.cells[0] ?? '')).toBe(cell);
    }
  });

  it('rejectsToCsv of a tab-separated sheet: the issue\'s row', () => {
    const table: CsvTable = { header: ['platform', 'handle'], rows: [{ row: 2, cells: ['x,=HYPERLINK("http://e.test")', '@acme'] }], separator: '\t', warnings: [] } as unknown as CsvTable;
    const text = rejectsToCsv(table, [{ row: 2, cells: ['x,=HYPERLINK("http://e.test")', '@acme'], reason: { code: 'no-platform', params: {} } }] as never, en);
    for (const other of SEPARATORS) for (const cell of cellsRead(text, other)) expect(runsAsFormula(cell), cell).toBe(false);
  });
});

/** Cells of any Unicode, markup, separators, quotes, line breaks and formula starts. */
const cellArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('=1+1', ' @x', '\uff1dA1', '+-', '"', '""', 'a,b;c\td', '\r\n', '<b>&</b>', '\u202e'),
    fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', ' ='), fc.string({ maxLength: 8 })).map(([a, b]) => a + b),
  )
  // The apostrophe convention itself: a cell that already starts with ' before a formula start reads back without it.
  .filter((c) => unguardCell(guardCell(c)) === c && unguardCell(c) === c);

export const csvRowsArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

describe('written CSV, property (#15 what to build)', () => {
  it('reads back cell for cell with its own separator, and no cell is an unguarded formula under any separator', () => {
    fc.assert(
      fc.property(csvRowsArb, fc.constantFrom(...SEPARATORS), (rows, separator) => {
        // Rows padded to one width, as rejectsToCsv pads them.
        const width = Math.max(...rows.map((r) => r.length));
        // A header row first, as rejectsToCsv writes one; line ends in a cell read back as \n.
        const padded = [Array.from({ length: width }, (_, i) => `c${i}`), ...rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\r\n?/g, '\n')))];
        const text = toCsv(padded, { separator });
        const r = parseCsv(text, { separator });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const back = [r.table.header, ...r.table.rows.map((row) => row.cells)].map((cells) => Array.from({ length: width }, (_, i) => unguard(cells[i] ?? '')));
        // Trailing empty lines are dropped by the reader; so are rows of only empty cells at the end.
        const expected = padded.slice(0, back.length);
        expect(back).toEqual(expected);
        for (const other of SEPARATORS) for (const cell of cellsRead(text, other)) expect(runsAsFormula(cell)).toBe(false);
      }),
      { numRuns: fuzzRuns(1500) },
    );
  }, fuzzTimeout(60_000));
});
