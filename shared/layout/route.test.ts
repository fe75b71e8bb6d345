import { describe, expect, it } from 'vitest';
import { BoxIndex, laneOf, midpoint, polylineCrosses, routeEdge, routePaths, segmentCrosses, simplify, type Point, type Rect } from './route';

const box = (x: number, y: number, width = 200, height = 52): Rect => ({ x, y, width, height });

function indexOf(boxes: Record<string, Rect>): BoxIndex {
  const index = new BoxIndex();
  for (const [id, b] of Object.entries(boxes)) index.set(id, b);
  return index;
}

function expectOrthogonal(points: readonly Point[]): void {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    expect(a.x === b.x || a.y === b.y, `segment ${i} is not horizontal or vertical`).toBe(true);
  }
}

/** No box other than the two ends is crossed. */
function expectAvoids(points: readonly Point[], boxes: Record<string, Rect>, ends: readonly string[]): void {
  for (const [id, b] of Object.entries(boxes)) if (!ends.includes(id)) expect(polylineCrosses(points, b), `crosses ${id}`).toBe(false);
}

describe('BoxIndex', () => {
  it('finds the boxes meeting an area, once each, and forgets moved and deleted ones', () => {
    const index = new BoxIndex(100);
    index.set('a', box(0, 0, 250, 50));
    index.set('b', box(1000, 1000));
    const found = (r: Rect) => {
      const ids: string[] = [];
      index.query(r, (id) => void ids.push(id));
      return ids.sort();
    };
    expect(found(box(10, 10, 300, 20))).toEqual(['a']);
    expect(found(box(-50, -50, 2000, 2000))).toEqual(['a', 'b']);
    index.set('a', box(5000, 5000));
    expect(found(box(10, 10, 300, 20))).toEqual([]);
    index.delete('b');
    expect(found(box(-50, -50, 2000, 2000))).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('an area wider than the boxes are many (nodes a million px apart) finds the same boxes, and a route between them keeps clear', () => {
    const index = new BoxIndex(100);
    index.set('a', box(0, 0));
    index.set('b', box(1_000_000, 1_000_000));
    index.set('c', box(500_000, 500_000));
    const ids: string[] = [];
    index.query(box(-10, -10, 600_000, 600_000), (id) => void ids.push(id));
    expect(ids.sort()).toEqual(['a', 'c']);
    const { points } = routeEdge(index, { id: 'a', box: box(0, 0) }, { id: 'b', box: box(1_000_000, 1_000_000) });
    expect(polylineCrosses(points, box(500_000, 500_000))).toBe(false);
  });
});

describe('segmentCrosses', () => {
  it('counts the inside, not the border', () => {
    const r = box(0, 0, 100, 100);
    expect(segmentCrosses({ x: -10, y: 50 }, { x: 110, y: 50 }, r)).toBe(true);
    expect(segmentCrosses({ x: -10, y: 0 }, { x: 110, y: 0 }, r)).toBe(false);
    expect(segmentCrosses({ x: -10, y: -10 }, { x: -10, y: 200 }, r)).toBe(false);
    expect(segmentCrosses({ x: -50, y: 20 }, { x: 50, y: 150 }, r)).toBe(true);
  });
});

describe('routeEdge', () => {
  it('relations of different kinds from one node to one row cross in their own lanes, not on top of each other', () => {
    const boxes = { hub: box(400, 0), unit: box(0, 200), acc: box(800, 200) };
    const index = indexOf(boxes);
    const across = (pts: readonly Point[]) => pts.filter((p, i) => i > 0 && pts[i - 1]?.y === p.y).map((p) => p.y);
    const coordinates = routeEdge(index, { id: 'hub', box: boxes.hub }, { id: 'unit', box: boxes.unit }, { lane: laneOf('coordinates') });
    const owns = routeEdge(index, { id: 'hub', box: boxes.hub }, { id: 'acc', box: boxes.acc }, { lane: laneOf('owns') });
    const [yc] = across(coordinates.points);
    const [yo] = across(owns.points);
    expect(yc).toBeDefined();
    expect(yo).toBeDefined();
    expect((yc ?? 0) - (yo ?? 0)).toBe(8);
    expect(owns.clear && coordinates.clear).toBe(true);
  });

  it('goes straight down from the owner bottom to an account top right below it', () => {
    const boxes = { owner: box(0, 0), acc: box(0, 120) };
    const route = routeEdge(indexOf(boxes), { id: 'owner', box: boxes.owner }, { id: 'acc', box: boxes.acc });
    expect(route.clear).toBe(true);
    expect(route.points).toEqual([
      { x: 100, y: 58 },
      { x: 100, y: 114 },
    ]);
  });

  it('bends round a box standing between the ends', () => {
    // The team above, the account far below, a chapter's box in the way of the straight line.
    const boxes = { team: box(0, 0), chapter: box(0, 150), acc: box(0, 320) };
    const route = routeEdge(indexOf(boxes), { id: 'team', box: boxes.team }, { id: 'acc', box: boxes.acc });
    expect(route.clear).toBe(true);
    expectOrthogonal(route.points);
    expectAvoids(route.points, boxes, ['team', 'acc']);
    expect(route.points[0]).toEqual({ x: 100, y: 58 });
    expect(route.points[route.points.length - 1]).toEqual({ x: 100, y: 314 });
  });

  it('reaches the second row of a grid of accounts through the gaps of the first', () => {
    const boxes: Record<string, Rect> = { owner: box(240, 0) };
    for (let c = 0; c < 3; c++) for (let r = 0; r < 2; r++) boxes[`a${c}${r}`] = box(c * 240, 120 + r * 92);
    const index = indexOf(boxes);
    for (let c = 0; c < 3; c++) {
      const id = `a${c}1`;
      const route = routeEdge(index, { id: 'owner', box: boxes.owner as Rect }, { id, box: boxes[id] as Rect });
      expect(route.clear).toBe(true);
      expectOrthogonal(route.points);
      expectAvoids(route.points, boxes, ['owner', id]);
    }
  });

  it('joins a member below its team from the member top to the team bottom, without a loop', () => {
    const boxes = { team: box(0, 0), dept: box(300, 200) };
    const route = routeEdge(indexOf(boxes), { id: 'dept', box: boxes.dept }, { id: 'team', box: boxes.team });
    expect(route.points[0]).toEqual({ x: 400, y: 194 });
    expect(route.points[route.points.length - 1]).toEqual({ x: 100, y: 58 });
    expect(route.points.length).toBe(4);
  });

  it('joins side-by-side boxes at their facing sides', () => {
    const boxes = { a: box(0, 0), b: box(400, 10) };
    const route = routeEdge(indexOf(boxes), { id: 'a', box: boxes.a }, { id: 'b', box: boxes.b });
    expect(route.points[0]).toEqual({ x: 206, y: 26 });
    expect(route.points[route.points.length - 1]).toEqual({ x: 394, y: 36 });
    expectOrthogonal(route.points);
  });

  it('finds a way out of a pocket with the grid search', () => {
    // The target sits in a U of boxes open at the bottom: the line must come round from below.
    const boxes = {
      src: box(0, 0),
      lid: box(-200, 150, 600, 52),
      left: box(-200, 202, 52, 200),
      right: box(348, 202, 52, 200),
      dst: box(0, 300),
    };
    const route = routeEdge(indexOf(boxes), { id: 'src', box: boxes.src }, { id: 'dst', box: boxes.dst });
    expect(route.clear).toBe(true);
    expectOrthogonal(route.points);
    expectAvoids(route.points, boxes, ['src', 'dst']);
  });

  it('cheap: the plain elbow, no search', () => {
    const boxes = { team: box(0, 0), chapter: box(0, 150), acc: box(0, 320) };
    const route = routeEdge(indexOf(boxes), { id: 'team', box: boxes.team }, { id: 'acc', box: boxes.acc }, { cheap: true });
    expect(route.clear).toBe(false);
    expect(polylineCrosses(route.points, boxes.chapter)).toBe(true);
  });
});

describe('routePaths, simplify, midpoint', () => {
  it('draws rounded corners and cuts long lines in pieces', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 100, y: 50 },
      { x: 100, y: 100 },
    ];
    const [d] = routePaths(pts, 8);
    expect(d).toBe('M0,0 L0,42 Q0,50 8,50 L92,50 Q100,50 100,58 L100,100');
    const pieces = routePaths([{ x: 0, y: 0 }, { x: 0, y: 2500 }], 8, 1000);
    expect(pieces).toEqual(['M0,0 L0,1000', 'M0,1000 L0,2000', 'M0,2000 L0,2500']);
  });

  it('drops repeated and collinear points', () => {
    expect(simplify([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 0, y: 5 }, { x: 0, y: 9 }, { x: 4, y: 9 }])).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 9 },
      { x: 4, y: 9 },
    ]);
  });

  it('finds the point halfway along', () => {
    expect(midpoint([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 30, y: 10 }])).toEqual({ x: 10, y: 10 });
  });
});
