/**
 * The analysis engine: pure functions of a scenario, O(nodes + edges), memoised on the scenario
 * object (scenarios are immutable; an edit makes a new scenario object). The rules are written
 * out in docs/analysis-rules.md.
 */
import type { Scenario } from '../model/types';
import type { AnalysisResult, ClassifyResult, Risk } from './types';
import { buildGraphIndex, type GraphIndex } from './graph';
import { buildStructure, type Structure } from './structure';
import { classifyIndex } from './classify';
import { findRisksIndex } from './risks';
import { withPracticeRisks } from './practices';

export * from './types';
export { THRESHOLDS } from './thresholds';
export { RISK_SEVERITY } from './risks';
export { SURVEY_SHARE } from './survey';
export { findPracticeRisks, practicesRecorded, SPRAWL_ADVICE_GUIDELINES } from './practices';

interface Memo {
  index: GraphIndex;
  structure: Structure;
  classification?: ClassifyResult;
  risks?: readonly Risk[];
  result?: AnalysisResult;
}

const memo = new WeakMap<Scenario, Memo>();

function prepared(scenario: Scenario): Memo {
  let entry = memo.get(scenario);
  if (!entry) {
    const index = buildGraphIndex(scenario);
    entry = { index, structure: buildStructure(index) };
    memo.set(scenario, entry);
  }
  return entry;
}

/**
 * Which of the five Altimeter models the scenario follows, how sure, and why.
 * Returns the same object for the same scenario object.
 */
export function classify(scenario: Scenario): ClassifyResult {
  const entry = prepared(scenario);
  return (entry.classification ??= Object.freeze(classifyIndex(entry.index, entry.structure)));
}

/**
 * Every risk found in the scenario, ordered by code (RISK_CODES order), then by the id of each
 * risk's first node. Returns the same array for the same scenario object.
 */
export function findRisks(scenario: Scenario): readonly Risk[] {
  const entry = prepared(scenario);
  return (entry.risks ??= Object.freeze(withPracticeRisks(findRisksIndex(entry.index, entry.structure), scenario.practices, entry.index, () => classify(scenario).model)));
}

/** Both results from one shared graph index. Returns the same object for the same scenario object. */
export function analyze(scenario: Scenario): AnalysisResult {
  const entry = prepared(scenario);
  return (entry.result ??= Object.freeze({ classification: classify(scenario), risks: findRisks(scenario) }));
}
