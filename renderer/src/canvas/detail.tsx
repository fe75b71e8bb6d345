import { getViewportForBounds, useStore, type ReactFlowState, type Viewport } from '@xyflow/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { OrgNode, Position } from '../../../shared/model/types';

/**
 * Level of detail. Below this zoom a node is a few dozen screen pixels wide: its icon, sub-line
 * and badges cannot be read, and on a big map they are most of the DOM. The canvas then draws each
 * node as one box with its label, and edges as thin lines without end shapes (see styles.css,
 * `.canvas-detail.is-far`).
 */
export const DETAIL_ZOOM = 0.35;

/**
 * Below this zoom even an account's rounded ends are a pixel or two across: zoomed-out boxes drop
 * their rounded corners (`.canvas-detail.is-tiny` in styles.css), which thousands of boxes made
 * the most expensive thing to rasterise in a pan frame without a GPU.
 */
export const TINY_ZOOM = 0.1;

const FarContext = createContext(false);

/** True while the canvas is zoomed out below DETAIL_ZOOM. */
export function useFar(): boolean {
  return useContext(FarContext);
}

const selectFar = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;
const selectTiny = (s: ReactFlowState) => s.transform[2] < TINY_ZOOM;
const selectUntouched = (s: ReactFlowState) => s.transform[0] === 0 && s.transform[1] === 0 && s.transform[2] === 1;

/** Node size assumed before measuring, to guess the opening zoom. */
const GUESS_W = 200;
const GUESS_H = 60;

/**
 * Whether the map will open zoomed out below DETAIL_ZOOM (the canvas frames it once its nodes are
 * measured). Guessed from the node positions and the window, so a big map is not first rendered in
 * full detail only to be rendered again plainly a moment later.
 */
export function opensFar(nodes: readonly OrgNode[]): boolean {
  return openingZoom(nodes) < DETAIL_ZOOM * 0.8;
}

/** Whether the map will open zoomed out below TINY_ZOOM (see opensFar). */
export function opensTiny(nodes: readonly OrgNode[]): boolean {
  return openingZoom(nodes) < TINY_ZOOM * 0.8;
}

/** The zoom that frames the map in the window, guessed from the node positions; Infinity: no nodes. */
function openingZoom(nodes: readonly OrgNode[]): number {
  const bounds = mapBounds(nodes, { width: GUESS_W, height: GUESS_H });
  if (!bounds || typeof window === 'undefined') return Infinity;
  // The window is larger than the canvas: this errs towards full detail.
  return Math.min(window.innerWidth / bounds.width, window.innerHeight / bounds.height);
}

/**
 * Where `fitView` will land on a map that opens zoomed out (opensFar), guessed from the node
 * positions before any node is measured; null for a smaller map or a pane not laid out yet. A map
 * opened into the canvas already on screen (File ▸ Open) is framed with this before React Flow
 * renders its nodes, so they are first drawn as zoomed-out boxes, and culled, as at start-up
 * (opensFar), instead of all of them at full detail at the old zoom and then again; fitView then
 * corrects it by the measured sizes.
 */
export function guessFit(
  nodes: readonly OrgNode[],
  pane: { readonly width: number; readonly height: number; readonly minZoom: number; readonly maxZoom: number },
  fit: { readonly padding: number; readonly maxZoom: number },
): Viewport | null {
  if (pane.width <= 0 || pane.height <= 0 || !opensFar(nodes)) return null;
  const bounds = mapBounds(nodes, { width: GUESS_W, height: GUESS_H });
  return bounds ? getViewportForBounds(bounds, pane.width, pane.height, pane.minZoom, Math.min(pane.maxZoom, fit.maxZoom), fit.padding) : null;
}

/** What the canvas draws at the current zoom (see DETAIL_ZOOM and TINY_ZOOM). */
export interface Detail {
  /** Below DETAIL_ZOOM: plain boxes, thin lines. */
  readonly far: boolean;
  /** Below TINY_ZOOM as well: square boxes, and the relations sketched in one layer (EdgeSketch). */
  readonly tiny: boolean;
  /** Tiny, and the user is moving the view: the nodes are sketched (NodeSketch) and React Flow's are skipped. */
  readonly moving: boolean;
}

/**
 * The level of detail, from store subscriptions that change only when the zoom crosses
 * DETAIL_ZOOM or TINY_ZOOM, so no node or edge re-renders on zoom frames. Until the viewport first
 * moves away from React Flow's starting one, `initialFar` and `initialTiny` decide.
 */
export function useDetail(initialFar: boolean, initialTiny = false, viewMoving = false): Detail {
  const zoomedOut = useStore(selectFar);
  const zoomedTiny = useStore(selectTiny);
  const untouched = useStore(selectUntouched);
  const [moved, setMoved] = useState(!initialFar);
  if (!untouched && !moved) setMoved(true);
  const far = moved ? zoomedOut : true;
  const tiny = far && (moved ? zoomedTiny : initialTiny);
  const moving = tiny && viewMoving;
  return useMemo(() => ({ far, tiny, moving }), [far, tiny, moving]);
}

/** Tells the nodes and edges inside it whether they are zoomed out (useFar), and styles.css too. */
export function DetailLevel({ detail, children }: { detail: Detail; children: ReactNode }) {
  const { far, tiny, moving } = detail;
  return (
    <FarContext.Provider value={far}>
      <div className={`canvas-detail${far ? ' is-far' : ''}${tiny ? ' is-tiny' : ''}${moving ? ' is-moving' : ''}`} data-detail={tiny ? 'tiny' : far ? 'far' : 'full'}>
        {children}
      </div>
    </FarContext.Provider>
  );
}

/** A map's extent in flow coordinates. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The extent of `nodes`, each taken as a `box` from its position; null when there are none. O(nodes). */
export function mapBounds(nodes: readonly { readonly position: Position }[], box: { readonly width: number; readonly height: number }): Bounds | null {
  if (nodes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position: p } of nodes) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + box.width);
    maxY = Math.max(maxY, p.y + box.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Share of `bounds` inside the view of React Flow's `transform` on a pane of width × height. */
export function shareInView(bounds: Bounds, transform: readonly [number, number, number], width: number, height: number): number {
  const [tx, ty, zoom] = transform;
  const left = Math.max(bounds.x, -tx / zoom);
  const top = Math.max(bounds.y, -ty / zoom);
  const right = Math.min(bounds.x + bounds.width, (width - tx) / zoom);
  const bottom = Math.min(bounds.y + bounds.height, (height - ty) / zoom);
  if (right <= left || bottom <= top) return 0;
  return ((right - left) * (bottom - top)) / (bounds.width * bounds.height);
}

/**
 * Whether at least half of `bounds` is in view; the component re-renders only when that flips.
 * When most of a big map is in view, React Flow finding the visible nodes on every frame of a pan
 * costs more than drawing the few it would leave out. While `hold`, the answer stays what it was.
 */
export function useMostlyInView(bounds: Bounds | null, hold = false): boolean {
  const now = useStore(useCallback((s: ReactFlowState) => bounds !== null && shareInView(bounds, s.transform, s.width, s.height) >= 0.5, [bounds]));
  const [held, setHeld] = useState(now);
  if (!hold && held !== now) setHeld(now);
  return hold ? held : now;
}
