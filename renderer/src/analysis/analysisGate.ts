/**
 * When a big map is first shown, its analysis waits until the canvas has painted the sketch of the
 * whole map (`data-ready=visible`, canvas/ready.ts): at 20,000 nodes the analysis takes ~0.7 s, and
 * it used to run in the very frame that first showed the map. Until then every reader of the
 * analysis (the verdict, the risk list, the goals, the canvas's risk badges) gets `null` and shows a
 * plain "working" state; the canvas releases the view (`releaseAnalysis`) right after that paint,
 * before it hands React Flow the nodes, so `interactive` comes no later than before.
 *
 * Only a view the canvas sketches first is held (SKETCH_FIRST_NODES nodes or more, a map just
 * loaded or a scenario just shown), and only while a canvas is mounted to release it: a smaller
 * map, an edit, or a panel without a canvas gets its analysis at once, as before (no flash).
 *
 * The gate's state is per store (store/analysisGate.ts, `store.analysisGate`): a second store in a
 * page (a test's, a harness's) never releases or holds another store's views.
 */
import { useSyncExternalStore } from 'react';
import { analyze } from '../../../shared/analysis';
import type { AnalysisResult } from '../../../shared/analysis/types';
import type { Scenario } from '../../../shared/model/types';
import type { AnalysisGate } from '../store/analysisGate';
import type { AppState } from '../store/types';

/**
 * From this many nodes a map just loaded (or a scenario just shown) is first painted as a sketch
 * (canvas/Canvas.tsx) and its analysis waits for that paint.
 */
export const SKETCH_FIRST_NODES = 1500;

/** The view the canvas frames: one per load and scenario (Canvas.tsx's viewKey). */
export const viewKeyOf = (s: Pick<AppState, 'loadCount' | 'scenarioId'>): string => `${s.loadCount}\u0000${s.scenarioId}`;

/** Calls `listener` after each release of `gate` (useAnalysisRelease). */
export function subscribeAnalysisRelease(gate: AnalysisGate, listener: () => void): () => void {
  return gate.subscribe(listener);
}

/** A canvas that will release the views it sketches is mounted on `gate`'s store; returns the unmount. */
export function registerCanvas(gate: AnalysisGate): () => void {
  return gate.registerCanvas();
}

/** The canvas painted the sketch of `viewKey` (the map is visible): its analysis may run now. */
export function releaseAnalysis(gate: AnalysisGate, viewKey: string): void {
  gate.release(viewKey);
}

/** True while `scenario`'s analysis waits for the canvas to paint the sketch of `viewKey`. */
export function analysisHeld(gate: AnalysisGate, scenario: Pick<Scenario, 'nodes'>, viewKey: string): boolean {
  return scenario.nodes.length >= SKETCH_FIRST_NODES && gate.waits(viewKey);
}

/** `scenario`'s analysis, or null while it is held (see the module comment). */
export function analysisOrHeld(gate: AnalysisGate, scenario: Scenario, viewKey: string): AnalysisResult | null {
  return analysisHeld(gate, scenario, viewKey) ? null : analyze(scenario);
}

/** Re-renders the caller when a view of `gate` is released; returns a value that changes with each release. */
export function useAnalysisRelease(gate: AnalysisGate): number {
  return useSyncExternalStore(gate.subscribe, gate.getVersion, gate.getVersion);
}
