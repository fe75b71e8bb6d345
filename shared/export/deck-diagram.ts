/**
 * The diagram of a deck slide, laid out for legibility rather than copied from the canvas: the
 * canvas positions are in px for a zoomable screen, and fitted to a slide they give 5–7 pt labels.
 * Here nodes are put in layers (hub above what it coordinates, owner above its account, team above
 * the units that send it members), in the canvas' left-to-right order, wrapped into rows that fit
 * the area; the label size is the largest (up to `maxFont`) at which everything fits, never below
 * `minFont` unless the caller accepts a scaled-down overview. Lines are orthogonal (down, across in
 * the channel between rows, down) and end exactly on the box edges.
 *
 * Units are PDF points (1/72 in). Text widths are the larger of Inter (the PDF's embedded font) and
 * Arial / Liberation Sans (the PowerPoint font), so a box fits its label in either.
 */
import type { EdgeKind, NodeId, OrgNode } from '../model/types';
import { cached } from '../memo';
import { ARIAL_WIDTHS } from './arial-metrics';
import { INTER_WIDTHS } from '../look/metrics';
import { ellipsizeBy } from '../look/box';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const FALLBACK = 600;

/** Characters that take no width of their own: zero-width spaces and joiners, direction marks, variation selectors. */
const zeroWidth = (cp: number) =>
  (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe01ef) || cp === 0xfeff;

function width(table: Readonly<Record<number, number>>, text: string): number {
  let units = 0;
  let joined = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // A character after a zero-width joiner is drawn into the one before it (emoji sequences), as are skin tones.
    if (!zeroWidth(cp) && !joined && !(cp >= 0x1f3fb && cp <= 0x1f3ff)) units += table[cp] ?? (cp > 0x2e80 ? 1000 : FALLBACK);
    joined = cp === 0x200d;
  }
  return units / 1000;
}

/** Width in pt of `text` at `size`: the wider of Inter and Arial (bold: Inter SemiBold / Arial Bold). */
export function deckTextWidth(text: string, size: number, bold = false): number {
  // Width is linear in the size: measure each text once (layout tries every size from 20 pt down).
  const cache = bold ? boldEm : regularEm;
  let em = cache.get(text);
  if (em === undefined) {
    em = Math.max(width(bold ? INTER_WIDTHS.semibold : INTER_WIDTHS.regular, text), width(bold ? ARIAL_WIDTHS.bold : ARIAL_WIDTHS.regular, text));
    if (cache.size > 100_000) cache.clear();
    cache.set(text, em);
  }
  return em * size;
}
const regularEm = new Map<string, number>();
const boldEm = new Map<string, number>();

/** `text` cut to fit `max` pt with an ellipsis. */
export function deckEllipsize(text: string, max: number, size: number, bold = false): string {
  return ellipsizeBy(text, max, (t) => deckTextWidth(t, size, bold));
}

/** Words wrapped into lines of at most `max` pt (long words broken), at most `maxLines` (the last ellipsised). */
export function deckWrap(text: string, max: number, size: number, bold: boolean, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (deckTextWidth(candidate, size, bold) <= max) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = Array.from(word);
    while (rest.length > 1 && deckTextWidth(rest.join(''), size, bold) > max) {
      let n = rest.length - 1;
      while (n > 1 && deckTextWidth(rest.slice(0, n).join(''), size, bold) > max) n -= 1;
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = deckEllipsize(`${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`, max, size, bold);
  return kept;
}

/** Line height as a multiple of the font size (PowerPoint's and LibreOffice's single spacing of Arial is ~1.15). */
export const LINE_HEIGHT = 1.15;

export interface DiagramNodeIn {
  readonly node: OrgNode;
  /** The label as drawn (empty labels already replaced). */
  readonly label: string;
  /** The grey line: kind, or platform and handle. */
  readonly sub: string;
}

export interface DiagramEdgeIn {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: NodeId;
  readonly target: NodeId;
}

export interface DiagramBox {
  readonly id: NodeId;
  readonly node: OrgNode;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly padX: number;
  readonly padY: number;
  readonly lines: readonly string[];
  readonly sub: string;
  /** Row index (0 = top). */
  readonly row: number;
}

/** Connection sites of a rectangle in DrawingML order: 0 top, 1 left, 2 bottom, 3 right. */
export type Site = 0 | 1 | 2 | 3;

export interface DiagramLine {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: NodeId;
  readonly target: NodeId;
  /** The box the line starts at (upper) and ends at; for `member` lines the start is the team (the edge's target). */
  readonly from: NodeId;
  readonly to: NodeId;
  readonly fromSite: Site;
  readonly toSite: Site;
  /** Polyline, first point on `from`'s edge, last on `to`'s. */
  readonly points: readonly (readonly [number, number])[];
  /** True when the arrow mark belongs at the first point (the edge's target is `from`). */
  readonly reversed: boolean;
  /** V-H-V (or V-H-V-H-V) route (`bent`), down-then-across into a hung box's side (`elbow`), or a straight line. */
  readonly shape: 'bent' | 'elbow' | 'straight';
  /** Fraction of the way down from the first to the last point where the horizontal runs (bent only). */
  readonly bend: number;
}

export interface Diagram {
  readonly boxes: readonly DiagramBox[];
  readonly lines: readonly DiagramLine[];
  /** Label size in pt (after any scale-down). */
  readonly fontSize: number;
  readonly subSize: number;
  /** 1 when the labels are at `fontSize` as chosen; < 1 when an overview had to be scaled below `minFont`. */
  readonly scale: number;
  readonly bounds: Rect;
}

export interface DiagramOptions {
  readonly minFont?: number;
  readonly maxFont?: number;
}

/** Layers: longest path along the "down" edges, cycles broken in input order. */
function layers(nodes: readonly DiagramNodeIn[], edges: readonly DiagramEdgeIn[]): Map<NodeId, number> {
  const ids = new Set(nodes.map((n) => n.node.id));
  const down = new Map<NodeId, NodeId[]>();
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    const [a, b] = e.kind === 'member' ? [e.target, e.source] : [e.source, e.target];
    const list = down.get(a);
    if (list) list.push(b);
    else down.set(a, [b]);
  }
  // Topological order by DFS (edges back into the current path are ignored: cycles).
  const state = new Map<NodeId, 1 | 2>();
  const order: NodeId[] = [];
  for (const n of nodes) {
    if (state.has(n.node.id)) continue;
    const stack: [NodeId, number][] = [[n.node.id, 0]];
    state.set(n.node.id, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const next = down.get(top[0]) ?? [];
      if (top[1] < next.length) {
        const child = next[top[1]]!;
        top[1] += 1;
        if (!state.has(child)) {
          state.set(child, 1);
          stack.push([child, 0]);
        }
      } else {
        state.set(top[0], 2);
        order.push(top[0]);
        stack.pop();
      }
    }
  }
  order.reverse();
  const rank = new Map(order.map((id, i) => [id, i]));
  const layer = new Map<NodeId, number>(order.map((id) => [id, 0]));
  for (const id of order)
    for (const child of down.get(id) ?? [])
      if ((rank.get(child) ?? 0) > (rank.get(id) ?? 0)) layer.set(child, Math.max(layer.get(child) ?? 0, (layer.get(id) ?? 0) + 1));
  return layer;
}

interface Sized {
  readonly n: DiagramNodeIn;
  /** Accounts hung under this box (org-chart style), and the size of box + stack. */
  stack: Sized[];
  uw: number;
  /** From the unit's left edge to the trunk (the box's centre). */
  left: number;
  uh: number;
  readonly w: number;
  readonly h: number;
  readonly lines: readonly string[];
  readonly sub: string;
  readonly padX: number;
  readonly padY: number;
}

/** What `size` works out for a label, sub line and size: the same for every slide and every arrangement tried. */
interface Measured {
  readonly w: number;
  readonly h: number;
  readonly lines: readonly string[];
  readonly sub: string;
}

/**
 * Measured boxes by label size, sub size, label and sub line. The fitting tries every label size
 * from 18 pt down, for up to three arrangements, on every slide that shows a node: without this
 * a 1,000-node deck wraps and ellipsises the same labels tens of thousands of times.
 */
const measured = new Map<string, Map<string, Map<number, Map<number, Measured>>>>();
let measuredCount = 0;

function size(n: DiagramNodeIn, font: number, subSize: number): Sized {
  const padX = 0.45 * font;
  const padY = 0.28 * font;
  let bySub = measured.get(n.label);
  if (bySub === undefined) {
    if (measuredCount > 200_000) {
      measured.clear();
      measuredCount = 0;
    }
    bySub = new Map();
    measured.set(n.label, bySub);
  }
  let byFont = bySub.get(n.sub);
  if (byFont === undefined) {
    byFont = new Map();
    bySub.set(n.sub, byFont);
  }
  let bySubSize = byFont.get(font);
  if (bySubSize === undefined) {
    bySubSize = new Map();
    byFont.set(font, bySubSize);
  }
  let m = bySubSize.get(subSize);
  if (m === undefined) {
    m = measure(n, font, subSize, padX, padY);
    bySubSize.set(subSize, m);
    measuredCount += 1;
  }
  // `lines` is shared between the boxes of one label; nothing writes to it.
  return { n, w: m.w, h: m.h, lines: m.lines, sub: m.sub, padX, padY, stack: [], uw: m.w, uh: m.h, left: m.w / 2 };
}

/** A label wrapped as `measure` wraps it, at 1 pt: its lines, their widest (em) and the wrap width (em). */
interface Wrapped {
  readonly lines: readonly string[];
  readonly widest: number;
  readonly wrapAt: number;
}

/**
 * Wrapping does not depend on the size: every width is the label's em widths times the size, and
 * the wrap width is too (7 em, or the longest word up to 12 em), so comparing them at 1 pt gives
 * the same lines as at any size. Wrapped once per label instead of once per size tried.
 */
const wrapped = new Map<string, Wrapped>();

function wrapLabel(label: string): Wrapped {
  // Bounded: a map of 100,000 distinct labels starts the cache again.
  if (wrapped.size > 100_000) wrapped.clear();
  return cached(wrapped, label, () => {
    // Wrap at 7 em, but never inside a word that fits on 12 em (broken words are what the issue saw).
    const longest = Math.max(0, ...label.split(/\s+/).map((word) => deckTextWidth(word, 1, true)));
    const wrapAt = Math.max(7, Math.min(12, longest));
    const lines = deckWrap(label, wrapAt, 1, true, 4);
    return { lines, widest: Math.max(...lines.map((l) => deckTextWidth(l, 1, true))), wrapAt };
  });
}

function measure(n: DiagramNodeIn, font: number, subSize: number, padX: number, padY: number): Measured {
  const { lines, widest, wrapAt } = wrapLabel(n.label);
  const maxInner = wrapAt * font;
  const sub = n.sub === '' ? '' : deckEllipsize(n.sub, maxInner, subSize);
  const inner = Math.max(widest * font, sub === '' ? 0 : deckTextWidth(sub, subSize), 4 * font);
  // 6 % slack: the text engines of PowerPoint and LibreOffice round differently.
  const w = inner * 1.06 + 2 * padX;
  const h = lines.length * font * LINE_HEIGHT + (sub === '' ? 0 : subSize * LINE_HEIGHT) + 2 * padY;
  return { w, h, lines, sub };
}

interface Packed {
  readonly rows: Sized[][];
  readonly rowOfLayer: number[];
  readonly width: number;
  readonly height: number;
  readonly gx: number;
  readonly gy: number;
}

/** Indent of a stack under its parent's centre, and the gap between stacked boxes, in em. */
const STACK_INDENT = 0.7;
const STACK_GAP = 0.3;

function pack(ordered: readonly (readonly DiagramNodeIn[])[], stacks: ReadonlyMap<NodeId, readonly DiagramNodeIn[]>, font: number, subSize: number, maxW: number): Packed {
  const gx = 0.7 * font;
  const gy = 1.4 * font;
  const rows: Sized[][] = [];
  const rowOfLayer: number[] = [];
  let widest = 0;
  for (const layer of ordered) {
    rowOfLayer.push(rows.length);
    let row: Sized[] = [];
    let w = 0;
    for (const n of layer) {
      const s = size(n, font, subSize);
      s.stack = (stacks.get(n.node.id) ?? []).map((leaf) => size(leaf, font, subSize));
      if (s.stack.length > 0) {
        // Two columns either side of a trunk down from the box's bottom centre (even on the right,
        // odd on the left); each side as wide as its widest account, at least half the box.
        const side = (k: 0 | 1) => Math.max(0, ...s.stack.filter((_, i) => i % 2 === k).map((l) => l.w));
        const right = side(0) > 0 ? side(0) + STACK_INDENT * font : 0;
        const left = side(1) > 0 ? side(1) + STACK_INDENT * font : 0;
        s.left = Math.max(s.w / 2, left);
        s.uw = s.left + Math.max(s.w / 2, right);
        let lh = 0;
        let rh = 0;
        s.stack.forEach((l, i) => {
          if (i % 2 === 0) rh += STACK_GAP * font + l.h;
          else lh += STACK_GAP * font + l.h;
        });
        s.uh = s.h + Math.max(lh, rh);
      }
      if (row.length > 0 && w + gx + s.uw > maxW) {
        rows.push(row);
        row = [];
        w = 0;
      }
      w += (row.length > 0 ? gx : 0) + s.uw;
      widest = Math.max(widest, w);
      row.push(s);
    }
    if (row.length > 0) rows.push(row);
  }
  const height = rows.reduce((h, r) => h + Math.max(...r.map((s) => s.uh)), 0) + Math.max(0, rows.length - 1) * gy;
  return { rows, rowOfLayer, width: widest, height, gx, gy };
}

/**
 * Lays out `nodes` and `edges` in `area`. The label size is the largest between `minFont` (9) and
 * `maxFont` (20) in steps of 0.5 pt at which every row fits; if even `minFont` does not fit, the
 * whole drawing is scaled down (`scale` < 1: the caller says so, or draws no labels).
 */
/** Above this many nodes a diagram is an overview: one arrangement tried, lines not detoured around boxes. */
export const DENSE_NODES = 200;

export function layoutDiagram(nodes: readonly DiagramNodeIn[], edges: readonly DiagramEdgeIn[], area: Rect, options: DiagramOptions = {}): Diagram {
  const minFont = options.minFont ?? 9;
  const maxFont = Math.max(minFont, options.maxFont ?? 20);
  const layer = layers(nodes, edges);
  const byLayer: DiagramNodeIn[][] = [];
  const sorted = [...nodes].sort((a, b) => a.node.position.x - b.node.position.x);
  // Nodes with no line at all go under everything else (an orphan account among the hubs reads wrong).
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const deepest = Math.max(0, ...[...layer.entries()].filter(([id]) => linked.has(id)).map(([, l]) => l));
  for (const n of sorted) (byLayer[linked.has(n.node.id) ? (layer.get(n.node.id) ?? 0) : deepest + 1] ??= []).push(n);
  const ordered: DiagramNodeIn[][] = byLayer.filter((l) => l !== undefined && l.length > 0);
  // Barycentre order: each layer follows the order of what is above it.
  const place = new Map<NodeId, number>();
  ordered[0]?.forEach((n, i) => place.set(n.node.id, i));
  const parents = new Map<NodeId, NodeId[]>();
  for (const e of edges) {
    const [a, b] = e.kind === 'member' ? [e.target, e.source] : [e.source, e.target];
    const list = parents.get(b);
    if (list) list.push(a);
    else parents.set(b, [a]);
  }
  for (let i = 1; i < ordered.length; i++) {
    const l = ordered[i]!;
    const key = new Map<NodeId, number>();
    l.forEach((n, j) => {
      const ps = (parents.get(n.node.id) ?? []).map((p) => place.get(p)).filter((v): v is number => v !== undefined);
      key.set(n.node.id, ps.length > 0 ? ps.reduce((s, v) => s + v, 0) / ps.length : j);
    });
    l.sort((a, b) => (key.get(a.node.id) ?? 0) - (key.get(b.node.id) ?? 0));
    l.forEach((n, j) => place.set(n.node.id, j));
  }

  // Accounts with one owner and nothing below hang under their owner in a column (as org charts
  // stack leaves): a layer of thirty accounts side by side would need a tiny font or many rows.
  // Tall stacks can cost more height than they save width, so three arrangements are tried — every
  // such account hung, only those of owners with nothing else below, none — and the one with the
  // largest label size wins (the first on a tie).
  const hasChild = new Set<NodeId>();
  for (const [child, ps] of parents) for (const p of ps) if (p !== child) hasChild.add(p);
  const present = new Set(nodes.map((n) => n.node.id));
  const hangable = new Map<NodeId, NodeId>();
  for (const n of nodes) {
    const ps = [...new Set((parents.get(n.node.id) ?? []).filter((p) => present.has(p) && p !== n.node.id))];
    const parent = ps[0];
    if (n.node.kind === 'account' && ps.length === 1 && parent !== undefined && !hasChild.has(n.node.id)) hangable.set(n.node.id, parent);
  }
  const otherChildren = new Set<NodeId>();
  for (const [child, ps] of parents) if (!hangable.has(child)) for (const p of ps) otherChildren.add(p);
  const subOf = (font: number) => Math.max(8, Math.round(font * 0.68 * 2) / 2);
  const fits = (p: Packed) => p.width <= area.w && p.height <= area.h;
  const attempt = (hang: (leaf: NodeId, parent: NodeId) => boolean) => {
    const stacks = new Map<NodeId, DiagramNodeIn[]>();
    const layersHere: DiagramNodeIn[][] = [];
    for (const layerNodes of ordered) {
      const kept: DiagramNodeIn[] = [];
      for (const n of layerNodes) {
        const parent = hangable.get(n.node.id);
        if (parent !== undefined && hang(n.node.id, parent)) {
          const list = stacks.get(parent);
          if (list) list.push(n);
          else stacks.set(parent, [n]);
        } else kept.push(n);
      }
      if (kept.length > 0) layersHere.push(kept);
    }
    let font = minFont;
    let packed = pack(layersHere, stacks, font, subOf(font), area.w);
    // The largest size that fits; but if a size down to 12 pt fits without wrapping any layer into
    // a second row, that one: rows that mirror the hierarchy read better, and lines between
    // wrapped rows need detours.
    for (let f = maxFont; f >= minFont; f -= dense ? 2 : 0.5) {
      const p = pack(layersHere, stacks, f, subOf(f), area.w);
      if (fits(p)) {
        font = f;
        packed = p;
        break;
      }
    }
    if (packed.rows.length > layersHere.length && !dense)
      for (let f = font - 0.5; f >= Math.max(12, minFont); f -= 0.5) {
        const p = pack(layersHere, stacks, f, subOf(f), area.w);
        if (fits(p) && p.rows.length === layersHere.length) {
          font = f;
          packed = p;
          break;
        }
      }
    const scale = Math.min(1, area.w / Math.max(1, packed.width), area.h / Math.max(1, packed.height));
    return { font, packed, scale, wrapped: packed.rows.length > layersHere.length };
  };
  // A dense overview (hundreds of nodes, labels at the floor size anyway): one arrangement, and
  // lines in their channels without the detours around boxes — seconds instead of minutes.
  const dense = nodes.length > DENSE_NODES;
  const attempts = dense ? [attempt(() => true)] : [attempt(() => true), attempt((_leaf, parent) => !otherChildren.has(parent)), attempt(() => false)];
  const labelPt = (a: (typeof attempts)[number]) => a.font * a.scale;
  // Unwrapped arrangements at ≥ 12 pt first, then the largest label size.
  const unwrapped = attempts.filter((a) => a.wrapped === false && labelPt(a) >= 12);
  const pool = unwrapped.length > 0 ? unwrapped : attempts;
  let best = pool[0]!;
  for (const other of pool.slice(1)) if (labelPt(other) > labelPt(best) + 0.01) best = other;
  const { font, packed, scale } = best;
  const subSize = subOf(font);
  // Spread: use the free height for wider channels (up to 4 em), then centre.
  const rowHeights = packed.rows.map((r) => Math.max(...r.map((s) => s.uh)));
  let gy = packed.gy;
  if (scale === 1 && packed.rows.length > 1) gy = Math.min(4 * font, packed.gy + (area.h - packed.height) / (packed.rows.length - 1));
  const totalH = rowHeights.reduce((a, b) => a + b, 0) + Math.max(0, packed.rows.length - 1) * gy;
  const boxes: DiagramBox[] = [];
  const stacked: { parent: NodeId; leaf: NodeId }[] = [];
  let y = area.y + (area.h - totalH * scale) / 2;
  const put = (s: Sized, x: number, by: number, row: number) =>
    boxes.push({ id: s.n.node.id, node: s.n.node, x, y: by, w: s.w * scale, h: s.h * scale, padX: s.padX * scale, padY: s.padY * scale, lines: s.lines, sub: s.sub, row });
  packed.rows.forEach((row, r) => {
    const rowW = row.reduce((w, s) => w + s.uw, 0);
    // Spread a row over the width, up to 4 em between units, then centre it.
    const gx = scale < 1 || row.length < 2 ? packed.gx : Math.min(4 * font, Math.max(packed.gx, (Math.min(area.w, packed.width * 1.25) - rowW) / (row.length - 1)));
    const w = (rowW + gx * (row.length - 1)) * scale;
    let x = area.x + (area.w - w) / 2;
    const flat = row.every((s) => s.stack.length === 0);
    const rh = rowHeights[r] ?? 0;
    for (const s of row) {
      // The box centred in its unit; hung accounts either side of the trunk below it.
      const bx = x + (s.left - s.w / 2) * scale;
      const by = flat ? y + ((rh - s.h) / 2) * scale : y;
      put(s, bx, by, r);
      const trunk = x + s.left * scale;
      const next = [by + s.h * scale, by + s.h * scale];
      s.stack.forEach((leaf, i) => {
        const k = i % 2;
        const ly = (next[k] ?? 0) + STACK_GAP * font * scale;
        put(leaf, k === 0 ? trunk + STACK_INDENT * font * scale : trunk - (STACK_INDENT * font + leaf.w) * scale, ly, r);
        stacked.push({ parent: s.n.node.id, leaf: leaf.n.node.id });
        next[k] = ly + leaf.h * scale;
      });
      x += (s.uw + gx) * scale;
    }
    y += (rh + gy) * scale;
  });
  const lines = route(boxes, edges, gy * scale, new Set(stacked.map((p) => p.leaf)), dense);
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.w));
  const maxY = Math.max(...boxes.map((b) => b.y + b.h));
  return {
    boxes,
    lines,
    fontSize: font * scale,
    subSize: subSize * scale,
    scale,
    bounds: boxes.length === 0 ? { x: area.x, y: area.y, w: 0, h: 0 } : { x: minX, y: minY, w: maxX - minX, h: maxY - minY },
  };
}

function crosses(boxes: readonly DiagramBox[], x: number, y1: number, y2: number, except: ReadonlySet<NodeId>): boolean {
  const lo = Math.min(y1, y2);
  const hi = Math.max(y1, y2);
  return boxes.some((b) => !except.has(b.id) && x > b.x - 1 && x < b.x + b.w + 1 && hi > b.y && lo < b.y + b.h);
}

function crossesH(boxes: readonly DiagramBox[], y: number, x1: number, x2: number): boolean {
  const lo = Math.min(x1, x2);
  const hi = Math.max(x1, x2);
  return boxes.some((b) => y > b.y - 1 && y < b.y + b.h + 1 && hi > b.x && lo < b.x + b.w);
}

/** An x between y1 and y2 where a vertical line crosses no box, nearest to x1 and x2; null if none. */
function gapX(boxes: readonly DiagramBox[], y1: number, y2: number, x1: number, x2: number, ends: ReadonlySet<NodeId>): number | null {
  const lo = Math.min(y1, y2);
  const hi = Math.max(y1, y2);
  const inBand = boxes.filter((b) => !ends.has(b.id) && b.y < hi && b.y + b.h > lo).sort((a, b) => a.x - b.x);
  const candidates: number[] = [];
  if (inBand.length === 0) return null;
  const first = inBand[0]!;
  const last = inBand[inBand.length - 1]!;
  candidates.push(first.x - 8, last.x + last.w + 8);
  for (let i = 1; i < inBand.length; i++) {
    const prevEnd = Math.max(...inBand.slice(0, i).map((b) => b.x + b.w));
    const next = inBand[i]!.x;
    if (next - prevEnd > 4) candidates.push((prevEnd + next) / 2);
  }
  let best: number | null = null;
  for (const x of candidates) {
    if (crosses(boxes, x, y1, y2, ends) || crossesH(boxes, y1, x1, x) || crossesH(boxes, y2, x, x2)) continue;
    if (best === null || Math.abs(x - x1) + Math.abs(x - x2) < Math.abs(best - x1) + Math.abs(best - x2)) best = x;
  }
  return best;
}

/** Orthogonal lines: from the upper box's bottom centre down to a channel, across, down to the lower box's top centre. */
function route(boxes: readonly DiagramBox[], edges: readonly DiagramEdgeIn[], gy: number, hung: ReadonlySet<NodeId>, dense = false): DiagramLine[] {
  const at = new Map(boxes.map((b) => [b.id, b]));
  const rowTop = new Map<number, number>();
  const rowBottom = new Map<number, number>();
  for (const b of boxes) {
    rowTop.set(b.row, Math.min(rowTop.get(b.row) ?? Infinity, b.y));
    rowBottom.set(b.row, Math.max(rowBottom.get(b.row) ?? -Infinity, b.y + b.h));
  }
  // Lanes: in each channel, each upper box gets its own height, so lines from different boxes do not merge.
  const lanes = new Map<number, Map<NodeId, number>>();
  const plans: { e: DiagramEdgeIn; a: DiagramBox; b: DiagramBox; reversed: boolean }[] = [];
  for (const e of edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t || s === t) continue;
    const reversed = e.kind === 'member';
    const [a, b] = reversed ? [t, s] : [s, t];
    plans.push({ e, a, b, reversed });
    if (hung.has(b.id) && b.row === a.row) continue;
    if (b.row > a.row) {
      let list = lanes.get(b.row);
      if (list === undefined) {
        list = new Map();
        lanes.set(b.row, list);
      }
      if (!list.has(a.id)) list.set(a.id, list.size);
    }
  }
  const out: DiagramLine[] = [];
  for (const { e, a, b, reversed } of plans) {
    const base = { id: e.id, kind: e.kind, source: e.source, target: e.target, reversed };
    if (hung.has(b.id) && b.row === a.row) {
      // Down the trunk from the owner's bottom centre, then across into the hung account's near side.
      const x1 = a.x + a.w / 2;
      const y2 = b.y + b.h / 2;
      const right = b.x >= x1;
      out.push({ ...base, from: a.id, to: b.id, fromSite: 2, toSite: right ? 1 : 3, points: [[x1, a.y + a.h], [x1, y2], [right ? b.x : b.x + b.w, y2]], shape: 'elbow', bend: 1 });
      continue;
    }
    if (b.row > a.row) {
      const x1 = a.x + a.w / 2;
      const y1 = a.y + a.h;
      const x2 = b.x + b.w / 2;
      const y2 = b.y;
      const list = lanes.get(b.row);
      const lane = list?.get(a.id) ?? 0;
      const laneCount = list?.size ?? 1;
      const channelTop = rowBottom.get(b.row - 1) ?? y1;
      const channel = Math.max(4, Math.min(gy, y2 - channelTop));
      let ym = channelTop + (channel * (lane + 1)) / (laneCount + 1);
      const ends = new Set([a.id, b.id]);
      const clear = (y: number) => !crosses(boxes, x1, y1, y, ends) && !crosses(boxes, x2, y, y2, ends) && !crossesH(boxes, y, x1, x2);
      if (!dense && !clear(ym)) {
        // The channel right under the upper box, or else around the rows in between through a gap.
        const top = rowBottom.get(a.row) ?? y1;
        const below = top + Math.min(gy, (rowTop.get(a.row + 1) ?? y2) - top) * ((lane + 1) / (laneCount + 1));
        if (clear(below)) ym = below;
        else {
          const gap = gapX(boxes, below, ym, x1, x2, ends);
          if (gap !== null) {
            out.push({
              ...base, from: a.id, to: b.id, fromSite: 2, toSite: 0,
              points: [[x1, y1], [x1, below], [gap, below], [gap, ym], [x2, ym], [x2, y2]],
              shape: 'bent', bend: (below - y1) / (y2 - y1),
            });
            continue;
          }
        }
      }
      out.push({ ...base, from: a.id, to: b.id, fromSite: 2, toSite: 0, points: [[x1, y1], [x1, ym], [x2, ym], [x2, y2]], shape: 'bent', bend: y2 === y1 ? 0.5 : (ym - y1) / (y2 - y1) });
    } else {
      // Same row or upwards (a cycle): straight, side to side or bottom to top.
      const sameRow = b.row === a.row;
      const right = b.x > a.x;
      const p1: [number, number] = sameRow ? [right ? a.x + a.w : a.x, a.y + a.h / 2] : [a.x + a.w / 2, a.y];
      const p2: [number, number] = sameRow ? [right ? b.x : b.x + b.w, b.y + b.h / 2] : [b.x + b.w / 2, b.y + b.h];
      out.push({ ...base, from: a.id, to: b.id, fromSite: sameRow ? (right ? 3 : 1) : 0, toSite: sameRow ? (right ? 1 : 3) : 2, points: [p1, p2], shape: 'straight', bend: 0.5 });
    }
  }
  return out;
}
