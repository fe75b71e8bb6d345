import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from './csv';
import { applyMapOverrides, guessMapping, headerLooksLikeData, headerScore, withoutHeader, type ColumnMapping } from './mapping';

function table(text: string): CsvTable {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.table;
}
const named = (t: CsvTable, m: ColumnMapping) => Object.fromEntries(Object.entries(m).map(([f, c]) => [f, t.header[c] ?? `#${c}`]));

describe('guessMapping from header names', () => {
  it('English headers', () => {
    const t = table('Platform,Handle,Owner,Owner type,Hub,Account name?,Notes\n');
    expect(named(t, guessMapping(t).mapping)).toEqual({ platform: 'Platform', handle: 'Handle', owner: 'Owner', ownerKind: 'Owner type', hub: 'Hub', notes: 'Notes', label: 'Account name?' });
  });

  it('Dutch headers, accents and case ignored', () => {
    const t = table('Kanaal;Gebruikersnaam;Eigenaar;Soort eigenaar;Coördinator;Naam;Opmerkingen\n');
    expect(named(t, guessMapping(t).mapping)).toEqual({
      platform: 'Kanaal',
      handle: 'Gebruikersnaam',
      owner: 'Eigenaar',
      ownerKind: 'Soort eigenaar',
      hub: 'Coördinator',
      label: 'Naam',
      notes: 'Opmerkingen',
    });
  });

  it('department, business unit, BU and region name the owner; the best one wins', () => {
    for (const h of ['Afdeling', 'Department', 'Business unit', 'BU', 'Regio', 'Region']) expect(headerScore(h, 'owner')).toBeGreaterThanOrEqual(0.85);
    const t = table('netwerk,account,afdeling,eigenaar\n');
    expect(named(t, guessMapping(t).mapping)).toEqual({ platform: 'netwerk', handle: 'account', owner: 'eigenaar' });
  });

  it('scores, and says how each field was found', () => {
    const t = table('Social media platform,Profile URL,Managed by\n');
    expect(guessMapping(t).guesses).toEqual([
      { field: 'platform', column: 0, score: 1, by: 'header' },
      { field: 'handle', column: 1, score: 1, by: 'header' },
      { field: 'owner', column: 2, score: 1, by: 'header' },
    ]);
  });
});

describe('guessMapping from the values when the headers say nothing', () => {
  it('finds the platform, handle and owner-kind columns by their content', () => {
    const t = table(['Kolom1,Kolom2,Kolom3,Kolom4', 'Twitter,@acme,Marketing,afdeling', 'FB,https://facebook.com/acme,Sales,department', 'Insta,@acme.nl,BU North,unit', ',,,'].join('\n'));
    const g = guessMapping(t);
    expect(named(t, g.mapping)).toEqual({ platform: 'Kolom1', handle: 'Kolom2', ownerKind: 'Kolom4' });
    expect(g.guesses.every((x) => x.by === 'content')).toBe(true);
  });

  it('guesses nothing for columns it cannot read', () => {
    const t = table('a,b\n1,2\n');
    expect(guessMapping(t).mapping).toEqual({});
  });
});

describe('applyMapOverrides', () => {
  const t = table('Kanaal,Wie,Opmerkingen,Extra\nX,Marketing,,\n');
  const guess = guessMapping(t).mapping;

  it('sets a field by header name or 1-based number, moving it off its old column', () => {
    const r = applyMapOverrides(t, guess, ['wie=owner', '4=notes']);
    expect(r).toEqual({ ok: true, mapping: { platform: 0, owner: 1, notes: 3 } });
  });

  it('ignore takes a column out; owner-kind is accepted', () => {
    expect(applyMapOverrides(t, guess, ['Opmerkingen=ignore', 'Extra=owner-kind'])).toEqual({ ok: true, mapping: { platform: 0, ownerKind: 3 } });
  });

  it('refuses unknown columns and fields, and a missing =, with a message', () => {
    for (const bad of ['Nope=owner', 'Wie=boss', 'Wie', '=owner', 'Wie=', '9=owner']) {
      const r = applyMapOverrides(t, guess, [bad]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(bad);
    }
  });
});

describe('a sheet without a header row', () => {
  it('is recognised when the first row is platforms, handles or URLs, and read from its content', () => {
    const t = table('Twitter;@acme;Marketing\nFB;https://facebook.com/acme;Sales\n');
    expect(headerLooksLikeData(t)).toBe(true);
    const data = withoutHeader(t);
    expect(data.header).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(data.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'Twitter'],
      [2, 'FB'],
    ]);
    expect(guessMapping(data).mapping).toEqual({ platform: 0, handle: 1 });
  });

  it('ordinary headers are not data', () => {
    for (const header of ['Platform;Handle;Owner', 'Kanaal;Account;Eigenaar', 'Netwerk;URL;Afdeling;Twitter-naam']) expect(headerLooksLikeData(table(`${header}\nX;@a;M\n`)), header).toBe(false);
  });
});
