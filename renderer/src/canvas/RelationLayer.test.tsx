// @vitest-environment jsdom
import { ReactFlowProvider } from '@xyflow/react';
import { ConnectionMode, isEdgeVisible, type getEdgePosition, type InternalNodeBase } from '@xyflow/system';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EdgeId, EdgeKind, NodeId, OrgNode } from '../../../shared/model/types';
import { createBrowserPlatform } from '../platform/browser';
import { createAppStore, type AppStore } from '../store';
import { ServicesContext } from '../ui/context';
import { GHOST_PREFIX, type OrgFlowEdge } from './flow';
import { splitForLayer } from './layer';
import { LayerPlacer, LayerRelation, snappedView, VIEW_MARGIN, type PlaceState } from './RelationLayer';
import { CanvasRouter, RoutingContext } from './routing';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const edge = (id: string, source: string, target: string, over: Partial<OrgFlowEdge> = {}, kind: EdgeKind = 'owns'): OrgFlowEdge => ({
  id,
  type: 'org',
  source,
  target,
  selected: false,
  data: { edge: { id: id as EdgeId, kind, source: source as NodeId, target: target as NodeId } },
  ...over,
});

describe('splitForLayer', () => {
  const plain = edge('e1', 'a', 'b');
  const selected = edge('e2', 'a', 'c', { selected: true });
  const added = edge('e3', 'c', 'd', { data: { edge: { id: 'e3' as EdgeId, kind: 'member', source: 'c' as NodeId, target: 'd' as NodeId }, diff: 'added' } });
  const ghost = edge(`${GHOST_PREFIX}e4`, 'a', 'd');
  const other = edge('e5', 'c', 'd');

  it('keeps selected, compared and ghost relations as React Flow edges and layers the plain ones', () => {
    const { kept, layered } = splitForLayer([plain, selected, added, ghost, other], null);
    expect(kept.map((e) => e.id)).toEqual(['e2', 'e3', `${GHOST_PREFIX}e4`]);
    expect(layered.map((e) => e.id)).toEqual(['e1', 'e5']);
  });

  it('hands the relations of the nodes being dragged to React Flow', () => {
    const { kept, layered } = splitForLayer([plain, other], new Set(['b']));
    expect(kept).toEqual([plain]);
    expect(layered).toEqual([other]);
  });
});

describe('snappedView', () => {
  it('covers the view with at least the margin around it, snapped to the margin', () => {
    const v = snappedView([-1000, -300, 1], 1280, 800);
    const left = -v.transform[0];
    const top = -v.transform[1];
    expect(left % VIEW_MARGIN).toBe(0);
    expect(top % VIEW_MARGIN).toBe(0);
    expect(left).toBeLessThanOrEqual(1000 - VIEW_MARGIN);
    expect(top).toBeLessThanOrEqual(300 - VIEW_MARGIN);
    expect(left + v.width).toBeGreaterThanOrEqual(1000 + 1280 + VIEW_MARGIN);
    expect(top + v.height).toBeGreaterThanOrEqual(300 + 800 + VIEW_MARGIN);
    expect(v.transform[2]).toBe(1);
  });

  it('stays the same for a small move within a cell, so the relations drawn do not change', () => {
    expect(snappedView([-1000, -300, 1], 1280, 800)).toEqual(snappedView([-1010, -305, 1], 1280, 800));
    expect(snappedView([-1000, -300, 1], 1280, 800)).not.toEqual(snappedView([-1000 - VIEW_MARGIN, -300, 1], 1280, 800));
  });
});

describe('LayerPlacer', () => {
  /** A React Flow internal node of 100 × 50 at (x, y): a new object each time, as React Flow makes one when a node moves. */
  const internal = (id: string, x: number, y: number): InternalNodeBase =>
    ({ id, position: { x, y }, data: {}, measured: { width: 100, height: 50 }, internals: { positionAbsolute: { x, y }, z: 0, userNode: { id, position: { x, y }, data: {} } } }) as InternalNodeBase;
  // The ends at the boxes' centres: enough to see what was placed again (React Flow's needs measured handles).
  const centres: typeof getEdgePosition = ({ sourceNode, targetNode }) => ({
    sourceX: sourceNode.internals.positionAbsolute.x + 50,
    sourceY: sourceNode.internals.positionAbsolute.y + 25,
    targetX: targetNode.internals.positionAbsolute.x + 50,
    targetY: targetNode.internals.positionAbsolute.y + 25,
    sourcePosition: 'bottom' as never,
    targetPosition: 'top' as never,
  });
  const far = 10_000;
  const edges = [edge('e1', 'a', 'b'), edge('e2', 'b', 'c'), edge('e3', 'c', 'd'), edge('e4', 'a', 'gone')];
  let nodes: Map<string, InternalNodeBase>;
  let visible: ReturnType<typeof vi.fn<typeof isEdgeVisible>>;
  let position: ReturnType<typeof vi.fn<typeof getEdgePosition>>;
  let placer: LayerPlacer;
  const state = (x = 0, y = 0, over: Partial<PlaceState> = {}): PlaceState => ({
    nodeLookup: nodes,
    transform: [x, y, 1],
    width: 1280,
    height: 800,
    connectionMode: ConnectionMode.Strict,
    ...over,
  });

  beforeEach(() => {
    nodes = new Map([
      ['a', internal('a', 0, 0)],
      ['b', internal('b', 200, 300)],
      ['c', internal('c', far, far)],
      ['d', internal('d', far + 200, far)],
    ]);
    visible = vi.fn(isEdgeVisible);
    position = vi.fn(centres);
    placer = new LayerPlacer(edges, visible, position);
  });

  it('places the relations whose ends reach the view, with their ends where React Flow puts them', () => {
    const placed = placer.place(state());
    expect(placed.map((p) => [p.edge.id, p.sx, p.sy, p.tx, p.ty])).toEqual([
      ['e1', 50, 25, 250, 325],
      ['e2', 250, 325, far + 50, far + 25],
    ]);
    // e3 is far away; e4 has an end React Flow does not have.
    expect(visible).toHaveBeenCalledTimes(3);
    expect(position).toHaveBeenCalledTimes(2);
  });

  it('gives back the very same list, testing and placing nothing again, while nothing moved and the view stays in its cell', () => {
    const first = placer.place(state(-100, -100));
    visible.mockClear();
    position.mockClear();
    expect(placer.place(state(-110, -105))).toBe(first);
    expect(placer.place(state(-120, -95))).toBe(first);
    expect(visible).not.toHaveBeenCalled();
    expect(position).not.toHaveBeenCalled();
  });

  it('tests and places again only the relations of a node React Flow replaced', () => {
    const first = placer.place(state());
    visible.mockClear();
    position.mockClear();
    nodes.set('a', internal('a', 40, 0));
    const next = placer.place(state());
    expect(next).not.toBe(first);
    expect(next.map((p) => [p.edge.id, p.sx])).toEqual([
      ['e1', 90],
      ['e2', 250],
    ]);
    expect(next[1]).toBe(first[1]);
    expect(visible).toHaveBeenCalledTimes(1);
    expect(position).toHaveBeenCalledTimes(1);
    // A new object at the same place: tested again, the same placing kept.
    nodes.set('a', internal('a', 40, 0));
    expect(placer.place(state())).toBe(next);
  });

  it('tests every relation again when the view leaves its cell, and places only the ones not placed before', () => {
    placer.place(state());
    visible.mockClear();
    position.mockClear();
    const there = placer.place(state(-far, -far));
    expect(there.map((p) => p.edge.id)).toEqual(['e2', 'e3']);
    expect(visible).toHaveBeenCalledTimes(3);
    expect(position).toHaveBeenCalledTimes(1);
    expect(placer.place(state(-far - VIEW_MARGIN, -far)).map((p) => p.edge.id)).toEqual(['e2', 'e3']);
    expect(placer.place(state(-far - 3 * VIEW_MARGIN, -far))).toEqual([]);
  });

  it('drops a relation whose end is gone, and places nothing before React Flow has a size', () => {
    placer.place(state());
    nodes.delete('b');
    expect(placer.place(state()).map((p) => p.edge.id)).toEqual([]);
    expect(placer.place(state(0, 0, { width: 0 }))).toEqual([]);
  });

  it('places every relation again when the connection mode changes', () => {
    placer.place(state());
    position.mockClear();
    placer.place(state(0, 0, { connectionMode: ConnectionMode.Loose }));
    expect(position).toHaveBeenCalledTimes(2);
    expect(position.mock.calls[0]?.[0].connectionMode).toBe(ConnectionMode.Loose);
  });
});

describe('LayerRelation', () => {
  let host: HTMLDivElement;
  let root: Root;
  let store: AppStore;
  const node = (id: string, y: number): OrgNode => ({ id: id as NodeId, kind: 'unit', label: id, position: { x: 0, y } });
  const onContextMenu = vi.fn();

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    store = createAppStore();
    onContextMenu.mockReset();
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });

  function renderRelation(e: OrgFlowEdge): SVGGElement {
    const router = new CanvasRouter();
    router.sync([node('a', 0), node('b', 400)], new Map());
    act(() =>
      root.render(
        <ServicesContext.Provider value={{ store, platform: createBrowserPlatform() }}>
          <ReactFlowProvider>
            <RoutingContext.Provider value={{ router, plainFor: null, epoch: 0 }}>
              <svg>
                <LayerRelation edge={e} sx={100} sy={58} tx={100} ty={394} describedBy="desc" onContextMenu={onContextMenu} />
              </svg>
            </RoutingContext.Provider>
          </ReactFlowProvider>
        </ServicesContext.Provider>,
      ),
    );
    const g = host.querySelector<SVGGElement>('g.react-flow__edge');
    if (!g) throw new Error('no relation drawn');
    return g;
  }

  it('draws the relation with its kind, end shape, hit area, name and role, as its edge would', () => {
    const g = renderRelation(edge('e1', 'a', 'b', { ariaLabel: 'a owns b', domAttributes: { 'aria-roledescription': 'relation' } }));
    expect(g.getAttribute('aria-label')).toBe('a owns b');
    expect(g.getAttribute('aria-roledescription')).toBe('relation');
    expect(g.getAttribute('tabindex')).toBe('0');
    expect(g.getAttribute('data-id')).toBe('e1');
    expect(g.classList.contains('nopan')).toBe(true);
    expect(g.querySelectorAll('.org-edge--owns').length).toBeGreaterThan(0);
    expect(g.querySelector('.org-edge-end.edge-marker--owns')).not.toBeNull();
    expect(g.querySelector('.react-flow__edge-interaction')?.getAttribute('stroke-width')).toBe('20');
  });

  it('selects the relation on a click, replacing the selection', () => {
    store.getState().select(['a' as NodeId], []);
    const g = renderRelation(edge('e1', 'a', 'b'));
    act(() => g.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(store.getState().selectedEdgeIds).toEqual(['e1']);
    expect(store.getState().selectedNodeIds).toEqual([]);
  });

  it('selects it with Enter or Space, not with another key', () => {
    const g = renderRelation(edge('e1', 'a', 'b'));
    act(() => g.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(store.getState().selectedEdgeIds).toEqual([]);
    act(() => g.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(store.getState().selectedEdgeIds).toEqual(['e1']);
    store.getState().select([], []);
    act(() => g.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    expect(store.getState().selectedEdgeIds).toEqual(['e1']);
  });

  it('opens the relation menu with the relation on a right-click', () => {
    const e = edge('e1', 'a', 'b');
    const g = renderRelation(e);
    act(() => g.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true })));
    expect(onContextMenu).toHaveBeenCalledTimes(1);
    expect(onContextMenu.mock.calls[0]?.[1]).toBe(e);
  });
});
