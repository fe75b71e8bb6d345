import { describe, expect, it, vi } from 'vitest';
import { asScenarioId } from '../../../shared/model/rules';
import { createAppStore } from '../store';
import { getCommand, runCommand, type AppActions, type CommandContext } from '../commands/commands';

function context() {
  const store = createAppStore();
  const actions = {
    addScenario: vi.fn(() => void store.getState().addScenario('Next')),
    duplicateScenario: vi.fn(() => void store.getState().duplicateScenario()),
    deleteScenario: vi.fn(() => void store.getState().deleteScenario(store.getState().scenarioId)),
  } as Partial<AppActions> as AppActions;
  // The scenario commands read only the store and the actions.
  const ctx = { store, actions } as Partial<CommandContext> as CommandContext;
  const enabled = (id: string) => getCommand(id)?.enabled(store.getState(), ctx) ?? false;
  const ids = () => store.getState().document.scenarios.map((s) => s.id);
  return { store, ctx, enabled, ids };
}

describe('scenario commands', () => {
  it('are enabled only when they can act', () => {
    const { store, ctx, enabled } = context();
    expect(enabled('scenario.add')).toBe(true);
    expect(enabled('scenario.delete')).toBe(false);
    expect(enabled('scenario.moveLeft')).toBe(false);
    expect(enabled('scenario.moveRight')).toBe(false);
    expect(enabled('view.compare')).toBe(false);
    expect(runCommand('scenario.duplicate', ctx)).toBe(true);
    expect(store.getState().scenarioId).toBe('target');
    expect(enabled('scenario.delete')).toBe(true);
    expect(enabled('scenario.moveLeft')).toBe(true);
    expect(enabled('scenario.moveRight')).toBe(false);
    expect(enabled('view.compare')).toBe(true);
  });

  it('move the active tab, rename it in place, and toggle the comparison', () => {
    const { store, ctx, ids } = context();
    runCommand('scenario.duplicate', ctx);
    runCommand('scenario.moveLeft', ctx);
    expect(ids()).toEqual(['target', 'current']);
    runCommand('scenario.moveRight', ctx);
    expect(ids()).toEqual(['current', 'target']);
    runCommand('scenario.rename', ctx);
    expect(store.getState().renamingScenario).toBe('target');
    store.getState().setScenario(asScenarioId('current'));
    runCommand('view.compare', ctx);
    expect(store.getState().compare).toEqual({ from: 'current', to: 'target' });
    runCommand('view.compare', ctx);
    expect(store.getState().compare).toBeNull();
    runCommand('scenario.delete', ctx);
    expect(ids()).toEqual(['current']);
  });
});
