// @vitest-environment jsdom
import { ReactFlowProvider } from '@xyflow/react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EdgeId, EdgeKind, NodeId, OrgNode } from '../../../shared/model/types';
import { createBrowserPlatform } from '../platform/browser';
import { createAppStore, type AppStore } from '../store';
import { ServicesContext } from '../ui/context';
import { GHOST_PREFIX, type OrgFlowEdge } from './flow';
import { splitForLayer } from './layer';
import { LayerRelation, snappedView, VIEW_MARGIN } from './RelationLayer';
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
