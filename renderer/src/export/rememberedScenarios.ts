/**
 * The scenarios last ticked in the Export dialog (issue #16): a PDF of "Current" and "Target",
 * then a PowerPoint of the same, without ticking them again. Kept for the session (not in the map
 * file, not in settings); ids no longer in the map are dropped.
 */
import type { ScenarioId } from '../../../shared/model/types';
import type { AppState } from '../store/types';

let remembered: readonly ScenarioId[] = [];

/** Keeps the user's choice; returns it (for use inside a state updater, where it is idempotent). */
export function rememberScenarios(ids: ScenarioId[]): ScenarioId[] {
  remembered = [...ids];
  return ids;
}

/** Where the dialog starts: both sides of an open comparison, else the last choice, else the active scenario. */
export function initialScenarioChoice(state: Pick<AppState, 'compare' | 'scenarioId' | 'document'>): ScenarioId[] {
  if (state.compare) return [state.compare.from, state.compare.to];
  const existing = remembered.filter((id) => state.document.scenarios.some((s) => s.id === id));
  return existing.length > 0 ? existing : [state.scenarioId];
}
