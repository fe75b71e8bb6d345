import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store';
import { answerDiscard, confirmDiscard, discardQuestion, registerDiscardSaver } from './confirmDiscard';

const dirtyStore = () => {
  const store = createAppStore();
  store.getState().addNode('team', { x: 0, y: 0 });
  return store;
};

let unregister: (() => void) | undefined;
afterEach(() => {
  unregister?.();
  unregister = undefined;
  if (discardQuestion()) answerDiscard('cancel');
});

describe('confirm before discarding unsaved changes', () => {
  it('does not ask when nothing is unsaved', async () => {
    await expect(confirmDiscard(createAppStore(), 'New')).resolves.toBe(true);
    expect(discardQuestion()).toBeNull();
  });

  it('asks when there are changes: Don’t Save goes on, Cancel stops', async () => {
    const store = dirtyStore();
    const first = confirmDiscard(store, 'New');
    expect(discardQuestion()).toEqual({ action: 'New', canSave: false });
    answerDiscard('discard');
    await expect(first).resolves.toBe(true);
    expect(discardQuestion()).toBeNull();
    const second = confirmDiscard(store, 'Open a.orgmap');
    answerDiscard('cancel');
    await expect(second).resolves.toBe(false);
  });

  it('Save saves first and goes on only when the save succeeded', async () => {
    const store = dirtyStore();
    const save = vi.fn(() => Promise.resolve(true));
    unregister = registerDiscardSaver(save);
    const ok = confirmDiscard(store, 'New');
    expect(discardQuestion()?.canSave).toBe(true);
    answerDiscard('save');
    await expect(ok).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    unregister();
    unregister = registerDiscardSaver(() => Promise.resolve(false));
    const failed = confirmDiscard(store, 'New');
    answerDiscard('save');
    await expect(failed).resolves.toBe(false);
  });

  it('a second question cancels the first', async () => {
    const store = dirtyStore();
    const first = confirmDiscard(store, 'New');
    const second = confirmDiscard(store, 'Template');
    await expect(first).resolves.toBe(false);
    expect(discardQuestion()?.action).toBe('Template');
    answerDiscard('discard');
    await expect(second).resolves.toBe(true);
  });
});
