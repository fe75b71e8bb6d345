/**
 * Align and distribute the selected nodes (diagrams.net's Arrange, Figma's alignment bar): the
 * moves as one map, so the caller makes them ONE edit and one undo step.
 */
import type { NodeId, Position } from '../../../shared/model/types';

export const ALIGNMENTS = ['left', 'center', 'right', 'top', 'middle', 'bottom'] as const;
export const DISTRIBUTIONS = ['horizontal', 'vertical'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];
export type Distribution = (typeof DISTRIBUTIONS)[number];

export interface SizedBox {
  readonly id: NodeId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Moves that line the boxes up on the selection's left, centre or right edge (or top, middle, bottom). */
export function alignMoves(boxes: readonly SizedBox[], how: Alignment): Map<NodeId, Position> {
  const moves = new Map<NodeId, Position>();
  if (boxes.length < 2) return moves;
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  for (const b of boxes) {
    let { x, y } = b;
    if (how === 'left') x = left;
    else if (how === 'right') x = right - b.width;
    else if (how === 'center') x = (left + right) / 2 - b.width / 2;
    else if (how === 'top') y = top;
    else if (how === 'bottom') y = bottom - b.height;
    else y = (top + bottom) / 2 - b.height / 2;
    x = Math.round(x);
    y = Math.round(y);
    if (x !== b.x || y !== b.y) moves.set(b.id, { x, y });
  }
  return moves;
}

/**
 * Moves that space the boxes evenly between the outermost two (equal gaps between boxes, as
 * diagrams.net and Figma do), in their order along that axis. Needs three boxes or more.
 */
export function distributeMoves(boxes: readonly SizedBox[], how: Distribution): Map<NodeId, Position> {
  const moves = new Map<NodeId, Position>();
  if (boxes.length < 3) return moves;
  const horizontal = how === 'horizontal';
  const start = (b: SizedBox) => (horizontal ? b.x : b.y);
  const size = (b: SizedBox) => (horizontal ? b.width : b.height);
  const sorted = [...boxes].sort((a, b) => start(a) - start(b) || start(a) + size(a) - (start(b) + size(b)));
  const first = sorted[0];
  if (!first) return moves;
  const end = Math.max(...sorted.map((b) => start(b) + size(b)));
  const total = sorted.reduce((sum, b) => sum + size(b), 0);
  const gap = (end - start(first) - total) / (sorted.length - 1);
  let at = start(first);
  for (const b of sorted) {
    const p = Math.round(at);
    if (p !== start(b)) moves.set(b.id, horizontal ? { x: p, y: b.y } : { x: b.x, y: p });
    at += size(b) + gap;
  }
  return moves;
}
