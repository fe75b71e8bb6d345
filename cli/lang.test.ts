/**
 * Issue 14: both languages everywhere. `--lang en|nl` on every command (default from LC_ALL /
 * LANG, else English), JSON keys English with texts in the language, and no English left in a
 * Dutch rendering of reasons, risks, advice, CLI output and export texts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, MODELS } from '../shared/analysis';
import * as cases from '../test-support/analysis/verdict-cases';
import { scenario as build } from '../test-support/analysis/builders';
import { captionFor, summarise } from '../shared/export';
import { formatGoalAdvice, formatGoalWarning, goalFit, modelsForGoals } from '../shared/compare';
import { en, formatReason, formatRisk, nl } from '../shared/i18n';
import { GOALS, type OrgDocument, type Scenario } from '../shared/model/types';
import { serializeDocument } from '../shared/model';
import { COMMANDS } from './commands';
import { fixture, runInProcess } from './testing';

const tmp = mkdtempSync(join(tmpdir(), 'orgmap-lang-'));

/**
 * Words that are English and not Dutch ("is", "of", "was", "been" are Dutch words too, so they
 * are not on the list). A Dutch text containing one of them (outside node labels,
 * model names and risk codes, which the check removes first) has English left in it.
 */
const ENGLISH = new Set(
  (
    'the and are with without by from has have its their this that which under outside none found advice confidence tentative ' +
    'nobody every each still also own runs run only mostly partly share same owner name handle guidance guides guide coordinates coordinate ' +
    'compete audience should would could not yet more than less one two after before into onto your you them they it be ' +
    'added removed changed resolved introduced goals path nodes lines reasons risks survey worked way companies large'
  ).split(' '),
);

/** Node labels and model names are data and brand names; risk codes are identifiers: all are removed before the check. */
function englishWords(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) rest = rest.split(a).join(' ');
  for (const m of MODELS) rest = rest.replace(new RegExp(nl.models[m].name, 'gi'), ' ');
  rest = rest.replace(/\bhub and spoke\b/gi, ' ');
  rest = rest.replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' '); // risk codes, ids
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH.has(w));
}

/** Relabels every node with a neutral code (N1, N2 …), so labels cannot hide or fake English. */
function neutral(s: Scenario): Scenario {
  return { ...s, nodes: s.nodes.map((n, i) => ({ ...n, label: `N${i + 1}`, ...(n.handle !== undefined ? { handle: `h${i + 1}` } : {}) })) };
}

const maps: [string, Scenario][] = [
  ['two nodes', cases.twoNodes()],
  ['fifteen orphans', cases.fifteenOrphans()],
  ['hub, three units', cases.hubThreeUnits(1)],
  ['two hubs, cycle', cases.twoHubs('cycle')],
  ['two hubs, side by side', cases.twoHubs('none')],
  ['mostly hub and spoke', cases.mostlyHubAndSpoke()],
  ['regions and employees', cases.regionsAndEmployees()],
  ['districts', cases.districtPages()],
  ['webcare and careers', cases.webcareAndCareers()],
  ['eleven ungoverned', cases.elevenUngoverned()],
  ['idle hub team', cases.idleHubTeam()],
  ['help desk', build().dept('c').dept('a').dept('b').unit('u').ownedAccount('c', 'a1').ownedAccount('c', 'a2', 'facebook').ownedAccount('c', 'a3', 'linkedin').build()],
  ['isolated, employees, orphan', build().unit('u').employees('e').account('o', 'tiktok').team('t').coordinates('t', 'e').build()],
].map(([name, s]) => [name as string, neutral(s as Scenario)]);

describe('--lang on every command (issue 14)', () => {
  it('every command declares --lang, and help shows it', async () => {
    for (const command of COMMANDS) {
      expect(command.options.map((o) => o.name), command.name).toContain('lang');
      const help = await runInProcess([command.name, '--help']);
      expect(help.stdout).toContain('--lang en|nl');
    }
  });

  it('orgmap analyze FILE --lang nl prints Dutch; the default follows LC_ALL / LANG, else English', async () => {
    const file = fixture('hub-and-spoke.orgmap');
    const dutch = await runInProcess(['analyze', file, '--lang', 'nl']);
    expect(dutch.status).toBe(0);
    expect(dutch.stdout).toContain('Redenen:');
    expect(dutch.stdout).toMatch(/% zekerheid/);
    const english = await runInProcess(['analyze', file]);
    expect(english.stdout).toContain('Reasons:');
    expect((await runInProcess(['analyze', file], { env: { LANG: 'nl_NL.UTF-8' } })).stdout).toContain('Redenen:');
    expect((await runInProcess(['analyze', file], { env: { LC_ALL: 'nl_BE.UTF-8', LANG: 'en_US.UTF-8' } })).stdout).toContain('Redenen:');
    expect((await runInProcess(['analyze', file], { env: { LC_ALL: 'C', LANG: 'nl_NL.UTF-8' } })).stdout).toContain('Reasons:');
    expect((await runInProcess(['analyze', file, '--lang', 'en'], { env: { LANG: 'nl_NL.UTF-8' } })).stdout).toContain('Reasons:');
  });

  it('refuses any other language with exit 2 and one line', async () => {
    for (const command of ['analyze', 'validate', 'compare']) {
      const out = await runInProcess([command, fixture('hub-and-spoke.orgmap'), '--lang', 'de']);
      expect(out.status).toBe(2);
      expect(out.stderr).toMatch(/--lang must be en or nl, not "de"/);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--json keys stay English while the texts follow --lang; tentative and the survey share are in the JSON', async () => {
    const out = await runInProcess(['analyze', fixture('hub-and-spoke.orgmap'), '--json', '--lang', 'nl']);
    const report = JSON.parse(out.stdout) as { scenarios: { reasons: string[]; tentative: boolean; survey: unknown; risks: { message: string }[] }[] };
    const s = report.scenarios[0];
    expect(Object.keys(s ?? {})).toEqual(['id', 'name', 'model', 'confidence', 'tentative', 'survey', 'scores', 'reasons', 'practices', 'risks']);
    expect(s?.tentative).toBe(false);
    expect(s?.survey).toEqual({ share2010: 41, share2012: 35.4 });
    expect(s?.reasons.join(' ')).toMatch(/beheren hun eigen accounts onder begeleiding/);
  });

  it('a sparse map is tentative in the JSON and in the text, in both languages', async () => {
    const doc: OrgDocument = { format: 'orgmap', version: 1, title: 'Sparse', scenarios: [{ ...cases.hubThreeUnits(1), id: 'current' as Scenario['id'], name: 'Current' }] } as unknown as OrgDocument;
    const file = join(tmp, 'sparse.orgmap');
    writeFileSync(file, serializeDocument(doc));
    const json = JSON.parse((await runInProcess(['analyze', file, '--json'])).stdout) as { scenarios: { tentative: boolean; confidence: number }[] };
    expect(json.scenarios[0]?.tentative).toBe(true);
    expect(json.scenarios[0]?.confidence).toBeLessThan(0.6);
    expect((await runInProcess(['analyze', file])).stdout).toContain('tentative: add the accounts and who runs them');
    expect((await runInProcess(['analyze', file, '--lang', 'nl'])).stdout).toContain('voorlopig: voeg de accounts toe en wie ze beheert');
  });

  it('export says what it wrote in the language asked for', async () => {
    const out = join(tmp, 'map.svg');
    const nlRun = await runInProcess(['export', fixture('hub-and-spoke.orgmap'), '--format', 'svg', '-o', out, '--lang', 'nl']);
    expect(nlRun.status, nlRun.stderr).toBe(0);
    expect(nlRun.stdout).toMatch(/ geëxporteerd → .*map\.svg\n$/);
    expect((await runInProcess(['export', fixture('hub-and-spoke.orgmap'), '--format', 'svg', '-o', out])).stdout).toMatch(/^Exported .* → .*map\.svg\n$/);
  });

  it('validate says ok in the language asked for', async () => {
    expect((await runInProcess(['validate', fixture('hub-and-spoke.orgmap'), '--lang', 'nl'])).stdout).toBe('in orde\n');
    expect((await runInProcess(['validate', fixture('hub-and-spoke.orgmap')])).stdout).toBe('ok\n');
  });
});

describe('no English left in a Dutch rendering (issue 14)', () => {
  it('the check itself finds English words in a Dutch-looking sentence', () => {
    expect(englishWords('Marketing beheert 3 accounts under the guidance of N1.', [])).toEqual(['under', 'the', 'guidance']);
    expect(englishWords('Marketing beheert 3 accounts onder begeleiding van N1.', [])).toEqual([]);
  });

  it('reasons, risks and advice of every issue-14 map and template are Dutch', () => {
    for (const [name, s] of maps) {
      const labels = s.nodes.map((n) => n.label);
      const { classification, risks } = analyze(s);
      for (const r of classification.reasons) expect(englishWords(formatReason(r, nl), labels), `${name}: ${formatReason(r, nl)}`).toEqual([]);
      for (const r of risks) {
        const { message, advice } = formatRisk(r, nl);
        expect(englishWords(`${message} ${advice}`, labels), `${name}: ${message} ${advice}`).toEqual([]);
      }
    }
  });

  it('goal advice and warnings are Dutch', () => {
    for (const a of modelsForGoals([...GOALS], { semiAutonomousUnits: true })) {
      for (const reasonCode of a.reasonCodes) expect(englishWords(formatGoalAdvice({ ...a, reasonCode }, nl), [])).toEqual([]);
    }
    for (const model of MODELS) {
      for (const w of goalFit(['branding', 'connecting'], { model }, { semiAutonomousUnits: true }).warnings) expect(englishWords(formatGoalWarning(w, nl), [])).toEqual([]);
    }
  });

  it('CLI output of analyze, compare and validate is Dutch with --lang nl', async () => {
    const doc: OrgDocument = {
      format: 'orgmap',
      version: 1,
      title: 'T',
      scenarios: maps.slice(0, 8).map(([, s], i) => ({ ...s, id: i === 0 ? 'current' : i === 1 ? 'target' : `s${i}`, name: `S${i}` })),
    } as unknown as OrgDocument;
    const file = join(tmp, 'all.orgmap');
    writeFileSync(file, serializeDocument(doc));
    const labels = [...new Set(doc.scenarios.flatMap((s) => s.nodes.map((n) => n.label))), file, 'S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'current', 'target'];
    for (const argv of [
      ['analyze', file, '--lang', 'nl'],
      ['compare', file, '--lang', 'nl'],
      ['compare', file, '--from', 's5', '--to', 's7', '--lang', 'nl'],
      ['validate', file, '--lang', 'nl'],
    ]) {
      const out = await runInProcess(argv);
      expect(out.status, argv.join(' ')).toBe(0);
      // Node ids listed after "knooppunten:" are data, like labels.
      const text = out.stdout.replace(/knooppunten: .*/g, '').replace(/\[[^\]]*\]/g, '');
      expect(englishWords(text, labels), `${argv.join(' ')}\n${text}`).toEqual([]);
    }
  });

  it('CLI output of import is Dutch with --lang nl: summary, rejected rows, warnings, the rejects CSV and the scenario name', async () => {
    const csv = join(tmp, 'inventaris.csv');
    // A title row above the header, an unknown platform, a row without platform, a repeated row.
    writeFileSync(csv, 'Inventaris 2026\nplatform,handle,owner\ninstagram,h1,N1\nfacebook,h2,N1\nx,h3,N2\nfoo,h4,N3\n,,N4\ninstagram,h1,N1\n');
    const out = join(tmp, 'inventaris.orgmap');
    const rejects = join(tmp, 'inventaris-rejects.csv');
    const run = await runInProcess(['import', csv, '--rejects', rejects, '-o', out, '--lang', 'nl']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Rijen gelezen: 6; scheidingsteken: komma');
    expect(run.stdout).toContain('één herhaalde rij samengevoegd');
    expect(run.stdout).toContain('rij 7: Geen platform');
    expect(run.stdout).toContain('bestand: De kopregel is rij 2; de rij erboven is overgeslagen.');
    expect(run.stdout).toContain('Scenario Huidig (current)');
    // The field names after "Kolommen:" are the ids --map takes; the rest is data (paths, labels, handles).
    const text = run.stdout.replace(/Kolommen: .*/g, '');
    expect(englishWords(text, [csv, out, rejects, 'N1', 'N2', 'N3', 'N4', 'h1', 'h2', 'h3', 'h4', 'foo', 'Orgmap']), text).toEqual([]);
    const rejected = readFileSync(rejects, 'utf8');
    expect(rejected).toContain('Rij,Reden');
    expect(englishWords(rejected.replace(/^[^\n]*\n/, ''), ['N4'])).toEqual([]);

    const english = await runInProcess(['import', csv, '-o', out, '--lang', 'en']);
    expect(english.stdout).toContain('Rows read: 6; separator: comma');
    expect(english.stdout).toContain('file: The header is row 2; the row above it was skipped.');
    expect(english.stdout).toContain('Scenario Current (current)');
  });

  it('survey shares use the decimal mark of the language', async () => {
    const hubAndSpoke = maps[5]?.[1] as Scenario;
    expect(summarise(hubAndSpoke, nl).verdict).toContain('41% zo in 2010 en 35,4% in 2012');
    expect(summarise(hubAndSpoke, en).verdict).toContain('41% worked this way in 2010 and 35.4% in 2012');
    expect((await runInProcess(['analyze', fixture('hub-and-spoke.orgmap'), '--lang', 'nl'])).stdout).toContain('35,4%');
    expect((await runInProcess(['analyze', fixture('hub-and-spoke.orgmap')])).stdout).toContain('35.4%');
  });

  it('export texts (caption and summary) are Dutch: tentative and the survey share included', () => {
    const doc = { format: 'orgmap', version: 1, title: 'T', scenarios: [] } as unknown as OrgDocument;
    for (const [name, s] of maps) {
      const labels = s.nodes.map((n) => n.label);
      const caption = captionFor(doc, s, '2026-12-07', nl);
      expect(englishWords(caption.model, labels), name).toEqual([]);
      const summary = summarise(s, nl);
      for (const line of [summary.modelName, summary.verdict, ...summary.reasons, ...summary.risks.flatMap((r) => [r.message, r.advice])]) {
        expect(englishWords(line, labels), `${name}: ${line}`).toEqual([]);
      }
    }
    const sparse = captionFor(doc, maps[2]?.[1] as Scenario, '2026-12-07', nl);
    expect(sparse.model).toMatch(/voorlopig/);
    expect(captionFor(doc, maps[2]?.[1] as Scenario, '2026-12-07', en).model).toMatch(/tentative/);
    expect(summarise(maps[5]?.[1] as Scenario, nl).verdict).toMatch(/Altimeter/);
  });
});
