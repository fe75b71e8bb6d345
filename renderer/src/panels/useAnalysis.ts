import { analyze } from '../../../shared/analysis';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { useAppStore } from '../app/context';
import { selectAnalysedScenario } from '../store/selectors';

/**
 * The live analysis of the scenario on the canvas. Derived, never stored: shared/analysis memoises
 * on the scenario object, so the canvas badges and the panels share one computation per edit.
 */
export function useAnalysis(): AnalysisResult {
  return analyze(useAppStore(selectAnalysedScenario));
}
