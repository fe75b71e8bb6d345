import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../shared/model';
import type { Scenario } from '../../../shared/model/types';
import { createAppStore } from './index';

const active = (store: ReturnType<typeof createAppStore>): Scenario => {
  const { document, scenarioId } = store.getState();
  return document.scenarios.find((s) => s.id === scenarioId) as Scenario;
};

describe('setPractice (store)', () => {
  it('changes the active scenario only, one undo step per change', () => {
    const store = createAppStore();
    store.getState().addScenario('Target');
    store.getState().setPractice('guidelines', 'partly');
    store.getState().setPractice('guidelines', 'yes');
    store.getState().setPractice('accountRules', 'no');
    expect(active(store).practices).toEqual({ guidelines: 'yes', accountRules: 'no' });
    expect(store.getState().document.scenarios[0]?.practices).toBeUndefined();
    store.history.undo();
    expect(active(store).practices).toEqual({ guidelines: 'yes' });
    store.history.undo();
    expect(active(store).practices).toEqual({ guidelines: 'partly' });
    store.history.undo();
    expect(active(store).practices).toBeUndefined();
    store.history.redo();
    expect(active(store).practices).toEqual({ guidelines: 'partly' });
  });

  it('setting the value it already has adds no undo step', () => {
    const store = createAppStore();
    store.getState().setPractice('training', 'yes');
    const doc = store.getState().document;
    store.getState().setPractice('training', 'yes');
    expect(store.getState().document).toBe(doc);
  });

  it('practices travel with a duplicated scenario and are saved in the file', () => {
    const store = createAppStore();
    store.getState().setPractice('boardCommitment', 'yes');
    store.getState().duplicateScenario();
    expect(active(store).practices).toEqual({ boardCommitment: 'yes' });
    const text = serializeDocument(store.getState().document);
    const back = parseDocument(text);
    expect(back.ok && back.document.scenarios.map((s) => s.practices)).toEqual([{ boardCommitment: 'yes' }, { boardCommitment: 'yes' }]);
  });
});
