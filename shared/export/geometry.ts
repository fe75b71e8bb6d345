/**
 * Node boxes and edge curves as the canvas draws them (renderer/src/styles.css `.org-node`,
 * OrgNodeView, OrgEdgeView), computed without a DOM so every exporter lays out the same way.
 */
import type { EdgeKind, NodeId, OrgEdge, OrgNode, Scenario } from '../model/types';
import type { ExportLabels } from './labels';
import { BoxIndex, laneOf, routeEdge, type Point } from '../layout/route';
import { INTER_WIDTHS } from './metrics';
import { EDGE_COLORS_BY_THEME, EXPORT_PALETTES } from './palette';

export type Weight = 'regular' | 'semibold' | 'bold';

/** CSS numbers of `.org-node` and friends, in px. */
export const NODE = {
  minWidth: 160,
  maxWidth: 240,
  padX: 10,
  padY: 8,
  border: 2,
  hubBorder: 4,
  radius: 10,
  accountRadius: 20,
  labelSize: 14,
  labelLine: 17,
  subSize: 11,
  subLine: 13,
  subGap: 2,
  iconGap: 6,
  maxLabelLines: 3,
  /** Half of the 12 px handle: React Flow puts edge ends at the handle's outer side. */
  handleOffset: 6,
} as const;

export const BORDER_COLORS: Readonly<Record<OrgNode['kind'], string>> = {
  department: '#f59e0b',
  unit: '#0ea5e9',
  team: '#6366f1',
  employees: '#14b8a6',
  account: '#64748b',
};

/** Light line colours (the default); `EDGE_COLORS_BY_THEME` in palette.ts has both themes. */
export const EDGE_COLORS: Readonly<Record<EdgeKind, string>> = EDGE_COLORS_BY_THEME.light;
export const EDGE_WIDTH: Readonly<Record<EdgeKind, number>> = { coordinates: 3, owns: 1.8, member: 1.2 };
export const ACCENT = EXPORT_PALETTES.light.accentFill;

const FALLBACK_WIDTH = 600;

/** Width of `text` in px at `size`, from Inter's advance widths (wide glyphs such as emoji count one em). */
export function textWidth(text: string, size: number, weight: Weight = 'regular', letterSpacing = 0): number {
  const table = INTER_WIDTHS[weight];
  let units = 0;
  let count = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const w = table[cp];
    if (w !== undefined) units += w;
    else if (cp === 0x200b || cp === 0x200d || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0xfe00 && cp <= 0xfe0f)) units += 0;
    else units += cp > 0x2e80 ? 1000 : FALLBACK_WIDTH;
    count += 1;
  }
  return (units / 1000) * size + letterSpacing * count;
}

/** Cuts `text` to fit `max` px, ending in an ellipsis when it had to cut. */
export function ellipsize(text: string, max: number, size: number, weight: Weight = 'regular'): string {
  if (textWidth(text, size, weight) <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('')}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * Wraps like `overflow-wrap: anywhere`: at spaces, and inside a word only when the word alone is
 * too wide. Beyond `maxLines` the last line ends in an ellipsis.
 */
export function wrapText(text: string, max: number, size: number, weight: Weight, maxLines: number): string[] {
  const words = text.split(/[ \t\n\r]+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(l);
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, size, weight) <= max) {
      line = candidate;
      continue;
    }
    if (line !== '') push(line);
    let rest = Array.from(word);
    while (textWidth(rest.join(''), size, weight) > max && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && textWidth(rest.slice(0, n).join(''), size, weight) > max) n -= 1;
      push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    line = rest.join('');
  }
  if (line !== '' || lines.length === 0) push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`, max, size, weight);
  return kept;
}

export interface NodeBox {
  readonly node: OrgNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly hub: boolean;
  readonly border: number;
  readonly radius: number;
  /** Icon or platform mark size and top-left, relative to the box. */
  readonly icon: { readonly x: number; readonly y: number; readonly size: number };
  readonly labelLines: readonly string[];
  /** Top of the first label line, relative to the box. */
  readonly labelX: number;
  readonly labelY: number;
  readonly hubTag: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
  /** The grey line under the label: kind, or platform and handle. */
  readonly sub: readonly { readonly text: string; readonly x: number }[];
  readonly subY: number;
}

const HUB_TAG = { size: 10, spacing: 0.5, padX: 5, height: 15 } as const;

/** The hub tag's text as shown (CSS uppercases it). */
export function hubTagText(labels: ExportLabels): string {
  return labels.hub.toUpperCase();
}

/** Lays out one node box the way the canvas CSS does. */
export function nodeBox(node: OrgNode, hub: boolean, labels: ExportLabels): NodeBox {
  const border = hub ? NODE.hubBorder : NODE.border;
  const iconSize = node.kind === 'account' ? 20 : 18;
  const tag = hubTagText(labels);
  const tagWidth = hub ? textWidth(tag, HUB_TAG.size, 'bold', HUB_TAG.spacing) + 2 * HUB_TAG.padX : 0;
  const inner = NODE.maxWidth - 2 * (NODE.padX + border);
  const labelMax = inner - iconSize - NODE.iconGap - (hub ? NODE.iconGap + tagWidth : 0);
  const label = node.label === '' ? labels.noLabel : node.label;
  const labelLines = wrapText(label, labelMax, NODE.labelSize, 'semibold', NODE.maxLabelLines);
  const labelWidth = Math.max(...labelLines.map((l) => textWidth(l, NODE.labelSize, 'semibold')));
  const rowWidth = iconSize + NODE.iconGap + labelWidth + (hub ? NODE.iconGap + tagWidth : 0);
  const subParts: string[] =
    node.kind === 'account' ? [node.platform ? labels.platform[node.platform] : '', ...(node.handle ? [node.handle] : [])] : [labels.kind[node.kind]];
  const subWidth = subParts.reduce((s, p, i) => s + textWidth(p, NODE.subSize) + (i > 0 ? NODE.iconGap : 0), 0);
  const width = Math.min(NODE.maxWidth, Math.max(NODE.minWidth, Math.ceil(Math.max(rowWidth, subWidth)) + 2 * (NODE.padX + border)));
  const rowHeight = Math.max(iconSize, labelLines.length * NODE.labelLine);
  const height = 2 * (border + NODE.padY) + rowHeight + NODE.subGap + NODE.subLine;
  const left = border + NODE.padX;
  const top = border + NODE.padY;
  const innerWidth = width - 2 * left;
  const labelX = left + iconSize + NODE.iconGap;
  // The label takes the row's free space (flex: 1), so the hub tag sits at the right edge.
  const hubTag = hub ? { x: left + innerWidth - tagWidth, y: top + (rowHeight - HUB_TAG.height) / 2, width: tagWidth, height: HUB_TAG.height } : null;
  const sub: { text: string; x: number }[] = [];
  let sx = left;
  const subMax = innerWidth;
  for (const part of subParts) {
    const room = subMax - (sx - left);
    if (room <= 0) break;
    const text = ellipsize(part, room, NODE.subSize);
    sub.push({ text, x: sx });
    sx += textWidth(text, NODE.subSize) + NODE.iconGap;
  }
  return {
    node,
    x: node.position.x,
    y: node.position.y,
    width,
    height,
    hub,
    border,
    radius: node.kind === 'account' ? NODE.accountRadius : NODE.radius,
    icon: { x: left, y: top + (rowHeight - iconSize) / 2, size: iconSize },
    labelLines,
    labelX,
    labelY: top + (rowHeight - labelLines.length * NODE.labelLine) / 2,
    hubTag,
    sub,
    subY: top + rowHeight + NODE.subGap,
  };
}

export const HUB_TAG_STYLE = HUB_TAG;

export interface EdgeCurve {
  readonly edge: OrgEdge;
  readonly sx: number;
  readonly sy: number;
  readonly c1x: number;
  readonly c1y: number;
  readonly c2x: number;
  readonly c2y: number;
  readonly tx: number;
  readonly ty: number;
  /**
   * The line as drawn: the canvas's orthogonal route around the other boxes (shared/layout/route.ts),
   * from the source's side to the target's; `sx…ty` are its first and last points.
   */
  readonly points: readonly Point[];
}

function controlOffset(distance: number, curvature: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

/**
 * The line of a relation, routed around the boxes in `index` as the canvas routes it (bottom of
 * the source to top of the target, or the facing sides). Without an index: the plain elbow. The
 * `c1`/`c2` control points are those of React Flow's bezier between the route's ends (kept for
 * callers that draw one curve).
 */
export function edgeCurve(edge: OrgEdge, source: NodeBox, target: NodeBox, index: BoxIndex = new BoxIndex(), maxObstacles?: number): EdgeCurve {
  const route = routeEdge(index, { id: edge.source, box: source }, { id: edge.target, box: target }, { lane: laneOf(edge.kind), ...(maxObstacles !== undefined ? { maxObstacles } : {}) });
  const first = route.points[0] ?? { x: source.x + source.width / 2, y: source.y + source.height + NODE.handleOffset };
  const last = route.points[route.points.length - 1] ?? { x: target.x + target.width / 2, y: target.y - NODE.handleOffset };
  const { x: sx, y: sy } = first;
  const { x: tx, y: ty } = last;
  const curvature = 0.25;
  return { edge, sx, sy, c1x: sx, c1y: sy + controlOffset(ty - sy, curvature), c2x: tx, c2y: ty - controlOffset(ty - sy, curvature), tx, ty, points: route.points };
}

export interface SceneLayout {
  readonly boxes: readonly NodeBox[];
  readonly curves: readonly EdgeCurve[];
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Up to this many boxes every exported line is routed with the full search (see layoutScene). */
export const ROUTE_ALL_UP_TO = 400;
/** Above it, the route search gives up in a window holding more boxes than this. */
export const MAX_OBSTACLES_BIG = 60;

/** Boxes and curves of a scenario (or of the selected nodes and the edges between them). */
export function layoutScene(scenario: Scenario, labels: ExportLabels, selection?: readonly NodeId[]): SceneLayout {
  const chosen = selection && selection.length > 0 ? new Set<string>(selection) : null;
  const hubs = new Set<string>();
  for (const e of scenario.edges) if (e.kind === 'coordinates') hubs.add(e.source);
  const boxes: NodeBox[] = [];
  const byId = new Map<string, NodeBox>();
  for (const node of scenario.nodes) {
    if (chosen && !chosen.has(node.id)) continue;
    const box = nodeBox(node, hubs.has(node.id), labels);
    boxes.push(box);
    byId.set(node.id, box);
  }
  const index = new BoxIndex();
  for (const b of boxes) index.set(b.node.id, { x: b.x, y: b.y, width: b.width, height: b.height });
  // Maps of a few hundred nodes get every line routed clear of the boxes; on bigger ones a line
  // whose search window holds more than MAX_OBSTACLES_BIG boxes (a relation across the map) takes
  // the plain elbow, so exporting thousands of nodes stays within seconds (npm run bench -- export).
  const maxObstacles = boxes.length > ROUTE_ALL_UP_TO ? MAX_OBSTACLES_BIG : undefined;
  const curves: EdgeCurve[] = [];
  for (const edge of scenario.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (s && t) curves.push(edgeCurve(edge, s, t, index, maxObstacles));
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x - 4);
    minY = Math.min(minY, b.y - NODE.handleOffset - 4);
    maxX = Math.max(maxX, b.x + b.width + 4);
    maxY = Math.max(maxY, b.y + b.height + NODE.handleOffset + 4);
  }
  for (const c of curves) {
    for (const p of c.points) {
      minX = Math.min(minX, p.x - 4);
      minY = Math.min(minY, p.y - 4);
      maxX = Math.max(maxX, p.x + 4);
      maxY = Math.max(maxY, p.y + 4);
    }
  }
  if (boxes.length === 0) {
    minX = 0;
    minY = 0;
    maxX = 0;
    maxY = 0;
  }
  return { boxes, curves, minX, minY, maxX, maxY };
}
