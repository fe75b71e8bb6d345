import type { AnalysisResult } from '../../../shared/analysis/types';
import { useAppStore, useServices } from '../ui/context';
import { analysisOrHeld, useAnalysisRelease, viewKeyOf } from './analysisGate';
import type { AppState } from '../store/types';

const selectViewKey = (s: AppState) => viewKeyOf(s);

/**
 * The live analysis of the scenario on the canvas. Derived, never stored: shared/analysis memoises
 * on the scenario object, so the canvas badges and the panels share one computation per edit.
 * Null while a big map's first analysis waits for the canvas's first paint (analysisGate.ts): show
 * a "working" state then.
 */
export function useAnalysis(): AnalysisResult | null {
  const { store } = useServices();
  useAnalysisRelease(store.analysisGate);
  const viewKey = useAppStore(selectViewKey);
  return analysisOrHeld(store.analysisGate, useAppStore(store.selectAnalysedScenario), viewKey);
}
