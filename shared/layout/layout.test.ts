import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId, asScenarioId, LIMITS, type EdgeKind, type NodeId, type NodeKind, type OrgEdge, type OrgNode, type Platform, type Position, type Scenario } from '../model';
import { sampleDocument } from '../model/sample';
import { layoutNodes, layoutScenario } from '.';

const W = 180;
const H = 56;

/** Every pair of boxes (W × H at each position) is disjoint; sweep over x, so 20,000 nodes are cheap. */
function expectNoOverlap(positions: ReadonlyMap<NodeId, Position>): void {
  const boxes = [...positions].sort((a, b) => a[1].x - b[1].x);
  for (let i = 0; i < boxes.length; i++) {
    const [idA, a] = boxes[i] as [NodeId, Position];
    for (let j = i + 1; j < boxes.length; j++) {
      const [idB, b] = boxes[j] as [NodeId, Position];
      if (b.x >= a.x + W) break;
      if (Math.abs(a.y - b.y) < H) throw new Error(`${idA} at ${a.x},${a.y} overlaps ${idB} at ${b.x},${b.y}`);
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

describe('layoutNodes', () => {
  it('puts hubs on top, sub-hubs side by side under the central hub, spokes below them and accounts below their owner', () => {
    const b = dandelion();
    const { positions } = layoutNodes(b.nodes, b.edges);
    const at = (id: string) => positions.get(asNodeId(id)) as Position;
    expect(positions.size).toBe(b.nodes.length);
    expectNoOverlap(positions);
    expectValidCoordinates(positions);
    // Central hub on top of its whole tree (what nobody coordinates stands to the right, checked below).
    const outside = new Set(['central', 'hr', 'ops', 'rogue', 'rogue-x', 'orphan-1', 'orphan-2']);
    for (const [id, p] of positions) if (!outside.has(id)) expect(p.y, id).toBeGreaterThan(at('central').y);
    expect(at('rogue').y).toBe(at('central').y);
    // Sub-hubs on one row, side by side, in name order.
    expect(new Set(['north', 'south', 'east'].map((r) => at(r).y)).size).toBe(1);
    expect([at('east').x, at('north').x, at('south').x]).toEqual([...[at('east').x, at('north').x, at('south').x]].sort((a, c) => a - c));
    // Spokes below their hub and within its span; accounts below their owner.
    for (const r of ['north', 'south', 'east']) {
      for (let i = 0; i < 3; i++) {
        expect(at(`${r}-${i}`).y).toBeGreaterThan(at(r).y);
        for (let k = 0; k < 5; k++) expect(at(`${r}-${i}-${k}`).y).toBeGreaterThan(at(`${r}-${i}`).y);
      }
    }
    // Members beside their team, on its row.
    expect(at('hr').y).toBe(at('central').y);
    expect(at('ops').y).toBe(at('central').y);
    // Employee groups under their hub; the uncoordinated unit and the orphans after the hub's tree.
    expect(at('staff').y).toBeGreaterThan(at('central').y);
    const hubRight = Math.max(...[...positions].filter(([id]) => id.startsWith('north') || id.startsWith('south') || id.startsWith('east')).map(([, p]) => p.x));
    expect(at('rogue').x).toBeGreaterThan(hubRight);
    expect(at('orphan-1').x).toBeGreaterThan(at('rogue').x);
  });

  it('is deterministic and does not depend on the order of nodes and edges', () => {
    const b = dandelion();
    const first = layoutNodes(b.nodes, b.edges);
    const again = layoutNodes(b.nodes, b.edges);
    const shuffled = layoutNodes([...b.nodes].reverse(), [...b.edges].reverse());
    expect([...again.positions]).toEqual([...first.positions]);
    expect(new Map(shuffled.positions)).toEqual(new Map(first.positions));
  });

  it('handles coordination cycles, self-loops and edges to unknown nodes', () => {
    const b = new Builder().node('a', 'team').node('b', 'team').node('c', 'unit').edge('coordinates', 'a', 'b').edge('coordinates', 'b', 'a').edge('coordinates', 'b', 'c');
    b.edge('coordinates', 'c', 'c').edge('owns', 'ghost', 'c').account('acc', 'c');
    const { positions } = layoutNodes(b.nodes, b.edges);
    expect(positions.size).toBe(4);
    expectNoOverlap(positions);
  });

  it('keeps a huge map within the format coordinates (a coordination chain thousands deep falls back to a grid)', () => {
    const b = new Builder();
    for (let i = 0; i < 9000; i++) {
      b.node(`t${i}`, 'team');
      if (i > 0) b.edge('coordinates', `t${i - 1}`, `t${i}`);
    }
    const { positions } = layoutNodes(b.nodes, b.edges);
    expect(positions.size).toBe(9000);
    expectValidCoordinates(positions);
    expectNoOverlap(positions);
  });

  it('lays out only the nodes asked for, from the origin given', () => {
    const b = dandelion();
    const only = new Set(['north', 'north-0', 'north-0-0', 'north-0-1'].map(asNodeId));
    const { positions } = layoutNodes(b.nodes, b.edges, { only, origin: { x: 1000, y: 500 } });
    expect([...positions.keys()].sort()).toEqual([...only].sort());
    for (const p of positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(1000);
      expect(p.y).toBeGreaterThanOrEqual(500);
    }
    expect(positions.get(asNodeId('north'))?.y).toBe(500);
  });

  it('lays out 2,000 and 20,000 nodes without overlap (speed: npm run bench -- layout)', () => {
    const doc = sampleDocument(2000);
    const scenario = doc.scenarios[0] as Scenario;
    const { positions } = layoutNodes(scenario.nodes, scenario.edges);
    expect(positions.size).toBe(2000);
    expectNoOverlap(positions);
    const big = sampleDocument(20_000).scenarios[0] as Scenario;
    const large = layoutNodes(big.nodes, big.edges);
    expect(large.positions.size).toBe(20_000);
    expectNoOverlap(large.positions);
    expectValidCoordinates(large.positions);
  });
});

describe('layoutScenario', () => {
  it('moves the nodes and keeps everything else, unknown fields included', () => {
    const b = dandelion();
    const scenario = { ...b.scenario(), extra: 1 } as Scenario;
    const withField = { ...scenario, nodes: scenario.nodes.map((n, i) => (i === 0 ? ({ ...n, futureField: 'kept' } as OrgNode) : n)) };
    const out = layoutScenario(withField);
    expect(out.edges).toBe(withField.edges);
    expect((out as unknown as { extra: number }).extra).toBe(1);
    expect((out.nodes[0] as unknown as { futureField: string }).futureField).toBe('kept');
    expect(out.nodes.map((n) => n.id)).toEqual(withField.nodes.map((n) => n.id));
  });
});
