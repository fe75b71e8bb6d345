import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { bezierPieces, MAX_PIECES, PIECE_LENGTH } from './pieces';

const numbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** A point of a cubic given as "Mx,y Cx,y x,y x,y". */
function pointAt(d: string, t: number): [number, number] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = numbers(d);
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const e = t * t * t;
  return [a * x0 + b * x1 + c * x2 + e * x3, a * y0 + b * y1 + c * y2 + e * y3];
}

describe('bezierPieces', () => {
  const ends = { sourceX: 0, sourceY: 0, targetX: 2400, targetY: 900, sourcePosition: Position.Bottom, targetPosition: Position.Top };

  it('gives a short edge as React Flow draws it, in one piece', () => {
    const short = { ...ends, targetX: 120, targetY: 200 };
    const [path] = getBezierPath(short);
    const pieces = bezierPieces(short);
    expect(pieces).toHaveLength(1);
    expect(numbers(pieces[0] ?? '')).toEqual(numbers(path));
  });

  it('cuts a long edge into pieces that join end to end along the same curve', () => {
    const [path] = getBezierPath(ends);
    const pieces = bezierPieces(ends);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.length).toBeLessThanOrEqual(MAX_PIECES);
    // Each piece starts where the previous one ended; the first at the source, the last at the target.
    expect(numbers(pieces[0] ?? '').slice(0, 2)).toEqual([0, 0]);
    expect(numbers(pieces[pieces.length - 1] ?? '').slice(-2)).toEqual([2400, 900]);
    for (let i = 1; i < pieces.length; i += 1) expect(numbers(pieces[i] ?? '').slice(0, 2)).toEqual(numbers(pieces[i - 1] ?? '').slice(-2));
    // The middle of piece i is the whole curve's point at the middle of its share of t.
    pieces.forEach((piece, i) => {
      const [x, y] = pointAt(piece, 0.5);
      const [ex, ey] = pointAt(path.replace(/C/, ' '), (i + 0.5) / pieces.length);
      expect(Math.abs(x - ex)).toBeLessThan(0.05);
      expect(Math.abs(y - ey)).toBeLessThan(0.05);
    });
  });

  it('keeps pieces near the length it is given, and the count bounded', () => {
    expect(bezierPieces(ends, PIECE_LENGTH / 4).length).toBeGreaterThan(bezierPieces(ends).length);
    expect(bezierPieces({ ...ends, targetX: 1e6 }, 10)).toHaveLength(MAX_PIECES);
  });
});
