import { describe, expect, it } from 'vitest';
import { findRisks } from '../analysis';
import { scenario } from '../../test-support/analysis/builders';
import { FORMAT_NAME, FORMAT_VERSION, type OrgDocument, type Scenario, type ScenarioId } from '../model/types';
import { buildDeck, DeckError, MAX_CHANGE_PAGES, MAX_MAP_PARTS, MAX_PATH_PAGES, numberRisks, PATH_ROWS, splitScenario, SPLIT_LIMIT, type MapSlide, type PathSlide, type RisksSlide, type Slide, type SummarySlide } from '.';

const named = (s: Scenario, id: string, name: string): Scenario => ({ ...s, id: id as ScenarioId, name });

/** Current: Marketing runs everything, one orphan account. Target: a hub team coordinating both units. */
const current: Scenario = {
  ...named(
    scenario()
      .dept('mkt', 'Marketing').unit('north', 'North').unit('south', 'South')
      .ownedAccount('mkt', 'x1', 'x', 'Brand X').ownedAccount('north', 'fb1', 'facebook', 'North FB').ownedAccount('north', 'fb2', 'facebook', 'North FB 2')
      .account('orphan', 'instagram', 'Old Insta')
      .build(),
    'current',
    'Current',
  ),
  // The same practices as the target (issue 18): the path here is about the structure (shared/deck/practices.test.ts has practice steps).
  practices: { guidelines: 'yes', accountRules: 'yes' },
};
const target: Scenario = {
  ...named(
    scenario()
      .team('hub', 'Social Hub').dept('mkt', 'Marketing').unit('north', 'North').unit('south', 'South')
      .coordinates('hub', 'mkt', 'north', 'south')
      .member('mkt', 'hub').member('north', 'hub')
      .ownedAccount('mkt', 'x1', 'x', 'Brand X').ownedAccount('north', 'fb1', 'facebook', 'North FB').ownedAccount('south', 'li', 'linkedin', 'South LI')
      .build(),
    'target',
    'Target',
  ),
  // Recorded practices (issue 18): without them the hub would carry the low practices-unrecorded risk.
  practices: { guidelines: 'yes', accountRules: 'yes' },
};
const doc: OrgDocument = { format: FORMAT_NAME, version: FORMAT_VERSION, title: 'Red Cross', scenarios: [current, target] };

const kinds = (slides: readonly Slide[]) => slides.map((s) => s.kind);

describe('buildDeck', () => {
  it('one scenario: title, map with the verdict, risk table, summary', () => {
    const deck = buildDeck(doc, ['current'], 'en', { date: '2026-12-07' });
    expect(kinds(deck.slides)).toEqual(['title', 'map', 'risks', 'summary']);
    expect(deck.slides.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    const [title, map] = deck.slides;
    expect(title).toMatchObject({ kind: 'title', documentTitle: 'Red Cross', date: '2026-12-07', scenarioNames: ['Current'] });
    const m = map as MapSlide;
    expect(m.scenario).toBe('current');
    expect(m.nodes).toBeNull();
    expect(m.part.kind).toBe('whole');
    expect(m.topReasons.length).toBeGreaterThan(0);
    expect(m.topReasons.length).toBeLessThanOrEqual(3);
    expect(m.notes).toContain(m.verdict.reasons[0]);
    expect(m.verdict.modelName).not.toBe('');
    expect(buildDeck(doc, ['current'], 'en', { summary: false }).slides.map((s) => s.kind)).toEqual(['title', 'map', 'risks']);
  });

  it('two scenarios: each map and its risks, then changes, path, summary', () => {
    const deck = buildDeck(doc, ['current', 'target'], 'en');
    expect(kinds(deck.slides)).toEqual(['title', 'map', 'risks', 'map', 'risks', 'changes', 'path', 'summary']);
    const changes = deck.slides.find((s) => s.kind === 'changes');
    if (changes?.kind !== 'changes') throw new Error('no changes slide');
    expect(changes.scenario).toBe('target');
    expect(changes.marked).toContainEqual({ node: 'hub', mark: 'added' });
    expect(changes.marked).toContainEqual({ node: 'li', mark: 'added' });
    expect(changes.marked).toContainEqual({ node: 'orphan', mark: 'removed' });
    expect(changes.ghosts.map((g) => g.id)).toEqual(expect.arrayContaining(['orphan', 'fb2']));
    expect(changes.edges.some((e) => e.mark === 'added' && e.source === 'hub' && e.target === 'north')).toBe(true);
    expect(changes.edges.some((e) => e.mark === 'removed' && e.target === 'fb2')).toBe(true);
    // The target has no risk: no risk number on the slide, so none in its legend.
    expect(Object.keys(changes.badges)).toEqual([]);
    expect(changes.legend.map((l) => l.text)).toEqual(['Added', 'Changed', 'Removed', 'Relation added', 'Relation removed']);
    const risky = buildDeck({ ...doc, scenarios: [current, { ...target, nodes: [...target.nodes, ...current.nodes.filter((n) => n.id === 'orphan')] }] }, ['current', 'target'], 'en').slides.find((s) => s.kind === 'changes');
    expect(risky?.kind === 'changes' && risky.legend.map((l) => l.mark)).toEqual(['added', 'changed', 'removed', 'edge-added', 'edge-removed', 'risk']);
    const path = deck.slides.find((s) => s.kind === 'path');
    if (path?.kind !== 'path') throw new Error('no path slide');
    expect(path.steps.length).toBeGreaterThan(0);
    expect(path.steps.map((s) => s.number)).toEqual(path.steps.map((_, i) => i + 1));
    expect(path.steps.some((s) => s.toNodes.includes('hub' as never))).toBe(true);
    const summary = deck.slides.at(-1) as SummarySlide;
    expect(summary.before.name).toBe('Current');
    expect(summary.after?.name).toBe('Target');
    expect(summary.resolved.map((r) => r.code)).toContain('orphan-account');
    // one slide per step, when asked
    const stepped = buildDeck(doc, ['current', 'target'], 'en', { steps: true });
    const steps = stepped.slides.filter((s) => s.kind === 'step');
    expect(steps).toHaveLength(path.total);
    const first = steps[0];
    if (first?.kind !== 'step') throw new Error('no step');
    expect(first.dimmed.length + first.highlighted.length).toBe(target.nodes.length);
  });

  it('Dutch: every word the deck adds is Dutch', () => {
    const en = buildDeck(doc, ['current', 'target'], 'en');
    const nl = buildDeck(doc, ['current', 'target'], 'nl');
    expect(kinds(nl.slides)).toEqual(kinds(en.slides));
    const risksNl = nl.slides.find((s) => s.kind === 'risks') as RisksSlide;
    expect(risksNl.title).toBe('Risico’s — Current');
    expect(risksNl.columns).toEqual({ severity: 'Ernst', what: 'Wat', advice: 'Advies', nodes: 'Waar' });
    expect(risksNl.risks.map((r) => r.severityName)).not.toContain('High');
    const mapEn = en.slides[1] as MapSlide;
    const mapNl = nl.slides[1] as MapSlide;
    expect(mapNl.verdict.model).toBe(mapEn.verdict.model);
    expect(mapNl.verdict.reasons).not.toEqual(mapEn.verdict.reasons);
    expect(mapNl.subtitle).toContain('zekerheid');
    const changesNl = nl.slides.find((s) => s.kind === 'changes');
    if (changesNl?.kind !== 'changes') throw new Error('no changes slide');
    expect(changesNl.legend.map((l) => l.text)).toContain('Toegevoegd');
    expect(changesNl.title.startsWith('Wat verandert')).toBe(true);
    const pathEn = en.slides.find((s) => s.kind === 'path');
    const pathNl = nl.slides.find((s) => s.kind === 'path');
    if (pathEn?.kind !== 'path' || pathNl?.kind !== 'path') throw new Error('no path');
    expect(pathNl.steps.map((s) => s.code)).toEqual(pathEn.steps.map((s) => s.code));
    expect(pathNl.steps[0]?.text).not.toBe(pathEn.steps[0]?.text);
    expect((nl.slides.at(-1) as SummarySlide).headings.resolved).toBe('Opgeloste risico’s');
  });

  it('risk numbers: the table, the badges and the analysis agree', () => {
    const deck = buildDeck(doc, ['current'], 'en');
    const numbered = numberRisks(current, 'en');
    expect(numbered).toHaveLength(findRisks(current).length);
    expect(numbered.map((r) => r.number)).toEqual(numbered.map((_, i) => i + 1));
    const rank = { high: 0, medium: 1, low: 2 };
    for (let i = 1; i < numbered.length; i++) expect(rank[numbered[i]!.severity]).toBeGreaterThanOrEqual(rank[numbered[i - 1]!.severity]);
    const map = deck.slides[1] as MapSlide;
    const table = deck.slides[2] as RisksSlide;
    expect(table.risks).toEqual(numbered);
    for (const risk of table.risks) for (const node of risk.nodes) expect(map.badges[node]).toContain(risk.number);
    const badged = Object.entries(map.badges).flatMap(([node, nums]) => nums.map((n) => [node, n] as const));
    for (const [node, n] of badged) expect(numbered[n - 1]?.nodes).toContain(node);
    const orphan = table.risks.find((r) => r.code === 'orphan-account');
    expect(orphan?.nodeLabels).toEqual(['Old Insta']);
    expect(map.badges['orphan']).toEqual([orphan?.number]);
    // risk marks off: no badges anywhere, numbers unchanged
    const plain = buildDeck(doc, ['current'], 'en', { riskMarks: false });
    expect(plain.slides.every((s) => Object.keys(s.badges).length === 0)).toBe(true);
    expect((plain.slides[2] as RisksSlide).risks).toEqual(numbered);
  });

  it('compare marks off: the changes slide shows the target as it is, no ghosts, no marks, no compare legend', () => {
    const changesOf = (d: ReturnType<typeof buildDeck>) => d.slides.find((s) => s.kind === 'changes');
    const marked = changesOf(buildDeck(doc, ['current', 'target'], 'en'));
    const plain = changesOf(buildDeck(doc, ['current', 'target'], 'en', { compareMarks: false }));
    if (marked?.kind !== 'changes' || plain?.kind !== 'changes') throw new Error('no changes slide');
    expect(marked.marked.length).toBeGreaterThan(0);
    expect(marked.ghosts.map((g) => g.id)).toContain('orphan');
    expect(plain.marked).toEqual([]);
    expect(plain.ghosts).toEqual([]);
    expect(plain.edges).toEqual([]);
    expect(plain.legend).toEqual([]);
    const bare = changesOf(buildDeck(doc, ['current', 'target'], 'en', { compareMarks: false, riskMarks: false }));
    expect(bare?.kind === 'changes' ? bare.legend : null).toEqual([]);
  });

  it('splits a big scenario into an overview and hub parts of at most the limit, covering every node', () => {
    let b = scenario('big').team('central', 'Central');
    for (let u = 0; u < 6; u++) {
      b = b.unit(`u${u}`, `Unit ${u}`).coordinates('central', `u${u}`);
      for (let a = 0; a < 8; a++) b = b.ownedAccount(`u${u}`, `a${u}-${a}`, 'x', `Account ${u}.${a}`);
    }
    b = b.dept('lonely', 'Lonely dept').ownedAccount('lonely', 'la', 'x', 'Lonely acct');
    const big = named(b.build(), 'big', 'Big');
    expect(big.nodes.length).toBeGreaterThan(SPLIT_LIMIT);
    const parts = splitScenario(big);
    for (const p of parts) expect(p.nodes.length).toBeLessThanOrEqual(SPLIT_LIMIT);
    expect(new Set(parts.flatMap((p) => p.nodes))).toEqual(new Set(big.nodes.map((n) => n.id)));
    expect(parts.filter((p) => p.kind === 'hub').every((p) => p.nodes[0] === 'central')).toBe(true);
    const rest = parts.find((p) => p.kind === 'rest');
    expect(rest?.nodes).toEqual(['lonely', 'la']);
    // an owner and its accounts stay together
    for (const p of parts.filter((q) => q.kind === 'hub')) for (let u = 0; u < 6; u++) if (p.nodes.includes(`u${u}` as never)) expect(p.nodes).toContain(`a${u}-7`);

    const deck = buildDeck({ ...doc, scenarios: [big] }, ['big'], 'en', { summary: false });
    const maps = deck.slides.filter((s): s is MapSlide => s.kind === 'map');
    expect(maps).toHaveLength(parts.length + 1);
    expect(maps[0]?.part.kind).toBe('overview');
    expect(maps[0]?.splitNote).toContain(`${big.nodes.length} nodes`);
    expect(maps.slice(1).map((m) => m.nodes)).toEqual(parts.map((p) => p.nodes));
    for (const m of maps.slice(1)) for (const node of Object.keys(m.badges)) expect(m.nodes).toContain(node);
    expect(splitScenario(current)).toEqual([]);
    expect(buildDeck(doc, ['current'], 'nl').slides.filter((s) => s.kind === 'map')).toHaveLength(1);
  });

  it('a very big map stays a deck: the biggest parts, a few changes and path slides, and it says what it left out', () => {
    let b = scenario('huge');
    for (let h = 0; h < 10; h++) {
      b = b.team(`h${h}`, `Hub ${h}`);
      for (let u = 0; u < 5; u++) {
        b = b.unit(`u${h}-${u}`, `Unit ${h}.${u}`).coordinates(`h${h}`, `u${h}-${u}`);
        for (let a = 0; a < 8; a++) b = b.ownedAccount(`u${h}-${u}`, `a${h}-${u}-${a}`, 'x', `Account ${h}.${u}.${a}`);
      }
    }
    const huge = named(b.build(), 'huge', 'Huge');
    const all = splitScenario(huge);
    expect(all.length).toBeGreaterThan(MAX_MAP_PARTS);
    const deck = buildDeck({ ...doc, scenarios: [current, huge] }, ['current', 'huge'], 'en', { summary: false });
    const maps = deck.slides.filter((s): s is MapSlide => s.kind === 'map' && s.scenario === 'huge');
    expect(maps).toHaveLength(MAX_MAP_PARTS + 1);
    expect(maps[0]?.splitNote).toContain(`the ${MAX_MAP_PARTS} biggest of ${all.length} parts`);
    const biggest = Math.min(...maps.slice(1).map((m) => m.nodes?.length ?? 0));
    for (const p of all) if (!maps.some((m) => m.nodes === p.nodes || JSON.stringify(m.nodes) === JSON.stringify(p.nodes))) expect(p.nodes.length).toBeLessThanOrEqual(biggest);
    expect(deck.slides.filter((s) => s.kind === 'changes').length).toBeLessThanOrEqual(MAX_CHANGE_PAGES);
    const paths = deck.slides.filter((s): s is PathSlide => s.kind === 'path');
    expect(paths).toHaveLength(MAX_PATH_PAGES);
    const last = paths[paths.length - 1];
    const total = last?.total ?? 0;
    expect(total).toBeGreaterThan(MAX_PATH_PAGES * PATH_ROWS);
    expect(last?.more).toBe(`… and ${total - MAX_PATH_PAGES * PATH_ROWS} more steps (in the speaker notes)`);
    expect(last?.notes).toContain(`${total}. `);
    expect(deck.slides.length).toBeLessThan(30);
    const nl = buildDeck({ ...doc, scenarios: [current, huge] }, ['current', 'huge'], 'nl', { summary: false });
    expect(nl.slides.find((s): s is MapSlide => s.kind === 'map' && s.scenario === 'huge')?.splitNote).toContain('grootste');
  });

  it('refuses an unknown scenario or an empty choice with a clear message', () => {
    expect(() => buildDeck(doc, ['nope'], 'en')).toThrow(new DeckError('No scenario "nope" in this map (it has: current, target).'));
    expect(() => buildDeck(doc, [], 'en')).toThrow(DeckError);
  });

  it('keeps user text as data: labels go through unchanged', () => {
    const hostile = named(scenario().account('o', 'x', '<b>{{x}}</b> & "q"').build(), 's', '{{title}}');
    const deck = buildDeck({ ...doc, scenarios: [hostile] }, ['s'], 'en');
    const table = deck.slides.find((s) => s.kind === 'risks') as RisksSlide;
    expect(table.risks[0]?.nodeLabels).toEqual(['<b>{{x}}</b> & "q"']);
    expect(deck.slides[1]?.title).toBe('{{title}}');
  });
});
