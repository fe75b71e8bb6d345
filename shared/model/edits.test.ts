import { describe, expect, it } from 'vitest';
import {
  addElements,
  addNode,
  connectEdges,
  importInto,
  insertCopies,
  moveNodes,
  removeFromScenario,
  setEdgeKind,
  setTitle,
  subgraph,
  updateNode,
} from './edits';
import { asEdgeId, asNodeId, asScenarioId, emptyDocument } from './rules';
import { LIMITS, type NodeKind, type OrgDocument, type OrgEdge, type OrgNode, type Scenario } from './types';

const node = (id: string, kind: NodeKind, x = 0): OrgNode => ({ id: asNodeId(id), kind, label: id, position: { x, y: 0 } });
const edge = (id: string, kind: OrgEdge['kind'], source: string, target: string): OrgEdge => ({ id: asEdgeId(id), kind, source: asNodeId(source), target: asNodeId(target) });

/** A scenario with a field a newer release might write, which every edit must keep. */
const base = (): Scenario =>
  ({
    id: asScenarioId('current'),
    name: 'Current',
    nodes: [node('unit-1', 'unit'), node('account-2', 'account', 100), node('team-3', 'team', 200)],
    edges: [edge('e-4', 'owns', 'unit-1', 'account-2')],
    futureField: { kept: true },
  }) as Scenario;

describe('shared document edits', () => {
  it('addNode gives a fresh id, a default label and platform, a clamped place', () => {
    const s = base();
    const added = addNode(s, 'unit', { x: 5, y: 2_000_000 });
    expect(added.id).toBe('unit-5');
    expect(added.scenario.nodes.at(-1)).toEqual({ id: 'unit-5', kind: 'unit', label: 'unit', position: { x: 5, y: 1_000_000 } });
    const account = addNode(s, 'account', { x: 0, y: 0 }, { handle: '@acme', label: 'Acme' }).scenario.nodes.at(-1);
    expect(account).toMatchObject({ kind: 'account', platform: 'other', handle: '@acme', label: 'Acme' });
    expect((added.scenario as unknown as { futureField: unknown }).futureField).toEqual({ kept: true });
    expect(s.nodes).toHaveLength(3);
  });

  it('updateNode patches one node and returns the same scenario for an unknown id', () => {
    const s = base();
    expect(updateNode(s, asNodeId('nobody'), { label: 'x' })).toBe(s);
    const next = updateNode(s, asNodeId('account-2'), { label: 'Main', handle: '@main' });
    expect(next.nodes[1]).toMatchObject({ label: 'Main', handle: '@main' });
    expect(next.nodes[0]).toBe(s.nodes[0]);
    expect(updateNode(next, asNodeId('account-2'), { handle: undefined }).nodes[1]).not.toHaveProperty('handle');
  });

  it('moveNodes makes new objects only for moved nodes, and no new scenario when nothing moves', () => {
    const s = base();
    expect(moveNodes(s, new Map())).toBe(s);
    expect(moveNodes(s, new Map([[asNodeId('unit-1'), { x: 0, y: 0 }]]))).toBe(s);
    const next = moveNodes(s, new Map([[asNodeId('team-3'), { x: 7, y: Number.NaN }]]));
    expect(next.nodes[2]?.position).toEqual({ x: 7, y: 0 });
    expect(next.nodes[0]).toBe(s.nodes[0]);
  });

  it('connectEdges adds an edge with a fresh id, or leaves the scenario and says why', () => {
    const s = base();
    const made = connectEdges(s, asNodeId('team-3'), asNodeId('account-2'));
    expect(made.result).toEqual({ ok: true, edgeId: 'e-5', kind: 'owns' });
    expect(made.scenario.edges.at(-1)).toEqual(edge('e-5', 'owns', 'team-3', 'account-2'));
    const refused = connectEdges(s, asNodeId('unit-1'), asNodeId('account-2'));
    expect(refused).toEqual({ scenario: s, result: { ok: false, reason: 'duplicate', kind: 'owns' } });
  });

  it('setEdgeKind changes a kind the rules allow, and refuses the rest', () => {
    const s = { ...base(), edges: [edge('e-1', 'coordinates', 'unit-1', 'team-3')] };
    const changed = setEdgeKind(s, asEdgeId('e-1'), 'member');
    expect(changed.result).toEqual({ ok: true, edgeId: 'e-1', kind: 'member' });
    expect(changed.scenario.edges[0]?.kind).toBe('member');
    expect(setEdgeKind(s, asEdgeId('e-1'), 'coordinates').scenario).toBe(s);
    expect(setEdgeKind(s, asEdgeId('e-1'), 'owns')).toEqual({
      scenario: s,
      result: { ok: false, reason: 'kind-not-allowed', kind: 'owns', sourceKind: 'unit', targetKind: 'team' },
    });
    expect(setEdgeKind(s, asEdgeId('e-9'), 'owns').result).toEqual({ ok: false, reason: 'missing' });
  });

  it('removeFromScenario drops nodes with their edges; subgraph and insertCopies copy a selection with fresh ids', () => {
    const s = base();
    expect(removeFromScenario(s, [], [])).toBe(s);
    const removed = removeFromScenario(s, [asNodeId('account-2')], []);
    expect(removed.nodes.map((n) => n.id)).toEqual(['unit-1', 'team-3']);
    expect(removed.edges).toEqual([]);
    const picked = subgraph(s, [asNodeId('account-2'), asNodeId('unit-1')]);
    expect(picked.nodes.map((n) => n.id)).toEqual(['unit-1', 'account-2']);
    expect(picked.edges.map((e) => e.id)).toEqual(['e-4']);
    expect(subgraph(s, [asNodeId('team-3')]).edges).toEqual([]);
    const copies = insertCopies(s, picked.nodes, picked.edges, { x: 40, y: 40 });
    expect(copies.nodeIds).toEqual(['unit-5', 'account-6']);
    expect(copies.edgeIds).toEqual(['e-7']);
    expect(copies.scenario.edges.at(-1)).toEqual(edge('e-7', 'owns', 'unit-5', 'account-6'));
    expect(copies.scenario.nodes.at(-1)?.position).toEqual({ x: 140, y: 40 });
  });

  it('addElements appends as given, after what is there, keeping unknown fields', () => {
    const s = base();
    const merged = addElements(s, [node('imp-1', 'account')], [edge('imp-e', 'owns', 'unit-1', 'imp-1')]);
    expect(merged.nodes.map((n) => n.id)).toEqual(['unit-1', 'account-2', 'team-3', 'imp-1']);
    expect(merged.edges.map((e) => e.id)).toEqual(['e-4', 'imp-e']);
    expect((merged as unknown as { futureField: unknown }).futureField).toEqual({ kept: true });
  });

  it('importInto fills the given scenario, or a new one named for it, or refuses a new one past the limit', () => {
    const doc: OrgDocument = { ...emptyDocument('Map'), scenarios: [base()] };
    const imported = [node('imp-1', 'account')];
    const into = importInto(doc, asScenarioId('current'), imported, [], 'current');
    expect(into?.id).toBe('current');
    expect(into?.document.scenarios[0]?.nodes.at(-1)?.id).toBe('imp-1');
    const fresh = importInto(doc, asScenarioId('current'), imported, [], { name: 'Inventory 2026' });
    expect(fresh?.id).toBe('inventory-2026');
    expect(fresh?.document.scenarios.map((s) => s.nodes.length)).toEqual([3, 1]);
    const full: OrgDocument = {
      ...doc,
      scenarios: Array.from({ length: LIMITS.scenariosMax }, (_, i) => ({ ...base(), id: asScenarioId(`s-${i}`), name: `S ${i}` })),
    };
    expect(importInto(full, asScenarioId('s-0'), imported, [], { name: 'One more' })).toBeNull();
    expect(importInto(doc, asScenarioId('current'), imported, [], { name: '   ' })).toBeNull();
  });

  it('setTitle cuts to 200 characters and keeps the document when nothing changes', () => {
    const doc = emptyDocument('Map');
    expect(setTitle(doc, 'Map')).toBe(doc);
    expect(setTitle(doc, 'x'.repeat(250)).title).toHaveLength(200);
  });
});
