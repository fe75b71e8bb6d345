/** The store side of the import and Tidy Up: each is ONE undo step. */
import { describe, expect, it } from 'vitest';
import { applyImport, guessMapping, importRows, parseCsv } from '../../../shared/import';
import { elkInThread } from '../../../shared/layout/run';
import { createAppStore } from '../store';
import { activeScenario } from '../../../shared/model/edits';
import { tidyUp } from '../layout/tidy';

const CSV = 'Platform;Handle;Eigenaar;Hub\nX;@a;Marketing;Socialmediateam\nFacebook;@b;Sales;Socialmediateam\nInstagram;@c;;\n';

async function laidOutImport() {
  const parsed = parseCsv(CSV);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = importRows(parsed.table, guessMapping(parsed.table).mapping);
  const empty = { id: 'x', name: 'x', nodes: [], edges: [] } as unknown as Parameters<typeof applyImport>[0];
  const laidOut = await applyImport(empty, result, elkInThread);
  return { result, nodes: laidOut.nodes };
}

describe('addImported', () => {
  it('adds the nodes and edges to the current scenario in one undo step', async () => {
    const store = createAppStore();
    store.getState().addNode('unit', { x: 0, y: 0 }, { label: 'BU NL' });
    const before = store.getState().document;
    const { result, nodes } = await laidOutImport();
    const id = store.getState().addImported(nodes, result.edges, 'current');
    const scenario = activeScenario(store.getState().document, store.getState().scenarioId);
    expect(id).toBe(scenario.id);
    expect(scenario.nodes).toHaveLength(1 + result.nodes.length);
    expect(scenario.edges).toHaveLength(result.edges.length);
    store.history.undo();
    expect(store.getState().document).toBe(before);
  });

  it('into a new scenario: adds the scenario, fills it and shows it, all undone at once', async () => {
    const store = createAppStore();
    const before = store.getState().document;
    const { result, nodes } = await laidOutImport();
    const id = store.getState().addImported(nodes, result.edges, { name: 'Inventory' });
    const state = store.getState();
    expect(state.document.scenarios.map((s) => s.name)).toEqual([before.scenarios[0]?.name, 'Inventory']);
    expect(state.scenarioId).toBe(id);
    expect(activeScenario(state.document, state.scenarioId).nodes).toHaveLength(result.nodes.length);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.history.undo();
    expect(store.getState().document).toBe(before);
    expect(store.getState().scenarioId).toBe(before.scenarios[0]?.id);
  });

  it('refuses a new scenario without a name and changes nothing', () => {
    const store = createAppStore();
    const before = store.getState().document;
    expect(store.getState().addImported([], [], { name: '  ' })).toBeNull();
    expect(store.getState().document).toBe(before);
  });
});

describe('tidyUp', () => {
  it('moves the whole scenario in one undo step that restores every position', async () => {
    const store = createAppStore();
    const { result, nodes } = await laidOutImport();
    store.getState().addImported(nodes.map((n) => ({ ...n, position: { x: 5, y: 5 } })), result.edges, 'current');
    const messy = store.getState().document;
    await tidyUp(store, undefined, elkInThread);
    const tidied = activeScenario(store.getState().document, store.getState().scenarioId);
    expect(new Set(tidied.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(tidied.nodes.length);
    expect(Math.min(...tidied.nodes.map((n) => n.position.x))).toBe(5);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
    store.history.undo();
    expect(store.getState().document).toBe(messy);
  });

  it('with two or more nodes selected, moves only those', async () => {
    const store = createAppStore();
    const { result, nodes } = await laidOutImport();
    store.getState().addImported(nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })), result.edges, 'current');
    const all = activeScenario(store.getState().document, store.getState().scenarioId).nodes;
    const chosen = all.filter((n) => n.kind !== 'account').map((n) => n.id);
    store.getState().select(chosen);
    await tidyUp(store, undefined, elkInThread);
    for (const n of activeScenario(store.getState().document, store.getState().scenarioId).nodes) {
      if (!chosen.includes(n.id)) expect(n.position, n.id).toEqual({ x: 0, y: 0 });
    }
    const moved = activeScenario(store.getState().document, store.getState().scenarioId).nodes.filter((n) => chosen.includes(n.id));
    expect(new Set(moved.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(chosen.length);
  });
});
