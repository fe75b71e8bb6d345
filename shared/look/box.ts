/**
 * Node boxes as the canvas draws them (renderer/src/styles.css `.org-node`, OrgNodeView), computed
 * without a DOM so the canvas, the layout and every exporter measure a node the same way. The
 * edge curves between the boxes are in shared/layout/scene.ts.
 */
import type { OrgNode } from '../model/types';
import type { BoxLabels } from './labels';
import { INTER_WIDTHS } from './metrics';

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
  return ellipsizeBy(text, max, (t) => textWidth(t, size, weight));
}

/** `text` cut to fit `max` as measured by `widthOf`, with an ellipsis (the longest prefix that fits). */
export function ellipsizeBy(text: string, max: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (widthOf(`${chars.slice(0, mid).join('')}…`) <= max) lo = mid;
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
export function hubTagText(labels: Pick<BoxLabels, 'hub'>): string {
  return labels.hub.toUpperCase();
}

/** Lays out one node box the way the canvas CSS does. */
export function nodeBox(node: OrgNode, hub: boolean, labels: BoxLabels): NodeBox {
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
