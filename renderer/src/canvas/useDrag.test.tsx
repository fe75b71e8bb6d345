// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { NodeId, Position } from '../../../shared/model/types';
import { createAppStore, type AppStore } from '../store';
import { activeScenario } from '../../../shared/model/edits';
import { useDrag, type DragHandlers } from './useDrag';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** Renders useDrag on `store`; `seen` gets what each render returned. */
function mount(store: AppStore, seen: DragHandlers[]) {
  function Probe() {
    seen.push(useDrag(store));
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root?.render(<Probe />));
}

describe('useDrag (the canvas on the store drag state)', () => {
  it('follows the store drag: the frames held, nothing after the drop, and the drop lands in the document', () => {
    const store = createAppStore();
    const id = store.getState().addNode('unit', { x: 0, y: 0 });
    const seen: DragHandlers[] = [];
    mount(store, seen);
    const first = seen[seen.length - 1];
    expect(first?.dragged).toBeNull();
    act(() => first?.startDrag());
    expect(store.getState().drag.active).toBe(true);
    const frame: ReadonlyMap<NodeId, Position> = new Map([[id, { x: 32, y: 16 }]]);
    act(() => store.getState().holdDrag(frame));
    const during = seen[seen.length - 1];
    expect(during?.dragged).toBe(store.getState().drag.moves);
    expect([...(during?.dragged ?? [])]).toEqual([[id, { x: 32, y: 16 }]]);
    // The handlers keep their identity across drag frames (React Flow gets the same props).
    expect(during?.startDrag).toBe(first?.startDrag);
    expect(during?.stopDrag).toBe(first?.stopDrag);
    act(() => during?.stopDrag());
    expect(seen[seen.length - 1]?.dragged).toBeNull();
    expect(store.getState().drag.active).toBe(false);
    const s = store.getState();
    expect(activeScenario(s.document, s.scenarioId).nodes[0]?.position).toEqual({ x: 32, y: 16 });
  });

  it('renders again only when the held positions change, not for other store changes', () => {
    const store = createAppStore();
    const seen: DragHandlers[] = [];
    mount(store, seen);
    const renders = seen.length;
    act(() => store.getState().showHint('exporting.copied'));
    act(() => store.getState().startDrag());
    expect(seen).toHaveLength(renders);
  });
});
