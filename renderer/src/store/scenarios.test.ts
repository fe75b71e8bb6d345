import { describe, expect, it } from 'vitest';
import { asScenarioId } from '../../../shared/model/rules';
import { createAppStore } from './index';

const names = (store: ReturnType<typeof createAppStore>) => store.getState().document.scenarios.map((s) => s.name);
const ids = (store: ReturnType<typeof createAppStore>) => store.getState().document.scenarios.map((s) => s.id);

describe('scenario actions', () => {
  it('adds an empty scenario, shows it, and undoes in one step', () => {
    const store = createAppStore();
    store.getState().addNode('unit', { x: 0, y: 0 });
    const id = store.getState().addScenario('Plan B');
    expect(id).toBe('plan-b');
    expect(store.getState().scenarioId).toBe('plan-b');
    expect(names(store)).toEqual(['Current', 'Plan B']);
    store.history.undo();
    expect(names(store)).toEqual(['Current']);
    // The active scenario is gone: the first one shows again.
    expect(store.getState().scenarioId).toBe('current');
    store.history.redo();
    expect(names(store)).toEqual(['Current', 'Plan B']);
  });

  it('stops at the format limit of 20 scenarios', () => {
    const store = createAppStore();
    for (let i = 0; i < 19; i++) expect(store.getState().addScenario(`S${i}`)).not.toBeNull();
    expect(store.getState().addScenario('one too many')).toBeNull();
    expect(store.getState().duplicateScenario()).toBeNull();
    expect(store.getState().document.scenarios).toHaveLength(20);
  });

  it('duplicates the current scenario into Target, then into copies', () => {
    const store = createAppStore();
    const unit = store.getState().addNode('unit', { x: 0, y: 0 }, { label: 'BU' });
    expect(store.getState().duplicateScenario()).toBe('target');
    const target = store.getState().document.scenarios[1];
    expect(target).toMatchObject({ id: 'target', name: 'Target' });
    expect(target?.nodes.map((n) => n.id)).toEqual([unit]);
    expect(store.getState().scenarioId).toBe('target');
    expect(store.getState().duplicateScenario(undefined, { target: 'Doel', copy: (n) => `${n} (kopie)` })).toBe('target-kopie');
    expect(names(store)).toEqual(['Current', 'Target', 'Target (kopie)']);
    // Editing the copy leaves the original alone.
    store.getState().updateNode(unit, { label: 'Changed' });
    expect(store.getState().document.scenarios[0]?.nodes[0]?.label).toBe('BU');
    store.history.undo();
    store.history.undo();
    expect(ids(store)).toEqual(['current', 'target']);
  });

  it('renames with validation, keeping the id; one undo step', () => {
    const store = createAppStore();
    const id = asScenarioId('current');
    expect(store.getState().renameScenario(id, '')).toBe('empty');
    expect(store.getState().renameScenario(id, 'x'.repeat(101))).toBe('too-long');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().renameScenario(id, '  Today ')).toBeNull();
    expect(store.getState().document.scenarios[0]).toMatchObject({ id: 'current', name: 'Today' });
    store.history.undo();
    expect(names(store)).toEqual(['Current']);
  });

  it('deletes any scenario but the last, showing a neighbour', () => {
    const store = createAppStore();
    store.getState().addScenario('B');
    store.getState().addScenario('C');
    store.getState().setScenario(asScenarioId('b'));
    expect(store.getState().deleteScenario(asScenarioId('b'))).toBe(true);
    expect(ids(store)).toEqual(['current', 'c']);
    expect(store.getState().scenarioId).toBe('c');
    expect(store.getState().deleteScenario(asScenarioId('c'))).toBe(true);
    expect(store.getState().deleteScenario(asScenarioId('current'))).toBe(false);
    expect(ids(store)).toEqual(['current']);
    store.history.undo();
    expect(ids(store)).toEqual(['current', 'c']);
  });

  it('reorders, one undo step per move', () => {
    const store = createAppStore();
    store.getState().addScenario('B');
    store.getState().addScenario('C');
    store.getState().moveScenario(asScenarioId('c'), 0);
    expect(ids(store)).toEqual(['c', 'current', 'b']);
    store.getState().moveScenario(asScenarioId('c'), 99);
    expect(ids(store)).toEqual(['current', 'b', 'c']);
    const past = store.temporal.getState().pastStates.length;
    store.getState().moveScenario(asScenarioId('c'), 2);
    expect(store.temporal.getState().pastStates).toHaveLength(past);
    store.history.undo();
    expect(ids(store)).toEqual(['c', 'current', 'b']);
  });

  it('sets goals in the format order, undoably; none removes the field', () => {
    const store = createAppStore();
    store.getState().setGoals(['sales', 'branding', 'sales']);
    expect(store.getState().document.goals).toEqual(['branding', 'sales']);
    store.getState().setGoals([]);
    expect('goals' in store.getState().document).toBe(false);
    store.history.undo();
    expect(store.getState().document.goals).toEqual(['branding', 'sales']);
  });

  it('opens the comparison first → target and shows the target; deleting one side closes it', () => {
    const store = createAppStore();
    store.getState().addScenario('Other');
    store.getState().setScenario(asScenarioId('current'));
    store.getState().duplicateScenario();
    store.getState().setScenario(asScenarioId('current'));
    store.getState().openCompare();
    expect(store.getState().compare).toEqual({ from: 'current', to: 'target' });
    expect(store.getState().scenarioId).toBe('target');
    store.getState().openCompare({ from: asScenarioId('other') });
    expect(store.getState().compare).toEqual({ from: 'other', to: 'target' });
    store.getState().deleteScenario(asScenarioId('other'));
    expect(store.getState().compare).toBeNull();
  });
});
