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
 */
import { useSyncExternalStore } from 'react';
import { analyze } from '../../../shared/analysis';
import type { AnalysisResult } from '../../../shared/analysis/types';
import type { Scenario } from '../../../shared/model/types';
import type { AppState } from '../store/types';

/**
 * From this many nodes a map just loaded (or a scenario just shown) is first painted as a sketch
 * (canvas/Canvas.tsx) and its analysis waits for that paint.
 */
export const SKETCH_FIRST_NODES = 1500;

/** The view the canvas frames: one per load and scenario (Canvas.tsx's viewKey). */
export const viewKeyOf = (s: Pick<AppState, 'loadCount' | 'scenarioId'>): string => `${s.loadCount}\u0000${s.scenarioId}`;

/** Views whose analysis was let through (kept for switching back to a scenario without a flash). */
const released = new Set<string>();
/** Bounds `released`: a long session loads many maps; an old key only ever costs a one-frame hold. */
const RELEASED_LIMIT = 256;
let canvases = 0;
let version = 0;
const listeners = new Set<() => void>();

/** Calls `listener` after each release (useAnalysisRelease). */
export function subscribeAnalysisRelease(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const getVersion = () => version;

/** A canvas that will release the views it sketches is mounted; returns the unmount. */
export function registerCanvas(): () => void {
  canvases += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    canvases -= 1;
  };
}

/** The canvas painted the sketch of `viewKey` (the map is visible): its analysis may run now. */
export function releaseAnalysis(viewKey: string): void {
  if (released.has(viewKey)) return;
  if (released.size >= RELEASED_LIMIT) released.clear();
  released.add(viewKey);
  version += 1;
  for (const listener of [...listeners]) listener();
}

/** True while `scenario`'s analysis waits for the canvas to paint the sketch of `viewKey`. */
export function analysisHeld(scenario: Pick<Scenario, 'nodes'>, viewKey: string): boolean {
  return canvases > 0 && scenario.nodes.length >= SKETCH_FIRST_NODES && !released.has(viewKey);
}

/** `scenario`'s analysis, or null while it is held (see the module comment). */
export function analysisOrHeld(scenario: Scenario, viewKey: string): AnalysisResult | null {
  return analysisHeld(scenario, viewKey) ? null : analyze(scenario);
}

/** Re-renders the caller when a view is released; returns a value that changes with each release. */
export function useAnalysisRelease(): number {
  return useSyncExternalStore(subscribeAnalysisRelease, getVersion, getVersion);
}

/** For tests: forget every release and mounted canvas. */
export function resetAnalysisGate(): void {
  released.clear();
  canvases = 0;
  version += 1;
}
