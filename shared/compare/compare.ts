/**
 * compareScenarios: what changed between two scenarios. Pure, deterministic (the result does not
 * depend on the order of nodes and edges in the files: ties are broken by id), O(nodes + edges)
 * plus sorting the lists that end up in the result, memoised on the pair of scenario objects.
 * The rules: docs/compare.md.
 */
import { analyze } from '../analysis';
import type { Risk } from '../analysis/types';
import type { EdgeId, NodeId, OrgEdge, OrgNode, Scenario } from '../model/types';
import { diffPractices, practicesChanged } from './practices';
import { compareStrings, sideOf, type Side } from './side';
import { NODE_FIELDS, type Comparison, type EdgeChange, type EdgeRef, type NodeChange, type NodeField, type NodeMatch } from './types';

/** A label for matching: lower case, all white space removed ("Customer  service" = "customerservice"). */
export function normaliseLabel(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => compareStrings(a.id, b.id);

/**
 * Pairs nodes: the same id first; then, among the nodes left, the same kind and normalised label
 * (accounts on the same platform before accounts on another). Within a group of equal keys the
 * nodes are paired in id order, so the pairing is one-to-one and independent of file order.
 */
export function matchNodes(from: Side, to: Side): NodeMatch[] {
  const matches: NodeMatch[] = [];
  const leftFrom: OrgNode[] = [];
  const matchedTo = new Set<NodeId>();
  for (const node of from.nodes) {
    if (to.byId.has(node.id)) {
      matches.push({ from: node.id, to: node.id, by: 'id' });
      matchedTo.add(node.id);
    } else leftFrom.push(node);
  }
  let leftTo = to.nodes.filter((n) => !matchedTo.has(n.id));
  let rest = leftFrom;
  const passes: ((n: OrgNode) => string)[] = [
    (n) => `${n.kind}\u0000${normaliseLabel(n.label)}\u0000${n.kind === 'account' ? (n.platform ?? '') : ''}`,
    (n) => `${n.kind}\u0000${normaliseLabel(n.label)}`,
  ];
  for (const key of passes) {
    if (rest.length === 0 || leftTo.length === 0) break;
    const groups = new Map<string, { from: OrgNode[]; to: OrgNode[] }>();
    for (const n of rest) {
      const k = key(n);
      const g = groups.get(k);
      if (g) g.from.push(n);
      else groups.set(k, { from: [n], to: [] });
    }
    for (const n of leftTo) groups.get(key(n))?.to.push(n);
    const paired = new Set<NodeId>();
    const pairedTo = new Set<NodeId>();
    for (const g of groups.values()) {
      if (g.to.length === 0) continue;
      if (g.from.length > 1) g.from.sort(byId);
      if (g.to.length > 1) g.to.sort(byId);
      const count = Math.min(g.from.length, g.to.length);
      for (let i = 0; i < count; i++) {
        const f = g.from[i] as OrgNode;
        const t = g.to[i] as OrgNode;
        matches.push({ from: f.id, to: t.id, by: 'label' });
        paired.add(f.id);
        pairedTo.add(t.id);
      }
    }
    rest = rest.filter((n) => !paired.has(n.id));
    leftTo = leftTo.filter((n) => !pairedTo.has(n.id));
  }
  return matches.sort((a, b) => compareStrings(a.to, b.to));
}

function changedFields(a: OrgNode, b: OrgNode): NodeField[] {
  return NODE_FIELDS.filter((field) => (a[field] ?? '') !== (b[field] ?? ''));
}

const edgeRef = (e: OrgEdge): EdgeRef => ({ id: e.id, kind: e.kind, source: e.source, target: e.target });

/**
 * Pairs edges by (kind, matched source, matched target); then, among those left, by (matched
 * source, matched target) alone — a changed kind. An edge with an unmatched end is added or removed.
 */
function diffEdges(from: Side, to: Side, fromToTo: ReadonlyMap<NodeId, NodeId>): Comparison['edges'] {
  const sep = '\u0000';
  const exact = new Map<string, OrgEdge[]>();
  for (const e of to.edges) {
    const k = `${e.kind}${sep}${e.source}${sep}${e.target}`;
    const list = exact.get(k);
    if (list) list.push(e);
    else exact.set(k, [e]);
  }
  for (const list of exact.values()) if (list.length > 1) list.sort(byId);

  const matchedTo = new Set<EdgeId>();
  const leftFrom: { edge: OrgEdge; s: NodeId; t: NodeId }[] = [];
  const removed: OrgEdge[] = [];
  const fromSorted = from.edges.length > 1 && hasDuplicates(from.edges) ? [...from.edges].sort(byId) : from.edges;
  for (const e of fromSorted) {
    const s = fromToTo.get(e.source);
    const t = fromToTo.get(e.target);
    if (s === undefined || t === undefined) {
      removed.push(e);
      continue;
    }
    const list = exact.get(`${e.kind}${sep}${s}${sep}${t}`);
    const hit = list?.find((x) => !matchedTo.has(x.id));
    if (hit) matchedTo.add(hit.id);
    else leftFrom.push({ edge: e, s, t });
  }

  const byEnds = new Map<string, OrgEdge[]>();
  for (const e of to.edges) {
    if (matchedTo.has(e.id)) continue;
    const k = `${e.source}${sep}${e.target}`;
    const list = byEnds.get(k);
    if (list) list.push(e);
    else byEnds.set(k, [e]);
  }
  for (const list of byEnds.values()) if (list.length > 1) list.sort(byId);
  if (leftFrom.length > 1) leftFrom.sort((a, b) => compareStrings(a.edge.id, b.edge.id));
  const changed: EdgeChange[] = [];
  for (const { edge, s, t } of leftFrom) {
    const hit = byEnds.get(`${s}${sep}${t}`)?.find((x) => !matchedTo.has(x.id));
    if (!hit) {
      removed.push(edge);
      continue;
    }
    matchedTo.add(hit.id);
    changed.push({ from: edge.id, to: hit.id, source: s, target: t, fromKind: edge.kind, toKind: hit.kind });
  }
  const added = to.edges.filter((e) => !matchedTo.has(e.id));
  return {
    added: added.sort(byId).map(edgeRef),
    removed: removed.sort(byId).map(edgeRef),
    changed: changed.sort((a, b) => compareStrings(a.to, b.to)),
  };
}

/** Repeated edge ids (refused by the parser) would make the pairing depend on file order; sort then. */
function hasDuplicates(edges: readonly OrgEdge[]): boolean {
  const seen = new Set<string>();
  for (const e of edges) {
    if (seen.has(e.id)) return true;
    seen.add(e.id);
  }
  return false;
}

/**
 * Risks resolved and introduced: a risk of `from` and one of `to` are the same risk when they have
 * the same code and the same set of (matched) nodes. Counted as multisets.
 */
function diffRisks(fromRisks: readonly Risk[], toRisks: readonly Risk[], fromToTo: ReadonlyMap<NodeId, NodeId>): Comparison['risks'] {
  const key = (code: string, ids: readonly string[]) => `${code}\u0000${[...new Set(ids)].sort(compareStrings).join('\u0000')}`;
  // A node of `from` without a counterpart gets a name no `to` id can have (ids never contain a space).
  const fromKey = (r: Risk) => key(r.code, r.nodes.map((id) => fromToTo.get(id) ?? `removed ${id}`));
  const toKey = (r: Risk) => key(r.code, r.nodes);
  const count = new Map<string, number>();
  for (const r of toRisks) {
    const k = toKey(r);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const resolved: Risk[] = [];
  for (const r of fromRisks) {
    const k = fromKey(r);
    const left = count.get(k) ?? 0;
    if (left > 0) count.set(k, left - 1);
    else resolved.push(r);
  }
  const fromCount = new Map<string, number>();
  for (const r of fromRisks) {
    const k = fromKey(r);
    fromCount.set(k, (fromCount.get(k) ?? 0) + 1);
  }
  const introduced: Risk[] = [];
  for (const r of toRisks) {
    const k = toKey(r);
    const left = fromCount.get(k) ?? 0;
    if (left > 0) fromCount.set(k, left - 1);
    else introduced.push(r);
  }
  return { resolved, introduced };
}

function build(fromScenario: Scenario, toScenario: Scenario): Comparison {
  const from = sideOf(fromScenario);
  const to = sideOf(toScenario);
  const matches = matchNodes(from, to);
  const fromToTo = new Map<NodeId, NodeId>();
  const toToFrom = new Map<NodeId, NodeId>();
  const changed: NodeChange[] = [];
  for (const m of matches) {
    fromToTo.set(m.from, m.to);
    toToFrom.set(m.to, m.from);
    const fields = changedFields(from.byId.get(m.from) as OrgNode, to.byId.get(m.to) as OrgNode);
    if (fields.length > 0) changed.push({ from: m.from, to: m.to, fields });
  }
  const added = to.nodes.filter((n) => !toToFrom.has(n.id)).map((n) => n.id).sort(compareStrings);
  const removed = from.nodes.filter((n) => !fromToTo.has(n.id)).map((n) => n.id).sort(compareStrings);
  const edges = diffEdges(from, to, fromToTo);
  const a = analyze(fromScenario);
  const b = analyze(toScenario);
  const risks = diffRisks(a.risks, b.risks, fromToTo);
  const practices = diffPractices(fromScenario.practices, toScenario.practices);
  const unchanged =
    added.length === 0 && removed.length === 0 && changed.length === 0 && edges.added.length === 0 && edges.removed.length === 0 && edges.changed.length === 0 &&
    !practicesChanged(practices);
  const counts = (s: Side) => ({ nodes: s.nodes.length, edges: s.edges.length, accounts: s.accounts, hubs: s.hubs });
  return Object.freeze({
    from: fromScenario,
    to: toScenario,
    nodes: { matches, fromToTo, toToFrom, added, removed, changed },
    edges,
    classification: { from: a.classification, to: b.classification },
    risks,
    counts: { from: counts(from), to: counts(to) },
    practices,
    unchanged,
  });
}

const memo = new WeakMap<Scenario, WeakMap<Scenario, Comparison>>();

/**
 * What it takes to get from `from` to `to`: nodes and edges added, removed and changed, both
 * classifications, risks resolved and introduced, and counts. Returns the same (frozen) object for
 * the same pair of scenario objects.
 */
export function compareScenarios(from: Scenario, to: Scenario): Comparison {
  let inner = memo.get(from);
  if (!inner) memo.set(from, (inner = new WeakMap()));
  let result = inner.get(to);
  if (!result) inner.set(to, (result = build(from, to)));
  return result;
}
