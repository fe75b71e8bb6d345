import { Position } from '@xyflow/react';

/**
 * Long edges painted in pieces. Software rendering (Chromium without a GPU, as in the benchmark and
 * on many office machines) strokes an edge wider than one device pixel as an outline of the WHOLE
 * curve, once for every raster tile the curve's bounding box touches, even when only a sliver of it
 * is on screen. Regional hubs coordinate their whole region, so at zoom 1 a few hundred curves,
 * each thousands of pixels long, were stroked over and over in every pan and drag frame. Cut into
 * pieces of about PIECE_LENGTH, each piece has tight bounds: only the pieces on a tile are stroked.
 * The pieces are the exact sub-curves of React Flow's bezier (the same curve, drawn end to end).
 */
export const PIECE_LENGTH = 1000;
/** At most this many pieces per edge. */
export const MAX_PIECES = 32;

type Point = readonly [number, number];

/** The same offset React Flow's getBezierPath gives a control point (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(pos: Position, x1: number, y1: number, x2: number, y2: number): Point {
  switch (pos) {
    case Position.Left:
      return [x1 - controlOffset(x1 - x2), y1];
    case Position.Right:
      return [x1 + controlOffset(x2 - x1), y1];
    case Position.Top:
      return [x1, y1 - controlOffset(y1 - y2)];
    case Position.Bottom:
      return [x1, y1 + controlOffset(y2 - y1)];
  }
}

export interface BezierEnds {
  readonly sourceX: number;
  readonly sourceY: number;
  readonly targetX: number;
  readonly targetY: number;
  readonly sourcePosition: Position;
  readonly targetPosition: Position;
}

const f = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * React Flow's bezier between the two ends as one or more path strings, each a piece of the curve
 * no longer (along its control polygon) than about PIECE_LENGTH. Short curves: one piece.
 */
export function bezierPieces(e: BezierEnds, pieceLength = PIECE_LENGTH): string[] {
  const p0: Point = [e.sourceX, e.sourceY];
  const p1 = control(e.sourcePosition, e.sourceX, e.sourceY, e.targetX, e.targetY);
  const p2 = control(e.targetPosition, e.targetX, e.targetY, e.sourceX, e.sourceY);
  const p3: Point = [e.targetX, e.targetY];
  const polygon = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) + Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) + Math.hypot(p3[0] - p2[0], p3[1] - p2[1]);
  const count = Math.max(1, Math.min(MAX_PIECES, Math.ceil(polygon / pieceLength)));
  const at = (t: number): Point => {
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
  };
  const slope = (t: number): Point => {
    const u = 1 - t;
    const a = 3 * u * u;
    const b = 6 * u * t;
    const c = 3 * t * t;
    return [a * (p1[0] - p0[0]) + b * (p2[0] - p1[0]) + c * (p3[0] - p2[0]), a * (p1[1] - p0[1]) + b * (p2[1] - p1[1]) + c * (p3[1] - p2[1])];
  };
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = i / count;
    const t1 = (i + 1) / count;
    const h = (t1 - t0) / 3;
    const q0 = i === 0 ? p0 : at(t0);
    const q3 = i === count - 1 ? p3 : at(t1);
    const d0 = slope(t0);
    const d1 = slope(t1);
    out.push(`M${f(q0[0])},${f(q0[1])} C${f(q0[0] + h * d0[0])},${f(q0[1] + h * d0[1])} ${f(q3[0] - h * d1[0])},${f(q3[1] - h * d1[1])} ${f(q3[0])},${f(q3[1])}`);
  }
  return out;
}
