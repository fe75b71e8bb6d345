import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { OrgNode } from '../../../shared/model/types';

/**
 * Level of detail. Below this zoom a node is a few dozen screen pixels wide: its icon, sub-line
 * and badges cannot be read, and on a big map they are most of the DOM. The canvas then draws each
 * node as one box with its label, and edges as thin lines without end shapes (see styles.css,
 * `.canvas-detail.is-far`).
 */
export const DETAIL_ZOOM = 0.35;

const FarContext = createContext(false);

/** True while the canvas is zoomed out below DETAIL_ZOOM. */
export function useFar(): boolean {
  return useContext(FarContext);
}

const selectFar = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;
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
  if (nodes.length === 0 || typeof window === 'undefined') return false;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + GUESS_W);
    maxY = Math.max(maxY, n.position.y + GUESS_H);
  }
  // The window is larger than the canvas: this errs towards full detail.
  const zoom = Math.min(window.innerWidth / (maxX - minX), window.innerHeight / (maxY - minY));
  return zoom < DETAIL_ZOOM * 0.8;
}

/**
 * One subscription for the whole canvas: it changes only when the zoom crosses DETAIL_ZOOM, so no
 * node or edge re-renders on zoom frames. Until the viewport first moves away from React Flow's
 * starting one, `initialFar` decides.
 */
export function DetailLevel({ initialFar, children }: { initialFar: boolean; children: ReactNode }) {
  const zoomedOut = useStore(selectFar);
  const untouched = useStore(selectUntouched);
  const [moved, setMoved] = useState(!initialFar);
  if (!untouched && !moved) setMoved(true);
  const far = moved ? zoomedOut : true;
  return (
    <FarContext.Provider value={far}>
      <div className={`canvas-detail${far ? ' is-far' : ''}`} data-detail={far ? 'far' : 'full'}>
        {children}
      </div>
    </FarContext.Provider>
  );
}
