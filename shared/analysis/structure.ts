/**
 * Structural facts about the coordinates graph that both classify() and findRisks() need:
 * hubs, sub-hubs, strongly connected components (cycles), which nodes lie within a hub's reach,
 * and which hub is the central one. All O(nodes + edges), all iterative (no recursion), so a
 * 20,000-node chain cannot overflow the stack.
 */
import { byRank, compareById, degree, idBefore, K_ACCOUNT, K_TEAM, type Adjacency, type GraphIndex } from './graph';

export interface Structure {
  /** 1 when the node has an outgoing `coordinates` edge (the format's definition of a hub). */
  readonly isHub: Uint8Array;
  /** 1 for a hub that is itself coordinated (has an incoming `coordinates` edge). */
  readonly isSubHub: Uint8Array;
  readonly hubCount: number;
  readonly subHubCount: number;
  /** Hubs in id order. */
  readonly hubs: readonly number[];
  /** Strongly connected component of each node in the coordinates graph. */
  readonly comp: Int32Array;
  /** Components that contain a cycle: each as the node indices of one cycle, in walk order from its lowest-id node, then the rest of the component in id order. */
  readonly cycles: readonly (readonly number[])[];
  /** Length of the walked cycle for each entry of `cycles`. */
  readonly cycleLengths: readonly number[];
  /**
   * 1 when the node is within a hub's reach: a hub itself, reachable from a hub along
   * `coordinates` edges, or a department/unit that is a member of a team within reach.
   */
  readonly inReach: Uint8Array;
  /**
   * The central hub (see rankHubs below), or -1 when there is no hub. When no hub clearly leads
   * (peers), this is the lowest-id peer: only for risks that need one reference point; reasons
   * use {@link Structure.leadHub} and never call an id-order pick "central".
   */
  readonly mainHub: number;
  /** The hub the others take their lead from, by structure; -1 when none clearly leads (peers, or no hub). */
  readonly leadHub: number;
  /** The top-level hubs tied for the lead (two or more when they are peers; otherwise [leadHub] or []). In id order. */
  readonly peerHubs: readonly number[];
  /**
   * One head hub per top-level part of the coordination structure (a part no coordinates edge
   * enters), best-ranked first. Two or more: hubs that work side by side, none taking its lead
   * from another.
   */
  readonly partHeads: readonly number[];
  /** Number of hubs that lie on a coordination cycle. */
  readonly hubsOnCycles: number;
  /** 1 when reachable from the central hub along `coordinates` edges (the hub itself included). */
  readonly fromMain: Uint8Array;
}

/**
 * Iterative Tarjan. Returns the component id of each node; ids are assigned in the order
 * components complete (reverse topological order of the condensation).
 */
export function stronglyConnected(n: number, adj: Adjacency): { comp: Int32Array; count: number } {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let sp = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let next = 0;
  let count = 0;
  const { start, list } = adj;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    // Nodes without outgoing edges form their own component; skip the machinery for speed.
    if (start[root] === start[root + 1]) {
      index[root] = next++;
      comp[root] = count++;
      continue;
    }
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = start[root] as number;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] as number;
      const e = callEdge[depth] as number;
      if (e < (start[v + 1] as number)) {
        callEdge[depth] = e + 1;
        const w = list[e] as number;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth += 1;
          callNode[depth] = w;
          callEdge[depth] = start[w] as number;
        } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
          low[v] = index[w] as number;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp] as number;
          onStack[w] = 0;
          comp[w] = count;
        } while (w !== v);
        count += 1;
      }
      depth -= 1;
      if (depth >= 0) {
        const parent = callNode[depth] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
    }
  }
  return { comp, count };
}

/** Breadth-first search along `adj` from the given seeds; marks `seen` (1) and returns it. */
function reachFrom(n: number, adj: Adjacency, seeds: readonly number[], seen = new Uint8Array(n)): Uint8Array {
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (const s of seeds) {
    if (seen[s] === 0) {
      seen[s] = 1;
      queue[tail++] = s;
    }
  }
  const { start, list } = adj;
  while (head < tail) {
    const v = queue[head++] as number;
    for (let e = start[v] as number, end = start[v + 1] as number; e < end; e++) {
      const w = list[e] as number;
      if (seen[w] === 0) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return seen;
}

export function buildStructure(ix: GraphIndex): Structure {
  const { n, coordOut, coordIn } = ix;
  const isHub = new Uint8Array(n);
  const isSubHub = new Uint8Array(n);
  const hubs: number[] = [];
  let subHubCount = 0;
  for (let i = 0; i < n; i++) {
    if (degree(coordOut, i) > 0) {
      isHub[i] = 1;
      hubs.push(i);
      if (degree(coordIn, i) > 0) {
        isSubHub[i] = 1;
        subHubCount += 1;
      }
    }
  }
  byRank(ix, hubs);

  const { comp, count: compCount } = stronglyConnected(n, coordOut);
  const compSize = new Int32Array(compCount);
  for (let i = 0; i < n; i++) compSize[comp[i] as number]! += 1;
  // A component "has an entry" when a coordinates edge reaches it from another component.
  const compEntered = new Uint8Array(compCount);
  for (let v = 0; v < n; v++) {
    for (let e = coordOut.start[v] as number, end = coordOut.start[v + 1] as number; e < end; e++) {
      const w = coordOut.list[e] as number;
      if (comp[w] !== comp[v]) compEntered[comp[w] as number] = 1;
    }
  }

  const { cycles, cycleLengths } = findCycles(ix, comp, compSize);

  // Reach: everything downstream of a hub, then members of teams within reach.
  const inReach = reachFrom(n, coordOut, hubs);
  for (let t = 0; t < n; t++) {
    if (inReach[t] !== 1 || ix.kind[t] !== K_TEAM) continue;
    for (let e = ix.memberIn.start[t] as number, end = ix.memberIn.start[t + 1] as number; e < end; e++) {
      inReach[ix.memberIn.list[e] as number] = 1;
    }
  }

  const { leadHub, peerHubs, partHeads } = rankHubs(ix, hubs, isHub, comp, compCount, compEntered);
  const mainHub = leadHub >= 0 ? leadHub : (peerHubs[0] ?? -1);
  const fromMain = mainHub >= 0 ? reachFrom(n, coordOut, [mainHub]) : new Uint8Array(n);
  let hubsOnCycles = 0;
  for (const h of hubs) if ((compSize[comp[h] as number] as number) > 1) hubsOnCycles += 1;

  return { isHub, isSubHub, hubCount: hubs.length, subHubCount, hubs, comp, cycles, cycleLengths, inReach, mainHub, fromMain, leadHub, peerHubs, partHeads, hubsOnCycles };
}

/**
 * Reach per component of the coordinates graph, by one pass over the condensation (Tarjan numbers
 * components in reverse topological order, so every successor is done before its predecessors):
 * nodes and hubs downstream, the component itself included. Exact for trees and forests, the
 * shapes people draw; where two paths meet again (a diamond) the shared part counts twice, an
 * over-estimate that keeps this linear (exact reach sets are not). Capped at n.
 */
function componentReach(ix: GraphIndex, isHub: Uint8Array, comp: Int32Array, compCount: number): { reach: Float64Array; hubsBelow: Float64Array } {
  const { n, coordOut } = ix;
  // Nodes bucketed by component (counting sort).
  const first = new Int32Array(compCount + 1);
  for (let i = 0; i < n; i++) first[(comp[i] as number) + 1]! += 1;
  for (let c = 0; c < compCount; c++) first[c + 1]! += first[c] as number;
  const fill = first.slice(0, compCount);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[comp[i] as number]!++] = i;

  const reach = new Float64Array(compCount);
  const hubsBelow = new Float64Array(compCount);
  const seenBy = new Int32Array(compCount).fill(-1);
  for (let c = 0; c < compCount; c++) {
    let r = 0;
    let h = 0;
    for (let k = first[c] as number, end = first[c + 1] as number; k < end; k++) {
      const v = members[k] as number;
      r += 1;
      if (isHub[v] === 1) h += 1;
      for (let e = coordOut.start[v] as number, stop = coordOut.start[v + 1] as number; e < stop; e++) {
        const d = comp[coordOut.list[e] as number] as number;
        if (d === c || seenBy[d] === c) continue;
        seenBy[d] = c;
        r += reach[d] as number;
        h += hubsBelow[d] as number;
      }
    }
    reach[c] = Math.min(r, n);
    hubsBelow[c] = Math.min(h, n);
  }
  return { reach, hubsBelow };
}

/**
 * The lead hub, by structure (docs/analysis-rules.md, "The lead hub"). Candidates are the
 * top-level hubs: hubs in a part of the coordinates graph that no coordinates edge enters, so
 * nobody above them. They are ranked by (1) how many other hubs lie within their reach, (2) how
 * many nodes lie within their reach, (3) how many hubs they coordinate directly, (4) how many
 * nodes they coordinate directly. The best one leads; when two or more tie on all four they are
 * peers and none leads (ids never decide who leads). All linear.
 */
function rankHubs(
  ix: GraphIndex,
  hubs: readonly number[],
  isHub: Uint8Array,
  comp: Int32Array,
  compCount: number,
  compEntered: Uint8Array,
): { leadHub: number; peerHubs: number[]; partHeads: number[] } {
  const { reach, hubsBelow } = componentReach(ix, isHub, comp, compCount);
  const key = (h: number): [number, number, number, number] => {
    let subs = 0;
    const start = ix.coordOut.start[h] as number;
    const end = ix.coordOut.start[h + 1] as number;
    for (let e = start; e < end; e++) if (isHub[ix.coordOut.list[e] as number] === 1) subs += 1;
    const c = comp[h] as number;
    return [hubsBelow[c] as number, reach[c] as number, subs, end - start];
  };
  const cmp = (a: readonly number[], b: readonly number[]): number => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] as number) - (a[i] as number);
    return 0;
  };
  const top: { h: number; k: [number, number, number, number] }[] = [];
  for (const h of hubs) if (compEntered[comp[h] as number] !== 1) top.push({ h, k: key(h) });
  if (top.length === 0) return { leadHub: -1, peerHubs: [], partHeads: [] };
  // hubs (and so top) are in id order and the sort is stable: ids only order equals for output.
  top.sort((a, b) => cmp(a.k, b.k));
  const best = top[0] as { h: number; k: [number, number, number, number] };
  const peerHubs = top.filter((t) => cmp(t.k, best.k) === 0).map((t) => t.h);
  const seenComp = new Set<number>();
  const partHeads: number[] = [];
  for (const t of top) {
    const c = comp[t.h] as number;
    if (seenComp.has(c)) continue;
    seenComp.add(c);
    partHeads.push(t.h);
  }
  return { leadHub: peerHubs.length === 1 ? best.h : -1, peerHubs: byRank(ix, peerHubs), partHeads };
}

/**
 * One entry per strongly connected component with more than one node (self-loops are ignored by
 * the index): a shortest cycle through the component's lowest-id node, found by a BFS that
 * stays inside the component, followed by the component's other nodes in id order.
 */
function findCycles(ix: GraphIndex, comp: Int32Array, compSize: Int32Array): { cycles: number[][]; cycleLengths: number[] } {
  const { n, coordOut } = ix;
  // The lowest-id node of each multi-node component.
  const leader = new Int32Array(compSize.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = comp[i] as number;
    if ((compSize[c] as number) < 2) continue;
    const l = leader[c] as number;
    if (l === -1 || idBefore(ix, i, l)) leader[c] = i;
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = comp[i] as number;
    if ((compSize[c] as number) < 2) continue;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(i);
  }
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const found: { cycle: number[]; length: number }[] = [];
  for (const [c, nodesOfComp] of members) {
    const s = leader[c] as number;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    parent[s] = s;
    let last = -1;
    // Neighbours are visited in id order, so which of several equally short cycles is reported
    // does not depend on the order of the edges in the file. Sorting only happens inside cyclic
    // components, which are rare and small in real maps.
    search: while (head < tail) {
      const v = queue[head++] as number;
      const next: number[] = [];
      for (let e = coordOut.start[v] as number, end = coordOut.start[v + 1] as number; e < end; e++) {
        const w = coordOut.list[e] as number;
        if (comp[w] === c) next.push(w);
      }
      if (next.includes(s)) {
        last = v;
        break search;
      }
      for (const w of byRank(ix, next)) {
        if (parent[w] === -1) {
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    const walk: number[] = [];
    for (let v = last; v !== s && v >= 0; v = parent[v] as number) walk.push(v);
    walk.push(s);
    walk.reverse();
    const onCycle = new Set(walk);
    const rest = nodesOfComp.filter((v) => !onCycle.has(v)).sort(compareById(ix));
    found.push({ cycle: [...walk, ...rest], length: walk.length });
  }
  const cmp = compareById(ix);
  found.sort((a, b) => cmp(a.cycle[0] as number, b.cycle[0] as number));
  return { cycles: found.map((f) => f.cycle), cycleLengths: found.map((f) => f.length) };
}

/** True for nodes that are organisation parts (not accounts). */
export function isOrgPart(kind: number): boolean {
  return kind !== K_ACCOUNT && kind !== 255;
}
