/**
 * The document edits (issue 19, P1 step 1): pure functions over the format's types, used by the
 * editor's store (renderer/src/store) and the CLI (`orgmap import`, through shared/import/apply.ts).
 * Every edit returns a new document or scenario, or the same object when nothing changed (so the
 * undo history stays clean), and copies objects with spread so unknown fields written by a newer
 * release survive (see types.ts). The history intent of an edit (one undo step, a group, a reset)
 * is the store's business, not theirs.
 */
import { asEdgeId, asNodeId, asScenarioId, canConnect, checkConnection, type Refusal } from './rules';
import { GOALS, ID_PATTERN, LIMITS } from './types';
import type { EdgeId, EdgeKind, Goal, NodeId, NodeKind, OrgDocument, OrgEdge, OrgNode, Platform, Position, Scenario, ScenarioId } from './types';
import type { PracticeKey, PracticeValue, Practices } from './types';

/** Fields of a node the inspector may change. `undefined` removes an optional field. */
export interface NodePatch {
  readonly label?: string;
  readonly platform?: Platform;
  readonly handle?: string | undefined;
  readonly notes?: string | undefined;
}

/** What connecting (or changing an edge's kind) gives: the edge and its kind, or why not. */
export type ConnectResult = { readonly ok: true; readonly edgeId: EdgeId; readonly kind: EdgeKind } | ({ readonly ok: false } & Refusal);

// ---------------------------------------------------------------------------------------------
// Nodes and edges of one scenario
// ---------------------------------------------------------------------------------------------

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

/** The fields of a new node besides its kind and place (accounts: platform and handle). */
export interface NewNode {
  readonly platform?: Platform;
  readonly handle?: string;
  readonly label?: string;
}

/**
 * Adds a node of `kind` at `position` with a fresh id like `unit-3`. Its label defaults to the kind
 * (cut to 200 characters); an account's platform to `other`.
 */
export function addNode(scenario: Scenario, kind: NodeKind, position: Position, extra: NewNode = {}): { scenario: Scenario; id: NodeId } {
  const id = asNodeId(freshId(kind, takenIds(scenario)));
  let node: OrgNode = { id, kind, label: (extra.label ?? kind).slice(0, 200) || kind, position: clampPosition(position) };
  if (kind === 'account') {
    node = { ...node, platform: extra.platform ?? 'other' };
    if (extra.handle) node = { ...node, handle: extra.handle.slice(0, 100) };
  }
  return { scenario: { ...scenario, nodes: [...scenario.nodes, node] }, id };
}

/** Changes the fields `patch` names on node `id` (applyNodePatch); the same scenario when there is no such node. */
export function updateNode(scenario: Scenario, id: NodeId, patch: NodePatch): Scenario {
  const index = scenario.nodes.findIndex((n) => n.id === id);
  const node = scenario.nodes[index];
  if (!node) return scenario;
  const nodes = scenario.nodes.slice();
  nodes[index] = applyNodePatch(node, patch);
  return { ...scenario, nodes };
}

/**
 * Moves nodes to new (clamped) positions. Only moved nodes get new objects: the canvas keeps every
 * other node as is. The same scenario when nothing moves.
 */
export function moveNodes(scenario: Scenario, moves: ReadonlyMap<NodeId, Position>): Scenario {
  if (moves.size === 0) return scenario;
  let changed = false;
  const nodes = scenario.nodes.map((n) => {
    const p = moves.get(n.id);
    if (!p) return n;
    const position = clampPosition(p);
    if (position.x === n.position.x && position.y === n.position.y) return n;
    changed = true;
    return { ...n, position };
  });
  return changed ? { ...scenario, nodes } : scenario;
}

/** Gives edge `id` another kind when the rules allow it (checkConnection, not counting the edge itself). */
export function setEdgeKind(scenario: Scenario, id: EdgeId, kind: EdgeKind): { scenario: Scenario; result: ConnectResult } {
  const edge = scenario.edges.find((e) => e.id === id);
  if (!edge) return { scenario, result: { ok: false, reason: 'missing' } };
  const check = checkConnection(scenario, edge.source, edge.target, kind, edge.id);
  if (!check.ok) return { scenario, result: check };
  const next = edge.kind === kind ? scenario : { ...scenario, edges: scenario.edges.map((e) => (e.id === id ? { ...e, kind } : e)) };
  return { scenario: next, result: { ok: true, edgeId: id, kind } };
}

/** The nodes `nodeIds` names (in the scenario's order) and the edges among them: what a copy takes along. */
export function subgraph(scenario: Scenario, nodeIds: readonly NodeId[]): { nodes: OrgNode[]; edges: OrgEdge[] } {
  const selected = new Set<string>(nodeIds);
  const nodes = scenario.nodes.filter((n) => selected.has(n.id));
  const edges = nodes.length === 0 ? [] : scenario.edges.filter((e) => selected.has(e.source) && selected.has(e.target));
  return { nodes, edges };
}

/** Appends nodes and edges as they are (ids, positions): an import's result (copies; unknown fields of the scenario kept). */
export function addElements(scenario: Scenario, nodes: readonly OrgNode[], edges: readonly OrgEdge[]): Scenario {
  return { ...scenario, nodes: [...scenario.nodes, ...nodes], edges: [...scenario.edges, ...edges] };
}

/**
 * Adds imported nodes and edges to scenario `scenarioId`, or to a new scenario named `into.name`
 * (appended, as addScenario). Returns the document and the filled scenario's id, or null when a
 * new scenario is refused (the limit, or the name).
 */
export function importInto(
  document: OrgDocument,
  scenarioId: ScenarioId,
  nodes: readonly OrgNode[],
  edges: readonly OrgEdge[],
  into: 'current' | { readonly name: string },
): { document: OrgDocument; id: ScenarioId } | null {
  let next = document;
  let id = scenarioId;
  if (into !== 'current') {
    const added = addScenario(next, into.name);
    if (!added) return null;
    next = added.document;
    id = added.id;
  }
  const scenario = activeScenario(next, id);
  return { document: replaceScenario(next, scenario.id, addElements(scenario, nodes, edges)), id: scenario.id };
}

/** The map's title, cut to 200 characters; the same document when it does not change. */
export function setTitle(document: OrgDocument, title: string): OrgDocument {
  const next = title.slice(0, 200);
  return next === document.title ? document : { ...document, title: next };
}

// ---------------------------------------------------------------------------------------------
// Scenarios and goals
// ---------------------------------------------------------------------------------------------

/** Why a scenario name was refused; the UI words it (`ui:scenario.error.*`). */
export type ScenarioNameError = 'empty' | 'too-long';

/** The id and name of the scenario a duplicate creates when the map has no target yet. */
export const TARGET_ID = asScenarioId('target');

/** Characters as the format counts them (code points). */
const length = (s: string) => [...s].length;

/** Checks a scenario name: 1–100 characters once trimmed. */
export function checkScenarioName(name: string): ScenarioNameError | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (length(trimmed) > LIMITS.scenarioNameMax) return 'too-long';
  return null;
}

/**
 * An id made from a name ("Target 2026" → `target-2026`), unique among `taken`, always matching
 * the format's id pattern (letters without accents, digits, `-` and `_`, at most 64).
 */
export function scenarioIdFromName(name: string, taken: ReadonlySet<string>): ScenarioId {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, LIMITS.idMax) || 'scenario';
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, LIMITS.idMax - suffix.length)}${suffix}`;
  }
  if (!ID_PATTERN.test(id)) throw new Error(`bad scenario id ${id}`);
  return asScenarioId(id);
}

const idsOf = (document: OrgDocument) => new Set<string>(document.scenarios.map((s) => s.id));

export function canAddScenario(document: OrgDocument): boolean {
  return document.scenarios.length < LIMITS.scenariosMax;
}

/** A name like "Scenario 3" that no scenario has yet. */
export function freshScenarioName(document: OrgDocument, base: string): string {
  const names = new Set(document.scenarios.map((s) => s.name));
  for (let n = document.scenarios.length + 1; ; n++) {
    const name = `${base} ${n}`;
    if (!names.has(name)) return name;
  }
}

/** Appends an empty scenario; null when the format's limit is reached or the name is refused. */
export function addScenario(document: OrgDocument, name: string): { document: OrgDocument; id: ScenarioId } | null {
  if (!canAddScenario(document) || checkScenarioName(name)) return null;
  const trimmed = name.trim();
  const id = scenarioIdFromName(trimmed, idsOf(document));
  const scenario: Scenario = { id, name: trimmed, nodes: [], edges: [] };
  return { document: { ...document, scenarios: [...document.scenarios, scenario] }, id };
}

/**
 * Copies a scenario (nodes and edges keep their ids, so the comparison pairs them by id) and puts
 * the copy right after it. The first copy made while the map has no `target` becomes the target
 * (the usual way to start one); later copies are named "<name> (copy)".
 */
export function duplicateScenario(
  document: OrgDocument,
  id: ScenarioId,
  names: { readonly target: string; readonly copy: (name: string) => string },
): { document: OrgDocument; id: ScenarioId } | null {
  const index = document.scenarios.findIndex((s) => s.id === id);
  const source = document.scenarios[index];
  if (!source || !canAddScenario(document)) return null;
  const taken = idsOf(document);
  const asTarget = !taken.has(TARGET_ID) && source.id !== TARGET_ID;
  const name = (asTarget ? names.target : names.copy(source.name)).trim().slice(0, LIMITS.scenarioNameMax);
  const newId = asTarget ? TARGET_ID : scenarioIdFromName(name, taken);
  const copy: Scenario = { ...source, id: newId, name };
  const scenarios = [...document.scenarios];
  scenarios.splice(index + 1, 0, copy);
  return { document: { ...document, scenarios }, id: newId };
}

/** Renames a scenario (its id stays: files, the CLI's --from/--to and comparisons refer to it). */
export function renameScenario(document: OrgDocument, id: ScenarioId, name: string): OrgDocument | ScenarioNameError {
  const error = checkScenarioName(name);
  if (error) return error;
  const trimmed = name.trim();
  const scenario = document.scenarios.find((s) => s.id === id);
  if (!scenario || scenario.name === trimmed) return document;
  return { ...document, scenarios: document.scenarios.map((s) => (s.id === id ? { ...s, name: trimmed } : s)) };
}

/** Removes a scenario; never the last one (the format needs at least one). */
export function deleteScenario(document: OrgDocument, id: ScenarioId): OrgDocument {
  if (document.scenarios.length <= LIMITS.scenariosMin || !document.scenarios.some((s) => s.id === id)) return document;
  return { ...document, scenarios: document.scenarios.filter((s) => s.id !== id) };
}

/** Moves a scenario to `index` (clamped); the same document when it does not move. */
export function moveScenario(document: OrgDocument, id: ScenarioId, index: number): OrgDocument {
  const from = document.scenarios.findIndex((s) => s.id === id);
  const scenario = document.scenarios[from];
  if (!scenario) return document;
  const to = Math.max(0, Math.min(document.scenarios.length - 1, index));
  if (to === from) return document;
  const scenarios = document.scenarios.filter((s) => s.id !== id);
  scenarios.splice(to, 0, scenario);
  return { ...document, scenarios };
}

/** Sets the goals (kept in the format's order, without duplicates); no goals removes the field. */
export function setGoals(document: OrgDocument, goals: readonly Goal[]): OrgDocument {
  const next = GOALS.filter((g) => goals.includes(g));
  const current = document.goals ?? [];
  if (next.length === current.length && next.every((g, i) => current[i] === g)) return document;
  if (next.length === 0) {
    const { goals: _g, ...rest } = document;
    return rest;
  }
  return { ...document, goals: next };
}

// ---------------------------------------------------------------------------------------------
// Practices (issue 18): the field is dropped once nothing at all is left in it, so a file that
// never had practices is written exactly as before.
// ---------------------------------------------------------------------------------------------

/** The scenario with `key` set to `value`, or not recorded (`undefined`). */
export function withPractice(scenario: Scenario, key: PracticeKey, value: PracticeValue | undefined): Scenario {
  const current = scenario.practices;
  if (current?.[key] === value) return scenario;
  const rest: Record<string, unknown> = { ...current };
  delete rest[key];
  const practices = (value === undefined ? rest : { ...rest, [key]: value }) as Practices;
  if (Object.keys(practices).length === 0) {
    const { practices: _dropped, ...without } = scenario;
    return without;
  }
  return { ...scenario, practices };
}
