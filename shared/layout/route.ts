/**
 * Edge routing around node boxes: pure, no DOM, so the canvas (renderer/src/canvas/OrgEdgeView.tsx)
 * and the exporters can draw the same lines.
 *
 * A relation leaves the bottom middle of its source's box and enters the top middle of its target's
 * (the handles' outer side, `HANDLE_OFFSET` px off the box), as the canvas's handles are placed.
 * When the target stands clearly above the source (a department that is a member of the team above
 * it), the line leaves the source's top and enters the target's bottom instead, so it does not loop
 * round the source; when the boxes stand side by side, it joins their facing sides.
 *
 * The route is orthogonal (vertical and horizontal segments, drawn with rounded corners):
 * 1. an elbow (down, across, down) whose crossing height is tried in a few places — the channel just
 *    above the target, the middle, just below the source, and the gaps next to the boxes in between
 *    — keeping the first one that touches no other box (with `margin` px to spare);
 * 2. otherwise the shortest path with few bends on the grid made of the box sides (a sparse
 *    orthogonal visibility grid, Dijkstra with a bend penalty), in a window around the two ends that
 *    grows twice before giving up;
 * 3. otherwise (or with `cheap`, e.g. during a drag) the plain elbow through the middle.
 *
 * Boxes are found with {@link BoxIndex}, a uniform grid hash: a query costs the cells it covers, so
 * routing one edge is independent of the map's size for the common short elbow.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** React Flow puts edge ends at the handles' outer side: half the 12 px handle off the box. */
export const HANDLE_OFFSET = 6;

/** Default cell of {@link BoxIndex}, in px: about two node boxes. */
const CELL = 320;

/**
 * Boxes by id in a uniform grid hash, to find the boxes near a segment quickly. `set` and `delete`
 * are O(cells the box covers); a query O(cells covered + boxes found).
 */
export class BoxIndex {
  private readonly boxes = new Map<string, Rect>();
  private readonly cells = new Map<string, Set<string>>();
  private stamp = 0;
  private readonly seen = new Map<string, number>();

  constructor(private readonly cell = CELL) {}

  get size(): number {
    return this.boxes.size;
  }

  get(id: string): Rect | undefined {
    return this.boxes.get(id);
  }

  set(id: string, box: Rect): void {
    const old = this.boxes.get(id);
    if (old && old.x === box.x && old.y === box.y && old.width === box.width && old.height === box.height) return;
    if (old) this.unlink(id, old);
    this.boxes.set(id, box);
    this.forCells(box, (key) => {
      let set = this.cells.get(key);
      if (!set) this.cells.set(key, (set = new Set()));
      set.add(id);
    });
  }

  delete(id: string): void {
    const old = this.boxes.get(id);
    if (!old) return;
    this.unlink(id, old);
    this.boxes.delete(id);
  }

  clear(): void {
    this.boxes.clear();
    this.cells.clear();
    this.seen.clear();
  }

  ids(): IterableIterator<string> {
    return this.boxes.keys();
  }

  /** Calls `visit` once for every box whose area meets `area` (touching edges count); stops when it returns true. */
  query(area: Rect, visit: (id: string, box: Rect) => boolean | void): void {
    const meets = (b: Rect): boolean => !(b.x > area.x + area.width || b.x + b.width < area.x || b.y > area.y + area.height || b.y + b.height < area.y);
    // An area covering more cells than there are boxes (a line between nodes a million px apart):
    // looking at every box is cheaper than walking the cells.
    const cells = (Math.floor((area.x + area.width) / this.cell) - Math.floor(area.x / this.cell) + 1) * (Math.floor((area.y + area.height) / this.cell) - Math.floor(area.y / this.cell) + 1);
    if (!(cells <= this.boxes.size)) {
      for (const [id, b] of this.boxes) if (meets(b) && visit(id, b) === true) return;
      return;
    }
    const stamp = ++this.stamp;
    let stop = false;
    this.forCells(area, (key) => {
      if (stop) return;
      const set = this.cells.get(key);
      if (!set) return;
      for (const id of set) {
        if (this.seen.get(id) === stamp) continue;
        this.seen.set(id, stamp);
        const b = this.boxes.get(id) as Rect;
        if (!meets(b)) continue;
        if (visit(id, b) === true) {
          stop = true;
          return;
        }
      }
    });
  }

  private unlink(id: string, box: Rect): void {
    this.forCells(box, (key) => {
      const set = this.cells.get(key);
      if (!set) return;
      set.delete(id);
      if (set.size === 0) this.cells.delete(key);
    });
  }

  private forCells(r: Rect, fn: (key: string) => void): void {
    const x0 = Math.floor(r.x / this.cell);
    const x1 = Math.floor((r.x + r.width) / this.cell);
    const y0 = Math.floor(r.y / this.cell);
    const y1 = Math.floor((r.y + r.height) / this.cell);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) fn(`${cx},${cy}`);
  }
}

/** One end of a relation: the node's id in the index (ignored as an obstacle) and its box. */
export interface RouteEnd {
  readonly id: string;
  readonly box: Rect;
}

export interface RouteOptions {
  /** Room kept between a line and a box it passes (default 10). */
  readonly margin?: number;
  /** Straight run out of the source and into the target before any bend (default 14). */
  readonly stub?: number;
  /** Only the plain elbow, no search (for frames of a drag). */
  readonly cheap?: boolean;
  /** The grid search gives up in a window with more boxes than this (default 400). */
  readonly maxObstacles?: number;
  /**
   * The elbow's crossing is tried first this many px nearer the source than the channel just
   * before the target (default 0), so relations of different kinds from one node to one row run
   * side by side instead of on top of each other (see {@link laneOf}).
   */
  readonly lane?: number;
}

/** The lane of a relation kind: owns and member lines cross a little above the coordinates lines. */
export function laneOf(kind: string): number {
  return kind === 'owns' ? 8 : kind === 'member' ? 16 : 0;
}

/** Which sides the line joins (see the file comment). */
export type Attach = 'down' | 'up' | 'right' | 'left';

export interface Route {
  /** The polyline from the source's side to the target's side, first and last points on the handles. */
  readonly points: readonly Point[];
  /** False when no route clear of other boxes was found (the plain elbow is given). */
  readonly clear: boolean;
}

type Dir = 0 | 1 | 2 | 3; // right, left, down, up
const DX = [1, -1, 0, 0] as const;
const DY = [0, 0, 1, -1] as const;

/** The direction the line leaves the source in, from where the two boxes stand. */
export function attachOf(source: Rect, target: Rect): Attach {
  const room = 2 * (HANDLE_OFFSET + 14);
  if (target.y >= source.y + source.height + room / 2) return 'down';
  if (target.y + target.height + room <= source.y) return 'up';
  // Side by side (their heights overlap): join the facing sides when there is room between them.
  if (target.x >= source.x + source.width + room) return 'right';
  if (target.x + target.width + room <= source.x) return 'left';
  return 'down';
}

function endPoints(source: Rect, target: Rect, attach: Attach): [Point, Point] {
  const scx = source.x + source.width / 2;
  const scy = source.y + source.height / 2;
  const tcx = target.x + target.width / 2;
  const tcy = target.y + target.height / 2;
  switch (attach) {
    case 'down':
      return [
        { x: scx, y: source.y + source.height + HANDLE_OFFSET },
        { x: tcx, y: target.y - HANDLE_OFFSET },
      ];
    case 'up':
      return [
        { x: scx, y: source.y - HANDLE_OFFSET },
        { x: tcx, y: target.y + target.height + HANDLE_OFFSET },
      ];
    case 'right':
      return [
        { x: source.x + source.width + HANDLE_OFFSET, y: scy },
        { x: target.x - HANDLE_OFFSET, y: tcy },
      ];
    case 'left':
      return [
        { x: source.x - HANDLE_OFFSET, y: scy },
        { x: target.x + target.width + HANDLE_OFFSET, y: tcy },
      ];
  }
}

const DIR_OF: Readonly<Record<Attach, Dir>> = { right: 0, left: 1, down: 2, up: 3 };

/**
 * The route of a relation from `source` to `target` around the boxes in `index` (the ends' own
 * entries are skipped; their `box` is used instead, so a caller can place the ends where the canvas
 * draws them during a drag). Deterministic.
 */
export function routeEdge(index: BoxIndex, source: RouteEnd, target: RouteEnd, options: RouteOptions = {}): Route {
  const margin = options.margin ?? 10;
  const stub = options.stub ?? 14;
  const attach = attachOf(source.box, target.box);
  const [s, t] = endPoints(source.box, target.box, attach);
  const dir = DIR_OF[attach];
  const s1: Point = { x: s.x + DX[dir] * stub, y: s.y + DY[dir] * stub };
  const t1: Point = { x: t.x - DX[dir] * stub, y: t.y - DY[dir] * stub };
  const vertical = dir >= 2;
  const obstacles = new Obstacles(index, source, target, margin);
  const plain = (): Point[] => {
    const mid = vertical ? (s1.y + t1.y) / 2 : (s1.x + t1.x) / 2;
    return simplify([s, s1, ...elbow(s1, t1, mid, vertical), t1, t]);
  };
  if (options.cheap) return { points: plain(), clear: false };

  // 1. Elbows, crossing at a few heights (or, for side-by-side ends, a few x's).
  for (const c of elbowCandidates(s1, t1, vertical, obstacles, options.lane ?? 0)) {
    const pts = [s1, ...elbow(s1, t1, c, vertical), t1];
    if (obstacles.clearPath(pts)) return { points: simplify([s, ...pts, t]), clear: true };
  }
  // 2. Grid search in a growing window.
  const span = Math.max(Math.abs(s1.x - t1.x), Math.abs(s1.y - t1.y));
  for (const grow of [120, 120 + span / 2, 600 + span]) {
    const path = gridSearch(s1, t1, dir, obstacles, grow, options.maxObstacles ?? 400);
    if (path === 'too-many') break;
    if (path) return { points: simplify([s, ...path, t]), clear: true };
  }
  return { points: plain(), clear: false };
}

/** The three bends of an elbow from a to b crossing at `c` (a y when vertical, else an x). */
function elbow(a: Point, b: Point, c: number, vertical: boolean): Point[] {
  return vertical
    ? [
        { x: a.x, y: c },
        { x: b.x, y: c },
      ]
    : [
        { x: c, y: a.y },
        { x: c, y: b.y },
      ];
}

function elbowCandidates(s1: Point, t1: Point, vertical: boolean, obstacles: Obstacles, lane: number): number[] {
  const a = vertical ? s1.y : s1.x;
  const b = vertical ? t1.y : t1.x;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const out = [b, (a + b) / 2, a];
  // The kind's lane, when it stays between the ends.
  if (lane > 0 && Math.abs(a - b) > 2 * lane) out.unshift(b + Math.sign(a - b) * lane);
  const area: Rect = vertical
    ? { x: Math.min(s1.x, t1.x), y: lo, width: Math.abs(s1.x - t1.x), height: hi - lo }
    : { x: lo, y: Math.min(s1.y, t1.y), width: hi - lo, height: Math.abs(s1.y - t1.y) };
  const extra: number[] = [];
  obstacles.each(area, (r) => {
    const [near, far] = vertical ? [r.y, r.y + r.height] : [r.x, r.x + r.width];
    if (near - 1 >= lo) extra.push(near - 1);
    if (far + 1 <= hi) extra.push(far + 1);
    if (extra.length > 64) return true;
    return false;
  });
  extra.sort((p, q) => Math.abs(p - b) - Math.abs(q - b) || p - q);
  return [...out, ...extra.slice(0, 24)];
}

/** The boxes to avoid, inflated by the margin; the ends' own boxes from the request. */
class Obstacles {
  private readonly own: Rect[];
  constructor(
    private readonly index: BoxIndex,
    private readonly source: RouteEnd,
    private readonly target: RouteEnd,
    private readonly margin: number,
  ) {
    this.own = [inflate(source.box, margin), inflate(target.box, margin)];
  }

  /** Every inflated box meeting `area`; `visit` returns true to stop. */
  each(area: Rect, visit: (r: Rect) => boolean): void {
    for (const r of this.own) if (meets(r, area) && visit(r)) return;
    const m = this.margin;
    this.index.query({ x: area.x - m, y: area.y - m, width: area.width + 2 * m, height: area.height + 2 * m }, (id, box) => {
      if (id === this.source.id || id === this.target.id) return false;
      const r = inflate(box, m);
      return meets(r, area) && visit(r);
    });
  }

  /** Whether no segment of the polyline passes through the inside of an inflated box. */
  clearPath(points: readonly Point[]): boolean {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as Point;
      const b = points[i] as Point;
      let hit = false;
      this.each(segmentArea(a, b), (r) => (hit = segmentCrosses(a, b, r)));
      if (hit) return false;
    }
    return true;
  }
}

function inflate(r: Rect, m: number): Rect {
  return { x: r.x - m, y: r.y - m, width: r.width + 2 * m, height: r.height + 2 * m };
}

function meets(r: Rect, area: Rect): boolean {
  return r.x <= area.x + area.width && area.x <= r.x + r.width && r.y <= area.y + area.height && area.y <= r.y + r.height;
}

function segmentArea(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/**
 * Whether the segment a–b passes through the open inside of `r` (running along its border does
 * not count). Exact for any segment (Liang–Barsky clipping against the open rectangle).
 */
export function segmentCrosses(a: Point, b: Point, r: Rect): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const u = q / p;
    if (p < 0) {
      if (u > t1) return false;
      if (u > t0) t0 = u;
    } else {
      if (u < t0) return false;
      if (u < t1) t1 = u;
    }
    return true;
  };
  if (!clip(-dx, a.x - r.x) || !clip(dx, r.x + r.width - a.x) || !clip(-dy, a.y - r.y) || !clip(dy, r.y + r.height - a.y)) return false;
  if (t1 - t0 <= 1e-9) return false;
  // Inside the open rectangle: the middle of the clipped part is strictly inside.
  const mx = a.x + dx * ((t0 + t1) / 2);
  const my = a.y + dy * ((t0 + t1) / 2);
  return mx > r.x && mx < r.x + r.width && my > r.y && my < r.y + r.height;
}

/** Whether a polyline passes through the inside of `r`. */
export function polylineCrosses(points: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < points.length; i++) if (segmentCrosses(points[i - 1] as Point, points[i] as Point, r)) return true;
  return false;
}

const BEND = 60;

/**
 * Shortest orthogonal path from a to b with a penalty per bend, on the grid of the inflated box
 * sides inside a window `grow` px around the ends. Starts moving in `dir`, must arrive moving in
 * `dir`. Null when there is none in the window; 'too-many' when the window holds too many boxes.
 */
function gridSearch(a: Point, b: Point, dir: Dir, obstacles: Obstacles, grow: number, maxObstacles: number): Point[] | null | 'too-many' {
  const win: Rect = {
    x: Math.min(a.x, b.x) - grow,
    y: Math.min(a.y, b.y) - grow,
    width: Math.abs(a.x - b.x) + 2 * grow,
    height: Math.abs(a.y - b.y) + 2 * grow,
  };
  const rects: Rect[] = [];
  let tooMany = false;
  obstacles.each(win, (r) => {
    rects.push(r);
    tooMany = rects.length > maxObstacles;
    return tooMany;
  });
  if (tooMany) return 'too-many';
  const xsSet = new Set<number>([a.x, b.x, win.x, win.x + win.width]);
  const ysSet = new Set<number>([a.y, b.y, win.y, win.y + win.height]);
  for (const r of rects) {
    for (const x of [r.x, r.x + r.width]) if (x > win.x && x < win.x + win.width) xsSet.add(x);
    for (const y of [r.y, r.y + r.height]) if (y > win.y && y < win.y + win.height) ysSet.add(y);
  }
  const xs = [...xsSet].sort((p, q) => p - q);
  const ys = [...ysSet].sort((p, q) => p - q);
  const nx = xs.length;
  const ny = ys.length;
  const n = nx * ny;
  // blocked[k]: bit 0 the point is inside a box; bit 1 the segment to the right; bit 2 the one below.
  const blocked = new Uint8Array(n);
  for (const r of rects) {
    const i0 = upper(xs, r.x);
    const i1 = lower(xs, r.x + r.width);
    const j0 = upper(ys, r.y);
    const j1 = lower(ys, r.y + r.height);
    // Points strictly inside, and segments whose middle is strictly inside.
    const iFrom = Math.max(0, i0 - 1);
    const jFrom = Math.max(0, j0 - 1);
    for (let j = jFrom; j < Math.min(ny, j1 + 1); j++) {
      const y = ys[j] as number;
      const yIn = y > r.y && y < r.y + r.height;
      for (let i = iFrom; i < Math.min(nx, i1 + 1); i++) {
        const x = xs[i] as number;
        const xIn = x > r.x && x < r.x + r.width;
        const k = j * nx + i;
        if (xIn && yIn) blocked[k] = (blocked[k] as number) | 1;
        if (yIn && i + 1 < nx) {
          const mx = (x + (xs[i + 1] as number)) / 2;
          if (mx > r.x && mx < r.x + r.width) blocked[k] = (blocked[k] as number) | 2;
        }
        if (xIn && j + 1 < ny) {
          const my = (y + (ys[j + 1] as number)) / 2;
          if (my > r.y && my < r.y + r.height) blocked[k] = (blocked[k] as number) | 4;
        }
      }
    }
  }
  const start = xs.indexOf(a.x) + nx * ys.indexOf(a.y);
  const goal = xs.indexOf(b.x) + nx * ys.indexOf(b.y);
  const cost = new Float64Array(n * 4).fill(Infinity);
  const prev = new Int32Array(n * 4).fill(-1);
  const heap = new Heap();
  const first = start * 4 + dir;
  // A*: the distance left (Manhattan) never overestimates. Per column and row, worked out once.
  const hx = new Float64Array(nx);
  const hy = new Float64Array(ny);
  for (let i = 0; i < nx; i++) hx[i] = Math.abs((xs[i] as number) - b.x);
  for (let j = 0; j < ny; j++) hy[j] = Math.abs((ys[j] as number) - b.y);
  // Plus a bend penalty per turn the line must still make, moving in direction d: none when the
  // goal lies straight ahead, one when it lies ahead to a side, two when it lies behind. Each turn
  // removes at most one of them, a straight step none: the estimate stays exact-or-under and
  // consistent, so the path is as short as before, found with far fewer states looked at.
  const h = (k: number, d: Dir): number => {
    const i = k % nx;
    const j = (k - i) / nx;
    const dx = b.x - (xs[i] as number);
    const dy = b.y - (ys[j] as number);
    const along = d === 0 ? dx : d === 1 ? -dx : d === 2 ? dy : -dy;
    const across = d >= 2 ? dx : dy;
    const turns = along < 0 ? 2 : across !== 0 ? 1 : 0;
    return (hx[i] as number) + (hy[j] as number) + turns * BEND;
  };
  cost[first] = 0;
  heap.push(first, h(start, dir));
  let found = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    const f = heap.popped;
    const k = state >> 2;
    const c = cost[state] as number;
    const d = (state & 3) as Dir;
    if (f > c + h(k, d) + 1e-9) continue;
    if (k === goal) {
      found = state;
      break;
    }
    const i = k % nx;
    const j = (k - i) / nx;
    for (let nd = 0 as Dir; nd < 4; nd = (nd + 1) as Dir) {
      if ((nd ^ 1) === d) continue; // no U-turn
      const ni = i + DX[nd];
      const nj = j + DY[nd];
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const nk = nj * nx + ni;
      if (((blocked[nk] as number) & 1) !== 0) continue;
      const seg = nd === 0 ? (blocked[k] as number) & 2 : nd === 1 ? (blocked[nk] as number) & 2 : nd === 2 ? (blocked[k] as number) & 4 : (blocked[nk] as number) & 4;
      if (seg !== 0) continue;
      const len = Math.abs((xs[ni] as number) - (xs[i] as number)) + Math.abs((ys[nj] as number) - (ys[j] as number));
      let nc = c + len + (nd === d ? 0 : BEND);
      if (nk === goal && nd !== dir) nc += 2 * BEND;
      const ns = nk * 4 + nd;
      if (nc < (cost[ns] as number)) {
        cost[ns] = nc;
        prev[ns] = state;
        heap.push(ns, nc + h(nk, nd));
      }
    }
  }
  if (found < 0) return null;
  const out: Point[] = [];
  for (let st = found; st >= 0; st = prev[st] as number) {
    const k = st >> 2;
    const i = k % nx;
    out.push({ x: xs[i] as number, y: ys[(k - i) / nx] as number });
  }
  return out.reverse();
}

/** First index with xs[i] > v. */
function upper(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Last index with xs[i] < v. */
function lower(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A binary min-heap of (key, value) pairs in typed arrays; `pop` returns the key and leaves its value in `popped`. */
class Heap {
  private keys = new Int32Array(256);
  private vals = new Float64Array(256);
  private count = 0;
  /** The value of the key `pop` returned last. */
  popped = 0;
  get size(): number {
    return this.count;
  }
  push(key: number, val: number): void {
    if (this.count === this.keys.length) {
      const keys = new Int32Array(this.count * 2);
      keys.set(this.keys);
      this.keys = keys;
      const vals = new Float64Array(this.count * 2);
      vals.set(this.vals);
      this.vals = vals;
    }
    const keys = this.keys;
    const vals = this.vals;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((vals[p] as number) <= val) break;
      keys[i] = keys[p] as number;
      vals[i] = vals[p] as number;
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  pop(): number {
    const keys = this.keys;
    const vals = this.vals;
    const topKey = keys[0] as number;
    this.popped = vals[0] as number;
    const n = --this.count;
    const lastKey = keys[n] as number;
    const lastVal = vals[n] as number;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && (vals[r] as number) < (vals[l] as number) ? r : l;
        if ((vals[c] as number) >= lastVal) break;
        keys[i] = keys[c] as number;
        vals[i] = vals[c] as number;
        i = c;
      }
      keys[i] = lastKey;
      vals[i] = lastVal;
    }
    return topKey;
  }
}

/** Drops repeated points and the middle of three points on one line. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
      // Collinear: only when the line keeps going the same way (a turn back is kept).
      const forward = (last.x - before.x) * (p.x - last.x) + (last.y - before.y) * (p.y - last.y) >= 0;
      if (forward) out[out.length - 1] = p;
      else out.push(p);
      continue;
    }
    out.push(p);
  }
  return out;
}

const r2 = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * SVG path data of a polyline with corners rounded (radius up to `radius`, less where segments are
 * short), in pieces of about `pieceLength` px along the line (long lines in one path are costly to
 * stroke without a GPU, see renderer/src/canvas/pieces.ts). One piece for a short line.
 */
export function routePaths(points: readonly Point[], radius = 8, pieceLength = Infinity): string[] {
  if (points.length < 2) return [];
  const pieces: string[] = [];
  let d = '';
  let run = 0;
  let cur = points[0] as Point;
  const start = (p: Point): void => {
    if (d !== '') pieces.push(d);
    d = `M${r2(p.x)},${r2(p.y)}`;
    run = 0;
  };
  const lineTo = (p: Point): void => {
    // Long straight runs are cut so no piece is much longer than pieceLength.
    let len = Math.hypot(p.x - cur.x, p.y - cur.y);
    while (run + len > pieceLength && len > 0) {
      const take = Math.max(1, pieceLength - run);
      const f = Math.min(1, take / len);
      const q = { x: cur.x + (p.x - cur.x) * f, y: cur.y + (p.y - cur.y) * f };
      d += ` L${r2(q.x)},${r2(q.y)}`;
      cur = q;
      start(q);
      len = Math.hypot(p.x - cur.x, p.y - cur.y);
    }
    d += ` L${r2(p.x)},${r2(p.y)}`;
    run += len;
    cur = p;
  };
  start(cur);
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const next = points[i + 1];
    if (!next) {
      lineTo(p);
      break;
    }
    const inLen = Math.hypot(p.x - cur.x, p.y - cur.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0.5) {
      lineTo(p);
      continue;
    }
    const a = { x: p.x + ((cur.x - p.x) / inLen) * r, y: p.y + ((cur.y - p.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    lineTo(a);
    d += ` Q${r2(p.x)},${r2(p.y)} ${r2(b.x)},${r2(b.y)}`;
    run += r;
    cur = b;
  }
  pieces.push(d);
  return pieces;
}

/** The point halfway along a polyline (where a label goes). */
export function midpoint(points: readonly Point[]): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += dist(points[i - 1] as Point, points[i] as Point);
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const len = dist(a, b);
    if (len >= left && len > 0) return { x: a.x + ((b.x - a.x) * left) / len, y: a.y + ((b.y - a.y) * left) / len };
    left -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}

function dist(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
