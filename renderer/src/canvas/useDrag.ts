import { useCallback, useEffect, useState } from 'react';
import type { NodeId, Position } from '../../../shared/model/types';
import type { AppStore } from '../store';

export interface DragHandlers {
  /** Where the nodes being dragged are until the drop (the store's `drag.moves`), or null. */
  readonly dragged: ReadonlyMap<NodeId, Position> | null;
  /** React Flow's node and selection drag start. */
  readonly startDrag: () => void;
  /** React Flow's node and selection drag stop. */
  readonly stopDrag: () => void;
}

/**
 * A node drag on the canvas. The drag state is the store's (store/canvasSlice.ts `drag`): a drag
 * frame changes only `drag.moves` (and React Flow's nodes through DragOverlay, flow.ts); the
 * document gets the positions once, at the drop.
 *
 * The canvas follows `drag.moves` through a store subscription that sets React state, not through
 * useAppStore (useSyncExternalStore): a frame's render is then scheduled at the priority of the
 * pointer event that moved the node, as React Flow's drag frames were before the drag state moved
 * into the store, instead of as a synchronous render per frame.
 */
export function useDrag(store: AppStore): DragHandlers {
  const [dragged, setDragged] = useState(() => store.getState().drag.moves);
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.drag.moves !== prev.drag.moves) setDragged(state.drag.moves);
      }),
    [store],
  );
  const startDrag = useCallback(() => store.getState().startDrag(), [store]);
  const stopDrag = useCallback(() => store.getState().endDrag(), [store]);
  return { dragged, startDrag, stopDrag };
}
