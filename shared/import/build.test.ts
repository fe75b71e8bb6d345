import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { asEdgeId, asNodeId, asScenarioId, emptyDocument, ID_PATTERN, parseDocument, serializeDocument, type OrgNode, type Scenario } from '../model';
import { guessOwnerKind, importRows, parseOwnerKind, type ImportResult } from './build';
import { addElements } from '../model/edits';
import { cleanCell, parseCsv, type CsvTable } from './csv';
import { guessMapping } from './mapping';
import { formatImportMessage, rejectsToCsv } from './messages';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
function table(text: string): CsvTable {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.table;
}
function run(text: string, scenario?: Scenario): { t: CsvTable; r: ImportResult } {
  const t = table(text);
  return { t, r: importRows(t, guessMapping(t).mapping, scenario ? { scenario } : {}) };
}
const byLabel = (r: ImportResult, label: string): OrgNode | undefined => r.nodes.find((n) => n.label === label);
const edgesOf = (r: ImportResult) => r.edges.map((e) => `${e.kind} ${e.source} ${e.target}`);

/** The import as a one-scenario document, laid out, which must pass the reader. */
function asDocument(r: ImportResult): Scenario {
  const doc = emptyDocument('t');
  // Positions do not matter to the reader (new nodes come at 0, 0); the layout has its own tests.
  const scenario = addElements(doc.scenarios[0] as Scenario, r.nodes, r.edges);
  const parsed = parseDocument(serializeDocument({ ...doc, scenarios: [scenario] }));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document.scenarios[0] as Scenario;
}

describe('importRows on real-looking exports', () => {
  it('Excel (Dutch locale): ; separator, BOM, CRLF, Dutch owner kinds, URLs', () => {
    const { t, r } = run(fixture('excel-nl-semicolon.csv'));
    expect(t.separator).toBe(';');
    expect(r.rejects).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.stats).toMatchObject({ rows: 9, accounts: 9, owners: 5, hubs: 1, orphans: 1 });
    // "marketing " with a trailing space and lower case is the same owner as "Marketing".
    expect(r.nodes.filter((n) => n.label.toLowerCase() === 'marketing')).toHaveLength(1);
    expect(byLabel(r, 'Marketing')?.kind).toBe('department');
    expect(byLabel(r, 'BU Consumer')?.kind).toBe('unit');
    expect(byLabel(r, 'Medewerkers')?.kind).toBe('employees');
    expect(byLabel(r, 'Social Media Team')?.kind).toBe('team');
    const fb = r.nodes.find((n) => n.platform === 'facebook' && n.handle === 'acmenl');
    expect(fb?.notes).toBe('Actief; 3 posts per week\nhttps://www.facebook.com/acmenl'); // the URL is kept
    const model = analyze(asDocument(r)).classification.model;
    expect(model).toBe('hub-and-spoke');
  });

  it('Google Sheets: quoted commas and line breaks, platform read from profile URLs, a website rejected', () => {
    const { r } = run(fixture('google-sheets.csv'));
    expect(byLabel(r, 'Marketing, Europe')).toBeDefined();
    const insta = r.nodes.find((n) => n.platform === 'instagram');
    expect(insta).toMatchObject({ handle: '@globex_eu', notes: 'Stories daily\nReels weekly\nhttps://www.instagram.com/globex_eu/?hl=en' });
    expect(r.nodes.find((n) => n.handle === '@globex_support')?.platform).toBe('x');
    expect(r.nodes.find((n) => n.platform === 'bluesky')?.handle).toBe('@globex.bsky.social');
    expect(r.rejects.map((x) => [x.row, x.reason.code])).toEqual([[10, 'no-platform']]); // row 3 spans two lines
    // Marketing, US has no hub: its account is ungoverned; that is for the analysis to say.
    expect(analyze(asDocument(r)).risks.map((x) => x.code)).toContain('ungoverned-account');
  });

  it('a Dutch, tab-separated sheet with Mac line ends', () => {
    const { t, r } = run(fixture('dutch-tab.tsv'));
    expect(t.separator).toBe('\t');
    expect(r.rejects).toEqual([]);
    expect(byLabel(r, 'Regio Noord')?.kind).toBe('unit');
    expect(byLabel(r, 'Team Online')?.kind).toBe('team');
    expect(r.nodes.find((n) => n.platform === 'mastodon')?.handle).toBe('@gemeente_a@social.overheid.nl');
    expect(r.stats).toMatchObject({ accounts: 6, owners: 4, hubs: 1 });
  });

  it('empty and broken rows: each listed with its row number and reason, nothing silently dropped', () => {
    const { t, r } = run(fixture('broken.csv'));
    expect(t.headerRow).toBe(3);
    expect(r.stats.emptyRows).toBe(3);
    expect(r.rejects.map((x) => [x.row, x.reason.code])).toEqual([
      [8, 'too-many-cells'],
      [9, 'no-platform'],
    ]);
    expect(r.warnings.map((w) => [w.row, w.message.code])).toEqual([
      [0, 'rows-before-header'],
      [7, 'platform-typo'],
      [10, 'platform-other'],
      [10, 'owner-kind-unknown'],
      [13, 'unclosed-quote'],
    ]);
    // Every non-empty data row is an account, a merge or a reject.
    expect(r.stats.accounts + r.stats.mergedAccounts + r.stats.rejected).toBe(r.stats.rows);
    expect(formatImportMessage(r.rejects[0]!.reason, en)).toBe(
      'This row has 7 cells where the header has 5: a value with a separator in it was probably not quoted.',
    );
    expect(formatImportMessage(r.warnings[1]!.message, nl)).toBe('“Facebok” gelezen als Facebook.');
    asDocument(r);
  });
});

describe('importRows rules', () => {
  const csv = (...rows: string[]) => ['Platform,Handle,Owner,Owner type,Hub,Name,Notes', ...rows].join('\n');

  it('merges owners and hubs by name, case and spaces ignored; a hub that is also an owner is one node', () => {
    const { r } = run(
      csv('X,@a,Marketing,,Social Team,,', 'Facebook,@b,  MARKETING ,,social  team,,', 'LinkedIn,@c,Social Team,,,,', 'YouTube,@d,Region North,,Marketing,,'),
    );
    expect(r.nodes.filter((n) => n.kind !== 'account').map((n) => [n.label, n.kind])).toEqual([
      ['Marketing', 'department'],
      ['Social Team', 'team'],
      ['Region North', 'unit'],
    ]);
    expect(edgesOf(r)).toEqual([
      'owns marketing x-a',
      'coordinates social-team marketing',
      'owns marketing facebook-b',
      'owns social-team linkedin-c',
      'owns region-north youtube-d',
      'coordinates marketing region-north',
    ]);
  });

  it('an empty owner gives an orphan account (allowed), flagged by the analysis', () => {
    const { r } = run(csv('X,@lost,,,,,'));
    expect(r.rejects).toEqual([]);
    expect(r.stats.orphans).toBe(1);
    expect(r.edges).toEqual([]);
    expect(analyze(asDocument(r)).risks.map((x) => x.code)).toEqual(['orphan-account']);
  });

  it('rows naming the same account are one account with both owners, and say so', () => {
    const { r } = run(csv('X,@acme,Marketing,,,,first', 'Twitter,acme,Sales,,,,second'));
    expect(r.nodes.filter((n) => n.kind === 'account')).toHaveLength(1);
    expect(r.nodes[0]?.notes).toBe('first\nsecond');
    expect(edgesOf(r)).toEqual(['owns marketing x-acme', 'owns sales x-acme']);
    expect(r.warnings.map((w) => [w.row, w.message.code, w.message.params['firstRow']])).toEqual([[3, 'duplicate-account', 2]]);
  });

  it('owner kinds: from the column (English or Dutch), else guessed from the name', () => {
    expect(['afdeling', 'Department', 'BU', 'regio', 'team', 'medewerkers', 'Ambassadors'].map(parseOwnerKind)).toEqual([
      'department',
      'department',
      'unit',
      'unit',
      'team',
      'employees',
      'employees',
    ]);
    expect(parseOwnerKind('boss')).toBeNull();
    expect(
      ['BU Consumer', 'Region North', 'Regio Zuid', 'Acme Germany', 'Social Media Team', 'Employee ambassadors', 'Medewerkers', 'Marketing', 'Klantenservice', 'HR'].map(guessOwnerKind),
    ).toEqual(['unit', 'unit', 'unit', 'unit', 'team', 'employees', 'employees', 'department', 'department', 'department']);
    const { r } = run(csv('X,@a,Alpha,unit,,,', 'X,@b,Alpha,department,,,'));
    expect(byLabel(r, 'Alpha')?.kind).toBe('unit');
    expect(r.warnings.map((w) => w.message.code)).toEqual(['kind-conflict']);
  });

  it('a hub without an owner, a hub that is its own owner and an employee group as hub give warnings, not edges', () => {
    const { r } = run(csv('X,@a,,,Hub A,,', 'X,@b,Hub A,,Hub A,,', 'X,@c,Staff,employees,,,', 'X,@d,Sales,,Staff,,'));
    expect(r.warnings.map((w) => [w.row, w.message.code])).toEqual([
      [2, 'hub-without-owner'],
      [3, 'hub-is-owner'],
      [5, 'hub-cannot-coordinate'],
    ]);
    expect(r.edges.filter((e) => e.kind === 'coordinates')).toEqual([]);
    asDocument(r);
  });

  it('labels: the name column, else the handle, else platform and owner; too long text is cut with a warning', () => {
    const long = 'L'.repeat(250);
    const { r } = run(csv('X,@a,Marketing,,,Acme on X,', 'Facebook,,Marketing,,,,', 'Instagram,,,,,,', `TikTok,${'h'.repeat(120)},,,,${long},`));
    expect(r.nodes.filter((n) => n.kind === 'account').map((n) => n.label.slice(0, 20))).toEqual(['Acme on X', 'Facebook – Marketing', 'Instagram', 'L'.repeat(20)]);
    const cut = r.nodes.find((n) => n.platform === 'tiktok');
    expect(cut?.label).toHaveLength(200);
    expect(cut?.handle).toHaveLength(100);
    expect(r.warnings.map((w) => w.message.code)).toEqual(['handle-truncated', 'label-truncated']);
    asDocument(r);
  });

  it('ids are valid, unique, deterministic, and avoid the ids of the scenario imported into', () => {
    const existing: Scenario = {
      id: asScenarioId('current'),
      name: 'Current',
      nodes: [
        { id: asNodeId('marketing'), kind: 'unit', label: 'Something else', position: { x: 0, y: 0 } },
        { id: asNodeId('mkt'), kind: 'department', label: 'Marketing', position: { x: 0, y: 0 } },
        { id: asNodeId('x-a'), kind: 'account', label: 'old', platform: 'x', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: asEdgeId('e-owns'), kind: 'owns', source: asNodeId('mkt'), target: asNodeId('x-a') }],
    };
    const text = csv('X,@a,marketing,,Team,,', 'X,@a2,Ω Ünïcode ☃,,Team,,', 'X,@@@,Team,,,,');
    const { r } = run(text, existing);
    const ids = [...r.nodes.map((n) => n.id), ...r.edges.map((e) => e.id)];
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(r.nodes.map((n) => n.id)).size).toBe(r.nodes.length);
    for (const id of ids) expect(['marketing', 'mkt', 'x-a', 'e-owns']).not.toContain(id);
    // "marketing" is the existing department "Marketing" (id mkt): no new node for it.
    expect(r.nodes.some((n) => n.label.toLowerCase() === 'marketing')).toBe(false);
    expect(edgesOf(r)).toContain('owns mkt x-a-2');
    expect(importRows(table(text), guessMapping(table(text)).mapping, { scenario: existing })).toEqual(r);
    const merged = addElements(existing, r.nodes, r.edges);
    expect(parseDocument(serializeDocument({ ...emptyDocument(), scenarios: [merged] })).ok).toBe(true);
  });

  it('rejects rows beyond the format limits instead of writing a file nobody can open', () => {
    const full: Scenario = {
      id: asScenarioId('current'),
      name: 'Current',
      nodes: Array.from({ length: 19_999 }, (_, i) => ({ id: asNodeId(`n${i}`), kind: 'department' as const, label: `D${i}`, position: { x: 0, y: 0 } })),
      edges: [],
    };
    const { r } = run(csv('X,@a,,,,,', 'X,@b,,,,,'), full);
    expect(r.stats.accounts).toBe(1);
    expect(r.rejects.map((x) => [x.row, x.reason.code])).toEqual([[3, 'limit-reached']]);
  });

  it('the preview shows the first rows as they will land, rejected ones marked with the reason', () => {
    const { r } = run(fixture('broken.csv'));
    expect(r.preview.map((p) => [p.row, p.status])).toEqual([
      [4, 'ok'],
      [7, 'warning'],
      [8, 'rejected'],
      [9, 'rejected'],
      [10, 'warning'],
      [11, 'ok'],
      [13, 'warning'],
      [14, 'ok'],
    ]);
    expect(r.preview[0]).toEqual({ row: 4, status: 'ok', platform: 'x', handle: '@initech', label: '@initech', owner: 'Marketing', ownerKind: 'department', hub: 'Social Team', messages: [] });
    expect(r.preview[3]?.messages.map((m) => m.code)).toEqual(['no-platform']);
    expect(importRows(table(fixture('broken.csv')), guessMapping(table(fixture('broken.csv'))).mapping, { previewRows: 2 }).preview).toHaveLength(2);
  });
});

describe('rejectsToCsv', () => {
  it('writes the original cells, the row and the reason; the file reads back, and imports again once fixed', () => {
    const { t, r } = run(fixture('broken.csv'));
    const text = rejectsToCsv(t, r.rejects, en);
    const back = parseCsv(text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.table.separator).toBe(';');
    expect(back.table.header).toEqual(['Platform', 'Handle', 'Owner', 'Owner type', 'Hub', '', '', 'Row', 'Reason']);
    // Cells come back as written ("@no_platform" guarded as "'@no_platform", which cleanCell undoes).
    expect(back.table.rows.map((x) => x.cells.slice(0, 7).map(cleanCell))).toEqual(r.rejects.map((x) => [...x.cells, '', ''].slice(0, 7).map(cleanCell)));
    expect(back.table.rows[1]?.cells[1]).toBe("'@no_platform");
    expect(back.table.rows.map((x) => x.cells[7])).toEqual(['8', '9']);
    expect(back.table.rows[1]?.cells[8]).toBe('No platform, and none could be read from a profile URL.');
    // Import the rejects file again: the same rows are refused for the same reasons (the extra columns are not mapped).
    const again = importRows(back.table, guessMapping(back.table).mapping);
    expect(again.rejects.map((x) => x.reason.code)).toEqual(['no-platform']);
    expect(again.stats.accounts).toBe(1); // the shifted row now fits the wider header
    expect(rejectsToCsv(t, r.rejects, nl)).toContain('Reden');
  });
});
