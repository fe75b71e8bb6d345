import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId, asScenarioId } from '../../../shared/model/rules';
import type { Scenario } from '../../../shared/model/types';
import type { Risk } from '../../../shared/analysis/types';
import { DragOverlay, FlowEdgeCache, FlowNodeCache, ghostEdges, ghostNodes, hubCounts, risksByNode, type NodeDiff } from './flow';

const scenario: Scenario = {
  id: asScenarioId('current'),
  name: 'Current',
  nodes: [
    { id: asNodeId('t'), kind: 'team', label: 'Team', position: { x: 0, y: 0 } },
    { id: asNodeId('u'), kind: 'unit', label: 'Unit', position: { x: 0, y: 100 } },
    { id: asNodeId('a'), kind: 'account', label: 'Acc', platform: 'x', position: { x: 0, y: 200 } },
  ],
  edges: [
    { id: asEdgeId('e1'), kind: 'coordinates', source: asNodeId('t'), target: asNodeId('u') },
    { id: asEdgeId('e2'), kind: 'owns', source: asNodeId('u'), target: asNodeId('a') },
  ],
};
const none = new Set<string>();
const noRisks = new Map<never, Risk[]>();

describe('FlowNodeCache', () => {
  it('derives hubs from coordinates edges', () => {
    const nodes = new FlowNodeCache().derive(scenario, none, hubCounts(scenario), noRisks);
    expect(nodes.map((n) => [n.id, n.data.hub, n.data.spokes])).toEqual([
      ['t', true, 1],
      ['u', false, 0],
      ['a', false, 0],
    ]);
  });

  it('recreates only the moved node on a drag frame', () => {
    const cache = new FlowNodeCache();
    const first = cache.derive(scenario, none, hubCounts(scenario), noRisks);
    const moved: Scenario = { ...scenario, nodes: scenario.nodes.map((n) => (n.id === 'u' ? { ...n, position: { x: 5, y: 105 } } : n)) };
    const second = cache.derive(moved, none, hubCounts(moved), noRisks);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.position).toEqual({ x: 5, y: 105 });
    // Nothing changed at all: the very same array.
    expect(cache.derive(moved, none, hubCounts(moved), noRisks)).toBe(second);
  });

  it('recreates a node when its selection, risks or measured size change', () => {
    const cache = new FlowNodeCache();
    const first = cache.derive(scenario, none, hubCounts(scenario), noRisks);
    const selected = cache.derive(scenario, new Set(['a']), hubCounts(scenario), noRisks);
    expect(selected[2]).not.toBe(first[2]);
    expect(selected[2]?.selected).toBe(true);
    expect(selected[0]).toBe(first[0]);

    const risk: Risk = { code: 'orphan-account', severity: 'high', nodes: [asNodeId('a')], params: { account: 'Acc' } };
    const withRisk = cache.derive(scenario, new Set(['a']), hubCounts(scenario), risksByNode([risk]));
    expect(withRisk[2]?.data.risks).toHaveLength(1);
    // An equal risk from a new analysis run keeps the node object.
    const again = cache.derive(scenario, new Set(['a']), hubCounts(scenario), risksByNode([{ ...risk }]));
    expect(again[2]).toBe(withRisk[2]);

    expect(cache.setSize(asNodeId('t'), 160, 50)).toBe(true);
    expect(cache.setSize(asNodeId('t'), 160, 50)).toBe(false);
    const sized = cache.derive(scenario, new Set(['a']), hubCounts(scenario), risksByNode([risk]), 1);
    expect(sized[0]?.measured).toEqual({ width: 160, height: 50 });
    expect(sized[1]).toBe(again[1]);
  });
});

describe('FlowEdgeCache', () => {
  it('keeps edge objects until the edge or its selection changes', () => {
    const cache = new FlowEdgeCache();
    const first = cache.derive(scenario, none);
    const second = cache.derive(scenario, new Set(['e2']));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.selected).toBe(true);
    // Nothing changed: the same array, so React Flow does not rebuild its edge lookups.
    expect(cache.derive(scenario, new Set(['e2']))).toBe(second);
  });
});

describe('comparison marks', () => {
  it('marks added and changed nodes and edges, and renews only what changed', () => {
    const cache = new FlowNodeCache();
    const plain = cache.derive(scenario, none, hubCounts(scenario), noRisks);
    const diffs = new Map<string, NodeDiff>([['u', 'added']]);
    const marked = cache.derive(scenario, none, hubCounts(scenario), noRisks, 0, diffs);
    expect(marked.map((n) => n.data.diff)).toEqual([undefined, 'added', undefined]);
    expect(marked[0]).toBe(plain[0]);
    expect(marked[1]).not.toBe(plain[1]);
    const edges = new FlowEdgeCache().derive(scenario, none, undefined, new Map([['e2', 'changed']]));
    expect(edges.map((e) => e.className)).toEqual([undefined, 'diff-changed']);
  });

  it('ghosts removed nodes and edges under ids that cannot clash, inert', () => {
    const [ghost] = ghostNodes([scenario.nodes[2] ?? scenario.nodes[0]!]);
    expect(ghost).toMatchObject({ id: 'ghost:a', draggable: false, selectable: false, connectable: false, data: { diff: 'removed' } });
    const [edge] = ghostEdges([scenario.edges[1]!], (id) => (id === 'u' ? 'u' : `ghost:${id}`));
    expect(edge).toMatchObject({ id: 'ghost:e2', source: 'u', target: 'ghost:a', selectable: false, className: 'diff-removed' });
     // A screen reader hears its ends by name, never the internal ids React Flow would use.
    expect(edge?.ariaLabel).toBeUndefined();
    const [named] = ghostEdges([scenario.edges[1]!], (id) => id, (e) => `Removed: ${e.source} to ${e.target}`.replace(/\b[ua]\b/g, (id) => (id === 'u' ? 'Unit' : 'Account')));
    expect(named?.ariaLabel).toBe('Removed: Unit to Account');
  });
});

describe('DragOverlay', () => {
  it('moves only the dragged nodes, keeps every other node object, and hands back the nodes when no drag is on', () => {
    const nodes = new FlowNodeCache().derive(scenario, none, hubCounts(scenario), noRisks);
    const overlay = new DragOverlay();
    expect(overlay.apply(nodes, null)).toBe(nodes);
    const frame = overlay.apply(nodes, new Map([['u', { x: 32, y: 48 }]]));
    expect(frame).not.toBe(nodes);
    expect(frame[0]).toBe(nodes[0]);
    expect(frame[2]).toBe(nodes[2]);
    expect(frame[1]).toMatchObject({ id: 'u', position: { x: 32, y: 48 }, dragging: true, data: nodes[1]?.data });
    // The input is left as it was (the document's nodes until the drop).
    expect(nodes[1]?.position).toEqual({ x: 0, y: 100 });
    // A node of a multi-selection that holds still keeps its object from the previous frame.
    const next = overlay.apply(nodes, new Map([['u', { x: 32, y: 48 }], ['a', { x: 16, y: 216 }]]));
    expect(next[1]).toBe(frame[1]);
    expect(next[2]?.position).toEqual({ x: 16, y: 216 });
    // Ids not on the canvas are ignored; the drop (no positions) gives the nodes back as they are.
    expect(overlay.apply(nodes, new Map([['gone', { x: 1, y: 1 }]]))).toEqual(nodes);
    expect(overlay.apply(nodes, new Map())).toBe(nodes);
  });
});
