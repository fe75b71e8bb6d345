/**
 * Module-level selectors (pure: per-store memos are made by createAppStore): components read exactly what they show (with useShallow for objects), so
 * an unrelated change never re-renders them.
 */
import type { Scenario } from '../../../shared/model/types';
import { activeScenario } from '../../../shared/model/edits';
import type { AppState } from './types';

export const selectScenario = (s: AppState): Scenario => activeScenario(s.document, s.scenarioId);
export const selectSelectedNodeIds = (s: AppState) => s.selectedNodeIds;
export const selectSelectedEdgeIds = (s: AppState) => s.selectedEdgeIds;
export const selectDialog = (s: AppState) => s.dialog;
export const selectHint = (s: AppState) => s.hint;
export const selectSnap = (s: AppState) => s.snapToGrid;
export const selectLanguage = (s: AppState) => s.language;
export const selectSetLanguage = (s: AppState) => s.setLanguage;
export const selectFileName = (s: AppState) => s.fileName;
export const selectTitle = (s: AppState) => s.document.title;
export const selectDirty = (s: AppState) => s.document !== s.savedDocument;
export const selectDocument = (s: AppState) => s.document;
export const selectScenarios = (s: AppState) => s.document.scenarios;
export const selectScenarioId = (s: AppState) => s.scenarioId;
export const selectSetScenario = (s: AppState) => s.setScenario;

/**
 * Creates the selector of the scenario the analysis looks at, with its own memo: one per store
 * (createAppStore's `selectAnalysedScenario`), so two stores in a page never share it. While a node
 * is being dragged only positions change, which the analysis ignores; keeping the pre-drag scenario
 * spares a full analysis per drag frame.
 */
export function createAnalysedScenarioSelector(): (s: AppState) => Scenario {
  let frozen: Scenario | null = null;
  return (s) => {
    const scenario = selectScenario(s);
    if (s.drag.active && frozen !== null && frozen.id === scenario.id && frozen.nodes.length === scenario.nodes.length) return frozen;
    frozen = scenario;
    return scenario;
  };
}

export const selectCanUndoRedo = (t: { pastStates: readonly unknown[]; futureStates: readonly unknown[] }) => ({
  canUndo: t.pastStates.length > 0,
  canRedo: t.futureStates.length > 0,
});
export const selectShowGrid = (s: AppState) => s.showGrid;
