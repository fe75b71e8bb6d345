/**
 * Where a node added without a pointer (Enter or a click on the palette, paste) goes: at the wanted
 * point if that is free, else the nearest free cell around it, so nodes added in a row sit side by
 * side instead of on top of each other.
 */
import type { Position } from '../../../shared/model/types';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The room planned for a node not measured yet: its widest (NODE.maxWidth in shared/look/box)
 * and a two-line node, so a new node with a long label still fits its cell.
 */
export const NEW_NODE_SIZE = { width: 240, height: 64 } as const;
const GAP = 24;
/** Rings searched around the wanted point; past them the wanted point is used as it is. */
const MAX_RINGS = 12;

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * The top-left corner nearest to `want` where a box of `size` overlaps none of `boxes` (with a gap
 * between). Cells are searched ring by ring, nearest first; in a ring, rightwards and down first.
 */
export function freeSpot(boxes: readonly Box[], want: Position, size: { width: number; height: number } = NEW_NODE_SIZE): Position {
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  const fits = (p: Position) => !boxes.some((b) => overlaps({ ...p, ...size }, b, GAP / 2));
  if (fits(want)) return want;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const cells: { p: Position; d: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const p = { x: want.x + i * stepX, y: want.y + j * stepY };
        // Nearest in cells first; ties go right, then down (reading order), so a row grows sideways.
        cells.push({ p, d: Math.hypot(i, j) - (i > 0 ? 0.2 : 0) - (j > 0 ? 0.1 : 0) });
      }
    }
    cells.sort((a, b) => a.d - b.d);
    const free = cells.find((c) => fits(c.p));
    if (free) return free.p;
  }
  return want;
}
