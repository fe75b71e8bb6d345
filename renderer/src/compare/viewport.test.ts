import { describe, expect, it } from 'vitest';
import { decentralizedCurrent, hubAndSpokeTarget } from '../../../test-support/compare/pairs';
import { framingViewport, viewportForKey } from './SideBySide';

describe('side by side view', () => {
  it('pans with the arrow keys and zooms about the centre, within the zoom limits', () => {
    const v = { x: 10, y: 20, zoom: 1 };
    expect(viewportForKey('ArrowLeft', v, 400, 300)).toEqual({ x: 70, y: 20, zoom: 1 });
    expect(viewportForKey('ArrowDown', v, 400, 300)).toEqual({ x: 10, y: -40, zoom: 1 });
    const zoomed = viewportForKey('+', v, 400, 300);
    expect(zoomed?.zoom).toBeCloseTo(1.2);
    // The centre of the pane stays on the same map point.
    const before = { x: (200 - v.x) / v.zoom, y: (150 - v.y) / v.zoom };
    const after = zoomed && { x: (200 - zoomed.x) / zoomed.zoom, y: (150 - zoomed.y) / zoomed.zoom };
    expect(after?.x).toBeCloseTo(before.x);
    expect(after?.y).toBeCloseTo(before.y);
    expect(viewportForKey('+', { x: 0, y: 0, zoom: 3 }, 400, 300)?.zoom).toBe(3);
    expect(viewportForKey('-', { x: 0, y: 0, zoom: 0.05 }, 400, 300)?.zoom).toBe(0.05);
    expect(viewportForKey('a', v, 400, 300)).toBeNull();
  });

  it('frames both maps in one pane', () => {
    const a = decentralizedCurrent();
    const b = hubAndSpokeTarget();
    const v = framingViewport(a, b, 600, 400);
    for (const n of [...a.nodes, ...b.nodes]) {
      const sx = n.position.x * v.zoom + v.x;
      const sy = n.position.y * v.zoom + v.y;
      expect(sx).toBeGreaterThanOrEqual(0);
      expect(sy).toBeGreaterThanOrEqual(0);
      expect(sx).toBeLessThanOrEqual(600);
      expect(sy).toBeLessThanOrEqual(400);
    }
    expect(framingViewport({ ...a, nodes: [] }, { ...b, nodes: [] }, 600, 400)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
