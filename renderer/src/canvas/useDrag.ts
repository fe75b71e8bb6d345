import { useCallback } from 'react';
import type { NodeId, Position } from '../../../shared/model/types';
import type { AppStore } from '../store';
import { selectDragMoves } from '../store/selectors';
import { useAppStore } from '../ui/context';

export interface DragHandlers {
  /** Where the nodes being dragged are until the drop (the store's `drag.moves`), or null. */
  readonly dragged: ReadonlyMap<NodeId, Position> | null;
  /** React Flow's node and selection drag start. */
  readonly startDrag: () => void;
  /** React Flow's node and selection drag stop. */
  readonly stopDrag: () => void;
}

/**
 * A node drag on the canvas, held in the store (store/canvasSlice.ts `drag`): a drag frame changes
 * only `drag.moves` (and React Flow's nodes through DragOverlay, flow.ts); the document gets the
 * positions once, at the drop.
 */
export function useDrag(store: AppStore): DragHandlers {
  const dragged = useAppStore(selectDragMoves);
  const startDrag = useCallback(() => store.getState().startDrag(), [store]);
  const stopDrag = useCallback(() => store.getState().endDrag(), [store]);
  return { dragged, startDrag, stopDrag };
}
