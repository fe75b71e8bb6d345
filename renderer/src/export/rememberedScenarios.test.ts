import { describe, expect, it } from 'vitest';
import type { ScenarioId } from '../../../shared/model/types';
import { createAppStore } from '../store';
import { initialScenarioChoice, rememberScenarios } from './rememberedScenarios';

const id = (s: string) => s as ScenarioId;

describe('the Export dialog remembers the chosen scenarios', () => {
  it('starts with the active scenario, then with the last choice, dropping scenarios no longer there', () => {
    const store = createAppStore();
    const state = store.getState();
    const second = state.addScenario('Target');
    expect(second).toBeTruthy();
    const first = store.getState().document.scenarios[0]?.id;
    expect(initialScenarioChoice(store.getState())).toEqual([store.getState().scenarioId]);
    rememberScenarios([id(first ?? ''), id(second ?? '')]);
    expect(initialScenarioChoice(store.getState())).toEqual([first, second]);
    rememberScenarios([id('gone')]);
    expect(initialScenarioChoice(store.getState())).toEqual([store.getState().scenarioId]);
  });

  it('an open comparison wins', () => {
    const store = createAppStore();
    const target = store.getState().addScenario('Target');
    rememberScenarios([id(target ?? '')]);
    store.getState().openCompare();
    const compare = store.getState().compare;
    expect(initialScenarioChoice(store.getState())).toEqual([compare?.from, compare?.to]);
  });
});
