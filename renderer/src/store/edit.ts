/**
 * Pure document edits on one scenario. Every function returns a new document (or the same one when
 * nothing changed) and copies objects with spread so unknown fields written by a newer release
 * survive (see shared/model/types.ts).
 */
import { asEdgeId, asNodeId, canConnect, defaultEdgeKind } from '../../../shared/model/rules';
import type { EdgeId, EdgeKind, NodeId, NodeKind, OrgDocument, OrgEdge, OrgNode, Position, Scenario, ScenarioId } from '../../../shared/model/types';
import type { ConnectResult, NodePatch, Refusal } from './types';

export function activeScenario(document: OrgDocument, scenarioId: ScenarioId): Scenario {
  const found = document.scenarios.find((s) => s.id === scenarioId) ?? document.scenarios[0];
  if (!found) throw new Error('a document always has at least one scenario');
  return found;
}

export function replaceScenario(document: OrgDocument, scenarioId: ScenarioId, next: Scenario): OrgDocument {
  return { ...document, scenarios: document.scenarios.map((s) => (s.id === scenarioId ? next : s)) };
}

/** A fresh id like `unit-3`, unique among `taken` (which it extends). */
export function freshId(prefix: string, taken: Set<string>): string {
  let n = taken.size + 1;
  let id = `${prefix}-${n}`;
  while (taken.has(id)) {
    n += 1;
    id = `${prefix}-${n}`;
  }
  taken.add(id);
  return id;
}

export function takenIds(scenario: Scenario): Set<string> {
  const taken = new Set<string>();
  for (const n of scenario.nodes) taken.add(n.id);
  for (const e of scenario.edges) taken.add(e.id);
  return taken;
}

/** Keeps positions inside the format's limits and finite. */
export function clampPosition(p: Position): Position {
  const clamp = (v: number) => (Number.isFinite(v) ? Math.max(-1_000_000, Math.min(1_000_000, v)) : 0);
  return { x: clamp(p.x), y: clamp(p.y) };
}

export function applyNodePatch(node: OrgNode, patch: NodePatch): OrgNode {
  let next: OrgNode = { ...node };
  if (patch.label !== undefined) next = { ...next, label: patch.label.slice(0, 200) };
  if (node.kind === 'account' && patch.platform !== undefined) next = { ...next, platform: patch.platform };
  if ('handle' in patch && node.kind === 'account') {
    const { handle: _h, ...rest } = next;
    next = patch.handle ? { ...rest, handle: patch.handle.slice(0, 100) } : rest;
  }
  if ('notes' in patch) {
    const { notes: _n, ...rest } = next;
    next = patch.notes ? { ...rest, notes: patch.notes.slice(0, 5000) } : rest;
  }
  return next;
}

/** Why `kind` (or any kind, when omitted) cannot run from `source` to `target`, or the kind to use. */
export function checkConnection(
  scenario: Scenario,
  source: NodeId,
  target: NodeId,
  kind?: EdgeKind,
  ignoreEdge?: EdgeId,
): { ok: true; kind: EdgeKind } | ({ ok: false } & Refusal) {
  const s = scenario.nodes.find((n) => n.id === source);
  const t = scenario.nodes.find((n) => n.id === target);
  if (!s || !t) return { ok: false, reason: 'missing' };
  if (source === target) return { ok: false, reason: 'self-loop' };
  let chosen: EdgeKind | null;
  if (kind) {
    if (!canConnect(s.kind, t.kind, kind)) return { ok: false, reason: 'kind-not-allowed', kind, sourceKind: s.kind, targetKind: t.kind };
    chosen = kind;
  } else {
    chosen = defaultEdgeKind(s.kind, t.kind);
    if (!chosen) return { ok: false, reason: 'kinds', sourceKind: s.kind, targetKind: t.kind };
  }
  const duplicate = scenario.edges.some((e) => e.id !== ignoreEdge && e.kind === chosen && e.source === source && e.target === target);
  if (duplicate) return { ok: false, reason: 'duplicate', kind: chosen };
  return { ok: true, kind: chosen };
}

/** The edge kinds the format allows between two node kinds (for the inspector's switch). */
export function legalKinds(sourceKind: NodeKind, targetKind: NodeKind): EdgeKind[] {
  return (['coordinates', 'owns', 'member'] as const).filter((k) => canConnect(sourceKind, targetKind, k));
}

export function connectEdges(scenario: Scenario, source: NodeId, target: NodeId, kind?: EdgeKind): { scenario: Scenario; result: ConnectResult } {
  const check = checkConnection(scenario, source, target, kind);
  if (!check.ok) return { scenario, result: check };
  const id = asEdgeId(freshId('e', takenIds(scenario)));
  const edge: OrgEdge = { id, kind: check.kind, source, target };
  return { scenario: { ...scenario, edges: [...scenario.edges, edge] }, result: { ok: true, edgeId: id, kind: check.kind } };
}

export function removeFromScenario(scenario: Scenario, nodeIds: readonly NodeId[], edgeIds: readonly EdgeId[]): Scenario {
  const nodes = new Set<string>(nodeIds);
  const edges = new Set<string>(edgeIds);
  if (nodes.size === 0 && edges.size === 0) return scenario;
  return {
    ...scenario,
    nodes: scenario.nodes.filter((n) => !nodes.has(n.id)),
    edges: scenario.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

/**
 * Copies `nodes` and the edges among them into `scenario` with fresh ids, shifted by `offset`.
 * Returns the new scenario and the ids of the copies.
 */
export function insertCopies(
  scenario: Scenario,
  nodes: readonly OrgNode[],
  edges: readonly OrgEdge[],
  offset: Position,
): { scenario: Scenario; nodeIds: NodeId[]; edgeIds: EdgeId[] } {
  const taken = takenIds(scenario);
  const map = new Map<string, NodeId>();
  const newNodes: OrgNode[] = nodes.map((n) => {
    const id = asNodeId(freshId(n.kind, taken));
    map.set(n.id, id);
    return { ...n, id, position: clampPosition({ x: n.position.x + offset.x, y: n.position.y + offset.y }) };
  });
  const newEdges: OrgEdge[] = [];
  for (const e of edges) {
    const source = map.get(e.source);
    const target = map.get(e.target);
    if (source && target) newEdges.push({ ...e, id: asEdgeId(freshId('e', taken)), source, target });
  }
  return {
    scenario: { ...scenario, nodes: [...scenario.nodes, ...newNodes], edges: [...scenario.edges, ...newEdges] },
    nodeIds: newNodes.map((n) => n.id),
    edgeIds: newEdges.map((e) => e.id),
  };
}
