import type { Edge, Node } from '@xyflow/react';
import type { Risk } from '../../../shared/analysis/types';
import type { EdgeKind, NodeId, OrgEdge, OrgNode, Scenario } from '../../../shared/model/types';

/** Per edge kind; an edge's `markerEnd` says it has an end shape, which OrgEdgeView draws (EndMark), no `<marker>`. */
export const MARKER_IDS = {
  coordinates: 'orgmap-marker-coordinates',
  owns: 'orgmap-marker-owns',
  member: 'orgmap-marker-member',
} as const satisfies Record<EdgeKind, string>;

export type OrgNodeData = {
  readonly node: OrgNode;
  /** Coordinates at least one other node (derived from the edges, never stored). */
  readonly hub: boolean;
  /** How many nodes it coordinates. */
  readonly spokes: number;
  /** The risks that name this node. */
  readonly risks: readonly Risk[];
  /** While comparing: how this node differs from the other scenario (removed: a ghost). */
  readonly diff?: NodeDiff;
};

export type NodeDiff = 'added' | 'changed' | 'removed';

/** Ghost node ids cannot clash with the map's own ids, which never contain a colon. */
export const GHOST_PREFIX = 'ghost:';

/**
 * The nodes of the `from` scenario that are gone in the scenario on the canvas, drawn where they
 * stood, faded and inert. Build once per comparison: React Flow keeps a node's measured size only
 * while it receives the same object.
 */
export function ghostNodes(removed: readonly OrgNode[]): OrgFlowNode[] {
  return removed.map((node) => ({
    id: `${GHOST_PREFIX}${node.id}`,
    type: 'org',
    position: node.position,
    data: { node, hub: false, spokes: 0, risks: EMPTY_RISKS, diff: 'removed' },
    draggable: false,
    selectable: false,
    connectable: false,
    focusable: false,
    deletable: false,
    ariaLabel: node.label,
    zIndex: -1,
  }));
}
export type OrgFlowNode = Node<OrgNodeData, 'org'>;

export type OrgEdgeData = {
  readonly edge: OrgEdge;
  /** While comparing: how this relation differs from the other scenario (removed: a ghost). */
  readonly diff?: NodeDiff;
};
export type OrgFlowEdge = Edge<OrgEdgeData, 'org'>;

/** The relation colours of the light theme, shared with every export (shared/look/palette.ts). */
export { EDGE_COLORS } from '../../../shared/look/palette';

/** Hub counts: how many nodes each node coordinates. O(edges). */
export function hubCounts(scenario: Pick<Scenario, 'edges'>): ReadonlyMap<NodeId, number> {
  const counts = new Map<NodeId, number>();
  for (const e of scenario.edges) if (e.kind === 'coordinates') counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  return counts;
}

/** The risks naming each node. O(total risk size). */
export function risksByNode(risks: readonly Risk[]): ReadonlyMap<NodeId, Risk[]> {
  const map = new Map<NodeId, Risk[]>();
  for (const risk of risks) {
    for (const id of risk.nodes) {
      const list = map.get(id);
      if (list) list.push(risk);
      else map.set(id, [risk]);
    }
  }
  return map;
}

const EMPTY_RISKS: readonly Risk[] = [];

/** Accessible names, translated by the caller (canvas/names.ts). */
export interface NodeNames {
  /** Kind, label, platform, hub and risks in words. */
  name(node: OrgNode, spokes: number, risks: number): string;
  /** React Flow's role description ("node") in the user's language. */
  readonly attributes: { readonly 'aria-roledescription': string };
}
export interface EdgeNames {
  /** The ends and the kind in words. */
  name(edge: OrgEdge): string;
  readonly attributes?: { readonly 'aria-roledescription': string };
}

interface NodeEntry {
  readonly source: OrgNode;
  readonly selected: boolean;
  readonly spokes: number;
  readonly risks: readonly Risk[];
  /** The array the risks came from, to skip comparing when it is the same. */
  readonly riskSource: readonly Risk[];
  readonly diff: NodeDiff | undefined;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly flow: OrgFlowNode;
}

function sameRisks(a: readonly Risk[], b: readonly Risk[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // Risk objects are rebuilt by every analysis; compare what the badge shows.
  return a.every((r, i) => {
    const o = b[i];
    return o !== undefined && o.code === r.code && o.severity === r.severity && JSON.stringify(o.params) === JSON.stringify(r.params);
  });
}

/**
 * Turns domain nodes into React Flow nodes, reusing the previous React Flow node object whenever
 * nothing it shows changed.
 *
 * Why a cache and not a plain `scenario.nodes.map(...)` selector: a drag frame replaces ONE domain
 * node object (documentSlice.moveNodes keeps the others), but a plain map would create a new React
 * Flow node for every node on every frame. React Flow then re-adopts each one (adoptUserNodes
 * compares user node identity) and every memoised node component re-renders: O(n) React work
 * per frame. Keyed on the domain node's identity plus what is derived for it (selection, hub
 * count, risks, measured size), only the dragged node gets a new object.
 *
 * The measured size lives here too: React Flow reports it through `dimensions` changes and, with
 * controlled nodes, forgets it for any node object that does not carry `measured`.
 */
export class FlowNodeCache {
  private entries = new Map<NodeId, NodeEntry>();
  private sizes = new Map<NodeId, { width: number; height: number }>();
  private last: OrgFlowNode[] = [];
  private names: NodeNames | undefined;

  /** Records a measured size; returns true when it differs from the known one. */
  setSize(id: NodeId, width: number, height: number): boolean {
    const old = this.sizes.get(id);
    if (old && old.width === width && old.height === height) return false;
    this.sizes.set(id, { width, height });
    return true;
  }

  derive(
    scenario: Scenario,
    selected: ReadonlySet<string>,
    hubs: ReadonlyMap<NodeId, number>,
    risks: ReadonlyMap<NodeId, readonly Risk[]>,
    /** Bumped by the caller when setSize reported a change; sizes are read from this cache. */
    _sizeVersion = 0,
    /** While comparing: the added and changed nodes. */
    diffs?: ReadonlyMap<string, NodeDiff>,
    /** Accessible names (else the label); a new one (the language changed) renews every node. */
    names?: NodeNames,
  ): OrgFlowNode[] {
    if (names !== this.names) {
      this.entries.clear();
      this.names = names;
    }
    const next = new Map<NodeId, NodeEntry>();
    const out: OrgFlowNode[] = new Array<OrgFlowNode>(scenario.nodes.length);
    let changed = scenario.nodes.length !== this.last.length;
    scenario.nodes.forEach((node, i) => {
      const isSelected = selected.has(node.id);
      const spokes = hubs.get(node.id) ?? 0;
      const size = this.sizes.get(node.id);
      const diff = diffs?.get(node.id);
      let prev = this.entries.get(node.id);
      const riskSource = risks.get(node.id) ?? EMPTY_RISKS;
      // Same source array (the usual case: a drag frame, a selection): skip the deep compare.
      const nodeRisks = prev && (prev.riskSource === riskSource || sameRisks(prev.risks, riskSource)) ? prev.risks : riskSource;
      let entry: NodeEntry;
      if (prev && prev.riskSource !== riskSource) prev = { ...prev, riskSource };
      if (
        prev &&
        prev.source === node &&
        prev.selected === isSelected &&
        prev.spokes === spokes &&
        prev.risks === nodeRisks &&
        prev.diff === diff &&
        prev.width === size?.width &&
        prev.height === size?.height
      ) {
        entry = prev;
      } else {
        const flow: OrgFlowNode = {
          id: node.id,
          type: 'org',
          position: node.position,
          selected: isSelected,
          data: { node, hub: spokes > 0, spokes, risks: nodeRisks, ...(diff ? { diff } : {}) },
          ariaLabel: names ? names.name(node, spokes, nodeRisks.length) : node.label,
          ...(names ? { domAttributes: names.attributes } : {}),
          ...(size ? { measured: size } : {}),
        };
        entry = { source: node, selected: isSelected, spokes, risks: nodeRisks, riskSource, diff, width: size?.width, height: size?.height, flow };
      }
      next.set(node.id, entry);
      out[i] = entry.flow;
      if (!changed && this.last[i] !== entry.flow) changed = true;
    });
    this.entries = next;
    for (const id of this.sizes.keys()) if (!next.has(id)) this.sizes.delete(id);
    if (!changed) return this.last;
    this.last = out;
    return out;
  }
}

const kindAsIs: EdgeNames = { name: (edge) => edge.kind };

/**
 * The relations of the `from` scenario that are gone, drawn faded between the nodes they join on
 * the canvas (`nodeOnCanvas` maps a `from` node id to its counterpart or its ghost).
 */
export function ghostEdges(removed: readonly OrgEdge[], nodeOnCanvas: (id: NodeId) => string, name?: (edge: OrgEdge) => string): OrgFlowEdge[] {
  return removed.map((edge) => ({
    id: `${GHOST_PREFIX}${edge.id}`,
    // Named by its ends' labels: without a name React Flow says "Edge from team-1 to unit-4".
    ...(name ? { ariaLabel: name(edge) } : {}),
    type: 'org',
    source: nodeOnCanvas(edge.source),
    target: nodeOnCanvas(edge.target),
    data: { edge, diff: 'removed' },
    markerEnd: MARKER_IDS[edge.kind],
    className: 'diff-removed',
    selectable: false,
    deletable: false,
    focusable: false,
    zIndex: -1,
  }));
}

interface EdgeEntry {
  readonly source: OrgEdge;
  readonly selected: boolean;
  readonly diff: NodeDiff | undefined;
  readonly name: string;
  readonly flow: OrgFlowEdge;
}

/** Same idea for edges: a new React Flow edge only when the domain edge or its selection changed. */
export class FlowEdgeCache {
  private entries = new Map<string, EdgeEntry>();
  private last: OrgFlowEdge[] = [];
  private describe: EdgeNames | null = null;

  /**
   * Returns the previous array when no edge object changed, so React Flow skips rebuilding its
   * connection lookup (O(edges)) on frames that only move nodes.
   */
  derive(
    scenario: Pick<Scenario, 'edges'>,
    selected: ReadonlySet<string>,
    describe: EdgeNames = kindAsIs,
    /** While comparing: the added and changed relations. */
    diffs?: ReadonlyMap<string, NodeDiff>,
  ): OrgFlowEdge[] {
    // A new describer (the language or a label changed): names are recomputed, and only the edges
    // whose name changed get a new object.
    const renamed = describe !== this.describe;
    this.describe = describe;
    const next = new Map<string, EdgeEntry>();
    let changed = scenario.edges.length !== this.last.length;
    const out = scenario.edges.map((edge, i) => {
      const isSelected = selected.has(edge.id);
      const diff = diffs?.get(edge.id);
      const prev = this.entries.get(edge.id);
      const name = prev && prev.source === edge && !renamed ? prev.name : describe.name(edge);
      const entry: EdgeEntry =
        prev && prev.source === edge && prev.selected === isSelected && prev.diff === diff && prev.name === name
          ? prev
          : {
              source: edge,
              selected: isSelected,
              diff,
              name,
              flow: {
                id: edge.id,
                type: 'org' as const,
                source: edge.source,
                target: edge.target,
                selected: isSelected,
                data: diff ? { edge, diff } : { edge },
                markerEnd: MARKER_IDS[edge.kind],
                ariaLabel: name,
                ...(describe.attributes ? { domAttributes: describe.attributes } : {}),
                ...(diff ? { className: `diff-${diff}` } : {}),
              },
            };
      next.set(edge.id, entry);
      if (!changed && this.last[i] !== entry.flow) changed = true;
      return entry.flow;
    });
    this.entries = next;
    if (!changed) return this.last;
    this.last = out;
    return out;
  }
}

/** No nodes or edges for React Flow (while a big map is only sketched): the same arrays every time. */
export const NO_NODES: OrgFlowNode[] = [];
export const NO_EDGES: OrgFlowEdge[] = [];

/**
 * The canvas's nodes while nodes are being dragged. A drag frame moves a few nodes: the document is
 * left alone until the drop (committed then as ONE edit, see the store's `drag`, canvasSlice.ts), and React Flow is given
 * the same node objects as before except the dragged ones. So a drag frame costs the store, the
 * analysis, the node cache and every panel nothing; React Flow re-adopts only what changed.
 */
export class DragOverlay {
  private indexOf = new Map<string, number>();
  private indexed: OrgFlowNode[] | null = null;
  private made = new Map<string, OrgFlowNode>();

  /**
   * `nodes` with each node in `positions` at its position (and marked as dragging, as React Flow's
   * own applyNodeChanges does). Null or empty positions: `nodes` itself. The index of `nodes` is
   * built once per array, so a drag frame is a copy of the array plus O(moved nodes).
   */
  apply(nodes: OrgFlowNode[], positions: ReadonlyMap<string, { x: number; y: number }> | null): OrgFlowNode[] {
    if (!positions || positions.size === 0) {
      this.made.clear();
      return nodes;
    }
    if (this.indexed !== nodes) {
      this.indexOf = new Map(nodes.map((n, i) => [n.id, i]));
      this.indexed = nodes;
      this.made.clear();
    }
    const out = nodes.slice();
    const made = new Map<string, OrgFlowNode>();
    for (const [id, position] of positions) {
      const i = this.indexOf.get(id);
      const base = i === undefined ? undefined : nodes[i];
      if (i === undefined || !base) continue;
      const prev = this.made.get(id);
      // The same object while a node holds still (another one of a multi-selection is not moving).
      const node = prev && prev.position.x === position.x && prev.position.y === position.y ? prev : { ...base, position, dragging: true };
      made.set(id, node);
      out[i] = node;
    }
    this.made = made;
    return out;
  }
}
