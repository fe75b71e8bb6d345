/**
 * The automatic layout of an organisation map: an org chart arranged here, its separate parts
 * packed by elkjs. This file is pure: it builds the ELK graph and maps ELK's answer back to node
 * positions; running ELK is the caller's (a web worker in the app, elk.bundled.js in the CLI, the
 * bench and the tests — see run.ts), passed in as an {@link ElkLayout} function. So every caller
 * lays out the same way.
 *
 * Shape (what a strategist expects to read — an org chart, top down):
 * - hubs on top, the central hub first (most hubs under it); what a hub coordinates one row below
 *   it, so regional hubs stand side by side under the central one and their units below them;
 * - a department or unit that is a `member` of a team stands below that team (the edge is turned
 *   round for the layout: it sends people into the team, which usually also coordinates it);
 * - each owner's accounts side by side right under the owner ({@link blockColumns}: one row up to
 *   four, else a grid about twice as wide as tall), so each account has its own line from the owner's
 *   bottom to its top and no line runs behind another account (route.ts draws them);
 * - a node's children in one row under it, centred; when five or more of them coordinate nobody
 *   and their row would be wider than 2,400 px (the usual "hub and its 40 departments"), those
 *   hang on both sides of a spine under the node,
 *   two per row, so a big map grows down, not into a 10,000 px row, and every line runs down the
 *   spine and turns into its owner's top;
 * - an account with several owners sits with the owner with the lowest id; accounts without an
 *   owner (orphans) in one grid of their own.
 * Each part (a tree of the structure) is arranged here in O(nodes); ELK's `rectpacking` places the
 * parts (trees, lone owners, the orphans) in rows, in model order, towards a screen-like aspect
 * ratio. Options in {@link elkOptions}, reasons in docs/import.md.
 *
 * Guarantees, whatever ELK answers: every node laid out gets a position, whole numbers, within the
 * format's ±1,000,000, and no two boxes (of the sizes the canvas draws, see `canvasNodeSize`)
 * overlap — an answer that breaks this, or an ELK failure, gives the plain grid `gridLayout`.
 * Deterministic: nodes and edges are sorted by kind, label and id before anything is placed.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { nodeBox } from '../look/box';
import { BOX_LABELS_EN, BOX_LABELS_NL } from '../look/labels';
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
 * (shared/look/box.ts `nodeBox`): the larger of the English and the Dutch wording, and at
 * least the zoomed-out box, so the layout holds in either language and at any zoom.
 */
export function canvasNodeSize(node: OrgNode, hub: boolean): Size {
  const en = nodeBox(node, hub, BOX_LABELS_EN);
  const nl = nodeBox(node, hub, BOX_LABELS_NL);
  return {
    width: Math.ceil(Math.max(en.width, nl.width, FAR_BOX.width)),
    height: Math.ceil(Math.max(en.height, nl.height, FAR_BOX.height)),
  };
}

/** An owner's accounts side by side (or in a grid): placed as one piece under the owner. */
export interface Block {
  /** `block:<owner id>`, or `orphans:` (node ids never contain a colon). */
  readonly id: string;
  readonly ids: readonly NodeId[];
  readonly cols: number;
  readonly cell: Size;
  readonly box: Size;
}

/** Accounts side by side in one row up to this many. */
export const BLOCK_ROW = 4;

/**
 * Columns of an owner's block of accounts: side by side in one row up to {@link BLOCK_ROW}
 * accounts, so each gets its own line from the owner's bottom to its top; more in a grid about
 * twice as wide as tall (at least BLOCK_ROW wide), whose lower rows are reached through the gaps
 * between the columns (see route.ts).
 */
export function blockColumns(count: number): number {
  if (count <= BLOCK_ROW) return Math.max(1, count);
  return Math.max(BLOCK_ROW, Math.ceil(Math.sqrt(2 * count)));
}

/**
 * Space between the rows of a block, and between an owner and its accounts: room for a line to
 * come down between two columns, turn above the account it serves and enter its top (the router's
 * stub and margin, see route.ts).
 */
function blockRowGap(gapX: number, gapY: number): number {
  return Math.max(40, Math.round(gapX), Math.round(gapY / 2));
}

/**
 * A node with at least this many children that coordinate nobody, side by side wider than
 * {@link SHELF_WIDTH}, hangs them on a spine (two per row) instead.
 */
export const SHELF_MIN = 5;
export const SHELF_WIDTH = 2400;

/** One separately placed part of the map (a tree, a lone node, the orphans), as ELK sees it. */
export interface Part {
  /** ELK id: the root's node id, or `orphans:`. */
  readonly id: string;
  readonly box: Size;
  /** Each node's top-left corner inside the part. */
  readonly at: ReadonlyMap<NodeId, Position>;
}

/** What `elkPlan` gives: the graph for ELK and what is needed to read its answer. */
export interface ElkPlan {
  readonly graph: ElkNode;
  readonly parts: readonly Part[];
  /** Every node laid out but accounts, in model order (for the grid). */
  readonly singles: readonly NodeId[];
  readonly blocks: readonly Block[];
  readonly sizes: ReadonlyMap<NodeId, Size>;
  readonly origin: Position;
  readonly gapX: number;
  readonly gapY: number;
}

const KIND_RANK: Readonly<Record<NodeKind, number>> = { team: 1, unit: 2, department: 3, employees: 4, account: 5 };

/** The ELK algorithm used: a worker must register it (elkjs's worker knows none until told). */
export const ELK_ALGORITHM = 'rectpacking';

/**
 * ELK's settings for packing the parts of an org map (documented in docs/import.md): rows in model
 * order (the central hub's tree first, the orphans last), towards the aspect ratio of a wide
 * window, `gap` apart.
 */
export function elkOptions(gap: number): Record<string, string> {
  return {
    'elk.algorithm': ELK_ALGORITHM,
    'elk.aspectRatio': '1.6',
    'elk.rectpacking.orderBySize': 'false',
    'elk.spacing.nodeNode': String(gap),
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  };
}

/** A piece of a part while it is being arranged: its size and where its nodes sit inside it. */
interface Piece {
  width: number;
  height: number;
  /** Offsets of the nodes inside the piece. */
  readonly at: Map<NodeId, Position>;
}

function shifted(into: Map<NodeId, Position>, piece: Piece, dx: number, dy: number): void {
  for (const [id, p] of piece.at) into.set(id, { x: p.x + dx, y: p.y + dy });
}

/** Builds the arrangement of the nodes (or `options.only`) and ELK's graph of its parts. Pure; never throws. */
export function elkPlan(allNodes: readonly OrgNode[], allEdges: readonly OrgEdge[], options: LayoutOptions = {}): ElkPlan {
  const gapX = Math.max(0, Math.round(options.gapX ?? 40));
  const gapY = Math.max(0, Math.round(options.gapY ?? 80));
  const origin = { x: Math.round(options.origin?.x ?? 0), y: Math.round(options.origin?.y ?? 0) };
  const sizeOf = options.size ?? canvasNodeSize;
  const rowGap = blockRowGap(gapX, gapY);

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
    return { id, ids, cols, cell: { width: cw, height: ch }, box: { width: cols * cw + (cols - 1) * gapX, height: rows * ch + (rows - 1) * rowGap } };
  };
  const blocks: Block[] = [];
  const blockOf = new Map<NodeId, Block>();
  for (const owner of singles) {
    const ids = accountsOf.get(owner);
    if (!ids) continue;
    const block = makeBlock(`block:${owner}`, ids, blockColumns(ids.length));
    blocks.push(block);
    blockOf.set(owner, block);
  }
  const blockPiece = (b: Block): Piece => {
    const at = new Map<NodeId, Position>();
    // A last row that is not full is centred under the rows above it.
    const lastRow = Math.floor((b.ids.length - 1) / b.cols);
    const lastCount = b.ids.length - lastRow * b.cols;
    b.ids.forEach((id, k) => {
      const row = Math.floor(k / b.cols);
      const indent = row === lastRow ? ((b.cols - lastCount) * (b.cell.width + gapX)) / 2 : 0;
      const s = sizes.get(id) as Size;
      at.set(id, { x: indent + (k % b.cols) * (b.cell.width + gapX) + (b.cell.width - s.width) / 2, y: row * (b.cell.height + rowGap) });
    });
    return { width: b.box.width, height: b.box.height, at };
  };

  // ---- The structure as a spanning forest: breadth first from the roots (nodes nothing points
  // at), in model order, so the central hub's tree comes first and each node hangs under its first
  // parent in model order; a cycle starts at its first node.
  const out = new Map<NodeId, NodeId[]>();
  const hasParent = new Set<NodeId>();
  for (const [s, t] of structural) {
    push(out, s, t);
    hasParent.add(t);
  }
  for (const list of out.values()) list.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  const children = new Map<NodeId, NodeId[]>();
  const seen = new Set<NodeId>();
  const roots: NodeId[] = [];
  /** Breadth-first order of each tree (parents before children). */
  const treeOrder: NodeId[][] = [];
  const grow = (root: NodeId): void => {
    seen.add(root);
    roots.push(root);
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q] as NodeId;
      for (const t of out.get(v) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        push(children, v, t);
        queue.push(t);
      }
    }
    treeOrder.push(queue);
  };
  for (const id of singles) if (!hasParent.has(id)) grow(id);
  for (const id of singles) if (!seen.has(id)) grow(id);

  // ---- Each tree bottom up: a node's piece is its box over its children's pieces.
  const pieceOf = new Map<NodeId, Piece>();
  const arrange = (v: NodeId): Piece => {
    const own = sizes.get(v) as Size;
    const block = blockOf.get(v);
    const kids = children.get(v) ?? [];
    const at = new Map<NodeId, Position>();
    if (kids.length === 0) {
      // A leaf owner: its accounts right under it, centred.
      if (!block) {
        at.set(v, { x: 0, y: 0 });
        return { width: own.width, height: own.height, at };
      }
      const bp = blockPiece(block);
      const width = Math.max(own.width, bp.width);
      at.set(v, { x: (width - own.width) / 2, y: 0 });
      shifted(at, bp, (width - bp.width) / 2, own.height + rowGap);
      return { width, height: own.height + rowGap + bp.height, at };
    }
    const leaves = kids.filter((c) => !children.has(c));
    let leafRow = -gapX;
    for (const c of leaves) leafRow += (pieceOf.get(c) as Piece).width + gapX;
    const spine = leaves.length >= SHELF_MIN && leafRow > SHELF_WIDTH ? leaves : [];
    const onSpine = new Set(spine);
    const row: Piece[] = [];
    if (block) row.push(blockPiece(block));
    for (const c of kids) if (!onSpine.has(c)) row.push(pieceOf.get(c) as Piece);
    const top = own.height + gapY;
    let height = 0;
    let left = 0;
    let right: number;
    let centre: number;
    if (spine.length === 0) {
      // One row, the node centred over it.
      let x = 0;
      for (const p of row) {
        shifted(at, p, x, top);
        height = Math.max(height, p.height);
        x += p.width + gapX;
      }
      right = x - gapX;
      centre = right / 2;
    } else {
      // The spine: children two by two on either side of a line down from the node's middle.
      const pairs = Math.ceil(spine.length / 2);
      let leftWidth = 0;
      let rightWidth = 0;
      spine.forEach((c, i) => {
        const w = (pieceOf.get(c) as Piece).width;
        if (i % 2 === 0) leftWidth = Math.max(leftWidth, w);
        else rightWidth = Math.max(rightWidth, w);
      });
      const half = Math.max(gapX, 20);
      centre = 0;
      let y = 0;
      for (let r = 0; r < pairs; r++) {
        const a = pieceOf.get(spine[2 * r] as NodeId) as Piece;
        const bId = spine[2 * r + 1];
        const b = bId === undefined ? undefined : (pieceOf.get(bId) as Piece);
        shifted(at, a, centre - half - a.width, top + y);
        if (b) shifted(at, b, centre + half, top + y);
        y += Math.max(a.height, b?.height ?? 0) + gapY;
      }
      height = y - gapY;
      left = centre - half - leftWidth;
      right = centre + half + rightWidth;
      // The other children: half on the left of the spine, half on the right.
      const before = Math.ceil(row.length / 2);
      let x = left;
      for (let i = before - 1; i >= 0; i--) {
        const p = row[i] as Piece;
        x -= gapX * 2 + p.width;
        shifted(at, p, x, top);
        height = Math.max(height, p.height);
      }
      left = x;
      x = right;
      for (let i = before; i < row.length; i++) {
        const p = row[i] as Piece;
        x += gapX * 2;
        shifted(at, p, x, top);
        height = Math.max(height, p.height);
        x += p.width;
      }
      right = x;
    }
    at.set(v, { x: centre - own.width / 2, y: 0 });
    left = Math.min(left, centre - own.width / 2);
    right = Math.max(right, centre + own.width / 2);
    if (left !== 0) for (const [id, p] of at) at.set(id, { x: p.x - left, y: p.y });
    return { width: right - left, height: top + height, at };
  };
  const parts: Part[] = [];
  treeOrder.forEach((tree, i) => {
    for (let k = tree.length - 1; k >= 0; k--) {
      const v = tree[k] as NodeId;
      pieceOf.set(v, arrange(v));
    }
    const root = roots[i] as NodeId;
    const piece = pieceOf.get(root) as Piece;
    parts.push({ id: root, box: { width: Math.ceil(piece.width), height: Math.ceil(piece.height) }, at: piece.at });
    for (const v of tree) pieceOf.delete(v);
  });
  if (orphans.length > 0) {
    const b = makeBlock('orphans:', orphans, Math.ceil(Math.sqrt(orphans.length)));
    blocks.push(b);
    const piece = blockPiece(b);
    parts.push({ id: b.id, box: { width: Math.ceil(piece.width), height: Math.ceil(piece.height) }, at: piece.at });
  }

  const elkChildren: ElkNode[] = parts.map((p) => ({ id: p.id, width: p.box.width, height: p.box.height }));
  return { graph: { id: 'root', layoutOptions: elkOptions(2 * Math.max(gapX, gapY)), children: elkChildren, edges: [] }, parts, singles, blocks, sizes, origin, gapX, gapY };
}

/**
 * Node positions from ELK's answer to `plan.graph`: each part where ELK put it, its nodes inside
 * it, everything moved so the layout's top-left corner is `plan.origin`. Falls back to
 * {@link gridLayout} when the answer misses a part, is not finite, leaves the format's coordinates
 * or has overlapping boxes. Pure.
 */
export function elkPositions(plan: ElkPlan, laidOut: ElkNode): LayoutResult {
  const at = new Map<string, Position>();
  for (const c of laidOut.children ?? []) {
    if (typeof c.x === 'number' && typeof c.y === 'number' && Number.isFinite(c.x) && Number.isFinite(c.y)) at.set(c.id, { x: c.x, y: c.y });
  }
  const raw = new Map<NodeId, Position>();
  for (const part of plan.parts) {
    const p = at.get(part.id);
    if (!p) return gridLayout(plan, `ELK gave no position for ${part.id}`);
    for (const [id, q] of part.at) raw.set(id, { x: p.x + q.x, y: p.y + q.y });
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
    // Whole numbers; rounding both ends keeps the gaps (at least gapX − 1 px).
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
