/**
 * The automatic layout of an organisation map, with elkjs's layered algorithm. This file is pure:
 * it builds the ELK graph and maps ELK's answer back to node positions; running ELK is the
 * caller's (a web worker in the app, elk.bundled.js in the CLI, the bench and the tests — see
 * run.ts), passed in as an {@link ElkLayout} function. So every caller lays out the same way.
 *
 * Shape (what a strategist expects to read):
 * - hubs on top (sources of the layered graph; `LONGEST_PATH_SOURCE` layering keeps every source
 *   in the first layer), the central hub first in the model order;
 * - what a hub coordinates one layer below it, so regional hubs stand side by side under the
 *   central one and their units below them;
 * - a department or unit that is a `member` of a team stands below that team (the edge is turned
 *   round for the layout: it sends people into the team, which usually also coordinates it);
 * - employee groups after units, departments and teams in their layer (model order);
 * - each owner's accounts in one compact block (a grid) right under the owner: ELK sees the block
 *   as one node, so a wide map stays readable and ELK's work grows with the structure, not the
 *   accounts. An account with several owners sits in the block of the owner with the lowest id;
 *   its other owners get an edge to that block;
 * - accounts without an owner (orphans) in one block of their own; ELK packs disconnected parts.
 *
 * Guarantees, whatever ELK answers: every node laid out gets a position, whole numbers, within the
 * format's ±1,000,000, and no two boxes (of the sizes the canvas draws, see `canvasNodeSize`)
 * overlap — an answer that breaks this, or an ELK failure, gives the plain grid `gridLayout`.
 * Deterministic: nodes and edges are sorted by kind, label and id before ELK sees them.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { nodeBox } from '../export/geometry';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL } from '../export/labels';
import { LIMITS, type NodeId, type NodeKind, type OrgEdge, type OrgNode, type Position, type Scenario } from '../model/types';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface LayoutOptions {
  /** Space between boxes side by side (default 40) and between layers (default 80). */
  readonly gapX?: number;
  readonly gapY?: number;
  /** Top-left corner of the whole layout. Default (0, 0). */
  readonly origin?: Position;
  /** Lay out only these nodes (and the edges among them); the others keep their places. */
  readonly only?: ReadonlySet<NodeId>;
  /** The box of a node. Default: {@link canvasNodeSize}. */
  readonly size?: (node: OrgNode, hub: boolean) => Size;
  /** Told (with the reason) when ELK failed or answered unusably and the plain grid was used. */
  readonly onFallback?: (reason: string) => void;
}

export interface LayoutResult {
  /** A position (top-left corner) for every node laid out. */
  readonly positions: ReadonlyMap<NodeId, Position>;
  /** Size of the area used, from the origin. */
  readonly width: number;
  readonly height: number;
  /** True when ELK failed or gave an unusable answer and the grid was used instead. */
  readonly fallback: boolean;
  /** Why the grid was used (for the log): ELK's error, or what was wrong with its answer. */
  readonly reason?: string;
}

/** Runs ELK on a graph: `elk.layout` of an ELK instance (a worker in the app, in-thread elsewhere). */
export type ElkLayout = (graph: ElkNode) => Promise<ElkNode>;

/** The canvas's zoomed-out box (styles.css `.org-node--far`): a node is never smaller than this. */
const FAR_BOX: Size = { width: 200, height: 52 };

/**
 * The box the canvas draws for a node, from the export's metrics of the canvas CSS
 * (shared/export/geometry.ts `nodeBox`): the larger of the English and the Dutch wording, and at
 * least the zoomed-out box, so the layout holds in either language and at any zoom.
 */
export function canvasNodeSize(node: OrgNode, hub: boolean): Size {
  const en = nodeBox(node, hub, EXPORT_LABELS_EN);
  const nl = nodeBox(node, hub, EXPORT_LABELS_NL);
  return {
    width: Math.ceil(Math.max(en.width, nl.width, FAR_BOX.width)),
    height: Math.ceil(Math.max(en.height, nl.height, FAR_BOX.height)),
  };
}

/** A grid of accounts that ELK sees as one node. */
export interface Block {
  /** ELK id: `block:<owner id>`, or `orphans:` (node ids never contain a colon). */
  readonly id: string;
  readonly ids: readonly NodeId[];
  readonly cols: number;
  readonly cell: Size;
  readonly box: Size;
}

/**
 * The owners a node coordinates that coordinate nobody themselves (with their accounts), when
 * there are many: wrapped in rows at {@link SHELF_WIDTH}, so a hub with 40 departments does not
 * make one row 10,000 px wide. ELK sees the shelf as one node under the hub.
 */
export interface Shelf {
  /** ELK id: `shelf:<parent id>`. */
  readonly id: string;
  readonly items: readonly ShelfItem[];
  readonly box: Size;
}

export interface ShelfItem {
  readonly owner: NodeId;
  readonly block: Block | null;
  /** Offset of the item's area inside the shelf, and its width (owner centred over its block). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** A node with at least this many leaf owners under it gets a shelf. */
export const SHELF_MIN = 5;
/** A shelf's rows wrap beyond this width (unless one item is wider). */
export const SHELF_WIDTH = 2400;

/** What `elkPlan` gives: the graph for ELK and what is needed to read its answer. */
export interface ElkPlan {
  readonly graph: ElkNode;
  /** Nodes ELK places one by one (ELK id = node id). */
  readonly singles: readonly NodeId[];
  readonly blocks: readonly Block[];
  /** Rows of leaf owners (with their accounts) that ELK sees as one node each. */
  readonly shelves: readonly Shelf[];
  /** Singles and blocks that sit on a shelf (ELK does not see them). */
  readonly shelved: ReadonlySet<string>;
  readonly sizes: ReadonlyMap<NodeId, Size>;
  readonly origin: Position;
  readonly gapX: number;
  readonly gapY: number;
}

const KIND_RANK: Readonly<Record<NodeKind, number>> = { team: 1, unit: 2, department: 3, employees: 4, account: 5 };

/** The ELK algorithm used: a worker must register it (elkjs's worker knows none until told). */
export const ELK_ALGORITHM = 'mrtree';

/** ELK's settings for an org map (documented in docs/import.md). */
export function elkOptions(gap: number): Record<string, string> {
  return {
    'elk.algorithm': ELK_ALGORITHM,
    'elk.direction': 'DOWN',
    'elk.mrtree.weighting': 'MODEL_ORDER',
    'elk.mrtree.searchOrder': 'BFS',
    'elk.spacing.nodeNode': String(gap),
    'elk.spacing.componentComponent': String(gap),
    'elk.separateConnectedComponents': 'true',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  };
}

/** Builds the ELK graph of the nodes (or `options.only`). Pure; never throws. */
export function elkPlan(allNodes: readonly OrgNode[], allEdges: readonly OrgEdge[], options: LayoutOptions = {}): ElkPlan {
  const gapX = Math.max(0, Math.round(options.gapX ?? 40));
  const gapY = Math.max(0, Math.round(options.gapY ?? 80));
  const origin = { x: Math.round(options.origin?.x ?? 0), y: Math.round(options.origin?.y ?? 0) };
  const sizeOf = options.size ?? canvasNodeSize;

  // ---- Index (first node of a repeated id wins; edges with unknown ends are ignored).
  const byId = new Map<NodeId, OrgNode>();
  for (const n of allNodes) if (!byId.has(n.id) && (options.only === undefined || options.only.has(n.id))) byId.set(n.id, n);
  const hubs = new Set<NodeId>();
  const coordIn = new Set<NodeId>();
  const hubTargets = new Map<NodeId, number>();
  const owners = new Map<NodeId, NodeId[]>();
  const structural: [NodeId, NodeId][] = [];
  for (const e of allEdges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || s.id === t.id) continue;
    if (e.kind === 'coordinates' && s.kind !== 'account' && t.kind !== 'account') {
      hubs.add(s.id);
      coordIn.add(t.id);
      structural.push([s.id, t.id]);
    } else if (e.kind === 'owns' && t.kind === 'account' && s.kind !== 'account') push(owners, t.id, s.id);
    else if (e.kind === 'member' && t.kind !== 'account' && s.kind !== 'account') structural.push([t.id, s.id]);
  }
  for (const [s, t] of structural) if (hubs.has(t)) hubTargets.set(s, (hubTargets.get(s) ?? 0) + 1);

  const sizes = new Map<NodeId, Size>();
  for (const n of byId.values()) {
    const s = sizeOf(n, hubs.has(n.id));
    sizes.set(n.id, { width: Math.max(1, Math.ceil(s.width)), height: Math.max(1, Math.ceil(s.height)) });
  }

  // ---- Model order: top-level hubs (the central one first: most hubs under it), other hubs,
  // then teams, units, departments, employee groups; by label, then id.
  const label = new Map<NodeId, string>();
  for (const n of byId.values()) label.set(n.id, n.label.toLowerCase());
  const rank = (id: NodeId): number => {
    if (hubs.has(id)) return coordIn.has(id) ? 1 : 0;
    return 1 + KIND_RANK[byId.get(id)?.kind ?? 'account'];
  };
  const order = (a: NodeId, b: NodeId): number =>
    rank(a) - rank(b) ||
    (rank(a) === 0 ? (hubTargets.get(b) ?? 0) - (hubTargets.get(a) ?? 0) : 0) ||
    cmp(label.get(a) ?? '', label.get(b) ?? '') ||
    cmp(a, b);
  const singles = [...byId.values()].filter((n) => n.kind !== 'account').map((n) => n.id);
  singles.sort(order);
  const position = new Map<string, number>(singles.map((id, i) => [id, i]));

  // ---- Accounts: a block under their home owner (the lowest id), or the orphans' block.
  const accountsOf = new Map<NodeId, NodeId[]>();
  const orphans: NodeId[] = [];
  for (const n of byId.values()) {
    if (n.kind !== 'account') continue;
    const own = [...new Set(owners.get(n.id) ?? [])].sort(cmp);
    const home = own[0];
    if (home === undefined) orphans.push(n.id);
    else push(accountsOf, home, n.id);
  }
  const byLabel = (a: NodeId, b: NodeId): number => cmp(label.get(a) ?? '', label.get(b) ?? '') || cmp(a, b);
  const makeBlock = (id: string, ids: NodeId[], cols: number): Block => {
    ids.sort(byLabel);
    let cw = 1;
    let ch = 1;
    for (const a of ids) {
      const s = sizes.get(a);
      if (s) {
        cw = Math.max(cw, s.width);
        ch = Math.max(ch, s.height);
      }
    }
    const rows = Math.ceil(ids.length / cols);
    const gridGapY = Math.round(gapY / 4);
    return { id, ids, cols, cell: { width: cw, height: ch }, box: { width: cols * cw + (cols - 1) * gapX, height: rows * ch + (rows - 1) * gridGapY } };
  };
  const blocks: Block[] = [];
  const blockOf = new Map<NodeId, Block>();
  for (const owner of singles) {
    const ids = accountsOf.get(owner);
    if (!ids) continue;
    // One column up to 3 accounts, two up to 8, then a block about twice as tall as wide.
    const cols = ids.length <= 3 ? 1 : ids.length <= 8 ? 2 : Math.ceil(Math.sqrt(ids.length / 2));
    const block = makeBlock(`block:${owner}`, ids, cols);
    blocks.push(block);
    blockOf.set(owner, block);
  }
  if (orphans.length > 0) blocks.push(makeBlock('orphans:', orphans, Math.ceil(Math.sqrt(orphans.length))));

  // ---- Edges: a spanning forest of the structure (ELK's tree layout needs a tree). Breadth first
  // from the roots (nodes nothing points at), in model order, so the central hub's tree comes first
  // and each node hangs under its first parent in model order; a cycle starts at its first node.
  const out = new Map<NodeId, NodeId[]>();
  const hasParent = new Set<NodeId>();
  for (const [s, t] of structural) {
    push(out, s, t);
    hasParent.add(t);
  }
  for (const list of out.values()) list.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const tree: [string, string][] = [];
  const seen = new Set<NodeId>();
  const grow = (root: NodeId): void => {
    seen.add(root);
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q] as NodeId;
      for (const t of out.get(v) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        tree.push([v, t]);
        queue.push(t);
      }
    }
  };
  for (const id of singles) if (!hasParent.has(id)) grow(id);
  for (const id of singles) if (!seen.has(id)) grow(id);

  // ---- Shelves: many leaf owners under one node wrap in rows (see Shelf).
  const treeChildren = new Map<NodeId, NodeId[]>();
  for (const [parent, child] of tree) push(treeChildren, parent as NodeId, child as NodeId);
  const shelves: Shelf[] = [];
  const shelved = new Set<string>();
  const shelfOf = new Map<NodeId, string>();
  const innerGap = Math.round(gapY / 2);
  for (const parent of singles) {
    const leaves = (treeChildren.get(parent) ?? []).filter((c) => !treeChildren.has(c));
    if (leaves.length < SHELF_MIN) continue;
    const items: ShelfItem[] = [];
    const boxes = leaves.map((owner) => {
      const size = sizes.get(owner) as Size;
      const block = blockOf.get(owner) ?? null;
      return { owner, block, size, width: Math.max(size.width, block?.box.width ?? 0), height: size.height + (block ? innerGap + block.box.height : 0) };
    });
    const limit = Math.max(SHELF_WIDTH, ...boxes.map((b) => b.width));
    const itemGap = 2 * gapX;
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let width = 0;
    for (const b of boxes) {
      if (x > 0 && x + b.width > limit) {
        x = 0;
        y += rowHeight + gapY;
        rowHeight = 0;
      }
      items.push({ owner: b.owner, block: b.block, x, y, width: b.width });
      width = Math.max(width, x + b.width);
      x += b.width + itemGap;
      rowHeight = Math.max(rowHeight, b.height);
      shelved.add(b.owner);
      if (b.block) shelved.add(b.block.id);
    }
    const id = `shelf:${parent}`;
    shelves.push({ id, items, box: { width, height: y + rowHeight } });
    shelfOf.set(parent, id);
  }

  for (const block of blocks) if (block.id !== 'orphans:') tree.push([block.id.slice('block:'.length), block.id]);
  const elkTree: [string, string][] = [];
  for (const [s, t] of tree) if (!shelved.has(s) && !shelved.has(t)) elkTree.push([s, t]);
  // The shelf hangs under its parent where its first owner would have been.
  for (const [parent, shelf] of shelfOf) elkTree.push([parent, shelf]);
  const edges: ElkExtendedEdge[] = elkTree.map(([s, t], i) => ({ id: `e${i}`, sources: [s], targets: [t] }));

  // Blocks and shelves follow the singles in the model order, keeping their owners' order.
  const children: ElkNode[] = [];
  for (const id of singles) {
    if (shelved.has(id)) continue;
    const s = sizes.get(id) as Size;
    children.push({ id, width: s.width, height: s.height });
  }
  for (const b of blocks) if (!shelved.has(b.id)) children.push({ id: b.id, width: b.box.width, height: b.box.height });
  for (const sh of shelves) children.push({ id: sh.id, width: sh.box.width, height: sh.box.height });

  return { graph: { id: 'root', layoutOptions: elkOptions(Math.max(gapX, gapY)), children, edges }, singles, blocks, shelves, shelved, sizes, origin, gapX, gapY };
}

/**
 * Node positions from ELK's answer to `plan.graph`: each single node where ELK put it, each block's
 * accounts in its grid, everything moved so the layout's top-left corner is `plan.origin`. Falls
 * back to {@link gridLayout} when the answer misses a node, is not finite, leaves the format's
 * coordinates or has overlapping boxes. Pure.
 */
export function elkPositions(plan: ElkPlan, laidOut: ElkNode): LayoutResult {
  const at = new Map<string, Position>();
  for (const c of laidOut.children ?? []) {
    if (typeof c.x === 'number' && typeof c.y === 'number' && Number.isFinite(c.x) && Number.isFinite(c.y)) at.set(c.id, { x: c.x, y: c.y });
  }
  const raw = new Map<NodeId, Position>();
  for (const id of plan.singles) {
    if (plan.shelved.has(id)) continue;
    const p = at.get(id);
    if (!p) return gridLayout(plan, `ELK gave no position for ${id}`);
    raw.set(id, p);
  }
  const gridGapY = Math.round(plan.gapY / 4);
  const placeBlock = (b: Block, p: Position): void => {
    b.ids.forEach((id, k) => {
      raw.set(id, { x: p.x + (k % b.cols) * (b.cell.width + plan.gapX), y: p.y + Math.floor(k / b.cols) * (b.cell.height + gridGapY) });
    });
  };
  for (const b of plan.blocks) {
    if (plan.shelved.has(b.id)) continue;
    const p = at.get(b.id);
    if (!p) return gridLayout(plan, `ELK gave no position for ${b.id}`);
    placeBlock(b, p);
  }
  const innerGap = Math.round(plan.gapY / 2);
  for (const sh of plan.shelves) {
    const p = at.get(sh.id);
    if (!p) return gridLayout(plan, `ELK gave no position for ${sh.id}`);
    for (const item of sh.items) {
      const owner = plan.sizes.get(item.owner) as Size;
      raw.set(item.owner, { x: p.x + item.x + (item.width - owner.width) / 2, y: p.y + item.y });
      if (item.block) placeBlock(item.block, { x: p.x + item.x + (item.width - item.block.box.width) / 2, y: p.y + item.y + owner.height + innerGap });
    }
  }
  let minX = Infinity;
  let minY = Infinity;
  for (const p of raw.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
  }
  const positions = new Map<NodeId, Position>();
  let width = 0;
  let height = 0;
  for (const [id, p] of raw) {
    // Whole numbers; flooring both ends keeps the gaps ELK left (at least gapX − 1 px).
    const x = plan.origin.x + Math.round(p.x - minX);
    const y = plan.origin.y + Math.round(p.y - minY);
    positions.set(id, { x, y });
    const s = plan.sizes.get(id) as Size;
    width = Math.max(width, x - plan.origin.x + s.width);
    height = Math.max(height, y - plan.origin.y + s.height);
  }
  const result: LayoutResult = { positions, width, height, fallback: false };
  if (!withinLimits(result, plan.origin)) return gridLayout(plan, 'the layout is larger than the format allows');
  const pair = overlapping(positions, plan.sizes);
  if (pair !== null) return gridLayout(plan, `ELK put ${pair[0]} over ${pair[1]}`);
  return result;
}

function withinLimits(result: LayoutResult, origin: Position): boolean {
  const limit = LIMITS.coordinateMax;
  return origin.x >= -limit && origin.y >= -limit && origin.x + result.width <= limit && origin.y + result.height <= limit;
}

/**
 * The first pair of overlapping boxes, or null. Sweeps boxes sorted on x: O(n log n + k), where k
 * counts pairs whose x ranges meet.
 */
export function overlapping(positions: ReadonlyMap<NodeId, Position>, sizes: ReadonlyMap<NodeId, Size>): [NodeId, NodeId] | null {
  const boxes = [...positions].map(([id, p]) => ({ id, x: p.x, y: p.y, s: sizes.get(id) ?? { width: 0, height: 0 } }));
  boxes.sort((a, b) => a.x - b.x);
  const active: typeof boxes = [];
  for (const b of boxes) {
    for (let i = active.length - 1; i >= 0; i--) {
      const a = active[i] as (typeof boxes)[number];
      if (a.x + a.s.width <= b.x) {
        active.splice(i, 1);
        continue;
      }
      if (a.y < b.y + b.s.height && b.y < a.y + a.s.height) return [a.id, b.id];
    }
    active.push(b);
  }
  return null;
}

/** Every node of the plan in a plain grid, in model order: the layout when ELK cannot be used. */
export function gridLayout(plan: ElkPlan, reason?: string): LayoutResult {
  const ids = [...plan.singles, ...plan.blocks.flatMap((b) => b.ids)];
  let cw = 1;
  let ch = 1;
  for (const id of ids) {
    const s = plan.sizes.get(id);
    if (s) {
      cw = Math.max(cw, s.width);
      ch = Math.max(ch, s.height);
    }
  }
  const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  const positions = new Map<NodeId, Position>();
  const gridGapY = Math.round(plan.gapY / 4);
  ids.forEach((id, k) => positions.set(id, { x: plan.origin.x + (k % cols) * (cw + plan.gapX), y: plan.origin.y + Math.floor(k / cols) * (ch + gridGapY) }));
  const rows = Math.ceil(ids.length / cols);
  return { positions, width: ids.length === 0 ? 0 : Math.min(ids.length, cols) * (cw + plan.gapX) - plan.gapX, height: rows === 0 ? 0 : rows * (ch + gridGapY) - gridGapY, fallback: true, ...(reason === undefined ? {} : { reason }) };
}

/** Lays out nodes with ELK (run by `elk`) and returns their new positions. Never rejects. */
export async function layoutNodes(nodes: readonly OrgNode[], edges: readonly OrgEdge[], elk: ElkLayout, options: LayoutOptions = {}): Promise<LayoutResult> {
  const plan = elkPlan(nodes, edges, options);
  if (plan.singles.length === 0 && plan.blocks.length === 0) return { positions: new Map(), width: 0, height: 0, fallback: false };
  let laidOut: ElkNode;
  try {
    laidOut = await elk(plan.graph);
  } catch (error) {
    return gridLayout(plan, `ELK failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return elkPositions(plan, laidOut);
}

/** The scenario with `positions` applied (nodes not named keep theirs; other fields kept). */
export function withPositions(scenario: Scenario, positions: ReadonlyMap<NodeId, Position>): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      const p = positions.get(n.id);
      return p === undefined || (p.x === n.position.x && p.y === n.position.y) ? n : { ...n, position: p };
    }),
  };
}

/** The scenario with its nodes (or `options.only`) laid out. */
export async function layoutScenario(scenario: Scenario, elk: ElkLayout, options: LayoutOptions = {}): Promise<Scenario> {
  const { positions, fallback, reason } = await layoutNodes(scenario.nodes, scenario.edges, elk, options);
  if (fallback) options.onFallback?.(reason ?? 'unknown reason');
  return withPositions(scenario, positions);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
