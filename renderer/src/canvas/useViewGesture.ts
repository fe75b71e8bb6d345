import { useStoreApi, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppStore } from '../store';
import { TINY_ZOOM, useDetail, type Detail } from './detail';
import type { OrgFlowEdge, OrgFlowNode } from './flow';
import type { CanvasRouter } from './routing';

type MoveHandler = (event: MouseEvent | TouchEvent | null, viewport: Viewport) => void;

export interface ViewGesture {
  /** The detail level (detail.tsx): zoomed out, tiny, and moved by the user while tiny. */
  readonly detail: Detail;
  /** Bumped when a move of the view ends with relations drawn as plain elbows (CanvasRouter.hurry). */
  readonly routeEpoch: number;
  readonly onMoveStart: MoveHandler;
  readonly onMove: MoveHandler;
  readonly onMoveEnd: () => void;
}

/**
 * A pan or zoom by the user, from React Flow's onMoveStart to onMoveEnd. Zoomed out below
 * TINY_ZOOM, it shows the node sketch in place of React Flow's nodes (see NodeSketch) once the view
 * has actually moved (a click on the pane starts a gesture too), and not while a node is dragged or
 * a connection drawn (their nodes must stay). Skipped content cannot hold the keyboard focus: a
 * node that had it gets it back when the move ends, if it is still in view (React Flow would pan
 * back to a focused node out of view).
 */
export function useViewGesture(store: AppStore, router: CanvasRouter, initialFar: boolean, initialTiny: boolean): ViewGesture {
  /** The view is being moved by the user (a pan or a zoom), from React Flow's onMoveStart to onMoveEnd. */
  const [moving, setMoving] = useState(false);
  const movingRef = useRef(false);
  const detail = useDetail(initialFar, initialTiny, moving);
  const [routeEpoch, setRouteEpoch] = useState(0);
  const rf = useStoreApi<OrgFlowNode, OrgFlowEdge>();
  const gestureFrom = useRef<Viewport | null>(null);
  const focusBeforeMove = useRef<HTMLElement | null>(null);
  const onMoveStart = useCallback<MoveHandler>(
    (event, viewport) => {
      gestureFrom.current = event ? viewport : null;
      // By hand: relations coming into view skip the grid search until the move ends (routing.ts).
      if (event) router.hurry(true);
    },
    [router],
  );
  const onMove = useCallback<MoveHandler>(
    (_event, viewport) => {
      const from = gestureFrom.current;
      if (!from || viewport.zoom >= TINY_ZOOM || movingRef.current) return;
      if (from.x === viewport.x && from.y === viewport.y && from.zoom === viewport.zoom) return;
      const drag = store.getState().drag;
      if (drag.moves || drag.active || rf.getState().connection.inProgress) return;
      const active = document.activeElement;
      focusBeforeMove.current = active instanceof HTMLElement && active.closest('.react-flow__nodes') ? active : null;
      movingRef.current = true;
      setMoving(true);
    },
    [rf, store],
  );
  const onMoveEnd = useCallback(() => {
    gestureFrom.current = null;
    if (router.hurry(false)) setRouteEpoch((n) => n + 1);
    if (!movingRef.current) return;
    movingRef.current = false;
    setMoving(false);
  }, [router]);
  useEffect(() => {
    if (detail.moving) return;
    const node = focusBeforeMove.current;
    focusBeforeMove.current = null;
    if (!node?.isConnected || document.activeElement === node) return;
    const box = node.getBoundingClientRect();
    const pane = rf.getState().domNode?.getBoundingClientRect();
    if (pane && box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom) node.focus({ preventScroll: true });
  }, [detail.moving, rf]);
  return { detail, routeEpoch, onMoveStart, onMove, onMoveEnd };
}
