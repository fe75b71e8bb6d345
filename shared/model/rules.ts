/**
 * Which connections the format allows, and small helpers the editor and the analysis share.
 * The reader (parse.ts) uses the same wording, so the canvas and a refused file say the same thing.
 */
import {
  EDGE_KINDS,
  EDGE_RULES,
  FORMAT_NAME,
  FORMAT_VERSION,
  type EdgeId,
  type EdgeKind,
  type NodeId,
  type NodeKind,
  type OrgDocument,
  type Scenario,
  type ScenarioId,
} from './types';

/** Brands a string as a node id. A cast only: check it with `ID_PATTERN` if it comes from outside. */
export function asNodeId(id: string): NodeId {
  return id as NodeId;
}

/** Brands a string as an edge id. A cast only. */
export function asEdgeId(id: string): EdgeId {
  return id as EdgeId;
}

/** Brands a string as a scenario id. A cast only. */
export function asScenarioId(id: string): ScenarioId {
  return id as ScenarioId;
}

/**
 * A new, valid document with one empty scenario `current`.
 * The title defaults to '' (allowed by the format) so the UI can show its own translated
 * "Untitled"; the scenario needs a non-empty name, so the caller passes a translated one.
 */
export function emptyDocument(title = '', scenarioName = 'Current'): OrgDocument {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title,
    scenarios: [{ id: asScenarioId('current'), name: scenarioName, nodes: [], edges: [] }],
  };
}

/**
 * Why a connection is refused, as data. The editor words it in the UI's language (`ui:hint.*`), the
 * reader in English (edgeRefusalReason, edgeEndReason): both from this one checker.
 */
export type Refusal =
  | { readonly reason: 'self-loop' }
  | { readonly reason: 'duplicate'; readonly kind: EdgeKind }
  | { readonly reason: 'kinds'; readonly sourceKind: NodeKind; readonly targetKind: NodeKind }
  | { readonly reason: 'kind-not-allowed'; readonly kind: EdgeKind; readonly sourceKind: NodeKind; readonly targetKind: NodeKind }
  | { readonly reason: 'missing' };

/** What checkConnection says: the edge kind to use, or why there can be no such edge. */
export type ConnectionCheck = { readonly ok: true; readonly kind: EdgeKind } | ({ readonly ok: false } & Refusal);

/** True when an edge of `edgeKind` may run from a `sourceKind` node to a `targetKind` node. */
export function canConnect(sourceKind: NodeKind, targetKind: NodeKind, edgeKind: EdgeKind): boolean {
  return checkKinds(sourceKind, targetKind, edgeKind).ok;
}

/**
 * The edge kind a drag from `sourceKind` to `targetKind` most likely means, or null when no kind
 * fits. Preference: `owns` (anything → account), then `member` (department/unit → team), then
 * `coordinates`. So unit→account = owns, department→team = member, team→unit = coordinates,
 * department→unit = coordinates.
 */
export function defaultEdgeKind(sourceKind: NodeKind, targetKind: NodeKind): EdgeKind | null {
  const check = checkKinds(sourceKind, targetKind);
  return check.ok ? check.kind : null;
}

const PREFERENCE: readonly EdgeKind[] = ['owns', 'member', 'coordinates'];

/** Whether a `kind` node may be the `end` of an edge of `edgeKind` (EDGE_RULES): the one kind rule. */
function endAllowed(edgeKind: EdgeKind, end: 'source' | 'target', kind: NodeKind): boolean {
  return EDGE_RULES[edgeKind][end].includes(kind);
}

/**
 * The kind rules alone: `kind` when it may run from `sourceKind` to `targetKind`, or without `kind`
 * the preferred one that may (PREFERENCE); else why not.
 */
function checkKinds(sourceKind: NodeKind, targetKind: NodeKind, kind?: EdgeKind): ConnectionCheck {
  const fits = (k: EdgeKind) => endAllowed(k, 'source', sourceKind) && endAllowed(k, 'target', targetKind);
  if (kind) return fits(kind) ? { ok: true, kind } : { ok: false, reason: 'kind-not-allowed', kind, sourceKind, targetKind };
  const chosen = PREFERENCE.find(fits);
  return chosen ? { ok: true, kind: chosen } : { ok: false, reason: 'kinds', sourceKind, targetKind };
}

/**
 * The one connection checker (editor, CLI and reader): whether an edge of `kind` (or, when omitted,
 * of the kind defaultEdgeKind picks) may run from `source` to `target` in `scenario`, and the kind
 * to use. Refuses a missing end, a self-loop, the kind rules and a duplicate (an edge of the same
 * kind between the same ends; `ignoreEdge` is not counted, for changing an edge's own kind).
 */
export function checkConnection(scenario: Scenario, source: NodeId, target: NodeId, kind?: EdgeKind, ignoreEdge?: EdgeId): ConnectionCheck {
  const s = scenario.nodes.find((n) => n.id === source);
  const t = scenario.nodes.find((n) => n.id === target);
  if (!s || !t) return { ok: false, reason: 'missing' };
  if (source === target) return { ok: false, reason: 'self-loop' };
  const check = checkKinds(s.kind, t.kind, kind);
  if (!check.ok) return check;
  const chosen = check.kind;
  const duplicate = scenario.edges.some((e) => e.id !== ignoreEdge && e.kind === chosen && e.source === source && e.target === target);
  if (duplicate) return { ok: false, reason: 'duplicate', kind: chosen };
  return check;
}

/** An end of a prospective edge: its kind, and its id when known (used in messages). */
export interface EdgeEnd {
  readonly kind: NodeKind;
  readonly id?: string;
}

/**
 * Why an edge of `edgeKind` from `source` to `target` is not allowed, in one readable sentence,
 * or null when it is. Checks self-loops (when both ids are given) and the kind rules; it does not
 * know about duplicates, which need the scenario.
 *
 * Example: `an "owns" edge must end at an account, not at unit "bu-nl"`.
 */
export function edgeRefusalReason(edgeKind: EdgeKind, source: EdgeEnd, target: EdgeEnd): string | null {
  if (source.id !== undefined && source.id === target.id) return selfLoopReason(source.id);
  const check = checkKinds(source.kind, target.kind, edgeKind);
  if (check.ok) return null;
  return edgeEndReason(edgeKind, 'source', source.kind, source.id) ?? edgeEndReason(edgeKind, 'target', target.kind, target.id);
}

/** @internal Shared with the reader. */
export function selfLoopReason(id: string): string {
  return `an edge cannot start and end at the same node (${quote(id)})`;
}

/**
 * @internal Shared with the reader: the reason one end breaks the kind rules, or null.
 */
export function edgeEndReason(edgeKind: EdgeKind, end: 'source' | 'target', kind: NodeKind, id: string | undefined): string | null {
  if (endAllowed(edgeKind, end, kind)) return null;
  const verb = end === 'source' ? 'start at' : 'end at';
  const at = id === undefined ? withArticle(kind) : `${NOUNS[kind]} ${quote(id)}`;
  return `${withArticle(`"${edgeKind}"`)} edge must ${verb} ${withArticle(listOf(EDGE_RULES[edgeKind][end]))}, not at ${at}`;
}

const NOUNS: Readonly<Record<NodeKind, string>> = {
  department: 'department',
  unit: 'unit',
  team: 'team',
  account: 'account',
  employees: 'employees group',
};

/** "a department, unit or team" without the article. */
function listOf(kinds: readonly NodeKind[]): string {
  const names = kinds.map((k) => NOUNS[k]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;
}

function withArticle(phrase: string): string {
  const first = phrase.charAt(0) === '"' ? phrase.charAt(1) : phrase.charAt(0);
  return ('aeiou'.includes(first) ? 'an ' : 'a ') + phrase;
}

/**
 * A user-supplied string for a message: JSON-quoted (so control characters and quotes are
 * escaped and the message stays on one line) and cut to 60 characters.
 */
export function quote(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(cut);
}

/** @internal Every edge kind, for messages. */
export const EDGE_KIND_LIST = EDGE_KINDS.join(', ');
