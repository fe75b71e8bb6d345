import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import { asNodeId } from '../../../shared/model/rules';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import type { AppStore } from '../store';
import { focusInspector, focusNode, nodeIdOf } from './navigation';

/**
 * Keys that only mean something where the focus is, so they are not registry shortcuts:
 * - Enter on a node that is already selected opens the inspector on its name (the first Enter
 *   selects it, as React Flow does; like Enter on a selected shape in diagrams.net or Figma).
 * - Escape in the inspector goes back to the selected node on the canvas.
 * Listens in the capture phase, before React Flow's own key handling on the node.
 */
export function useKeyboardNavigation(store: AppStore, flow: ReactFlowInstance<OrgFlowNode, OrgFlowEdge>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const state = store.getState();
      if (state.dialog) return;
      if (event.key === 'Enter') {
        const id = nodeIdOf(event.target);
        // Only the node element itself: Enter on its risk badge is the badge's own.
        if (!id || !(event.target instanceof HTMLElement) || !event.target.classList.contains('react-flow__node')) return;
        if (state.selectedNodeIds.length !== 1 || state.selectedNodeIds[0] !== id || state.selectedEdgeIds.length > 0) return;
        event.preventDefault();
        focusInspector();
      } else if (event.key === 'Escape') {
        if (!(event.target instanceof HTMLElement) || !event.target.closest('[data-testid="inspector"]')) return;
        const [nodeId] = state.selectedNodeIds;
        if (state.selectedNodeIds.length === 1 && nodeId) {
          event.preventDefault();
          focusNode(flow, asNodeId(nodeId));
          return;
        }
        const [edgeId] = state.selectedEdgeIds;
        const edge = edgeId ? document.querySelector<HTMLElement>(`.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`) : null;
        if (state.selectedEdgeIds.length === 1 && edge) {
          event.preventDefault();
          edge.focus();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, flow]);
}
