import type { NodeChange, OnDelete } from '@xyflow/react';
import { useCallback } from 'react';
import { asNodeId } from '../../../shared/model/rules';
import type { NodeId, Position } from '../../../shared/model/types';
import type { AppStore } from '../store';
import { selectScenario } from '../store/selectors';
import { GHOST_PREFIX, type FlowNodeCache, type OrgFlowEdge, type OrgFlowNode } from './flow';

export interface NodeChangeHandlers {
  readonly onNodesChange: (changes: NodeChange<OrgFlowNode>[]) => void;
  readonly onDelete: OnDelete<OrgFlowNode, OrgFlowEdge>;
}

/**
 * React Flow's node changes as store actions: a drag frame is held in the store's drag state until
 * the drop (canvasSlice.ts), a drop or a keyboard nudge is an edit, a measured size goes to the node
 * cache, a selection to the store. A deletion removes nodes and their edges in ONE undo step.
 */
export function useNodeChanges(store: AppStore, nodeCache: FlowNodeCache): NodeChangeHandlers {
  const onNodesChange = useCallback(
    (changes: NodeChange<OrgFlowNode>[]) => {
      const state = store.getState();
      const moves = new Map<NodeId, Position>();
      let frame: Map<NodeId, Position> | null = null;
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if ('id' in change && change.id.startsWith(GHOST_PREFIX)) continue;
        if (change.type === 'position' && change.position) {
          // A drag frame: held in the store's drag state until the drop. A drop or a keyboard nudge: an edit.
          if (change.dragging) (frame ??= new Map()).set(asNodeId(change.id), change.position);
          else moves.set(asNodeId(change.id), change.position);
        } else if (change.type === 'dimensions' && change.dimensions) {
          // Kept for the next object of that node: React Flow keeps a measured size itself while it
          // gets the same node object, so a size is no reason to rebuild the map's nodes (on a big
          // map, nodes newly in view at full detail are measured in every pan frame).
          nodeCache.setSize(asNodeId(change.id), change.dimensions.width, change.dimensions.height);
        } else if (change.type === 'select') {
          selected ??= new Set<string>(state.selectedNodeIds);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
        // 'remove' is handled by onDelete, so nodes and their edges go in ONE undo step.
      }
      if (frame) state.holdDrag(frame);
      // The drop: every node the drag moved, in ONE edit (one undo step).
      if (moves.size) state.dropMoves(moves);
      if (selected) state.select([...selected].map(asNodeId), state.selectedEdgeIds);
    },
    [store, nodeCache],
  );

  const onDelete: OnDelete<OrgFlowNode, OrgFlowEdge> = useCallback(
    ({ nodes: gone, edges: goneEdges }) => {
      const scenarioNow = selectScenario(store.getState());
      const edgeIds = scenarioNow.edges.filter((e) => goneEdges.some((g) => g.id === e.id)).map((e) => e.id);
      store.getState().removeElements(
        gone.map((n) => asNodeId(n.id)),
        edgeIds,
      );
    },
    [store],
  );
  return { onNodesChange, onDelete };
}
