/**
 * In-page measurement: when the first render is done, frame counting, and where to put the mouse.
 * Everything reads the DOM React Flow produces, so it works the same for the bare canvas and ours.
 */
import type { BackgroundSpec, FrameStats, NodePoint, PanPoint, Point, Viewport } from './protocol';

export interface DomCounts {
  readonly nodesInDom: number;
  readonly edgesInDom: number;
}

// Live collections: reading their length each frame costs next to nothing, unlike a query.
const nodeElements = document.getElementsByClassName('react-flow__node');
const edgeElements = document.getElementsByClassName('react-flow__edge');

/** React Flow hides a node until it has measured it; its edges follow a frame later. */
function hiddenNodes(): number {
  return document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
}

/**
 * Resolves with the time (ms since navigation start, a frame's start) of the first frame in which
 * nodes were in the DOM, all measured and visible, and after which the node and edge counts did not
 * change for `quietMs`. Using the first frame of the quiet stretch means the wait itself is not timed.
 */
export function firstRender(quietMs = 600, timeoutMs = 120_000, after = 0): Promise<DomCounts & { readonly at: number }> {
  return new Promise((resolve, reject) => {
    let signature = '';
    let since = 0;
    let last: DomCounts = { nodesInDom: 0, edgesInDom: 0 };
    let counts = '';
    /** Hidden nodes; looked for (a slower query) only while the counts hold still. -1: not known. */
    let hidden = -1;
    const tick = (now: number): void => {
      const c: DomCounts = { nodesInDom: nodeElements.length, edgesInDom: edgeElements.length };
      const key = `${c.nodesInDom}/${c.edgesInDom}`;
      if (key !== counts) {
        counts = key;
        hidden = -1;
      } else if (c.nodesInDom > 0 && hidden !== 0) {
        hidden = hiddenNodes();
      }
      const shown = c.nodesInDom > 0 && hidden === 0;
      const sig = `${key}/${shown}`;
      if (sig !== signature) {
        signature = sig;
        since = now;
        last = c;
      }
      if (shown && now - since >= quietMs) {
        resolve({ at: since, nodesInDom: last.nodesInDom, edgesInDom: last.edgesInDom });
        return;
      }
      if (now - after > timeoutMs) {
        reject(new Error(`no stable render after ${timeoutMs} ms (${c.nodesInDom} nodes, ${c.edgesInDom} edges in the DOM, hidden: ${hidden})`));
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Two animation frames: whatever was committed before is painted after. */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

export function summarise(values: readonly number[]): { median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * Counts animation frames between start() and stop(). The rate is frames per wall-clock second
 * of the gesture (start to stop), not per time between the first and last frame: a canvas that
 * draws two frames 16 ms apart and then blocks for three seconds is not a 60 fps canvas.
 */
export class FrameCounter {
  private stamps: number[] = [];
  private running = false;
  private changed = 0;
  private startedAt = 0;

  start(watch?: string): void {
    this.stamps = [];
    this.changed = 0;
    this.running = true;
    this.startedAt = performance.now();
    let last: string | null = null;
    const tick = (now: number): void => {
      if (!this.running) return;
      this.stamps.push(now);
      if (watch !== undefined) {
        // Looked up each frame: React Flow may replace the element. style.transform needs no layout.
        const transform = document.querySelector<HTMLElement>(watch)?.style.transform ?? null;
        if (last !== null && transform !== last) this.changed++;
        last = transform;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  /** Frames counted so far. */
  count(): number {
    return this.stamps.length;
  }

  stop(): FrameStats {
    this.running = false;
    const s = this.stamps;
    const gaps: number[] = [];
    for (let i = 1; i < s.length; i++) gaps.push((s[i] ?? 0) - (s[i - 1] ?? 0));
    // The first frame's wait counts too: from start() to the first frame.
    if (s.length > 0) gaps.unshift((s[0] ?? 0) - this.startedAt);
    const durationMs = performance.now() - this.startedAt;
    const { median, p95, max } = summarise(gaps);
    return {
      frames: s.length,
      durationMs,
      fps: durationMs > 0 ? (s.length * 1000) / durationMs : 0,
      medianFrameMs: median,
      p95FrameMs: p95,
      longestFrameMs: Math.max(max, durationMs - ((s[s.length - 1] ?? this.startedAt) - this.startedAt)),
      changedFrames: this.changed,
    };
  }
}

function flowRect(): DOMRect | null {
  const el = document.querySelector('.react-flow');
  return el ? el.getBoundingClientRect() : null;
}

const NOT_PANE = '.react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__minimap, .react-flow__controls, .react-flow__handle';
const NOT_CANVAS = '.react-flow__panel, .react-flow__minimap, .react-flow__controls';

/** Points of a grid over the canvas, nearest the centre first. */
function gridByDistance(rect: DOMRect, step: number): Point[] {
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  const points: Point[] = [];
  for (let y = rect.top + step; y < rect.bottom - step; y += step) {
    for (let x = rect.left + step; x < rect.right - step; x += step) points.push({ x, y });
  }
  return points.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
}

/**
 * Where to start a pan, and with which button. The left button pans only from the bare pane (edges
 * and nodes carry React Flow's `nopan` class); a dense map can leave no bare pane in view, as
 * every edge has a 20 px wide invisible hit area. Then the middle button, which React Flow lets
 * pan from anywhere on the canvas; the frames drawn are the same.
 */
export function panePoint(): PanPoint | null {
  const rect = flowRect();
  if (!rect) return null;
  const free = (x: number, y: number, not: string): boolean => {
    const el = document.elementFromPoint(x, y);
    return el !== null && el.closest('.react-flow') !== null && el.closest(not) === null;
  };
  // Empty pane around the point too, so a few pixels of slack cannot land on a node.
  const clear = (p: Point): boolean =>
    free(p.x, p.y, NOT_PANE) && free(p.x + 6, p.y, NOT_PANE) && free(p.x - 6, p.y, NOT_PANE) && free(p.x, p.y + 6, NOT_PANE) && free(p.x, p.y - 6, NOT_PANE);
  const grid = gridByDistance(rect, 20);
  // Hit-testing thousands of SVG paths is slow: give the search a time budget, not the whole grid.
  const until = performance.now() + 300;
  for (const p of grid) {
    if (performance.now() > until) break;
    if (clear(p)) return { ...p, button: 'left' };
  }
  const middle = grid.find((p) => free(p.x, p.y, NOT_CANVAS));
  return middle ? { ...middle, button: 'middle' } : null;
}

export function nodePoint(): NodePoint | null {
  const rect = flowRect();
  if (!rect) return null;
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  // Not a node React Flow has yet to measure (hidden, so the hit test would miss it).
  const candidates = [...document.querySelectorAll<HTMLElement>('.react-flow__node:not([style*="visibility: hidden"])')]
    .map((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return { el, x, y, d: Math.hypot(x - cx, y - cy) };
    })
    .sort((a, b) => a.d - b.d);
  for (const { el, x, y } of candidates.slice(0, 200)) {
    const id = el.dataset['id'];
    if (id === undefined) continue;
    // The point must hit this node itself (not another node on top, nor one of its handles); the
    // centre first, then a little left or right of it.
    const w = el.getBoundingClientRect().width;
    for (const px of [x, x - w / 4, x + w / 4]) {
      const hit = document.elementFromPoint(px, y);
      if (hit?.closest('.react-flow__node') === el && !hit.closest('.react-flow__handle')) return { x: px, y, id };
    }
  }
  return null;
}

export function viewport(): Viewport | null {
  const el = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!el) return null;
  const m = /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/.exec(el.style.transform);
  if (!m) return null;
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

export function background(): BackgroundSpec | null {
  const pattern = document.querySelector('.react-flow__background pattern');
  const shape = pattern?.querySelector('.react-flow__background-pattern');
  if (!pattern || !shape) return null;
  const variant = shape.classList.contains('dots') ? 'dots' : shape.classList.contains('cross') ? 'cross' : 'lines';
  const zoom = viewport()?.zoom ?? 1;
  const round = (v: number): number => Math.round((v / zoom) * 100) / 100;
  const width = Number(pattern.getAttribute('width'));
  const size = variant === 'dots' ? 2 * Number(shape.getAttribute('r')) : Number(shape.getAttribute('stroke-width'));
  return { variant, gap: round(width), size: round(size) };
}

export function hasMinimap(): boolean {
  return document.querySelector('.react-flow__minimap') !== null;
}
