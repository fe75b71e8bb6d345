import { describe, expect, it } from 'vitest';
import type { NodeId, Position } from '../../../shared/model/types';
import { activeScenario } from '../../../shared/model/edits';
import { createAppStore } from './index';

type Store = ReturnType<typeof createAppStore>;

const positionOf = (store: Store, id: NodeId) => {
  const s = store.getState();
  return activeScenario(s.document, s.scenarioId).nodes.find((n) => n.id === id)?.position;
};
const at = (x: number, y: number): Position => ({ x, y });

describe('the drag state (canvasSlice, issue 19 P1 step 5)', () => {
  it('holds drag frames in the store only: the document, its history and the analysed scenario stay until the drop', () => {
    const store = createAppStore();
    const a = store.getState().addNode('unit', at(0, 0), { label: 'A' });
    const b = store.getState().addNode('unit', at(100, 0), { label: 'B' });
    const documentBefore = store.getState().document;
    const steps = store.temporal.getState().pastStates.length;
    store.getState().startDrag();
    const analysed = store.selectAnalysedScenario(store.getState());
    store.getState().holdDrag(new Map([[a, at(10, 10)]]));
    store.getState().holdDrag(new Map([[b, at(120, 20)]]));
    store.getState().holdDrag(new Map([[a, at(30, 40)]]));
    const { drag } = store.getState();
    expect(drag.active).toBe(true);
    expect(drag.seq).toBe(1);
    // Each frame adds to what the frames before held.
    expect([...(drag.moves ?? [])]).toEqual([
      [a, at(30, 40)],
      [b, at(120, 20)],
    ]);
    expect(store.getState().document).toBe(documentBefore);
    expect(store.temporal.getState().pastStates).toHaveLength(steps);
    expect(store.selectAnalysedScenario(store.getState())).toBe(analysed);
  });

  it('commits the drop and what the frames held as ONE undo step, then the drag is off', () => {
    const store = createAppStore();
    const a = store.getState().addNode('unit', at(0, 0));
    const b = store.getState().addNode('unit', at(100, 0));
    const steps = store.temporal.getState().pastStates.length;
    store.getState().startDrag();
    store.getState().holdDrag(new Map([[a, at(16, 16)], [b, at(116, 16)]]));
    // React Flow reports the drop of `a` only; `b`'s held position is committed with it.
    store.getState().dropMoves(new Map([[a, at(32, 32)]]));
    expect(store.getState().drag.moves).toBeNull();
    expect(positionOf(store, a)).toEqual(at(32, 32));
    expect(positionOf(store, b)).toEqual(at(116, 16));
    store.getState().endDrag();
    expect(store.getState().drag).toEqual({ seq: 1, active: false, moves: null });
    expect(store.temporal.getState().pastStates).toHaveLength(steps + 1);
    store.history.undo();
    expect(positionOf(store, a)).toEqual(at(0, 0));
    expect(positionOf(store, b)).toEqual(at(100, 0));
  });

  it('commits at the drag stop what no drop reported, and each drag is its own undo step', () => {
    const store = createAppStore();
    const a = store.getState().addNode('unit', at(0, 0));
    const steps = store.temporal.getState().pastStates.length;
    for (const x of [48, 96]) {
      store.getState().startDrag();
      store.getState().holdDrag(new Map([[a, at(x, 0)]]));
      store.getState().endDrag();
      expect(store.getState().drag.moves).toBeNull();
      expect(positionOf(store, a)).toEqual(at(x, 0));
    }
    expect(store.getState().drag.seq).toBe(2);
    expect(store.temporal.getState().pastStates).toHaveLength(steps + 2);
    store.history.undo();
    expect(positionOf(store, a)).toEqual(at(48, 0));
  });

  it('makes a move outside a drag (a keyboard nudge) an edit of its own, and an empty frame changes nothing', () => {
    const store = createAppStore();
    const a = store.getState().addNode('unit', at(0, 0));
    const steps = store.temporal.getState().pastStates.length;
    const before = store.getState();
    store.getState().holdDrag(new Map());
    store.getState().dropMoves(new Map());
    store.getState().endDrag();
    expect(store.getState()).toBe(before);
    store.getState().dropMoves(new Map([[a, at(5, 0)]]));
    expect(positionOf(store, a)).toEqual(at(5, 0));
    expect(store.getState().drag).toEqual({ seq: 0, active: false, moves: null });
    expect(store.temporal.getState().pastStates).toHaveLength(steps + 1);
  });
});
