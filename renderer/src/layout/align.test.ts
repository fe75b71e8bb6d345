import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../../shared/model/types';
import { alignMoves, distributeMoves, type SizedBox } from './align';

const box = (id: string, x: number, y: number, width = 100, height = 40): SizedBox => ({ id: id as NodeId, x, y, width, height });
const apply = (boxes: SizedBox[], moves: Map<NodeId, { x: number; y: number }>) => boxes.map((b) => ({ ...b, ...(moves.get(b.id) ?? {}) }));

describe('align', () => {
  const boxes = [box('a', 0, 0, 100), box('b', 50, 100, 200), box('c', 400, 30, 60, 80)];

  it('left, right and centre line up the edges or the middles', () => {
    expect(apply(boxes, alignMoves(boxes, 'left')).map((b) => b.x)).toEqual([0, 0, 0]);
    expect(apply(boxes, alignMoves(boxes, 'right')).map((b) => b.x + b.width)).toEqual([460, 460, 460]);
    expect(apply(boxes, alignMoves(boxes, 'center')).map((b) => b.x + b.width / 2)).toEqual([230, 230, 230]);
  });

  it('top, middle and bottom move only vertically', () => {
    const top = apply(boxes, alignMoves(boxes, 'top'));
    expect(top.map((b) => b.y)).toEqual([0, 0, 0]);
    expect(top.map((b) => b.x)).toEqual([0, 50, 400]);
    expect(apply(boxes, alignMoves(boxes, 'bottom')).map((b) => b.y + b.height)).toEqual([140, 140, 140]);
    expect(apply(boxes, alignMoves(boxes, 'middle')).map((b) => b.y + b.height / 2)).toEqual([70, 70, 70]);
  });

  it('leaves boxes already in place out of the moves, and one box alone', () => {
    expect(alignMoves(boxes, 'left').has('a' as NodeId)).toBe(false);
    expect(alignMoves([box('a', 5, 5)], 'left').size).toBe(0);
  });
});

describe('distribute', () => {
  it('makes the gaps between boxes equal, keeping the outer two in place', () => {
    const boxes = [box('a', 0, 0, 100), box('c', 500, 0, 100), box('b', 120, 0, 50), box('d', 300, 10, 50)];
    const after = apply(boxes, distributeMoves(boxes, 'horizontal')).sort((p, q) => p.x - q.x);
    const gaps = after.slice(1).map((b, i) => b.x - ((after[i]?.x ?? 0) + (after[i]?.width ?? 0)));
    expect(gaps[0]).toBeCloseTo(gaps[1] ?? 0, 0);
    expect(gaps[1]).toBeCloseTo(gaps[2] ?? 0, 0);
    expect(after[0]?.x).toBe(0);
    expect(after[3]?.x).toBe(500);
    // Vertical positions are kept.
    expect(after.map((b) => b.y)).toEqual([0, 0, 10, 0]);
  });

  it('needs three boxes', () => {
    expect(distributeMoves([box('a', 0, 0), box('b', 300, 0)], 'vertical').size).toBe(0);
  });
});
