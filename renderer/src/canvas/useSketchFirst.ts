import { useCallback, useEffect, useRef, useState } from 'react';
import { registerCanvas, releaseAnalysis, SKETCH_FIRST_NODES } from '../analysis/analysisGate';
import type { AppStore } from '../store';
import type { AppState } from '../store/types';
import { useAppStore } from '../ui/context';
import { showSketchFirst } from './ready';

const selectViewKey = (s: AppState) => `${s.loadCount}\u0000${s.scenarioId}`;

export interface SketchFirstView {
  /** The view the canvas frames: one per load and scenario. */
  readonly viewKey: string;
  /** React Flow does not have this view's nodes yet: the map is only sketched. */
  readonly sketchFirst: boolean;
  /** Paints the sketch of this view, then releases its analysis and hands React Flow the nodes; returns the cleanup. */
  readonly paint: (canvas: HTMLElement | null) => () => void;
  /** This view was sketched before React Flow got its nodes. */
  readonly wasSketched: () => boolean;
}

/**
 * From SKETCH_FIRST_NODES nodes (analysis/analysisGate.ts) a map just loaded (or a scenario just
 * shown) is first painted as a sketch of the whole map (NodeSketch, EdgeSketch: a few paths), and
 * React Flow gets its nodes only after that paint: the map is on screen (`data-ready=visible`) long
 * before thousands of nodes are rendered, measured and framed (`interactive`). The analysis of
 * such a map waits for that paint too.
 */
export function useSketchFirst(store: AppStore, nodeCount: number): SketchFirstView {
  const viewKey = useAppStore(selectViewKey);
  /** The view whose nodes React Flow has; until then a big map is only sketched. */
  const [released, setReleased] = useState<string | null>(null);
  const sketchFirst = released !== viewKey && nodeCount >= SKETCH_FIRST_NODES;
  const sketchedView = useRef<string | null>(null);
  useEffect(() => registerCanvas(store.analysisGate), [store]);
  const paint = useCallback(
    (canvas: HTMLElement | null) => {
      sketchedView.current = viewKey;
      // data-ready: loading, then visible once the sketch is painted (ready.ts).
      return showSketchFirst(canvas, () => {
        // The map is visible: now its analysis, before React Flow gets the nodes (interactive no later).
        releaseAnalysis(store.analysisGate, viewKey);
        setReleased(viewKey);
      });
    },
    [store, viewKey],
  );
  const wasSketched = useCallback(() => sketchedView.current === viewKey, [viewKey]);
  return { viewKey, sketchFirst, paint, wasSketched };
}
