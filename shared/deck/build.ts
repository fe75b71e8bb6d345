/**
 * buildDeck(): from a document, the chosen scenarios and a language, the slides of a board deck.
 * Pure and deterministic (no clock: the caller passes the date).
 */
import { classify, findRisks } from '../analysis';
import { SEVERITIES, type ClassifyResult, type Risk, type Severity } from '../analysis/types';
import { SURVEY_SHARE } from '../analysis/survey';
import { compareScenarios, formatStep, planPath, type Comparison, type Step } from '../compare';
import { CATALOGS, formatReason, formatRisk, modelName, riskTitle, surveyText, type Catalog } from '../i18n';
import { PRACTICES, type NodeId, type OrgDocument, type PracticeValue, type Scenario, type ScenarioId } from '../model/types';
import type {
  ChangesSlide,
  Deck,
  DeckLang,
  DeckOptions,
  DeckPractice,
  DeckPracticeChange,
  DeckRisk,
  DeckStep,
  DeckWords,
  EdgeMark,
  MapPart,
  MapSlide,
  NodeMark,
  PathSlide,
  RisksSlide,
  Slide,
  StepSlide,
  SummarySide,
  SummarySlide,
  TitleSlide,
  Verdict,
} from './types';
import { DECK_WORDS, fill } from './words';

/** Most nodes on one map slide: up to this many, every label is drawn at ≥ 12 pt on a 16:9 or A4 landscape page. */
export const SPLIT_LIMIT = 40;
/** Reasons shown on a map slide (all of them are in the notes). */
export const TOP_REASONS = 3;
/** Rows of a risk table slide, and how many such slides a scenario gets at most (the rest go to the notes). */
export const RISK_ROWS = 6;
export const MAX_RISK_PAGES = 3;
/** Rows of a path checklist slide, and how many such slides at most (the rest go to the notes). */
export const PATH_ROWS = 7;
export const MAX_PATH_PAGES = 3;
/**
 * Parts of a split scenario shown (the biggest), and changes slides at most: a board deck stays a
 * deck (a 1,000-node map would otherwise make hundreds of slides); the deck says what it left out.
 */
export const MAX_MAP_PARTS = 8;
export const MAX_CHANGE_PAGES = 3;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** A deck-building error with a message a user can act on. */
export class DeckError extends Error {
  override readonly name = 'DeckError';
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft<S extends Slide> = Omit<Mutable<S>, 'index'>;

function labelOf(scenario: Scenario, id: NodeId, words: DeckWords): string {
  const node = scenario.nodes.find((n) => n.id === id);
  return node === undefined || node.label === '' ? words.noLabel : node.label;
}

function labelIndex(scenario: Scenario, words: DeckWords): (id: NodeId) => string {
  const labels = new Map(scenario.nodes.map((n) => [n.id, n.label === '' ? words.noLabel : n.label]));
  return (id) => labels.get(id) ?? words.noLabel;
}

const riskKey = (risk: Pick<Risk, 'code' | 'nodes'>) => `${risk.code}|${risk.nodes.join(',')}`;

/** Every risk of a scenario, most severe first (the analysis' order within a severity), numbered from 1 and worded. */
export function numberRisks(scenario: Scenario, lang: DeckLang): readonly DeckRisk[] {
  const catalog = CATALOGS[lang];
  const words = DECK_WORDS[lang];
  const label = labelIndex(scenario, words);
  return [...findRisks(scenario)]
    .map((risk, order) => ({ risk, order }))
    .sort((a, b) => SEVERITY_RANK[a.risk.severity] - SEVERITY_RANK[b.risk.severity] || a.order - b.order)
    .map(({ risk }, i) => {
      const { message, advice } = formatRisk(risk, catalog);
      return {
        number: i + 1,
        code: risk.code,
        severity: risk.severity,
        severityName: words.severityNames[risk.severity],
        title: riskTitle(risk, catalog),
        message,
        advice,
        nodes: risk.nodes,
        nodeLabels: risk.nodes.map(label),
      };
    });
}

function countRisks(risks: readonly DeckRisk[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const r of risks) counts[r.severity]++;
  return counts;
}

/** "Tentative: add the accounts …" (when so) and the survey share of the model, as one line (issue 14). */
export function verdictLine(result: Pick<ClassifyResult, 'model' | 'tentative'>, catalog: Catalog): string {
  if (result.model === 'undetermined') return '';
  const survey = surveyText(SURVEY_SHARE[result.model], catalog);
  const hint = catalog.verdict.tentativeHint;
  return result.tentative ? `${hint[0]?.toUpperCase() ?? ''}${hint.slice(1)}. ${survey}` : survey;
}

function verdictOf(scenario: Scenario, catalog: Catalog, words: DeckWords): Verdict {
  const result = classify(scenario);
  const name = modelName(result.model, catalog);
  return {
    model: result.model,
    // A sparse map's verdict is marked tentative wherever the deck names it (issue 14).
    modelName: result.tentative ? `${name} (${catalog.verdict.tentative})` : name,
    tentative: result.tentative,
    confidence: result.confidence,
    confidenceText: fill(words.percent, { value: Math.round(result.confidence * 100) }),
    note: verdictLine(result, catalog),
    reasons: result.reasons.map((r) => formatReason(r, catalog)),
  };
}

/** node id → the numbers of the risks naming it (only nodes in `shown`, when given). */
function badgesFor(risks: readonly DeckRisk[], shown: ReadonlySet<NodeId> | null): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const r of risks)
    for (const n of r.nodes) {
      if (shown && !shown.has(n)) continue;
      const list = (out[n] ??= []);
      if (!list.includes(r.number)) list.push(r.number);
    }
  return out;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Packs groups into pieces of at most `size` ids, keeping each group whole where it fits (first fit, in order). */
function pack(groups: readonly (readonly NodeId[])[], size: number): NodeId[][] {
  const pieces: NodeId[][] = [];
  let current: NodeId[] = [];
  for (const g of groups)
    for (const part of chunk(g, size)) {
      if (current.length + part.length > size) {
        pieces.push(current);
        current = [];
      }
      current.push(...part);
    }
  if (current.length > 0 || pieces.length === 0) pieces.push(current);
  return pieces;
}

/** A part of a big scenario: which nodes, and which of them is the hub it centres on. */
export interface ScenarioPart {
  readonly kind: 'hub' | 'rest';
  readonly hub?: NodeId;
  readonly nodes: readonly NodeId[];
}

/**
 * How a scenario with more than `limit` nodes is split: one part per hub (a node that coordinates
 * others) with the nodes it coordinates, the accounts those and the hub own and the units sending
 * members into it; a hub with more than `limit` such nodes gets several parts, each starting with
 * the hub. Nodes no hub reaches follow in parts of their own (owners beside their accounts).
 * Every node is in at least one part; no part has more than `limit` nodes. Empty for a scenario of
 * at most `limit` nodes.
 */
export function splitScenario(scenario: Scenario, limit = SPLIT_LIMIT): readonly ScenarioPart[] {
  if (scenario.nodes.length <= limit) return [];
  const size = Math.max(2, limit);
  const ids = new Set(scenario.nodes.map((n) => n.id));
  const coordinated = new Map<NodeId, NodeId[]>();
  const owned = new Map<NodeId, NodeId[]>();
  const members = new Map<NodeId, NodeId[]>();
  const push = (map: Map<NodeId, NodeId[]>, key: NodeId, value: NodeId) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const e of scenario.edges) {
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    if (e.kind === 'coordinates') push(coordinated, e.source, e.target);
    else if (e.kind === 'owns') push(owned, e.source, e.target);
    else push(members, e.target, e.source);
  }
  const parts: ScenarioPart[] = [];
  const covered = new Set<NodeId>();
  for (const node of scenario.nodes) {
    const spokes = coordinated.get(node.id);
    if (!spokes) continue;
    const hub = node.id;
    const seen = new Set<NodeId>([hub]);
    // Groups that should stay on one slide: a spoke with its accounts.
    const groups: NodeId[][] = [];
    const group = (ids: readonly NodeId[]) => {
      const fresh = ids.filter((id) => !seen.has(id));
      for (const id of fresh) seen.add(id);
      if (fresh.length > 0) groups.push(fresh);
    };
    group(owned.get(hub) ?? []);
    for (const m of members.get(hub) ?? []) group([m]);
    for (const s of spokes) group([s, ...(owned.get(s) ?? [])]);
    covered.add(hub);
    for (const g of groups) for (const id of g) covered.add(id);
    for (const piece of pack(groups, size - 1)) parts.push({ kind: 'hub', hub, nodes: [hub, ...piece] });
  }
  const left: NodeId[][] = [];
  const placed = new Set<NodeId>();
  for (const node of scenario.nodes) {
    if (covered.has(node.id) || placed.has(node.id) || node.kind === 'account') continue;
    placed.add(node.id);
    const g = [node.id];
    for (const a of owned.get(node.id) ?? [])
      if (!covered.has(a) && !placed.has(a)) {
        placed.add(a);
        g.push(a);
      }
    left.push(g);
  }
  for (const node of scenario.nodes) if (!covered.has(node.id) && !placed.has(node.id)) left.push([node.id]);
  if (left.length > 0) for (const piece of pack(left, size)) parts.push({ kind: 'rest', nodes: piece });
  return parts;
}

function scenarioById(document: OrgDocument, id: string): Scenario {
  const found = document.scenarios.find((s) => s.id === id);
  if (!found) {
    const known = document.scenarios.map((s) => s.id).join(', ');
    throw new DeckError(`No scenario "${id}" in this map (it has: ${known || 'none'}).`);
  }
  return found;
}

function stepOf(step: Step, number: number, catalog: Catalog, words: DeckWords): DeckStep {
  return {
    number,
    code: step.code,
    phase: step.phase,
    phaseName: words.phases[step.phase],
    text: formatStep(step, catalog),
    toNodes: step.nodes.flatMap((n) => (n.to === undefined ? [] : [n.to])),
    fromNodes: step.nodes.flatMap((n) => (n.to === undefined && n.from !== undefined ? [n.from] : [])),
    labels: step.nodes.map((n) => (n.label === '' ? words.noLabel : n.label)),
    refs: step.nodes.flatMap((n): DeckStep['refs'] => {
      const label = n.label === '' ? words.noLabel : n.label;
      if (n.to !== undefined) return [{ id: n.to, label, removed: false }];
      return n.from !== undefined ? [{ id: n.from, label, removed: true }] : [];
    }),
  };
}

/** The scenario's recorded practices, in the format's order, worded (issue 18). */
export function practicesOf(scenario: Scenario, lang: DeckLang): readonly DeckPractice[] {
  const catalog = CATALOGS[lang];
  const out: DeckPractice[] = [];
  for (const practice of PRACTICES) {
    const value = scenario.practices?.[practice];
    if (value !== undefined) out.push({ practice, name: catalog.practices.names[practice], value, valueName: catalog.practices.values[value] });
  }
  return out;
}

/** The practices added, completed and dropped between the two scenarios, worded "name: from → to". */
function practiceChangesOf(c: Comparison, catalog: Catalog, words: DeckWords): DeckPracticeChange[] {
  const value = (v: PracticeValue | undefined) => (v === undefined ? catalog.practices.values.unrecorded : catalog.practices.values[v]).toLowerCase();
  return (['added', 'completed', 'dropped'] as const).flatMap((change) =>
    c.practices[change].map((p) => ({
      practice: p.practice,
      change,
      from: p.from ?? null,
      to: p.to ?? null,
      text: fill(words.practiceChange, { practice: catalog.practices.names[p.practice], from: value(p.from), to: value(p.to) }),
    })),
  );
}

/** Speaker-note lines for a scenario's practices. */
function practiceNotes(practices: readonly DeckPractice[], words: DeckWords): string[] {
  return practices.length === 0 ? [words.practicesNone] : [`${words.practices}:`, ...practices.map((p) => `• ${p.name}: ${p.valueName}`)];
}

function riskLine(r: DeckRisk): string {
  return `${r.number}. [${r.severityName}] ${r.title}: ${r.message} ${r.advice}`.trim();
}

/**
 * The deck for `scenarioIds` (one, or current and target) of `document`, worded in `lang`.
 *
 * Order, per scenario: its map (split into an overview and parts above `splitLimit` nodes) with
 * the verdict, then its risk table; for two scenarios then the target with the changes marked,
 * the path as a numbered checklist (and, with `steps`, one slide per step); last the summary.
 * Throws a DeckError naming the problem for an unknown scenario id or an empty choice.
 */
export function buildDeck(document: OrgDocument, scenarioIds: readonly string[], lang: DeckLang, options: DeckOptions = {}): Deck {
  if (scenarioIds.length === 0) throw new DeckError('Choose at least one scenario for the deck.');
  const catalog = CATALOGS[lang];
  const words = DECK_WORDS[lang];
  const scenarios = scenarioIds.map((id) => scenarioById(document, id));
  const limit = Math.max(2, options.splitLimit ?? SPLIT_LIMIT);
  const riskMarks = options.riskMarks ?? true;
  const compareMarks = options.compareMarks ?? true;
  const date = options.date ?? '';
  const slides: Draft<Slide>[] = [];
  const risksByScenario: Record<string, readonly DeckRisk[]> = {};
  const base = { highlighted: [], dimmed: [], marked: [], badges: {}, nodes: null, notes: '', subtitle: '' } as const;

  const title: Draft<TitleSlide> = {
    ...base,
    kind: 'title',
    scenario: null,
    title: document.title,
    subtitle: scenarios.map((s) => s.name).join(' → '),
    documentTitle: document.title,
    scenarioNames: scenarios.map((s) => s.name),
    date,
    notes: [document.title, scenarios.map((s) => s.name).join(' → '), date, document.notes ?? ''].filter((t) => t !== '').join('\n'),
  };
  slides.push(title);

  for (const scenario of scenarios) {
    const risks = numberRisks(scenario, lang);
    risksByScenario[scenario.id] = risks;
    const verdict = verdictOf(scenario, catalog, words);
    const riskCounts = countRisks(risks);
    const practices = practicesOf(scenario, lang);
    const subtitle = `${document.title} · ${words.model}: ${verdict.modelName} (${verdict.confidenceText} ${words.confidence})`;
    const mapNotes = [
      `${scenario.name}: ${verdict.modelName} (${verdict.confidenceText} ${words.confidence})`,
      ...(verdict.note !== '' ? [verdict.note] : []),
      words.notesReasons,
      ...verdict.reasons.map((r) => `• ${r}`),
      ...(risks.length > 0 ? [words.notesAdvice, ...risks.map((r) => `${r.number}. ${r.title}: ${r.advice}`)] : [words.noRisks]),
      ...practiceNotes(practices, words),
    ].join('\n');
    const allParts = splitScenario(scenario, limit);
    // The biggest parts, in their own order (hubs first, the rest last).
    const keep = new Set([...allParts].sort((a, b) => b.nodes.length - a.nodes.length).slice(0, MAX_MAP_PARTS));
    const parts = allParts.filter((p) => keep.has(p));
    const splitNote =
      allParts.length === 0
        ? ''
        : parts.length < allParts.length
          ? fill(words.splitNoteCapped, { count: scenario.nodes.length, shown: parts.length, parts: allParts.length, limit })
          : fill(words.splitNote, { count: scenario.nodes.length, parts: parts.length, limit });
    const mapSlide = (part: MapPart, nodes: readonly NodeId[] | null, highlighted: readonly NodeId[], partTitle: string): Draft<MapSlide> => ({
      ...base,
      kind: 'map',
      scenario: scenario.id,
      title: partTitle === '' ? scenario.name : `${scenario.name} — ${partTitle}`,
      subtitle,
      nodes,
      highlighted,
      badges: riskMarks ? badgesFor(risks, nodes ? new Set(nodes) : null) : {},
      notes: splitNote === '' ? mapNotes : `${mapNotes}\n${splitNote}`,
      verdict,
      topReasons: verdict.reasons.slice(0, TOP_REASONS),
      part,
      riskCounts,
      splitNote,
      practices,
    });
    if (parts.length === 0) slides.push(mapSlide({ kind: 'whole', index: 1, count: 1 }, null, [], ''));
    else {
      slides.push(mapSlide({ kind: 'overview', index: 0, count: parts.length }, null, [], words.overview));
      parts.forEach((p, i) => {
        const part: MapPart = p.hub === undefined ? { kind: p.kind, index: i + 1, count: parts.length } : { kind: p.kind, index: i + 1, count: parts.length, hub: p.hub };
        const name = p.hub === undefined ? words.restPart : fill(words.hubPart, { hub: labelOf(scenario, p.hub, words) });
        slides.push(mapSlide(part, p.nodes, p.hub === undefined ? [] : [p.hub], `${name} (${fill(words.pageOf, { page: i + 1, pages: parts.length })})`));
      });
    }

    const tablePages = risks.length === 0 ? [[]] : chunk(risks, RISK_ROWS).slice(0, MAX_RISK_PAGES);
    const listed = tablePages.reduce((n, p) => n + p.length, 0);
    tablePages.forEach((rows, i) => {
      const last = i === tablePages.length - 1;
      const extra = last ? risks.slice(listed) : [];
      const slide: Draft<RisksSlide> = {
        ...base,
        kind: 'risks',
        scenario: scenario.id,
        title: tablePages.length > 1 ? `${words.risks} — ${scenario.name} (${fill(words.pageOf, { page: i + 1, pages: tablePages.length })})` : `${words.risks} — ${scenario.name}`,
        subtitle: fill(words.riskCounts, riskCounts),
        highlighted: [...new Set(rows.flatMap((r) => r.nodes))],
        badges: riskMarks ? badgesFor(rows, null) : {},
        notes: rows.length === 0 ? words.noRisks : [...rows, ...extra].map(riskLine).join('\n'),
        risks: rows,
        total: risks.length,
        page: i + 1,
        pages: tablePages.length,
        more: extra.length > 0 ? fill(words.moreRisks, { count: extra.length }) : '',
        columns: { severity: words.severity, what: words.what, advice: words.advice, nodes: words.where },
      };
      slides.push(slide);
    });
  }

  const [from, to] = scenarios;
  let comparison: Comparison | undefined;
  let deckSteps: DeckStep[] = [];
  if (scenarios.length === 2 && from && to) {
    comparison = compareScenarios(from, to);
    const c = comparison;
    // Removed nodes are drawn (ghosted) only as a compare mark: without marks the target shows as it is.
    const ghosts = compareMarks ? from.nodes.filter((n) => c.nodes.removed.includes(n.id)) : [];
    const drawId = (fromId: NodeId) => c.nodes.fromToTo.get(fromId) ?? fromId;
    const marked: NodeMark[] = compareMarks
      ? [
          ...c.nodes.added.map((node) => ({ node, mark: 'added' as const })),
          ...c.nodes.changed.map((ch) => ({ node: ch.to, mark: 'changed' as const })),
          ...c.nodes.removed.map((node) => ({ node, mark: 'removed' as const })),
        ]
      : [];
    const edges: EdgeMark[] = compareMarks
      ? [
          ...c.edges.added.map((e) => ({ edge: e.id, mark: 'added' as const, kind: e.kind, source: e.source, target: e.target })),
          ...c.edges.changed.map((e) => ({ edge: e.to, mark: 'changed' as const, kind: e.toKind, source: e.source, target: e.target })),
          ...c.edges.removed.map((e) => ({ edge: e.id, mark: 'removed' as const, kind: e.kind, source: drawId(e.source), target: drawId(e.target) })),
        ]
      : [];
    const counts = fill(words.changeCounts, { added: c.nodes.added.length, changed: c.nodes.changed.length, removed: c.nodes.removed.length });
    // The legend explains only the marks the slide draws.
    const legend = [
      ...(compareMarks
        ? [
            { mark: 'added' as const, text: words.added },
            { mark: 'changed' as const, text: words.changed },
            { mark: 'removed' as const, text: words.removed },
            { mark: 'edge-added' as const, text: words.edgeAdded },
            { mark: 'edge-removed' as const, text: words.edgeRemoved },
          ]
        : []),
      ...(riskMarks ? [{ mark: 'risk' as const, text: words.riskBadge }] : []),
    ];
    const toRisks = risksByScenario[to.id] ?? [];
    const total = to.nodes.length + ghosts.length;
    let views: (readonly NodeId[] | null)[] = [null];
    if (total > limit) {
      const focus: NodeId[] = [];
      const seen = new Set<NodeId>();
      const add = (id: NodeId) => {
        if (!seen.has(id)) {
          seen.add(id);
          focus.push(id);
        }
      };
      for (const m of marked) add(m.node);
      for (const e of edges) {
        add(e.source);
        add(e.target);
      }
      views = focus.length === 0 ? [null] : chunk(focus, limit);
    }
    const allViews = views.length;
    views = views.slice(0, MAX_CHANGE_PAGES);
    const changesCapped = views.length < allViews ? fill(words.moreChanges, { shown: views.length }) : '';
    views.forEach((nodes, i) => {
      const badges = riskMarks ? badgesFor(toRisks, nodes ? new Set(nodes) : null) : {};
      // No risk number on this slide's nodes: no legend entry for one.
      const shownLegend = Object.keys(badges).length > 0 ? legend : legend.filter((l) => l.mark !== 'risk');
      const slide: Draft<ChangesSlide> = {
        ...base,
        kind: 'changes',
        scenario: to.id,
        from: from.id,
        title: views.length > 1 ? `${words.changes}: ${from.name} → ${to.name} (${fill(words.pageOf, { page: i + 1, pages: views.length })})` : `${words.changes}: ${from.name} → ${to.name}`,
        subtitle: counts,
        nodes,
        marked: nodes ? marked.filter((m) => nodes.includes(m.node)) : marked,
        badges,
        ghosts: nodes ? ghosts.filter((g) => nodes.includes(g.id)) : ghosts,
        edges: nodes ? edges.filter((e) => nodes.includes(e.source) && nodes.includes(e.target)) : edges,
        legend: shownLegend,
        counts,
        notes: [counts, ...(changesCapped === '' ? [] : [changesCapped]), ...shownLegend.map((l) => l.text)].join('\n'),
      };
      slides.push(slide);
    });

    deckSteps = planPath(c).map((s, i) => stepOf(s, i + 1, catalog, words));
    const pages = deckSteps.length === 0 ? [[]] : chunk(deckSteps, PATH_ROWS).slice(0, MAX_PATH_PAGES);
    const listedSteps = pages.reduce((n, p) => n + p.length, 0);
    pages.forEach((rows, i) => {
      const extra = i === pages.length - 1 ? deckSteps.slice(listedSteps) : [];
      const slide: Draft<PathSlide> = {
        ...base,
        kind: 'path',
        scenario: to.id,
        from: from.id,
        title: pages.length > 1 ? `${words.path}: ${from.name} → ${to.name} (${fill(words.pageOf, { page: i + 1, pages: pages.length })})` : `${words.path}: ${from.name} → ${to.name}`,
        subtitle: `${verdictOf(from, catalog, words).modelName} → ${verdictOf(to, catalog, words).modelName}`,
        highlighted: [...new Set(rows.flatMap((s) => s.toNodes))],
        notes: rows.length === 0 ? words.nothingToChange : [...rows, ...extra].map((s) => `${s.number}. ${s.text}`).join('\n'),
        steps: rows,
        more: extra.length > 0 ? fill(words.moreSteps, { count: extra.length }) : '',
        total: deckSteps.length,
        page: i + 1,
        pages: pages.length,
        empty: rows.length === 0 ? words.nothingToChange : '',
      };
      slides.push(slide);
    });
    if (options.steps)
      for (const step of deckSteps) {
        const on = new Set(step.toNodes);
        const slide: Draft<StepSlide> = {
          ...base,
          kind: 'step',
          scenario: to.id,
          from: from.id,
          title: `${words.step} ${step.number}: ${step.phaseName}`,
          subtitle: step.text,
          highlighted: step.toNodes,
          dimmed: to.nodes.filter((n) => !on.has(n.id)).map((n) => n.id),
          marked: compareMarks ? step.fromNodes.map((node) => ({ node, mark: 'removed' as const })) : [],
          notes: step.text,
          step,
          total: deckSteps.length,
        };
        slides.push(slide);
      }
  }

  if (options.summary ?? true) {
    const first = scenarios[0];
    if (first) {
      const side = (s: Scenario): SummarySide => ({
        scenario: s.id,
        name: s.name,
        verdict: verdictOf(s, catalog, words),
        riskCounts: countRisks(risksByScenario[s.id] ?? []),
        practices: practicesOf(s, lang),
      });
      const before = side(first);
      const after = comparison && to ? side(to) : null;
      const find = (list: readonly DeckRisk[], risk: Risk) => list.find((r) => riskKey(r) === riskKey(risk));
      const resolved = comparison ? comparison.risks.resolved.flatMap((r) => find(risksByScenario[first.id] ?? [], r) ?? []) : [];
      const introduced = comparison && to ? comparison.risks.introduced.flatMap((r) => find(risksByScenario[to.id] ?? [], r) ?? []) : [];
      const firstRisks = risksByScenario[first.id] ?? [];
      const nextSteps = comparison ? deckSteps.slice(0, 3).map((s) => s.text) : [...new Set(firstRisks.map((r) => r.advice).filter((a) => a !== ''))].slice(0, 3);
      const practiceChanges = comparison ? practiceChangesOf(comparison, catalog, words) : [];
      const describe = (s: SummarySide) => `${s.name}: ${s.verdict.modelName} (${s.verdict.confidenceText} ${words.confidence}); ${fill(words.riskCounts, s.riskCounts)}`;
      const slide: Draft<SummarySlide> = {
        ...base,
        kind: 'summary',
        scenario: (after ?? before).scenario,
        title: words.summary,
        subtitle: after ? `${before.verdict.modelName} → ${after.verdict.modelName}` : before.verdict.modelName,
        before,
        after,
        resolved,
        introduced,
        nextSteps,
        practiceChanges,
        headings: { before: words.before, after: words.after, resolved: words.resolved, introduced: words.introduced, next: words.next, practices: words.practices },
        notes: [
          describe(before),
          ...(after ? [describe(after)] : []),
          ...(comparison ? [`${words.resolved}:`, ...(resolved.length ? resolved.map(riskLine) : [words.noneResolved]), `${words.introduced}:`, ...(introduced.length ? introduced.map(riskLine) : [words.noneIntroduced])] : []),
          ...(comparison ? (practiceChanges.length > 0 ? [`${words.practices}:`, ...practiceChanges.map((p) => `• ${p.text}`)] : []) : practiceNotes(before.practices, words)),
          `${words.next}:`,
          ...nextSteps.map((t) => `• ${t}`),
        ].join('\n'),
      };
      slides.push(slide);
    }
  }

  return {
    lang,
    title: document.title,
    date,
    scenarios: scenarios.map((s) => s.id as ScenarioId),
    slides: slides.map((s, index) => ({ ...s, index }) as Slide),
    risks: risksByScenario,
    words,
  };
}

/** Severities in table order, re-exported for drawers. */
export const DECK_SEVERITIES = SEVERITIES;
