import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId, asScenarioId, LIMITS, type EdgeKind, type NodeId, type NodeKind, type OrgEdge, type OrgNode, type Platform, type Position, type Scenario } from '../model';
import { sampleDocument } from '../../test-support/model/sample';
import { blockColumns, canvasNodeSize, elkPlan, elkPositions, layoutNodes, layoutScenario, overlapping, type ElkLayout, type LayoutResult, type Size } from '.';
import { elkInThread } from './run';

/** The boxes the canvas draws (the layout's own size function), to check overlap against. */
function sizesOf(nodes: readonly OrgNode[], edges: readonly OrgEdge[]): Map<NodeId, Size> {
  const hubs = new Set<NodeId>(edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  return new Map(nodes.map((n) => [n.id, canvasNodeSize(n, hubs.has(n.id))]));
}

/** Every pair of boxes is disjoint, checked pair by pair (quadratic: small maps only). */
function expectNoOverlap(result: LayoutResult, sizes: ReadonlyMap<NodeId, Size>): void {
  const list = [...result.positions];
  for (let i = 0; i < list.length; i++) {
    const [idA, a] = list[i] as [NodeId, Position];
    const sa = sizes.get(idA) as Size;
    for (let j = i + 1; j < list.length; j++) {
      const [idB, b] = list[j] as [NodeId, Position];
      const sb = sizes.get(idB) as Size;
      const apart = a.x + sa.width <= b.x || b.x + sb.width <= a.x || a.y + sa.height <= b.y || b.y + sb.height <= a.y;
      if (!apart) throw new Error(`${idA} at ${a.x},${a.y} overlaps ${idB} at ${b.x},${b.y}`);
    }
  }
}

function expectValidCoordinates(positions: ReadonlyMap<NodeId, Position>): void {
  for (const p of positions.values()) {
    expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    expect(Math.abs(p.x)).toBeLessThanOrEqual(LIMITS.coordinateMax);
    expect(Math.abs(p.y)).toBeLessThanOrEqual(LIMITS.coordinateMax);
  }
}

class Builder {
  readonly nodes: OrgNode[] = [];
  readonly edges: OrgEdge[] = [];
  node(id: string, kind: NodeKind, label = id, platform?: Platform): this {
    this.nodes.push({ id: asNodeId(id), kind, label, position: { x: 0, y: 0 }, ...(kind === 'account' ? { platform: platform ?? 'x' } : {}) });
    return this;
  }
  edge(kind: EdgeKind, source: string, target: string): this {
    this.edges.push({ id: asEdgeId(`e${this.edges.length}`), kind, source: asNodeId(source), target: asNodeId(target) });
    return this;
  }
  account(id: string, owner?: string): this {
    this.node(id, 'account');
    return owner === undefined ? this : this.edge('owns', owner, id);
  }
  scenario(): Scenario {
    return { id: asScenarioId('current'), name: 'Current', nodes: this.nodes, edges: this.edges };
  }
}

/** A multiple hub-and-spoke map with members, employees, orphans and an uncoordinated unit. */
function dandelion(): Builder {
  const b = new Builder().node('central', 'team', 'Central team').node('hr', 'department', 'HR').node('ops', 'department', 'Operations');
  b.edge('member', 'hr', 'central').edge('member', 'ops', 'central').account('central-x', 'central');
  for (const r of ['north', 'south', 'east']) {
    b.node(r, 'unit', `Region ${r}`).edge('coordinates', 'central', r).account(`${r}-x`, r);
    for (let i = 0; i < 3; i++) {
      b.node(`${r}-${i}`, 'department', `Marketing ${r} ${i}`).edge('coordinates', r, `${r}-${i}`);
      for (let k = 0; k < 5; k++) b.account(`${r}-${i}-${k}`, `${r}-${i}`);
    }
  }
  b.node('staff', 'employees', 'Ambassadors').edge('coordinates', 'central', 'staff').account('staff-li', 'staff');
  b.node('rogue', 'unit', 'Rogue unit').account('rogue-x', 'rogue');
  b.account('orphan-1').account('orphan-2');
  return b;
}

describe('layoutNodes (elkjs)', () => {
  it('puts hubs on top, sub-hubs side by side under the central hub, spokes below them and accounts below their owner', async () => {
    const b = dandelion();
    const result = await layoutNodes(b.nodes, b.edges, elkInThread);
    const { positions } = result;
    const sizes = sizesOf(b.nodes, b.edges);
    const at = (id: string) => positions.get(asNodeId(id)) as Position;
    const bottom = (id: string) => at(id).y + (sizes.get(asNodeId(id)) as Size).height;
    expect(result.fallback).toBe(false);
    expect(positions.size).toBe(b.nodes.length);
    expectNoOverlap(result, sizes);
    expectValidCoordinates(positions);
    // The central hub above everything in its tree.
    for (const id of ['north', 'south', 'east', 'staff', 'hr', 'ops', 'central-x', 'north-0', 'north-0-0']) expect(at(id).y, id).toBeGreaterThan(bottom('central'));
    // Sub-hubs on one row, side by side.
    expect(new Set(['north', 'south', 'east'].map((r) => at(r).y)).size).toBe(1);
    expect(new Set(['north', 'south', 'east'].map((r) => at(r).x)).size).toBe(3);
    // Spokes below their hub; accounts below their owner.
    for (const r of ['north', 'south', 'east']) {
      for (let i = 0; i < 3; i++) {
        expect(at(`${r}-${i}`).y).toBeGreaterThan(bottom(r));
        for (let k = 0; k < 5; k++) expect(at(`${r}-${i}-${k}`).y).toBeGreaterThan(bottom(`${r}-${i}`));
      }
    }
    // Members below the team they send people into; employee groups below their hub.
    expect(at('hr').y).toBeGreaterThan(bottom('central'));
    expect(at('staff').y).toBeGreaterThan(bottom('central'));
    expect(at('staff-li').y).toBeGreaterThan(bottom('staff'));
    // The uncoordinated unit is on top of its own little tree, its account under it.
    expect(at('rogue-x').y).toBeGreaterThan(bottom('rogue'));
  });

  it('hangs many owners under one hub on a spine, two per row, each with its accounts side by side below it', async () => {
    const b = new Builder().node('hub', 'team', 'Hub');
    for (let i = 0; i < 24; i++) {
      b.node(`d${i}`, 'department', `Department ${String(i).padStart(2, '0')}`).edge('coordinates', 'hub', `d${i}`);
      for (let k = 0; k < (i % 4) + 1; k++) b.account(`d${i}-${k}`, `d${i}`);
    }
    const result = await layoutNodes(b.nodes, b.edges, elkInThread);
    const sizes = sizesOf(b.nodes, b.edges);
    const at = (id: string) => result.positions.get(asNodeId(id)) as Position;
    const bottom = (id: string) => at(id).y + (sizes.get(asNodeId(id)) as Size).height;
    const centre = (id: string) => at(id).x + (sizes.get(asNodeId(id)) as Size).width / 2;
    expect(result.fallback).toBe(false);
    expectNoOverlap(result, sizes);
    // 24 departments with their accounts would make one row over 10,000 px wide; two per row.
    expect(result.width).toBeLessThanOrEqual(2400);
    expect(new Set(Array.from({ length: 24 }, (_, i) => at(`d${i}`).y)).size).toBe(12);
    for (let i = 0; i < 24; i++) {
      expect(at(`d${i}`).y, `d${i}`).toBeGreaterThan(bottom('hub'));
      // Left and right of the line down from the hub's middle.
      if (i % 2 === 0) expect(at(`d${i}`).x + (sizes.get(asNodeId(`d${i}`)) as Size).width).toBeLessThan(centre('hub'));
      else expect(at(`d${i}`).x).toBeGreaterThan(centre('hub'));
      // Up to four accounts in one row, right under their owner.
      const row = new Set<number>();
      for (let k = 0; k < (i % 4) + 1; k++) {
        expect(at(`d${i}-${k}`).y).toBeGreaterThan(bottom(`d${i}`));
        row.add(at(`d${i}-${k}`).y);
      }
      expect(row.size).toBe(1);
    }
  });

  it('puts up to four accounts side by side under their owner, more in a grid at least four wide', async () => {
    expect([1, 2, 3, 4, 5, 8, 9, 18, 50].map(blockColumns)).toEqual([1, 2, 3, 4, 4, 4, 5, 6, 10]);
    const b = new Builder().node('owner', 'department', 'Marketing');
    for (let k = 0; k < 9; k++) b.account(`a${k}`, 'owner');
    const result = await layoutNodes(b.nodes, b.edges, elkInThread);
    const ys = new Set(Array.from({ length: 9 }, (_, k) => (result.positions.get(asNodeId(`a${k}`)) as Position).y));
    expect(ys.size).toBe(2);
  });

  it('is deterministic and does not depend on the order of nodes and edges', async () => {
    const b = dandelion();
    const first = await layoutNodes(b.nodes, b.edges, elkInThread);
    const again = await layoutNodes(b.nodes, b.edges, elkInThread);
    const shuffled = await layoutNodes([...b.nodes].reverse(), [...b.edges].reverse(), elkInThread);
    expect(new Map(again.positions)).toEqual(new Map(first.positions));
    expect(new Map(shuffled.positions)).toEqual(new Map(first.positions));
  });

  it('handles coordination cycles, self-loops and edges to unknown nodes', async () => {
    const b = new Builder().node('a', 'team').node('b', 'team').node('c', 'unit').edge('coordinates', 'a', 'b').edge('coordinates', 'b', 'a').edge('coordinates', 'b', 'c');
    b.edge('coordinates', 'c', 'c').edge('owns', 'ghost', 'c').account('acc', 'c');
    const result = await layoutNodes(b.nodes, b.edges, elkInThread);
    expect(result.positions.size).toBe(4);
    expect(result.fallback).toBe(false);
    expectNoOverlap(result, sizesOf(b.nodes, b.edges));
  });

  it('lays out only the nodes asked for, from the origin given', async () => {
    const b = dandelion();
    const only = new Set(['north', 'north-0', 'north-0-0', 'north-0-1'].map(asNodeId));
    const { positions } = await layoutNodes(b.nodes, b.edges, elkInThread, { only, origin: { x: 1000, y: 500 } });
    expect([...positions.keys()].sort()).toEqual([...only].sort());
    for (const p of positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(1000);
      expect(p.y).toBeGreaterThanOrEqual(500);
    }
    expect(positions.get(asNodeId('north'))?.y).toBe(500);
  });

  it('falls back to a grid without overlaps when ELK fails or answers with overlapping or missing boxes', async () => {
    const b = dandelion();
    const sizes = sizesOf(b.nodes, b.edges);
    const failing: ElkLayout = () => Promise.reject(new Error('no worker'));
    const failed = await layoutNodes(b.nodes, b.edges, failing);
    expect(failed.fallback).toBe(true);
    expect(failed.positions.size).toBe(b.nodes.length);
    expectNoOverlap(failed, sizes);
    const plan = elkPlan(b.nodes, b.edges);
    const stacked = elkPositions(plan, { id: 'root', children: (plan.graph.children ?? []).map((c) => ({ ...c, x: 0, y: 0 })) });
    expect(stacked.fallback).toBe(true);
    expectNoOverlap(stacked, sizes);
    const missing = elkPositions(plan, { id: 'root', children: [] });
    expect(missing.fallback).toBe(true);
    expect(missing.positions.size).toBe(b.nodes.length);
  });

  it('never overlaps, whatever the map (property, canvas node sizes)', async () => {
    const kinds: NodeKind[] = ['department', 'unit', 'team', 'employees', 'account'];
    const edgeKinds: EdgeKind[] = ['coordinates', 'owns', 'member'];
    const map = fc.record({
      nodes: fc.array(fc.record({ kind: fc.constantFrom(...kinds), label: fc.string({ maxLength: 90 }) }), { minLength: 1, maxLength: 40 }),
      edges: fc.array(fc.record({ kind: fc.constantFrom(...edgeKinds), s: fc.nat(), t: fc.nat() }), { maxLength: 60 }),
    });
    await fc.assert(
      fc.asyncProperty(map, async ({ nodes, edges }) => {
        const b = new Builder();
        nodes.forEach((n, i) => b.node(`n${i}`, n.kind, n.label));
        for (const e of edges) b.edge(e.kind, `n${e.s % nodes.length}`, `n${e.t % nodes.length}`);
        const result = await layoutNodes(b.nodes, b.edges, elkInThread);
        expect(result.positions.size).toBe(nodes.length);
        expectValidCoordinates(result.positions);
        expectNoOverlap(result, sizesOf(b.nodes, b.edges));
      }),
      { numRuns: 40 },
    );
  });

  it('lays out 2,000 nodes without overlap (speed: npm run bench -- layout)', async () => {
    const scenario = sampleDocument(2000).scenarios[0] as Scenario;
    const result = await layoutNodes(scenario.nodes, scenario.edges, elkInThread);
    expect(result.positions.size).toBe(2000);
    expect(result.fallback).toBe(false);
    expect(overlapping(result.positions, sizesOf(scenario.nodes, scenario.edges))).toBeNull();
    expectValidCoordinates(result.positions);
  });
});

describe('overlapping', () => {
  it('finds a pair of boxes that share area and none when boxes only touch', () => {
    const sizes = new Map([[asNodeId('a'), { width: 100, height: 50 }], [asNodeId('b'), { width: 100, height: 50 }]]);
    expect(overlapping(new Map([[asNodeId('a'), { x: 0, y: 0 }], [asNodeId('b'), { x: 100, y: 0 }]]), sizes)).toBeNull();
    expect(overlapping(new Map([[asNodeId('a'), { x: 0, y: 0 }], [asNodeId('b'), { x: 99, y: 49 }]]), sizes)).toEqual(['a', 'b']);
    expect(overlapping(new Map([[asNodeId('a'), { x: 0, y: 0 }], [asNodeId('b'), { x: 50, y: 50 }]]), sizes)).toBeNull();
  });
});

describe('layoutScenario', () => {
  it('moves the nodes and keeps everything else, unknown fields included', async () => {
    const b = dandelion();
    const scenario = { ...b.scenario(), extra: 1 } as Scenario;
    const withField = { ...scenario, nodes: scenario.nodes.map((n, i) => (i === 0 ? ({ ...n, futureField: 'kept' } as OrgNode) : n)) };
    const out = await layoutScenario(withField, elkInThread);
    expect(out.edges).toBe(withField.edges);
    expect((out as unknown as { extra: number }).extra).toBe(1);
    expect((out.nodes[0] as unknown as { futureField: string }).futureField).toBe('kept');
    expect(out.nodes.map((n) => n.id)).toEqual(withField.nodes.map((n) => n.id));
  });
});
