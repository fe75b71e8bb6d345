import type { NodeId, Position } from '../../../shared/model/types';
import type { CanvasSlice, DragState, Slice } from './types';

/** No drag yet: the first drag of a store is `drag:1`. */
export const NO_DRAG: DragState = { seq: 0, active: false, moves: null };

/**
 * What the canvas holds between gestures: the clipboard (copySelection and paste, documentSlice.ts)
 * and the node drag. The drag lives here and only here: the canvas reads `drag.moves` to draw the
 * dragged nodes (DragOverlay, flow.ts), the analysed-scenario selector reads `drag.active` to keep
 * the pre-drag scenario (selectors.ts), and the document gets the positions once, at the drop, as
 * ONE undo step (`drag:<seq>`).
 */
export const createCanvasSlice: Slice<CanvasSlice> = (set, get) => ({
  clipboard: null,
  drag: NO_DRAG,
  startDrag() {
    const drag = get().drag;
    set({ drag: { ...drag, seq: drag.seq + 1, active: true } });
  },
  holdDrag(frame) {
    if (frame.size === 0) return;
    const drag = get().drag;
    const moves = new Map<NodeId, Position>(drag.moves ?? []);
    for (const [id, position] of frame) moves.set(id, position);
    set({ drag: { ...drag, moves } });
  },
  dropMoves(moves) {
    if (moves.size === 0) return;
    // The drop (or a keyboard nudge): every node the drag moved, in ONE edit (one undo step).
    const drag = get().drag;
    const held = drag.moves;
    const all = held ? new Map([...held, ...moves]) : moves;
    if (held) set({ drag: { ...drag, moves: null } });
    get().moveNodes(all, { group: drag.active ? `drag:${drag.seq}` : 'nudge' });
  },
  endDrag() {
    // React Flow reports the drop's positions first (dropMoves); whatever it did not is committed here.
    const drag = get().drag;
    const held = drag.moves;
    if (held) {
      set({ drag: { ...drag, moves: null } });
      get().moveNodes(held, { group: `drag:${drag.seq}` });
    }
    const now = get().drag;
    if (now.active) set({ drag: { ...now, active: false } });
  },
});
