/**
 * The numbers of the risks: the order of the risk list (high, then medium, then low; within a
 * severity as the analysis lists them). The badge on a node shows the same numbers, so a strategist
 * can go from a mark on the canvas to its line in the list and back.
 */
import { SEVERITIES, type Risk } from '../../../shared/analysis/types';
import { useAnalysis } from './useAnalysis';

/** One risk's identity across analyses (a fresh analysis after each edit makes new objects). */
export function riskKey(risk: Pick<Risk, 'code' | 'nodes'>): string {
  return `${risk.code}\u0000${risk.nodes.join(',')}`;
}

/** Number (from 1) of each risk by riskKey, in the list's order. */
export function numberRisks(risks: readonly Risk[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  for (const severity of SEVERITIES) {
    for (const risk of risks) {
      const key = riskKey(risk);
      if (risk.severity === severity && !numbers.has(key)) numbers.set(key, numbers.size + 1);
    }
  }
  return numbers;
}

/** What a node's badge says for these numbers: "2", "1 4", "1 4 +3" (at most two, then a count). */
export function badgeText(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const shown = sorted.slice(0, 2).join(' ');
  return sorted.length > 2 ? `${shown} +${sorted.length - 2}` : shown;
}

const cache = new WeakMap<readonly Risk[], ReadonlyMap<string, number>>();
const NO_NUMBERS: ReadonlyMap<string, number> = new Map();

/** The numbers of the live analysis's risks, computed once per analysis (none while it is held). */
export function useRiskNumbers(): ReadonlyMap<string, number> {
  const risks = useAnalysis()?.risks;
  if (!risks) return NO_NUMBERS;
  let numbers = cache.get(risks);
  if (!numbers) {
    numbers = numberRisks(risks);
    cache.set(risks, numbers);
  }
  return numbers;
}

/** Scrolls the risk list to risk number `n` and puts the focus on it (a click on a node's badge). */
export function showInRiskList(n: number): void {
  if (!Number.isFinite(n)) return;
  const item = document.querySelector<HTMLElement>(`[data-testid="risk"][data-risk-number="${n}"]`);
  if (!item) return;
  item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  item.focus({ preventScroll: true });
}
