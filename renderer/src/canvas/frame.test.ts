import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId } from '../../../shared/model/rules';
import type { OrgEdge, OrgNode } from '../../../shared/model/types';
import { mapAndAnchor, READABLE_ZOOM, readableView, topHub } from './frame';

const pane = { width: 1440, height: 800 };

describe('readableView', () => {
  it('frames a small map whole, never past 100 %', () => {
    const v = readableView({ x: 0, y: 0, width: 400, height: 200 }, null, pane);
    expect(v.zoom).toBe(1);
    // Centred.
    expect(v.x + 200 * v.zoom).toBeCloseTo(720);
    expect(v.y + 100 * v.zoom).toBeCloseTo(400);
  });

  it('frames a map that fits at a readable zoom whole', () => {
    const v = readableView({ x: 100, y: 50, width: 1600, height: 600 }, null, pane);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(v.zoom).toBeLessThan(1);
    expect(v.x + 100 * v.zoom).toBeGreaterThanOrEqual(0);
    expect(v.x + 1700 * v.zoom).toBeLessThanOrEqual(pane.width);
  });

  it('labels stay at least 11 px: a big map shows the part around the top hub, near the top', () => {
    expect(READABLE_ZOOM * 14).toBeCloseTo(11);
    const hub = { x: 7000, y: 0, width: 220, height: 57 };
    const v = readableView({ x: 0, y: 0, width: 15000, height: 1700 }, hub, pane);
    expect(v.zoom).toBeCloseTo(READABLE_ZOOM);
    // The hub's middle in the middle of the window, its top 40 px from the top.
    expect(v.x + (hub.x + hub.width / 2) * v.zoom).toBeCloseTo(720);
    expect(v.y + hub.y * v.zoom).toBeCloseTo(40);
  });

  it('keeps the view over the map when the hub is near its side', () => {
    const hub = { x: 0, y: 0, width: 220, height: 57 };
    const v = readableView({ x: 0, y: 0, width: 15000, height: 1700 }, hub, pane);
    // The map's left edge at the window's left padding, not half a window of empty space.
    expect(v.x).toBeCloseTo(40);
  });
});

describe('topHub, mapAndAnchor', () => {
  const node = (id: string, x: number, y: number, kind: OrgNode['kind'] = 'team'): OrgNode => ({ id: asNodeId(id), kind, label: id, position: { x, y } });
  const coord = (s: string, t: string, i: number): OrgEdge => ({ id: asEdgeId(`e${i}`), kind: 'coordinates', source: asNodeId(s), target: asNodeId(t) });
  const nodes = [node('region', 0, 200), node('central', 500, 0), node('a', 0, 400, 'unit'), node('b', 300, 400, 'unit'), node('c', 600, 400, 'unit')];
  const edges = [coord('central', 'region', 0), coord('region', 'a', 1), coord('region', 'b', 2), coord('region', 'c', 3)];

  it('is the hub nothing coordinates, even when a sub-hub has more spokes', () => {
    expect(topHub({ nodes, edges })).toBe('central');
  });

  it('is the top-left node without hubs, null without nodes', () => {
    expect(topHub({ nodes: [node('x', 10, 50), node('y', 300, 0)], edges: [] })).toBe('y');
    expect(topHub({ nodes: [], edges: [] })).toBeNull();
  });

  it('gives the extent of the boxes and the anchor box', () => {
    const found = mapAndAnchor({ nodes, edges });
    expect(found?.map.x).toBe(0);
    expect(found?.map.y).toBe(0);
    expect(found?.map.width).toBeGreaterThan(600);
    expect(found?.anchor?.x).toBe(500);
  });
});
