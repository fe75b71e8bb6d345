import { describe, expect, it } from 'vitest';
import { endShape, lastSegment } from './ends';

/** The numbers of a path's data, as [x, y] pairs for the M/L commands. */
function points(d: string): number[][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('endShape', () => {
  it('puts the filled arrow’s tip 1.2 px past the end of a line coming straight down', () => {
    const s = endShape('coordinates', { x: 100, y: 200 }, { x: 100, y: 50 });
    expect(s.filled).toBe(true);
    // Box (0,0), (10,5), (0,10), ref (9,5), 1.2 px a unit, turned to point down (+y).
    expect(points(s.d)).toEqual([
      [106, 189.2],
      [100, 201.2],
      [94, 189.2],
    ]);
  });

  it('turns the open arrow along a line going left, tip on the end', () => {
    const s = endShape('member', { x: 10, y: 20 }, { x: 300, y: 20 });
    expect(s.filled).toBe(false);
    expect(points(s.d)).toEqual([
      [19.6, 24.8],
      [10, 20],
      [19.6, 15.2],
    ]);
  });

  it('centres the dot on the end, 4.8 px round', () => {
    const s = endShape('owns', { x: 50, y: 60 }, { x: 50, y: 0 });
    expect(s.filled).toBe(true);
    expect(s.d).toBe('M45.2,60 a4.8,4.8 0 1,0 9.6,0 a4.8,4.8 0 1,0 -9.6,0 Z');
  });

  it('points down when the line has no length', () => {
    expect(endShape('coordinates', { x: 0, y: 0 }, { x: 0, y: 0 })).toEqual(endShape('coordinates', { x: 0, y: 0 }, { x: 0, y: -5 }));
  });
});

describe('lastSegment', () => {
  it('skips repeated end points', () => {
    expect(lastSegment([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }])).toEqual({ end: { x: 0, y: 10 }, from: { x: 0, y: 10 - 10 } });
  });
  it('is null without two distinct points', () => {
    expect(lastSegment([])).toBeNull();
    expect(lastSegment([{ x: 1, y: 1 }, { x: 1, y: 1 }])).toBeNull();
  });
});
