import { describe, expect, it } from 'vitest';
import { en, nl } from '../i18n';
import { decodeSheet, guessedMapping, missingKey, planImport, readSheet, refusalMessage, sheetMapping, sheetTable } from './pipeline';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the import pipeline', () => {
  it('words a refused file as one line, FILE: reason, in the catalog language', () => {
    const empty = readSheet('\r\n');
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(refusalMessage('empty.csv', empty.refusal, en)).toBe('empty.csv: The file is empty.');
    expect(refusalMessage('leeg.csv', empty.refusal, nl)).toBe(`leeg.csv: ${nl.import.csv.empty}`);

    const latin1 = decodeSheet(Uint8Array.from([0x50, 0x3b, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(latin1.ok).toBe(false);
    if (latin1.ok) return;
    expect(latin1.windows1252).toBe(true);
    expect(refusalMessage('latin1.csv', latin1.refusal, en)).toMatch(/^latin1\.csv.*not UTF-8 text \(in Excel, save as "CSV UTF-8"/);
  });

  it('reads Windows-1252 only when asked, and never offers it for UTF-16', () => {
    const bytes = Uint8Array.from([0x50, 0x3b, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    const read = decodeSheet(bytes, 'windows-1252');
    expect(read).toEqual({ ok: true, text: 'P;Café\n' });
    const utf16 = decodeSheet(Uint8Array.from([0xff, 0xfe, 0x50, 0x00, 0x0a, 0x00]));
    expect(utf16.ok ? null : utf16.windows1252).toBe(false);
    expect(decodeSheet(utf8('\ufeffPlatform,Handle\n'))).toEqual({ ok: true, text: 'Platform,Handle\n' });
  });

  it('guesses a header row that is data, and the table follows the choice', () => {
    const read = readSheet('Twitter,@acme,Marketing\nFB,@acme,Sales\n');
    if (!read.ok) throw new Error('refused');
    expect(read.sheet.headerless).toBe(true);
    expect(sheetTable(read.sheet).rows.map((r) => r.row)).toEqual([1, 2]);
    expect(sheetTable(read.sheet, false).header).toEqual(['Twitter', '@acme', 'Marketing']);
    expect(sheetTable(read.sheet, false).rows.map((r) => r.row)).toEqual([2]);
  });

  it('maps the columns (guess, then overrides) and plans the import; no platform or handle column is missing its key', () => {
    const read = readSheet('Kanaal,Account,Wie\nTwitter,@acme,Marketing\n');
    if (!read.ok) throw new Error('refused');
    const table = sheetTable(read.sheet);
    const mapped = sheetMapping(table, ['Wie=owner']);
    if (!mapped.ok) throw new Error(mapped.message);
    expect(mapped.mapping).toMatchObject({ owner: 2 });
    expect(missingKey(mapped.mapping)).toBe(false);
    expect(missingKey({ owner: 2 })).toBe(true);
    expect(sheetMapping(table, ['Nope=owner'])).toMatchObject({ ok: false, message: expect.stringContaining('no column "Nope"') });
    expect(sheetMapping(table, [])).toEqual({ ok: true, mapping: guessedMapping(table) });
    const plan = planImport(table, mapped.mapping);
    expect(plan.stats).toMatchObject({ rows: 1, accounts: 1, owners: 1 });
    expect(plan.edges.map((e) => e.kind)).toEqual(['owns']);
  });
});
