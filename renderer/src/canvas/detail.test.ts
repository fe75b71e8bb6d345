import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId } from '../../../shared/model/rules';
import type { OrgNode } from '../../../shared/model/types';
import { guessFit, mapBounds, opensFar, opensTiny, shareInView } from './detail';
import { FAR_BOX } from './sketch';

/** A row of `count` nodes 250 px apart. */
const row = (count: number): OrgNode[] =>
  Array.from({ length: count }, (_, i) => ({ id: asNodeId(`n${i}`), kind: 'team', label: `Team ${i}`, position: { x: i * 250, y: 0 } }));

describe('the opening level of detail', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('guesses from the map and the window whether a map opens zoomed out, and whether so far that corners go', () => {
    vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800 });
    // ~2,450 px wide: zoom ~0.52, full detail.
    expect(opensFar(row(10))).toBe(false);
    expect(opensTiny(row(10))).toBe(false);
    // ~25,000 px wide: zoom ~0.05, below both.
    expect(opensFar(row(100))).toBe(true);
    expect(opensTiny(row(100))).toBe(true);
    // ~7,450 px wide: zoom ~0.17, zoomed out but not tiny.
    expect(opensFar(row(30))).toBe(true);
    expect(opensTiny(row(30))).toBe(false);
    expect(opensFar([])).toBe(false);
    expect(opensTiny([])).toBe(false);
  });
});

describe('how much of the map is in view', () => {
  const bounds = { x: 0, y: 0, width: 20_000, height: 10_000 };

  it('is the share of the map inside the pane, for any pan and zoom', () => {
    // Fitted: the whole map in a 1,000 × 500 pane at zoom 0.05.
    expect(shareInView(bounds, [0, 0, 0.05], 1000, 500)).toBe(1);
    // Panned right by half the pane: the left half of the map is out of view.
    expect(shareInView(bounds, [-500, 0, 0.05], 1000, 500)).toBeCloseTo(0.5);
    // Zoomed in to 0.1 on the top left corner: a quarter.
    expect(shareInView(bounds, [0, 0, 0.1], 1000, 500)).toBeCloseTo(0.25);
    // Panned off the map.
    expect(shareInView(bounds, [5000, 0, 0.05], 1000, 500)).toBe(0);
  });

  it('measures the map as boxes of the given size', () => {
    expect(mapBounds([], FAR_BOX)).toBeNull();
    expect(mapBounds(row(3), FAR_BOX)).toEqual({ x: 0, y: 0, width: 500 + FAR_BOX.width, height: FAR_BOX.height });
  });
});

describe('guessFit (framing a big map before its nodes are measured)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const pane = { width: 700, height: 700, minZoom: 0.01, maxZoom: 3 };
  const fit = { padding: 0.15, maxZoom: 1.2 };

  it('frames the whole map of a far-opening map inside the pane, centred', () => {
    vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800 });
    const nodes = row(200); // 0 … 49,950 + a node: ~50,000 px wide
    const view = guessFit(nodes, pane, fit);
    expect(view).not.toBeNull();
    if (!view) return;
    const left = view.x + 0 * view.zoom;
    const right = view.x + (199 * 250 + 200) * view.zoom;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(pane.width);
    expect(right - left).toBeGreaterThan(pane.width * 0.6); // framed, not a speck
    expect(view.zoom).toBeLessThan(0.02);
  });

  it('leaves a small map, a map of no nodes and a pane not laid out yet to fitView', () => {
    vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800 });
    expect(guessFit(row(3), pane, fit)).toBeNull();
    expect(guessFit([], pane, fit)).toBeNull();
    expect(guessFit(row(200), { ...pane, width: 0 }, fit)).toBeNull();
  });
});
