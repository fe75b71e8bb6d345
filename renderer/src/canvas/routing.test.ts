import { describe, expect, it, vi } from 'vitest';
import type { NodeId, OrgNode } from '../../../shared/model/types';
import { CanvasRouter } from './routing';

const unit = (id: string, x: number, y: number): OrgNode => ({ id: id as NodeId, kind: 'unit', label: id, position: { x, y } });
const NO_HUBS = new Map<NodeId, number>();

/** The handle points the canvas would give the relation a → b (bottom middle of a, top middle of b). */
function ends(router: CanvasRouter, a: OrgNode, b: OrgNode): [number, number, number, number] {
  const sa = router.sizeOfId(a.id);
  const sb = router.sizeOfId(b.id);
  return [a.position.x + sa.width / 2, a.position.y + sa.height + 6, b.position.x + sb.width / 2, b.position.y - 6];
}

describe('CanvasRouter', () => {
  // a straight above b, with c in the way: no elbow is clear, only the grid search finds a way.
  const a = unit('a', 0, 0);
  const b = unit('b', 0, 800);
  const c = unit('c', -20, 380);

  it('gives a relation back its route while the boxes stay, and searches again when they change', () => {
    const router = new CanvasRouter();
    router.sync([a, b, c], NO_HUBS);
    const first = router.route('a', 'b', ...ends(router, a, b), false);
    expect(first.clear).toBe(true);
    expect(first.points.length).toBeGreaterThan(2);
    expect(router.route('a', 'b', ...ends(router, a, b), false)).toBe(first);
    // Other end points: routed again.
    const [sx, sy, tx, ty] = ends(router, a, b);
    expect(router.route('a', 'b', sx, sy, tx + 40, ty, false)).not.toBe(first);
    // The boxes changed (c gone): a new route, straight down.
    router.sync([a, b], NO_HUBS);
    const straight = router.route('a', 'b', ...ends(router, a, b), false);
    expect(straight).not.toBe(first);
    expect(new Set(straight.points.map((p) => p.x)).size).toBe(1);
  });

  it('while the view moves by hand, draws a relation that needs the search as a plain elbow, and searches it when the move ends', () => {
    const router = new CanvasRouter();
    router.sync([a, b, c], NO_HUBS);
    router.hurry(true);
    const hurried = router.route('a', 'b', ...ends(router, a, b), false);
    expect(hurried.clear).toBe(false);
    expect(router.route('a', 'b', ...ends(router, a, b), false)).toBe(hurried);
    expect(router.hurry(false)).toBe(true);
    const searched = router.route('a', 'b', ...ends(router, a, b), false);
    expect(searched.clear).toBe(true);
    // Nothing left to search: a later move that routes nothing new asks for no second pass.
    router.hurry(true);
    expect(router.route('a', 'b', ...ends(router, a, b), false)).toBe(searched);
    expect(router.hurry(false)).toBe(false);
  });

  it('sizes no box on sync: the index is built on first use, once per sync, and matches the last nodes given', () => {
    const router = new CanvasRouter();
    const sizeOf = vi.spyOn(router, 'sizeOf');
    router.sync([a, b, c], NO_HUBS);
    expect(sizeOf).not.toHaveBeenCalled();
    expect(router.pending).toBe(true);
    // A second sync before any use (the sketch frame, then React Flow's nodes): still nothing sized.
    router.sync([a, b], NO_HUBS);
    expect(sizeOf).not.toHaveBeenCalled();
    const straight = router.route('a', 'b', ...ends(router, a, b), false);
    expect(router.pending).toBe(false);
    expect(sizeOf).toHaveBeenCalledTimes(2);
    // Built from the last sync: c is not in the way, and not in the index.
    expect(new Set(straight.points.map((p) => p.x)).size).toBe(1);
    expect(router.index.get('c')).toBeUndefined();
    expect(router.index.size).toBe(2);
    router.route('a', 'b', ...ends(router, a, b), true);
    expect(sizeOf).toHaveBeenCalledTimes(2);
    // c comes back: the next use sizes the boxes again and routes around it.
    router.sync([a, b, c], NO_HUBS);
    expect(router.index.get('c')).toMatchObject({ x: -20, y: 380 });
    expect(router.route('a', 'b', ...ends(router, a, b), false).points.length).toBeGreaterThan(2);
  });
});
