/**
 * A light index of one scenario for the comparison: nodes by id (the first wins, as in the
 * analysis), the edges that can be compared (both ends known, no self-loop), and adjacency maps
 * per edge kind. Built in O(nodes + edges), memoised on the scenario object.
 */
import type { NodeId, OrgEdge, OrgNode, Scenario } from '../model/types';
import { EDGE_RULES } from '../model/types';

export interface Side {
  readonly scenario: Scenario;
  /** Nodes without repeated ids, in file order. */
  readonly nodes: readonly OrgNode[];
  readonly byId: ReadonlyMap<NodeId, OrgNode>;
  /** Edges whose ends are known nodes, not self-loops, in file order. */
  readonly edges: readonly OrgEdge[];
  /** coordinates: hub → targets, target → hubs */
  readonly coordOut: ReadonlyMap<NodeId, readonly NodeId[]>;
  readonly coordIn: ReadonlyMap<NodeId, readonly NodeId[]>;
  /** owns: owner → accounts, account → owners */
  readonly ownsOut: ReadonlyMap<NodeId, readonly NodeId[]>;
  readonly ownsIn: ReadonlyMap<NodeId, readonly NodeId[]>;
  /** member: team → members */
  readonly memberIn: ReadonlyMap<NodeId, readonly NodeId[]>;
  readonly accounts: number;
  readonly hubs: number;
}

const EMPTY: readonly NodeId[] = Object.freeze([]);

/** The neighbours in an adjacency map (an empty list when none). */
export function around(map: ReadonlyMap<NodeId, readonly NodeId[]>, id: NodeId | undefined): readonly NodeId[] {
  return id === undefined ? EMPTY : (map.get(id) ?? EMPTY);
}

function push(map: Map<NodeId, NodeId[]>, key: NodeId, value: NodeId): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value) || list.length > 16) list.push(value);
}

const memo = new WeakMap<Scenario, Side>();

export function sideOf(scenario: Scenario): Side {
  const cached = memo.get(scenario);
  if (cached) return cached;
  const byId = new Map<NodeId, OrgNode>();
  const nodes: OrgNode[] = [];
  let accounts = 0;
  for (const node of scenario.nodes) {
    if (byId.has(node.id)) continue;
    byId.set(node.id, node);
    nodes.push(node);
    if (node.kind === 'account') accounts += 1;
  }
  const edges: OrgEdge[] = [];
  const coordOut = new Map<NodeId, NodeId[]>();
  const coordIn = new Map<NodeId, NodeId[]>();
  const ownsOut = new Map<NodeId, NodeId[]>();
  const ownsIn = new Map<NodeId, NodeId[]>();
  const memberIn = new Map<NodeId, NodeId[]>();
  for (const edge of scenario.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (!s || !t || s === t) continue;
    edges.push(edge);
    const rule = EDGE_RULES[edge.kind];
    // Adjacency (what the path reads) follows the format's table, like the analysis.
    if (!rule || !rule.source.includes(s.kind) || !rule.target.includes(t.kind)) continue;
    if (edge.kind === 'coordinates') {
      push(coordOut, s.id, t.id);
      push(coordIn, t.id, s.id);
    } else if (edge.kind === 'owns') {
      push(ownsOut, s.id, t.id);
      push(ownsIn, t.id, s.id);
    } else {
      push(memberIn, t.id, s.id);
    }
  }
  const side: Side = { scenario, nodes, byId, edges, coordOut, coordIn, ownsOut, ownsIn, memberIn, accounts, hubs: coordOut.size };
  memo.set(scenario, side);
  return side;
}

/** Plain string order (UTF-16 code units, not locale), as everywhere in the analysis. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
