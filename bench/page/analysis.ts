/**
 * The analysis update after an edit: the pure functions of shared/analysis on a new scenario that
 * differs from the last by one node (moved, or relabelled), as the editor's store produces on each
 * edit. The analysis memo is keyed on the scenario object, so every timed call is a full analysis.
 */
import { classify, findRisks } from '../../shared/analysis';
import type { OrgDocument, OrgNode, Scenario } from '../../shared/model/types';
import type { AnalysisStats, TimingStats } from './protocol';
import { summarise } from './measure';

type ScenarioFn = (scenario: Scenario) => unknown;

/** What the editor runs after each edit: both results, on the new scenario object (a memo miss). */
const run: ScenarioFn = (s) => {
  classify(s);
  return findRisks(s);
};

function time(run: ScenarioFn, scenario: Scenario): number {
  const t0 = performance.now();
  run(scenario);
  return performance.now() - t0;
}

function stats(values: readonly number[]): TimingStats {
  const { median, p95, max } = summarise(values);
  return { reps: values.length, firstMs: values[0] ?? 0, medianMs: median, p95Ms: p95, maxMs: max };
}

function replaceNode(scenario: Scenario, index: number, edit: (n: OrgNode) => OrgNode): Scenario {
  return { ...scenario, nodes: scenario.nodes.map((n, i) => (i === index ? edit(n) : n)) };
}

export function timeAnalysis(doc: OrgDocument, reps: number): AnalysisStats {
  const first = doc.scenarios[0];
  if (!first) throw new Error('the document has no scenario');
  const label = 'classify+findRisks';
  const coldMs = time(run, first);
  const count = first.nodes.length;
  // A stride through the nodes, so each edit touches a different node of every kind.
  const pick = (i: number): number => (i * 7919) % count;

  let scenario = first;
  // Warm-up edits, untimed: in the editor the analysis has run many times before the edit we time.
  for (let i = 0; i < 20; i++) {
    scenario = replaceNode(scenario, pick(i + 2 * reps), (n) => ({ ...n, position: { x: n.position.x + 1, y: n.position.y } }));
    run(scenario);
  }
  const move: number[] = [];
  for (let i = 0; i < reps; i++) {
    scenario = replaceNode(scenario, pick(i), (n) => ({ ...n, position: { x: n.position.x + 13, y: n.position.y - 7 } }));
    move.push(time(run, scenario));
  }
  const relabel: number[] = [];
  for (let i = 0; i < reps; i++) {
    scenario = replaceNode(scenario, pick(i + reps), (n) => ({ ...n, label: `${n.label} ${i}` }));
    relabel.push(time(run, scenario));
  }
  return { nodes: count, edges: first.edges.length, functions: label, move: stats(move), label: stats(relabel), coldMs };
}
