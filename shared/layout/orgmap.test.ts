/**
 * The layout as a strategist reads it, on the maps shipped with the app (templates, example) and a
 * generated 500-node map: no box overlaps another, no relation (routed as the canvas routes it)
 * passes through a box it does not end at, and every account sits below its owner.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classify } from '../analysis';
import { nodeBox } from '../look/box';
import { EXPORT_LABELS_EN } from '../export/labels';
import { asEdgeId, asNodeId, asScenarioId, parseDocument, type NodeId, type OrgEdge, type OrgNode, type Platform, type Scenario } from '../model';
import { canvasNodeSize, layoutScenario } from '.';
import { BoxIndex, laneOf, polylineCrosses, routeEdge, type Rect } from './route';
import { elkInThread } from './run';

const dir = (sub: string): string => fileURLToPath(new URL(`../../assets/${sub}/`, import.meta.url));

function load(file: string): Scenario[] {
  const result = parseDocument(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.error.message);
  return [...result.document.scenarios];
}

const shipped: { name: string; file: string }[] = [
  ...readdirSync(dir('templates')).map((f) => ({ name: `template ${f}`, file: `${dir('templates')}${f}` })),
  ...readdirSync(dir('examples')).map((f) => ({ name: `example ${f}`, file: `${dir('examples')}${f}` })),
];

function boxesOf(scenario: Scenario, size: (n: OrgNode, hub: boolean) => { width: number; height: number }): Map<NodeId, Rect> {
  const hubs = new Set<NodeId>(scenario.edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  return new Map(scenario.nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, ...size(n, hubs.has(n.id)) }]));
}

function overlaps(boxes: ReadonlyMap<NodeId, Rect>): string[] {
  const list = [...boxes];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const [a, ra] = list[i] as [NodeId, Rect];
    for (let j = i + 1; j < list.length; j++) {
      const [b, rb] = list[j] as [NodeId, Rect];
      if (ra.x < rb.x + rb.width && rb.x < ra.x + ra.width && ra.y < rb.y + rb.height && rb.y < ra.y + ra.height) out.push(`${a} overlaps ${b}`);
    }
  }
  return out;
}

/** Every relation routed as the canvas does; the boxes each one passes through other than its ends. */
function crossings(scenario: Scenario, boxes: ReadonlyMap<NodeId, Rect>): string[] {
  const index = new BoxIndex();
  for (const [id, r] of boxes) index.set(id, r);
  const out: string[] = [];
  for (const e of scenario.edges) {
    const s = boxes.get(e.source);
    const t = boxes.get(e.target);
    if (!s || !t) continue;
    const { points } = routeEdge(index, { id: e.source, box: s }, { id: e.target, box: t }, { lane: laneOf(e.kind) });
    // Checked against every box, not through the index the router used.
    for (const [id, r] of boxes) if (id !== e.source && id !== e.target && polylineCrosses(points, r)) out.push(`${e.kind} ${e.source}→${e.target} crosses ${id}`);
  }
  return out;
}

/** Accounts not entirely below their owner (the owner with the lowest id when there are several). */
function accountsNotBelow(scenario: Scenario, boxes: ReadonlyMap<NodeId, Rect>): string[] {
  const owners = new Map<NodeId, NodeId[]>();
  for (const e of scenario.edges) if (e.kind === 'owns') owners.set(e.target, [...(owners.get(e.target) ?? []), e.source]);
  const out: string[] = [];
  for (const [account, list] of owners) {
    const home = [...list].sort()[0] as NodeId;
    const a = boxes.get(account) as Rect;
    const o = boxes.get(home) as Rect;
    if (a.y < o.y + o.height) out.push(`${account} is not below ${home}`);
  }
  return out;
}

function check(scenario: Scenario): void {
  // The canvas's boxes (English or Dutch, at any zoom) and the exports' (shared/look/box.ts).
  for (const size of [canvasNodeSize, (n: OrgNode, hub: boolean) => nodeBox(n, hub, EXPORT_LABELS_EN)]) {
    const boxes = boxesOf(scenario, size);
    expect(overlaps(boxes)).toEqual([]);
    expect(accountsNotBelow(scenario, boxes)).toEqual([]);
  }
  expect(crossings(scenario, boxesOf(scenario, canvasNodeSize))).toEqual([]);
}

describe('shipped maps', () => {
  it('there are five templates and at least one example', () => {
    expect(shipped.filter((s) => s.name.startsWith('template')).length).toBe(5);
    expect(shipped.some((s) => s.name.startsWith('example'))).toBe(true);
  });

  for (const { name, file } of shipped) {
    it(`${name}: as shipped, no overlaps, no line through a box, accounts below their owners`, () => {
      for (const scenario of load(file)) check(scenario);
    });

    it(`${name}: the same after Tidy Up, with the same verdict`, async () => {
      for (const scenario of load(file)) {
        const tidied = await layoutScenario(scenario, elkInThread, { onFallback: (reason) => expect.fail(reason) });
        check(tidied);
        expect(classify(tidied)).toEqual(classify(scenario));
      }
    });
  }
});

/** A deterministic pseudo-random map of `count` nodes shaped like a big multi-hub organisation. */
function generated(count: number): Scenario {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const nodes: OrgNode[] = [];
  const edges: OrgEdge[] = [];
  const platforms: Platform[] = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok'];
  const node = (kind: OrgNode['kind'], label: string): NodeId => {
    const id = asNodeId(`n${nodes.length}`);
    nodes.push({ id, kind, label, position: { x: 0, y: 0 }, ...(kind === 'account' ? { platform: platforms[rand(platforms.length)] as Platform } : {}) });
    return id;
  };
  const edge = (kind: OrgEdge['kind'], source: NodeId, target: NodeId): void => {
    edges.push({ id: asEdgeId(`e${edges.length}`), kind, source, target });
  };
  const owners: NodeId[] = [];
  const accounts = (owner: NodeId, n: number): void => {
    owners.push(owner);
    for (let k = 0; k < n && nodes.length < count; k++) edge('owns', owner, node('account', `Account ${nodes.length} of a rather long owner name`));
  };
  const central = node('team', 'Global Social Media Team');
  accounts(central, 5);
  for (const d of ['Marketing', 'Communications', 'Customer Service', 'HR']) {
    const dept = node('department', d);
    edge('member', dept, central);
    accounts(dept, 1 + rand(3));
  }
  let region = 0;
  while (nodes.length < count - 40) {
    const hub = node('team', `Social Team Region ${++region}`);
    edge('coordinates', central, hub);
    accounts(hub, rand(4));
    const units = 3 + rand(8);
    for (let u = 0; u < units && nodes.length < count - 40; u++) {
      const unit = node(rand(5) === 0 ? 'employees' : 'unit', `Unit ${region}.${u}`);
      edge('coordinates', hub, unit);
      if (rand(3) === 0) edge('member', unit, hub);
      accounts(unit, rand(11));
      if (rand(4) === 0) {
        const dept = node('department', `Department ${region}.${u}`);
        edge('coordinates', unit, dept);
        accounts(dept, 1 + rand(5));
      }
    }
  }
  // Accounts with a second owner, lone owners, orphans.
  const shared = nodes.filter((n) => n.kind === 'account').slice(0, 400);
  for (let k = 0; k < 12; k++) edge('owns', owners[rand(owners.length)] as NodeId, (shared[rand(shared.length)] as OrgNode).id);
  while (nodes.length < count - 15) accounts(node('department', `Lone department ${nodes.length}`), rand(3));
  while (nodes.length < count) node('account', `Orphan ${nodes.length}`);
  return { id: asScenarioId('current'), name: 'Current', nodes, edges };
}

describe('a generated 500-node map after Tidy Up', () => {
  it('has no overlaps, no line through a box, and every account below its owner', async () => {
    const scenario = generated(500);
    expect(scenario.nodes.length).toBe(500);
    const tidied = await layoutScenario(scenario, elkInThread, { onFallback: (reason) => expect.fail(reason) });
    check(tidied);
  });
});
