/**
 * The graph index both analyses share: nodes by integer index, one compressed adjacency list
 * (CSR) per edge kind and direction. Built once per scenario in O(nodes + edges). Output order
 * is by node id (compared as strings, UTF-16 code units), never by position in the file; only the
 * short lists that end up in a result are sorted, so no sort of all nodes is needed.
 */
import { readEdgeEnds } from '../model/parse';
import { EDGE_RULES, type EdgeKind, type NodeKind, type OrgEdge, type OrgNode, type Scenario } from '../model/types';

export const K_DEPARTMENT = 0;
export const K_UNIT = 1;
export const K_TEAM = 2;
export const K_ACCOUNT = 3;
export const K_EMPLOYEES = 4;

const KIND_CODE: Readonly<Record<NodeKind, number>> = {
  department: K_DEPARTMENT,
  unit: K_UNIT,
  team: K_TEAM,
  account: K_ACCOUNT,
  employees: K_EMPLOYEES,
};

/** Compressed sparse rows: the neighbours of node i are `list[start[i] .. start[i+1])`. */
export interface Adjacency {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

export interface GraphIndex {
  readonly n: number;
  readonly nodes: readonly OrgNode[];
  /** Node kind as a small integer (K_*); 255 for a kind this version does not know. */
  readonly kind: Uint8Array;
  /** The id of each node. */
  readonly ids: readonly string[];
  readonly coordOut: Adjacency;
  readonly coordIn: Adjacency;
  /** owner → accounts */
  readonly ownsOut: Adjacency;
  /** account → owners */
  readonly ownsIn: Adjacency;
  /** department/unit → teams */
  readonly memberOut: Adjacency;
  /** team → departments/units */
  readonly memberIn: Adjacency;
}

function kindMask(kinds: readonly NodeKind[]): number {
  let mask = 0;
  for (const k of kinds) mask |= 1 << KIND_CODE[k];
  return mask;
}

const EDGE_KIND_CODE: Readonly<Record<EdgeKind, number>> = { coordinates: 0, owns: 1, member: 2 };
const SOURCE_MASK = [kindMask(EDGE_RULES.coordinates.source), kindMask(EDGE_RULES.owns.source), kindMask(EDGE_RULES.member.source)];
const TARGET_MASK = [kindMask(EDGE_RULES.coordinates.target), kindMask(EDGE_RULES.owns.target), kindMask(EDGE_RULES.member.target)];

function buildAdjacency(n: number, count: number, from: Int32Array, to: Int32Array): Adjacency {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) start[(from[e] as number) + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i] as number;
  const fill = start.slice(0, n);
  const list = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const f = from[e] as number;
    list[fill[f]!++] = to[e] as number;
  }
  return { start, list };
}

/** Out-degree (or in-degree, for an incoming adjacency) of node i. */
export function degree(adj: Adjacency, i: number): number {
  return (adj.start[i + 1] as number) - (adj.start[i] as number);
}

/**
 * Builds the index. The analysis trusts the parser for validity but never throws on a bad
 * scenario: edges naming unknown nodes, self-loops and edges whose end kinds break the format's
 * rules are ignored; for a duplicated node id the first node wins.
 */
export function buildGraphIndex(scenario: Scenario): GraphIndex {
  const { nodes, edges } = scenario;
  const n = nodes.length;
  const kind = new Uint8Array(n);
  for (let i = 0; i < n; i++) kind[i] = KIND_CODE[(nodes[i] as OrgNode).kind] ?? 255;
  const ends = edgeEnds(nodes, edges);

  const m = edges.length;
  const src = [new Int32Array(m), new Int32Array(m), new Int32Array(m)];
  const dst = [new Int32Array(m), new Int32Array(m), new Int32Array(m)];
  const count = [0, 0, 0];
  for (let e = 0; e < m; e++) {
    const k = EDGE_KIND_CODE[(edges[e] as OrgEdge).kind];
    if (k === undefined) continue;
    const s = ends[2 * e] as number;
    const t = ends[2 * e + 1] as number;
    if (s < 0 || t < 0 || s === t) continue;
    if (((SOURCE_MASK[k] as number) & (1 << (kind[s] as number))) === 0) continue;
    if (((TARGET_MASK[k] as number) & (1 << (kind[t] as number))) === 0) continue;
    const c = count[k] as number;
    (src[k] as Int32Array)[c] = s;
    (dst[k] as Int32Array)[c] = t;
    count[k] = c + 1;
  }

  const ids = nodes.map((node) => node.id as string);

  const adj = (k: number, reverse: boolean): Adjacency =>
    reverse
      ? buildAdjacency(n, count[k] as number, dst[k] as Int32Array, src[k] as Int32Array)
      : buildAdjacency(n, count[k] as number, src[k] as Int32Array, dst[k] as Int32Array);

  return {
    n,
    nodes,
    kind,
    ids,
    coordOut: adj(0, false),
    coordIn: adj(0, true),
    ownsOut: adj(1, false),
    ownsIn: adj(1, true),
    memberOut: adj(2, false),
    memberIn: adj(2, true),
  };
}

/**
 * Where each edge starts and ends (edge i: `[2i]` → `[2i + 1]`, -1 for an unknown id; for a
 * duplicated id the first node wins). A map just read comes with the reader's answer
 * (readEdgeEnds), used when every edge's ids match the nodes it names: one string comparison per
 * end instead of a lookup in a map of every id.
 */
function edgeEnds(nodes: readonly OrgNode[], edges: readonly OrgEdge[]): Int32Array {
  const read = readEdgeEnds(nodes, edges);
  if (read !== undefined && endsMatch(nodes, edges, read)) return read;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const id = (nodes[i] as OrgNode).id;
    if (!indexOf.has(id)) indexOf.set(id, i);
  }
  const ends = new Int32Array(2 * edges.length);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as OrgEdge;
    ends[2 * e] = indexOf.get(edge.source) ?? -1;
    ends[2 * e + 1] = indexOf.get(edge.target) ?? -1;
  }
  return ends;
}

function endsMatch(nodes: readonly OrgNode[], edges: readonly OrgEdge[], ends: Int32Array): boolean {
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as OrgEdge;
    if (nodes[ends[2 * e] as number]?.id !== edge.source || nodes[ends[2 * e + 1] as number]?.id !== edge.target) return false;
  }
  return true;
}

/** True when node a's id sorts before node b's (ties, i.e. duplicated ids: lower index first). */
export function idBefore(ix: GraphIndex, a: number, b: number): boolean {
  const x = ix.ids[a] as string;
  const y = ix.ids[b] as string;
  return x < y || (x === y && a < b);
}

/** Comparator of node indices by id. */
export function compareById(ix: GraphIndex): (a: number, b: number) => number {
  const ids = ix.ids;
  return (a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
}

/** Sorts node indices by id, in place, and returns them. */
export function byRank(ix: GraphIndex, list: number[]): number[] {
  return list.length < 2 ? list : list.sort(compareById(ix));
}
