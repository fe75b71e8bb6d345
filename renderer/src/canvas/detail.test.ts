import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId } from '../../../shared/model/rules';
import type { OrgNode } from '../../../shared/model/types';
import { opensFar, opensTiny } from './detail';

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
