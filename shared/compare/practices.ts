/**
 * Practices between two scenarios (issue 18): which were added, completed or dropped, and the
 * path steps they make. Pure; the rules are in docs/compare.md ("Practices").
 */
import { PRACTICES, type PracticeKey, type PracticeValue, type Practices } from '../model/types';
import type { Comparison, PracticeChange, StepCode } from './types';

const RANK: Readonly<Record<PracticeValue, number>> = { no: 0, partly: 1, yes: 2 };

/** Added, completed and dropped practices, each in PRACTICES order. */
export function diffPractices(from: Practices | undefined, to: Practices | undefined): Comparison['practices'] {
  const added: PracticeChange[] = [];
  const completed: PracticeChange[] = [];
  const dropped: PracticeChange[] = [];
  for (const practice of PRACTICES) {
    const a = from?.[practice];
    const b = to?.[practice];
    // Not recorded in the target: unknown, never read as dropped.
    if (b === undefined || a === b) continue;
    const change: PracticeChange = a === undefined ? { practice, to: b } : { practice, from: a, to: b };
    if (b !== 'no' && (a === undefined || a === 'no')) added.push(change);
    else if (a === 'partly' && b === 'yes') completed.push(change);
    else if (a !== undefined && RANK[b] < RANK[a]) dropped.push(change);
  }
  return { added, completed, dropped };
}

/** The step that puts a practice in place, in its natural place of the path. */
export const PRACTICE_STEP: Readonly<Record<PracticeKey, StepCode>> = {
  boardCommitment: 'secure-board-commitment',
  guidelines: 'write-guidelines',
  accountRules: 'set-account-rules',
  knowledgeBank: 'open-knowledge-bank',
  training: 'train-people',
  crisisProcedure: 'set-crisis-procedure',
};

/** True when the lists hold any change. */
export function practicesChanged(p: Comparison['practices']): boolean {
  return p.added.length + p.completed.length + p.dropped.length > 0;
}
