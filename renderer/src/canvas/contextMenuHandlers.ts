/**
 * Right-click on the canvas opens the context menu (canvas/ContextMenu.tsx): on a node or relation
 * it first makes that the selection unless it already is part of it (contextMenu.ts).
 */
import { useMemo, type MouseEvent as ReactMouseEvent } from 'react';
import type { EdgeId, NodeId } from '../../../shared/model/types';
import { selectionForContext } from './contextMenu';
import type { AppStore } from '../store';
import type { OrgFlowEdge, OrgFlowNode } from './flow';
import { GHOST_PREFIX } from './flow';

type AnyMouseEvent = ReactMouseEvent | MouseEvent;

export function useContextMenuHandlers(store: AppStore) {
  return useMemo(() => {
    const open = (event: AnyMouseEvent, target: 'node' | 'edge' | 'pane', hit: { node?: NodeId; edge?: EdgeId }) => {
      event.preventDefault();
      const state = store.getState();
      const next = selectionForContext(state, hit);
      if (next) state.select(next.nodes, next.edges);
      // A keyboard-made event (Shift+F10) may come without a pointer position: the element's corner.
      let { clientX: x, clientY: y } = event;
      if (x === 0 && y === 0 && event.target instanceof Element) {
        const rect = event.target.getBoundingClientRect();
        x = rect.left + rect.width / 2;
        y = rect.top + rect.height / 2;
      }
      state.openDialog({ type: 'contextMenu', target, x, y });
    };
    return {
      onNodeContextMenu: (event: ReactMouseEvent, node: OrgFlowNode) => {
        if (node.id.startsWith(GHOST_PREFIX)) open(event, 'pane', {});
        else open(event, 'node', { node: node.id as NodeId });
      },
      onEdgeContextMenu: (event: ReactMouseEvent, edge: OrgFlowEdge) => {
        if (edge.id.startsWith(GHOST_PREFIX)) open(event, 'pane', {});
        else open(event, 'edge', { edge: edge.id as EdgeId });
      },
      onPaneContextMenu: (event: AnyMouseEvent) => open(event, 'pane', {}),
      // The box around a multi-selection: the selected nodes' menu.
      onSelectionContextMenu: (event: ReactMouseEvent) => open(event, 'node', {}),
    };
  }, [store]);
}
