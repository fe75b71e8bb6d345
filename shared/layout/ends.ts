import type { EdgeKind } from '../model/types';
import type { Point } from './route';

/**
 * The end shape of a relation (coordinates: a filled arrow, owns: a filled dot, member: an open
 * arrow) as SVG path data in the map's own coordinates, turned along the line's last segment. The
 * same shapes, size and placement as the canvas's former `<marker>`s (a 10 × 10 box drawn 12 px wide,
 * renderer/src/canvas/EdgeMarkers.tsx) and the export's (shared/export/marks.ts): the canvas draws
 * them as a path of their own because, without a GPU, a `<marker>` shared by every relation was
 * recorded again in every frame of a drag (half the main thread's paint time at zoom 1, issue 17).
 */
export interface EndShape {
  readonly d: string;
  /** Filled (the arrow and the dot) or stroked (the open arrow, at {@link END_STROKE} px). */
  readonly filled: boolean;
}

/** The box's unit in px (12 px for the 10-unit box). */
const SCALE = 1.2;
/** Where the line ends in the box (the middle of its height). */
const REF_X: Readonly<Record<EdgeKind, number>> = { coordinates: 9, owns: 5, member: 9 };
/** The open arrow's stroke width in px (1.8 units). */
export const END_STROKE = 1.8 * SCALE;

const r2 = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * The end shape of a `kind` relation whose line ends at `end`, coming from `from` (the point before
 * it; straight down when the two are the same point).
 */
export function endShape(kind: EdgeKind, end: Point, from: Point): EndShape {
  let ux = end.x - from.x;
  let uy = end.y - from.y;
  const len = Math.hypot(ux, uy);
  if (len === 0) {
    ux = 0;
    uy = 1;
  } else {
    ux /= len;
    uy /= len;
  }
  // A point of the 10 × 10 box, along the line (bx) and across it (by, 5 = on the line).
  const at = (bx: number, by: number): string => {
    const along = (bx - REF_X[kind]) * SCALE;
    const across = (by - 5) * SCALE;
    return `${r2(end.x + along * ux - across * uy)},${r2(end.y + along * uy + across * ux)}`;
  };
  if (kind === 'owns') {
    const r = 4 * SCALE;
    return { d: `M${r2(end.x - r)},${r2(end.y)} a${r2(r)},${r2(r)} 0 1,0 ${r2(2 * r)},0 a${r2(r)},${r2(r)} 0 1,0 ${r2(-2 * r)},0 Z`, filled: true };
  }
  if (kind === 'coordinates') return { d: `M${at(0, 0)} L${at(10, 5)} L${at(0, 10)} Z`, filled: true };
  return { d: `M${at(1, 1)} L${at(9, 5)} L${at(1, 9)}`, filled: false };
}

/** The last segment of a polyline, as the `end` and `from` of {@link endShape} (null for fewer than two distinct points). */
export function lastSegment(points: readonly Point[]): { readonly end: Point; readonly from: Point } | null {
  const end = points[points.length - 1];
  if (!end) return null;
  for (let i = points.length - 2; i >= 0; i--) {
    const p = points[i] as Point;
    if (p.x !== end.x || p.y !== end.y) return { end, from: p };
  }
  return null;
}
