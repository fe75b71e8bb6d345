import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { AppStore } from '../store';
import { selectScenario } from '../store/selectors';
import { guessFit } from './detail';
import type { OrgFlowEdge, OrgFlowNode } from './flow';
import { trackReadiness } from './ready';
import type { SketchFirstView } from './useSketchFirst';

/**
 * No `fitView` prop: on an empty map it would zoom onto the first node dropped. Instead the canvas
 * frames the map when it mounts, when a map is loaded and when the scenario changes.
 */
export const DEFAULT_VIEWPORT = { x: 0, y: 0, zoom: 1 };
const LOAD_FIT = { padding: 0.15, maxZoom: 1.2 };

/**
 * Frames the map when it is loaded, and keeps each scenario's last viewport, so switching tabs
 * back and forth keeps where the user was. Marks the canvas element's readiness (ready.ts).
 */
export function useViewportMemory(
  store: AppStore,
  flow: ReactFlowInstance<OrgFlowNode, OrgFlowEdge>,
  canvasRef: RefObject<HTMLDivElement | null>,
  view: SketchFirstView,
): void {
  const { viewKey, sketchFirst, paint, wasSketched } = view;
  /** Each scenario's last viewport. */
  const viewports = useRef(new Map<string, Viewport>());
  const shown = useRef<{ load: number; scenario: string } | null>(null);
  const flowStore = useStoreApi<OrgFlowNode, OrgFlowEdge>();
  // A big map just loaded: framed from its positions before React Flow renders its nodes (guessFit).
  useLayoutEffect(() => {
    if (shown.current?.load === store.getState().loadCount) return; // a scenario switch
    const guess = guessFit(selectScenario(store.getState()).nodes, flowStore.getState(), LOAD_FIT);
    if (guess) void flow.setViewport(guess);
  }, [viewKey, flow, store, flowStore]);
  useEffect(() => {
    const { loadCount, scenarioId } = store.getState();
    const prev = shown.current;
    // Run again for the same view when a sketched map is handed to React Flow.
    if (prev?.load !== loadCount || prev.scenario !== scenarioId) {
      // The viewport has not moved yet: it is still the one of the scenario shown before.
      if (prev && prev.load === loadCount) viewports.current.set(prev.scenario, flow.getViewport());
      else viewports.current.clear();
      shown.current = { load: loadCount, scenario: scenarioId };
    }
    const saved = viewports.current.get(scenarioId);
    if (sketchFirst) {
      if (saved) void flow.setViewport(saved);
      return paint(canvasRef.current);
    }
    let framed: Promise<unknown>;
    if (saved) framed = flow.setViewport(saved);
    // React Flow queues the fit until the new nodes are measured.
    else if (selectScenario(store.getState()).nodes.length > 0) framed = flow.fitView(LOAD_FIT);
    // An empty map starts at 100 %, not at the zoom the previous map was left at.
    else framed = flow.setViewport(DEFAULT_VIEWPORT);
    // data-ready on the canvas element, for harnesses that time opening (ready.ts).
    return trackReadiness(canvasRef.current, framed, wasSketched());
  }, [viewKey, flow, store, sketchFirst, paint, wasSketched, canvasRef]);
}
