import type { AnalysisResult } from '../../../shared/analysis/types';
import { useAppStore } from '../ui/context';
import { selectAnalysedScenario } from '../store/selectors';
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
  useAnalysisRelease();
  const viewKey = useAppStore(selectViewKey);
  return analysisOrHeld(useAppStore(selectAnalysedScenario), viewKey);
}
