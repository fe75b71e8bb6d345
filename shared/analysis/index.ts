/**
 * The analysis engine: pure functions of a scenario, O(nodes + edges), memoised on the scenario
 * object (scenarios are immutable; an edit makes a new scenario object). An edit that keeps the
 * edges array reuses the last graph index and structure (one pointer comparison per node), a move
 * gets the very same results, and a relabel redoes only what can name the node (docs/bench.md,
 * "Analysis after an edit"). The rules are written out in docs/analysis-rules.md.
 */
import { PRACTICES, type OrgNode, type Scenario } from '../model/types';
import type { AnalysisResult, ClassifyResult, Risk } from './types';
import { buildGraphIndex, type GraphIndex } from './graph';
import { buildStructure, type Structure } from './structure';
import { classifyIndex } from './classify';
import { findRisksIndex, type SprawlCache } from './risks';
import { withPracticeRisks } from './practices';

export * from './types';
export { THRESHOLDS } from './thresholds';
export { RISK_SEVERITY } from './risks';
export { SURVEY_SHARE } from './survey';
export { findPracticeRisks, practicesRecorded, SPRAWL_ADVICE_GUIDELINES } from './practices';

interface Memo {
  index: GraphIndex;
  structure: Structure;
  /** Shared by every memo of the same graph (see Topology). */
  sprawl: SprawlCache;
  classification?: ClassifyResult;
  risks?: readonly Risk[];
  result?: AnalysisResult;
}

/**
 * What an edit that keeps the edges array (a move, a relabel: the store copies the scenario and
 * its nodes array but keeps every untouched node and edge object) can reuse: the graph index and
 * the structure depend only on the edges and on each node's id and kind. `last` is the memo of the
 * latest scenario analysed with this edges array.
 */
interface Topology {
  last: Scenario;
  lastMemo: Memo;
}

const memo = new WeakMap<Scenario, Memo>();
const byEdges = new WeakMap<Scenario['edges'], Topology>();

/** How the nodes of `next` differ from those of `prev` for the analysis: 'topology' (id or kind), 'content' (label, platform, handle) or 'none'. */
function nodesChange(prev: Scenario['nodes'], next: Scenario['nodes']): 'topology' | 'content' | 'none' {
  if (prev === next) return 'none';
  if (prev.length !== next.length) return 'topology';
  let change: 'content' | 'none' = 'none';
  for (let i = 0; i < next.length; i++) {
    const a = prev[i] as OrgNode;
    const b = next[i] as OrgNode;
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind) return 'topology';
    if (a.label !== b.label || a.platform !== b.platform || a.handle !== b.handle) change = 'content';
  }
  return change;
}

/** True when both record the same value for every practice the analysis reads. */
function samePractices(a: Scenario['practices'], b: Scenario['practices']): boolean {
  if (a === b) return true;
  for (const key of PRACTICES) if (a?.[key] !== b?.[key]) return false;
  return true;
}

function prepared(scenario: Scenario): Memo {
  let entry = memo.get(scenario);
  if (entry) return entry;
  const topology = byEdges.get(scenario.edges);
  const change = topology ? nodesChange(topology.last.nodes, scenario.nodes) : 'topology';
  if (topology && change !== 'topology') {
    const prev = topology.lastMemo;
    // Same graph: the index with this scenario's nodes (its labels), the same structure.
    entry = { index: { ...prev.index, nodes: scenario.nodes }, structure: prev.structure, sprawl: prev.sprawl };
    // Nothing the analysis reads has changed (a move): the same results, the same objects.
    if (change === 'none' && samePractices(topology.last.practices, scenario.practices)) {
      if (prev.classification) entry.classification = prev.classification;
      if (prev.risks) entry.risks = prev.risks;
      if (prev.result) entry.result = prev.result;
    }
  } else {
    const index = buildGraphIndex(scenario);
    entry = { index, structure: buildStructure(index), sprawl: {} };
  }
  memo.set(scenario, entry);
  byEdges.set(scenario.edges, { last: scenario, lastMemo: entry });
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
  return (entry.risks ??= Object.freeze(withPracticeRisks(findRisksIndex(entry.index, entry.structure, entry.sprawl), scenario.practices, entry.index, () => classify(scenario).model)));
}

/** Both results from one shared graph index. Returns the same object for the same scenario object. */
export function analyze(scenario: Scenario): AnalysisResult {
  const entry = prepared(scenario);
  return (entry.result ??= Object.freeze({ classification: classify(scenario), risks: findRisks(scenario) }));
}
