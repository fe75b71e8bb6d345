import { describe, expect, it } from 'vitest';
import { freeSpot, NEW_NODE_SIZE, type Box } from './placement';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('freeSpot', () => {
  it('keeps the wanted point when it is free', () => {
    expect(freeSpot([{ x: 500, y: 500, width: 100, height: 50 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('puts ten nodes added at the same point where none overlaps another', () => {
    const boxes: Box[] = [];
    for (let i = 0; i < 10; i++) {
      const p = freeSpot(boxes, { x: 100, y: 100 });
      const box = { ...p, ...NEW_NODE_SIZE };
      for (const other of boxes) expect(overlap(box, other)).toBe(false);
      boxes.push(box);
    }
    // The second one goes beside the first, to the right (reading order), not far away.
    expect(boxes[1]?.y).toBe(100);
    expect(boxes[1]?.x).toBeGreaterThan(100);
    expect(boxes[1]?.x).toBeLessThan(100 + 2 * NEW_NODE_SIZE.width);
  });

  it('steps around a wide measured node', () => {
    const wide = { x: 0, y: 0, width: 600, height: 60 };
    const p = freeSpot([wide], { x: 50, y: 10 });
    expect(overlap({ ...p, ...NEW_NODE_SIZE }, wide)).toBe(false);
  });
});
