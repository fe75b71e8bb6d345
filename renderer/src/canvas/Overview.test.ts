import { describe, expect, it } from 'vitest';
import type { NodeId, NodeKind } from '../../../shared/model/types';
import type { OrgFlowNode } from './flow';
import { layersBounds, nodeLayer, OverviewLayers } from './Overview';

function flowNode(id: string, kind: NodeKind, x: number, y: number, dragging = false): OrgFlowNode {
  return {
    id,
    type: 'org',
    position: { x, y },
    measured: { width: 100, height: 40 },
    ...(dragging ? { dragging: true } : {}),
    data: { node: { id: id as NodeId, kind, label: id, position: { x, y } }, hub: false, spokes: 0, risks: [] },
  } as OrgFlowNode;
}

describe('OverviewLayers', () => {
  const a = flowNode('a', 'unit', 0, 0);
  const b = flowNode('b', 'team', 200, 0);
  const c = flowNode('c', 'team', 0, 300);

  it('draws every node in one layer when nothing is dragged', () => {
    const layers = new OverviewLayers().split([a, b, c]);
    expect(layers.moving).toBeNull();
    expect(layers.still).toEqual(nodeLayer([a, b, c]));
  });

  it('keeps the layer of the nodes holding still through a drag, and draws the dragged ones where they are', () => {
    const cache = new OverviewLayers();
    cache.split([a, b, c]);
    const frame1 = cache.split([a, flowNode('b', 'team', 210, 5, true), c]);
    const frame2 = cache.split([a, flowNode('b', 'team', 260, 40, true), c]);
    // The same object: the minimap's big paths are neither rebuilt nor re-rendered.
    expect(frame2.still).toBe(frame1.still);
    expect(frame2.still).toEqual(nodeLayer([a, c]));
    expect(frame2.moving?.paths).toEqual([['team', 'M260,40h100v40h-100z']]);
    // The extent takes in the dragged node.
    expect(layersBounds(frame2)).toEqual({ x: 0, y: 0, width: 360, height: 340 });
  });

  it('draws the still layer again when a node holding still changes, and all in one after the drop', () => {
    const cache = new OverviewLayers();
    const moved = flowNode('b', 'team', 210, 5, true);
    const frame1 = cache.split([a, moved, c]);
    const c2 = flowNode('c', 'team', 50, 300);
    const frame2 = cache.split([a, moved, c2]);
    expect(frame2.still).not.toBe(frame1.still);
    expect(frame2.still).toEqual(nodeLayer([a, c2]));
    const dropped = cache.split([a, flowNode('b', 'team', 210, 5), c2]);
    expect(dropped.moving).toBeNull();
    expect(dropped.still.paths.find(([k]) => k === 'team')?.[1]).toContain('M210,5h100v40h-100z');
  });
});
