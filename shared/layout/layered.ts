/**
 * A deterministic layered layout for organisation maps, pure and O(n log n): the fallback and the
 * CLI's layout (the app may use elkjs in a worker; nothing here depends on it).
 *
 * Shape (what a strategist expects to read):
 * - hubs on top: the central hub first (the top-level hub that coordinates the most other hubs,
 *   then the most nodes, then the lowest id), other top-level hubs to its right;
 * - under each hub, in one row, what it coordinates: sub-hubs first (so regional hubs stand side
 *   by side under the central one), then units, departments and teams, employee groups last;
 * - a department or unit that is only a member of a team stands beside that team;
 * - each owner's accounts in a compact block right under it (an account with several owners goes
 *   under the owner with the lowest id);
 * - everything nobody coordinates after the hubs' trees; accounts without an owner last.
 * Long rows wrap at `maxRowWidth`. Every box gets its own rectangle, so no two nodes overlap
 * (boxes of nodeWidth × nodeHeight, positions are their top-left corners, whole numbers).
 *
 * Order and tie-breaks use labels (lower-cased, plain code-unit comparison) and ids, never the
 * order of nodes or edges in the file, so the same map always gets the same layout.
 */
import { LIMITS, type NodeId, type NodeKind, type OrgEdge, type OrgNode, type Position, type Scenario } from '../model/types';

export interface LayoutOptions {
  /** Box size assumed for every node. Default 180 × 56. */
  readonly nodeWidth?: number;
  readonly nodeHeight?: number;
  /** Space between boxes side by side (default 40) and between layers (default 80). */
  readonly gapX?: number;
  readonly gapY?: number;
  /** A row of siblings wraps beyond this width (default 3,600). */
  readonly maxRowWidth?: number;
  /** Top-left corner of the whole layout. Default (0, 0). */
  readonly origin?: Position;
  /** Lay out only these nodes (and the edges among them); the others keep their places. */
  readonly only?: ReadonlySet<NodeId>;
}

export interface LayoutResult {
  /** A position for every node laid out. */
  readonly positions: ReadonlyMap<NodeId, Position>;
  /** Size of the area used, from the origin. */
  readonly width: number;
  readonly height: number;
}

interface Box {
  w: number;
  h: number;
}

type Item = { readonly type: 'tree'; readonly id: NodeId } | { readonly type: 'grid'; readonly ids: readonly NodeId[]; readonly cols: number };

interface Placed {
  readonly item: Item;
  readonly box: Box;
  /** Stays on the first line, however wide (sub-hubs stand side by side under their hub). */
  readonly keep?: boolean;
  /** Offset inside the parent's items area. */
  x: number;
  y: number;
}

interface TreeInfo {
  /** The node and the members standing beside it. */
  readonly head: NodeId[];
  readonly children: NodeId[];
  readonly box: Box;
  readonly headWidth: number;
  readonly items: Placed[];
  readonly itemsWidth: number;
}

const CHILD_RANK: Readonly<Record<NodeKind, number>> = { team: 1, unit: 2, department: 3, employees: 4, account: 5 };

/** Lays out nodes and returns their new positions. Pure; never throws. */
export function layoutNodes(allNodes: readonly OrgNode[], allEdges: readonly OrgEdge[], options: LayoutOptions = {}): LayoutResult {
  const W = Math.max(1, Math.round(options.nodeWidth ?? 180));
  const H = Math.max(1, Math.round(options.nodeHeight ?? 56));
  const gapX = Math.max(0, Math.round(options.gapX ?? 40));
  const gapY = Math.max(0, Math.round(options.gapY ?? 80));
  const gridGapY = Math.max(0, Math.round(gapY / 3));
  const maxRow = Math.max(W, options.maxRowWidth ?? 3600);
  const origin = { x: Math.round(options.origin?.x ?? 0), y: Math.round(options.origin?.y ?? 0) };

  // ---- Index (first node of a repeated id wins; edges with unknown ends are ignored).
  const byId = new Map<NodeId, OrgNode>();
  for (const n of allNodes) if (!byId.has(n.id) && (options.only === undefined || options.only.has(n.id))) byId.set(n.id, n);
  const sortKey = new Map<NodeId, string>();
  for (const n of byId.values()) sortKey.set(n.id, n.label.toLowerCase());
  const byName = (a: NodeId, b: NodeId): number => cmp(sortKey.get(a) ?? '', sortKey.get(b) ?? '') || cmp(a, b);

  const coordOut = new Map<NodeId, NodeId[]>();
  const coordIn = new Map<NodeId, number>();
  const owners = new Map<NodeId, NodeId[]>();
  const memberOf = new Map<NodeId, NodeId[]>();
  for (const e of allEdges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t || s.id === t.id) continue;
    if (e.kind === 'coordinates' && s.kind !== 'account' && t.kind !== 'account') {
      push(coordOut, s.id, t.id);
      coordIn.set(t.id, (coordIn.get(t.id) ?? 0) + 1);
    } else if (e.kind === 'owns' && t.kind === 'account' && s.kind !== 'account') push(owners, t.id, s.id);
    else if (e.kind === 'member' && t.kind === 'team' && s.kind !== 'account') push(memberOf, s.id, t.id);
  }
  const isHub = (id: NodeId): boolean => (coordOut.get(id)?.length ?? 0) > 0;

  // ---- Trees along coordinates edges, breadth first, from the hubs nobody coordinates.
  const roots: NodeId[] = [...byId.keys()].filter((id) => isHub(id) && (coordIn.get(id) ?? 0) === 0);
  const hubTargets = new Map<NodeId, number>(roots.map((id) => [id, (coordOut.get(id) ?? []).filter(isHub).length]));
  const hubCount = (id: NodeId): number => hubTargets.get(id) ?? 0;
  roots.sort((a, b) => hubCount(b) - hubCount(a) || (coordOut.get(b)?.length ?? 0) - (coordOut.get(a)?.length ?? 0) || cmp(a, b));
  const childOrder = (a: NodeId, b: NodeId): number =>
    Number(isHub(b)) - Number(isHub(a)) || CHILD_RANK[byId.get(a)?.kind ?? 'account'] - CHILD_RANK[byId.get(b)?.kind ?? 'account'] || byName(a, b);

  const placed = new Set<NodeId>();
  const children = new Map<NodeId, NodeId[]>();
  const beside = new Map<NodeId, NodeId[]>();
  const order: NodeId[] = []; // every tree node, parents before children
  const grow = (root: NodeId): void => {
    placed.add(root);
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q] as NodeId;
      order.push(v);
      const targets = [...(coordOut.get(v) ?? [])].sort(childOrder);
      for (const t of targets) {
        if (placed.has(t)) continue;
        placed.add(t);
        push(children, v, t);
        queue.push(t);
      }
    }
  };
  for (const r of roots) grow(r);
  // Hubs only reachable through a cycle: start from the lowest id.
  for (const id of [...byId.keys()].filter((id) => isHub(id) && !placed.has(id)).sort(cmp)) {
    if (placed.has(id)) continue;
    roots.push(id);
    grow(id);
  }

  // The rest (nobody coordinates them): members beside their team, others as roots of their own.
  const rest = [...byId.values()].filter((n) => n.kind !== 'account' && !placed.has(n.id)).map((n) => n.id);
  rest.sort((a, b) => CHILD_RANK[byId.get(a)?.kind ?? 'account'] - CHILD_RANK[byId.get(b)?.kind ?? 'account'] || byName(a, b));
  for (const id of rest) {
    const team = [...(memberOf.get(id) ?? [])].sort(cmp).find((t) => placed.has(t));
    placed.add(id);
    if (team !== undefined) {
      push(beside, team, id);
    } else {
      roots.push(id);
      order.push(id);
    }
  }

  // ---- Accounts under their owner (the lowest id among owners laid out here).
  const accountsOf = new Map<NodeId, NodeId[]>();
  const orphans: NodeId[] = [];
  for (const n of byId.values()) {
    if (n.kind !== 'account') continue;
    const own = (owners.get(n.id) ?? []).filter((o) => placed.has(o)).sort(cmp)[0];
    if (own === undefined) orphans.push(n.id);
    else push(accountsOf, own, n.id);
  }
  for (const list of accountsOf.values()) list.sort(byName);
  orphans.sort(byName);

  // An owner's accounts: one column up to 3, two up to 8, then a squarish block twice as tall as wide.
  const grid = (ids: readonly NodeId[]): Item => ({ type: 'grid', ids, cols: ids.length <= 3 ? 1 : ids.length <= 8 ? 2 : Math.ceil(Math.sqrt(ids.length / 2)) });
  const gridBox = (item: Extract<Item, { type: 'grid' }>): Box => {
    const rows = Math.ceil(item.ids.length / item.cols);
    return { w: item.cols * W + (item.cols - 1) * gapX, h: rows * H + (rows - 1) * gridGapY };
  };

  /** Places items left to right, top-aligned, wrapping at `limit`; returns the area's size. */
  const flow = (items: Placed[], limit: number): Box => {
    let x = 0;
    let y = 0;
    let lineH = 0;
    let width = 0;
    for (let i = 0; i < items.length; i++) {
      const p = items[i] as Placed;
      if (x > 0 && x + p.box.w > limit && p.keep !== true) {
        y += lineH + gapY;
        x = 0;
        lineH = 0;
      }
      p.x = x;
      p.y = y;
      x += p.box.w + gapX;
      lineH = Math.max(lineH, p.box.h);
      width = Math.max(width, x - gapX);
    }
    return { w: width, h: items.length === 0 ? 0 : y + lineH };
  };

  // ---- Sizes, children before parents.
  const info = new Map<NodeId, TreeInfo>();
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i] as NodeId;
    const head = [v, ...(beside.get(v) ?? [])];
    const headWidth = head.length * W + (head.length - 1) * gapX;
    const items: Placed[] = [];
    for (const h of head) {
      const accounts = accountsOf.get(h);
      if (accounts) {
        const item = grid(accounts) as Extract<Item, { type: 'grid' }>;
        items.push({ item, box: gridBox(item), x: 0, y: 0 });
      }
    }
    for (const c of children.get(v) ?? []) {
      const child = info.get(c);
      if (child) items.push({ item: { type: 'tree', id: c }, box: child.box, keep: isHub(c), x: 0, y: 0 });
    }
    const area = flow(items, Math.max(maxRow, headWidth));
    const w = Math.max(headWidth, area.w);
    const h = H + (items.length > 0 ? gapY + area.h : 0);
    info.set(v, { head, children: children.get(v) ?? [], box: { w, h }, headWidth, items, itemsWidth: area.w });
  }

  // ---- Top level: the roots' trees, then the orphans.
  const top: Placed[] = [];
  for (const r of roots) {
    const t = info.get(r);
    if (t) top.push({ item: { type: 'tree', id: r }, box: t.box, x: 0, y: 0 });
  }
  if (orphans.length > 0) {
    const item: Extract<Item, { type: 'grid' }> = { type: 'grid', ids: orphans, cols: Math.ceil(Math.sqrt(orphans.length)) };
    top.push({ item, box: gridBox(item), x: 0, y: 0 });
  }
  const widestTop = top.reduce((m, p) => Math.max(m, p.box.w), 0);
  const area = flow(top, Math.max(maxRow * 2, widestTop));

  // ---- Positions, parents before children.
  const positions = new Map<NodeId, Position>();
  const stack: { item: Item; x: number; y: number; box: Box }[] = top.map((p) => ({ item: p.item, x: origin.x + p.x, y: origin.y + p.y, box: p.box }));
  while (stack.length > 0) {
    const { item, x, y } = stack.pop() as { item: Item; x: number; y: number; box: Box };
    if (item.type === 'grid') {
      item.ids.forEach((id, k) => {
        positions.set(id, { x: x + (k % item.cols) * (W + gapX), y: y + Math.floor(k / item.cols) * (H + gridGapY) });
      });
      continue;
    }
    const t = info.get(item.id);
    if (!t) continue;
    const headX = x + Math.floor((t.box.w - t.headWidth) / 2);
    t.head.forEach((id, k) => positions.set(id, { x: headX + k * (W + gapX), y }));
    const itemsX = x + Math.floor((t.box.w - t.itemsWidth) / 2);
    for (const p of t.items) stack.push({ item: p.item, x: itemsX + p.x, y: y + H + gapY + p.y, box: p.box });
  }

  // A map too large for the format's coordinates (a coordination chain thousands deep) falls
  // back to a plain grid, which always fits.
  const limit = LIMITS.coordinateMax;
  const fits = origin.x + area.w <= limit && origin.y + area.h <= limit && origin.x >= -limit && origin.y >= -limit;
  if (!fits) return gridLayout([...byId.keys()].sort(byName), W, H, gapX, gridGapY, origin);
  return { positions, width: area.w, height: area.h };
}

function gridLayout(ids: readonly NodeId[], W: number, H: number, gapX: number, gapY: number, origin: Position): LayoutResult {
  const cols = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  const positions = new Map<NodeId, Position>();
  ids.forEach((id, k) => positions.set(id, { x: origin.x + (k % cols) * (W + gapX), y: origin.y + Math.floor(k / cols) * (H + gapY) }));
  const rows = Math.ceil(ids.length / cols);
  return { positions, width: cols * (W + gapX) - gapX, height: rows * (H + gapY) - gapY };
}

/** The scenario with its nodes (or `options.only`) moved to their laid-out positions. Other fields kept. */
export function layoutScenario(scenario: Scenario, options: LayoutOptions = {}): Scenario {
  const { positions } = layoutNodes(scenario.nodes, scenario.edges, options);
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      const p = positions.get(n.id);
      return p === undefined ? n : { ...n, position: p };
    }),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
