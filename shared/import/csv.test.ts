import { describe, expect, it } from 'vitest';
import { cleanCell, parseCsv, sniffSeparator, toCsv, type CsvTable } from './csv';

function table(text: string, options?: Parameters<typeof parseCsv>[1]): CsvTable {
  const result = parseCsv(text, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}
const cells = (t: CsvTable) => t.rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('sniffs , ; and tab from the header line, outside quotes', () => {
    expect(table('a,b,c\n1,2,3').separator).toBe(',');
    expect(table('a;b;c\r\n1;2;3').separator).toBe(';');
    expect(table('a\tb\tc\n1\t2\t3').separator).toBe('\t');
    // The commas are inside quotes: the separator is ;.
    expect(table('"a, b";"c, d";e\n1;2;3').separator).toBe(';');
    expect(sniffSeparator('title only\na;b\n')).toBe(';');
    expect(sniffSeparator('no separators at all')).toBe(',');
  });

  it('takes the separator it is given', () => {
    expect(cells(table('a;b\n1,5;2', { separator: ';' }))).toEqual([['1,5', '2']]);
  });

  it('reads a BOM, quotes with separators, doubled quotes and line breaks, and all three line ends', () => {
    const t = table('\ufeffname,notes\r\n"Acme, Inc.","said ""hi""\r\nthen left"\rplain,x\n\n\n');
    expect(t.header).toEqual(['name', 'notes']);
    expect(cells(t)).toEqual([
      ['Acme, Inc.', 'said "hi"\nthen left'],
      ['plain', 'x'],
    ]);
    // Spreadsheet row numbers: a record with a line break inside quotes is one row.
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('keeps empty fields, a trailing separator and empty rows in the middle; drops trailing empty lines', () => {
    const t = table('a,b,c\n1,,3\n\n4,5,\n\r\n\n');
    expect(cells(t)).toEqual([['1', '', '3'], [''], ['4', '5', '']]);
  });

  it('recovers from a quote that never closes: that row is read with literal quotes, the rest normally', () => {
    const t = table('a;b\n1;"open\n2;ok\n');
    expect(cells(t)).toEqual([
      ['1', '"open'],
      ['2', 'ok'],
    ]);
    expect(t.warnings).toEqual([{ code: 'unclosed-quote', row: 2, params: { row: 2 } }]);
  });

  it('skips a title line above the header and says so', () => {
    const t = table('Audit 2026\n\nPlatform;Handle\nX;@a\n');
    expect(t.header).toEqual(['Platform', 'Handle']);
    expect(t.headerRow).toBe(3);
    expect(t.rows).toEqual([{ row: 4, cells: ['X', '@a'] }]);
    expect(t.warnings.map((w) => w.code)).toEqual(['rows-before-header']);
  });

  it('refuses an empty file and a file over the limit, and never throws', () => {
    expect(parseCsv('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseCsv('\ufeff\r\n\n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    const big = parseCsv('a,b\n'.repeat(100), { maxChars: 50 });
    expect(big).toMatchObject({ ok: false, error: { code: 'too-large', params: { size: 400, limit: 50 } } });
    if (!big.ok) expect(big.error.message).toContain('too large');
    expect(parseCsv(42 as unknown as string)).toMatchObject({ ok: false, error: { code: 'not-text' } });
    for (const junk of ['"', '""', '","', '\r', ';;;', '"a"b"c', '\u0000,\u0000', '"\n"\n"']) expect(() => parseCsv(junk)).not.toThrow();
  });
});

describe('toCsv', () => {
  it('round-trips cells through parseCsv, with any separator', () => {
    const rows = [
      ['Platform', 'Notes'],
      ['X', 'a, b; c\td'],
      ['Facebook', 'say "hi"\nbye'],
      ['  padded ', ''],
    ];
    for (const separator of [',', ';', '\t'] as const) {
      const text = toCsv(rows, { separator });
      expect(text.startsWith('\ufeff')).toBe(true);
      const t = table(text);
      expect(t.separator).toBe(separator);
      expect([t.header, ...cells(t)].map((r) => r.map((c) => c))).toEqual(rows.map((r, i) => (i === 0 ? r.map((c) => c.trim()) : r)));
    }
  });

  it('guards formula-like cells with an apostrophe that cleanCell takes off again', () => {
    const text = toCsv([['h'], ['=HYPERLINK("x")'], ['@acme'], ['-1']], { bom: false, lineEnd: '\n' });
    expect(text).toBe('h\n"\'=HYPERLINK(""x"")"\n\'@acme\n\'-1\n');
    expect(cells(table(text)).map((r) => cleanCell(r[0]))).toEqual(['=HYPERLINK("x")', '@acme', '-1']);
    expect(cleanCell("'plain")).toBe("'plain");
  });
});
