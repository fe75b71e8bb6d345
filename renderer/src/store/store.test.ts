import { describe, expect, it, vi, afterEach } from 'vitest';
import { asNodeId } from '../../../shared/model/rules';
import type { NodeId, OrgDocument } from '../../../shared/model/types';
import { activeScenario } from '../../../shared/model/edits';
import { createAppStore, TYPING_WINDOW_MS } from './index';
import { selectDirty, selectDocument } from './selectors';

function scenarioOf(store: ReturnType<typeof createAppStore>) {
  const s = store.getState();
  return activeScenario(s.document, s.scenarioId);
}

afterEach(() => vi.useRealTimers());

describe('app store', () => {
  it('starts with an empty document, no selection and no history', () => {
    const store = createAppStore();
    expect(scenarioOf(store).nodes).toEqual([]);
    expect(store.getState().selectedNodeIds).toEqual([]);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('adds nodes with unique ids, selects the new node and gives accounts a platform', () => {
    const store = createAppStore();
    const a = store.getState().addNode('unit', { x: 0, y: 0 }, { label: 'BU NL' });
    const b = store.getState().addNode('unit', { x: 10, y: 0 });
    const acc = store.getState().addNode('account', { x: 0, y: 100 }, { platform: 'linkedin', handle: '@acme' });
    expect(new Set([a, b, acc]).size).toBe(3);
    const nodes = scenarioOf(store).nodes;
    expect(nodes.map((n) => n.label)).toEqual(['BU NL', 'unit', 'account']);
    expect(nodes[2]).toMatchObject({ kind: 'account', platform: 'linkedin', handle: '@acme' });
    expect(store.getState().selectedNodeIds).toEqual([acc]);
  });

  it('derives the relation from the kinds and refuses what the format forbids', () => {
    const store = createAppStore();
    const { addNode, connect } = store.getState();
    const team = addNode('team', { x: 0, y: 0 });
    const unit = addNode('unit', { x: 0, y: 0 });
    const dept = addNode('department', { x: 0, y: 0 });
    const acc = addNode('account', { x: 0, y: 0 }, { platform: 'x' });
    const emp = addNode('employees', { x: 0, y: 0 });
    expect(connect(team, unit)).toMatchObject({ ok: true, kind: 'coordinates' });
    expect(connect(unit, acc)).toMatchObject({ ok: true, kind: 'owns' });
    expect(connect(dept, team)).toMatchObject({ ok: true, kind: 'member' });
    expect(connect(acc, unit)).toMatchObject({ ok: false, reason: 'kinds', sourceKind: 'account', targetKind: 'unit' });
    expect(connect(emp, team)).toMatchObject({ ok: false, reason: 'kinds' });
    expect(connect(unit, unit)).toMatchObject({ ok: false, reason: 'self-loop' });
    expect(connect(team, unit)).toMatchObject({ ok: false, reason: 'duplicate', kind: 'coordinates' });
    expect(connect(dept, team, 'owns')).toMatchObject({ ok: false, reason: 'kind-not-allowed' });
    expect(scenarioOf(store).edges).toHaveLength(3);
  });

  it('switches an edge kind only to a legal one', () => {
    const store = createAppStore();
    const { addNode, connect } = store.getState();
    const dept = addNode('department', { x: 0, y: 0 });
    const team = addNode('team', { x: 0, y: 0 });
    const r = connect(dept, team);
    if (!r.ok) throw new Error('expected ok');
    expect(store.getState().setEdgeKind(r.edgeId, 'coordinates')).toMatchObject({ ok: true });
    expect(scenarioOf(store).edges[0]?.kind).toBe('coordinates');
    expect(store.getState().setEdgeKind(r.edgeId, 'owns')).toMatchObject({ ok: false });
    expect(scenarioOf(store).edges[0]?.kind).toBe('coordinates');
  });

  it('deletes nodes with their edges in one undo step, and redoes', () => {
    const store = createAppStore();
    const { addNode, connect } = store.getState();
    const team = addNode('team', { x: 0, y: 0 });
    const unit = addNode('unit', { x: 0, y: 0 });
    connect(team, unit);
    store.getState().select([team]);
    store.getState().deleteSelection();
    expect(scenarioOf(store).nodes.map((n) => n.id)).toEqual([unit]);
    expect(scenarioOf(store).edges).toHaveLength(0);
    expect(store.getState().selectedNodeIds).toEqual([]);
    store.history.undo();
    expect(scenarioOf(store).nodes).toHaveLength(2);
    expect(scenarioOf(store).edges).toHaveLength(1);
    store.history.redo();
    expect(scenarioOf(store).nodes).toHaveLength(1);
  });

  it('undo drops selected ids that no longer exist', () => {
    const store = createAppStore();
    const id = store.getState().addNode('unit', { x: 0, y: 0 });
    expect(store.getState().selectedNodeIds).toEqual([id]);
    store.history.undo();
    expect(scenarioOf(store).nodes).toHaveLength(0);
    expect(store.getState().selectedNodeIds).toEqual([]);
    // The selection change is not an undo step of its own.
    store.history.redo();
    expect(scenarioOf(store).nodes).toHaveLength(1);
    expect(store.temporal.getState().futureStates).toHaveLength(0);
  });

  it('records a whole drag as one undo step', () => {
    const store = createAppStore();
    const id = store.getState().addNode('unit', { x: 0, y: 0 });
    const before = store.temporal.getState().pastStates.length;
    for (let i = 1; i <= 30; i++) store.getState().moveNodes(new Map([[id, { x: i, y: i * 2 }]]), { group: 'drag:1' });
    expect(store.temporal.getState().pastStates.length).toBe(before + 1);
    expect(scenarioOf(store).nodes[0]?.position).toEqual({ x: 30, y: 60 });
    store.history.undo();
    expect(scenarioOf(store).nodes[0]?.position).toEqual({ x: 0, y: 0 });
    // a second drag is a separate step
    store.history.redo();
    store.getState().moveNodes(new Map([[id, { x: 100, y: 100 }]]), { group: 'drag:2' });
    store.history.undo();
    expect(scenarioOf(store).nodes[0]?.position).toEqual({ x: 30, y: 60 });
  });

  it('keeps untouched node objects when moving one node', () => {
    const store = createAppStore();
    const a = store.getState().addNode('unit', { x: 0, y: 0 });
    store.getState().addNode('unit', { x: 50, y: 0 });
    const [, before] = scenarioOf(store).nodes;
    store.getState().moveNodes(new Map([[a, { x: 5, y: 5 }]]));
    expect(scenarioOf(store).nodes[1]).toBe(before);
  });

  it('records a typing burst as one step, and a pause or undo starts a new one', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const id = store.getState().addNode('unit', { x: 0, y: 0 }, { label: 'U' });
    const group = `type:${id}:label`;
    for (const label of ['M', 'Ma', 'Mar', 'Mark']) {
      store.getState().updateNode(id, { label }, { group });
      vi.advanceTimersByTime(100);
    }
    store.history.undo();
    expect(scenarioOf(store).nodes[0]?.label).toBe('U');
    store.history.redo();
    vi.advanceTimersByTime(TYPING_WINDOW_MS + 10);
    store.getState().updateNode(id, { label: 'Marke' }, { group });
    store.getState().updateNode(id, { label: 'Market' }, { group });
    store.history.undo();
    expect(scenarioOf(store).nodes[0]?.label).toBe('Mark');
    store.getState().updateNode(id, { label: 'Mark2' }, { group });
    store.history.undo();
    expect(scenarioOf(store).nodes[0]?.label).toBe('Mark');
  });

  it('edits account fields and removes empty optional fields', () => {
    const store = createAppStore();
    const id = store.getState().addNode('account', { x: 0, y: 0 }, { platform: 'x', handle: '@a' });
    store.getState().updateNode(id, { platform: 'youtube', notes: 'hi' });
    expect(scenarioOf(store).nodes[0]).toMatchObject({ platform: 'youtube', handle: '@a', notes: 'hi' });
    store.getState().updateNode(id, { handle: '', notes: '' });
    const node = scenarioOf(store).nodes[0];
    expect(node && 'handle' in node).toBe(false);
    expect(node && 'notes' in node).toBe(false);
  });

  it('duplicates and pastes the selection with internal edges and fresh ids', () => {
    const store = createAppStore();
    const { addNode, connect } = store.getState();
    const team = addNode('team', { x: 0, y: 0 });
    const unit = addNode('unit', { x: 100, y: 0 });
    connect(team, unit);
    store.getState().select([team, unit]);
    store.getState().duplicateSelection();
    let s = scenarioOf(store);
    expect(s.nodes).toHaveLength(4);
    expect(s.edges).toHaveLength(2);
    expect(s.nodes[2]?.position).toEqual({ x: 40, y: 40 });
    expect(store.getState().selectedNodeIds).toHaveLength(2);
    expect(store.getState().selectedNodeIds).not.toContain(team);
    store.getState().select([team]);
    store.getState().copySelection();
    store.getState().paste();
    store.getState().paste();
    s = scenarioOf(store);
    expect(s.nodes).toHaveLength(6);
    expect(s.nodes[5]?.position).toEqual({ x: 80, y: 80 });
    expect(new Set(s.nodes.map((n) => n.id)).size).toBe(6);
  });

  it('edits the title as one undo step per typing burst', () => {
    const store = createAppStore();
    for (const title of ['A', 'Ac', 'Acme']) store.getState().setTitle(title, { group: 'type:document:title' });
    expect(store.getState().document.title).toBe('Acme');
    expect(store.getState().document !== store.getState().savedDocument).toBe(true);
    store.history.undo();
    expect(store.getState().document.title).toBe('');
  });

  it('says each edit\'s history intent: a push between two edits of one group splits the burst, state holds no undo group', () => {
    const store = createAppStore();
    const group = { group: 'type:document:title' };
    store.getState().setTitle('A', group);
    store.getState().setTitle('Ac', group); // merged into the step of 'A'
    store.getState().addNode('unit', { x: 0, y: 0 }); // push: a step of its own, and it ends the burst
    store.getState().setTitle('Acme', group); // a new step, although within the typing window
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    expect('editGroup' in store.getState()).toBe(false);
    store.history.undo();
    expect(store.getState().document.title).toBe('Ac');
    store.history.undo();
    expect(scenarioOf(store).nodes).toHaveLength(0);
    expect(store.getState().document.title).toBe('Ac');
    store.history.undo();
    expect(store.getState().document.title).toBe('');
  });

  it('loading a document resets selection and history', () => {
    const store = createAppStore();
    store.getState().addNode('unit', { x: 0, y: 0 });
    const doc: OrgDocument = {
      format: 'orgmap',
      version: 1,
      title: 'T',
      scenarios: [{ id: 'current' as never, name: 'Current', nodes: [{ id: asNodeId('a'), kind: 'team', label: 'A', position: { x: 0, y: 0 } }], edges: [] }],
    };
    store.getState().loadDocument(doc, 'x.orgmap');
    expect(store.getState().document).toBe(doc);
    expect(store.getState().selectedNodeIds).toEqual([]);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    const ids: NodeId[] = scenarioOf(store).nodes.map((n) => n.id);
    expect(ids).toEqual(['a']);
  });

  it('a restored draft loads as unsaved (dirty) until it is saved', () => {
    const store = createAppStore();
    const doc: OrgDocument = { format: 'orgmap', version: 1, title: 'Draft', scenarios: [{ id: 'current' as never, name: 'Current', nodes: [], edges: [] }] };
    store.getState().loadDocument(doc, 'acme.orgmap', { unsaved: true });
    expect(selectDirty(store.getState())).toBe(true);
    expect(store.getState().fileName).toBe('acme.orgmap');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().markSaved('acme.orgmap');
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().loadDocument(doc, null);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('selectDocument (the presentation\'s selector) gives the loaded document, and the edited one after an edit', () => {
    const store = createAppStore();
    const doc: OrgDocument = { format: 'orgmap', version: 1, title: 'Deck', scenarios: [{ id: 'current' as never, name: 'Current', nodes: [], edges: [] }] };
    store.getState().loadDocument(doc, 'deck.orgmap');
    expect(selectDocument(store.getState())).toBe(doc);
    store.getState().addNode('team', { x: 0, y: 0 });
    expect(selectDocument(store.getState())).not.toBe(doc);
    expect(selectDocument(store.getState())).toBe(store.getState().document);
    expect(selectDocument(store.getState()).scenarios[0]?.nodes).toHaveLength(1);
  });
});

describe('no state shared between stores (issue 19, P1)', () => {
  it('numbers hints per store: a hint in one store does not advance the other store\'s count', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().showHint('exporting.copied');
    a.getState().showHint('exporting.copied');
    b.getState().showHint('exporting.copied');
    expect(a.getState().hint?.seq).toBe(2);
    expect(b.getState().hint?.seq).toBe(1);
    b.getState().showRefusal({ reason: 'self-loop' });
    expect(b.getState().hint?.seq).toBe(2);
    a.getState().showHint('exporting.copied');
    expect(a.getState().hint?.seq).toBe(3);
  });

  it('memoises the analysed scenario per store: a drag in one store never hands the other a stale scenario', () => {
    const a = createAppStore();
    const b = createAppStore();
    expect(a.selectAnalysedScenario).not.toBe(b.selectAnalysedScenario);
    const id = a.getState().addNode('unit', { x: 0, y: 0 }, { label: 'A' });
    b.getState().addNode('unit', { x: 0, y: 0 }, { label: 'B' });
    a.getState().startDrag();
    b.getState().startDrag();
    const frozenA = a.selectAnalysedScenario(a.getState());
    // b's selector reads b's scenario even though a froze one with the same id and node count.
    expect(b.selectAnalysedScenario(b.getState()).nodes[0]?.label).toBe('B');
    a.getState().moveNodes(new Map([[id, { x: 50, y: 0 }]]));
    expect(a.selectAnalysedScenario(a.getState())).toBe(frozenA);
    expect(b.selectAnalysedScenario(b.getState()).nodes[0]?.label).toBe('B');
  });
});
