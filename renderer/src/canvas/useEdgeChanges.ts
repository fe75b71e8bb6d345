import type { EdgeChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { AppStore } from '../store';
import { selectScenario } from '../store/selectors';
import type { OrgFlowEdge } from './flow';

export interface EdgeChangeHandlers {
  readonly onEdgesChange: (changes: EdgeChange<OrgFlowEdge>[]) => void;
  readonly onSelectionEnd: () => void;
}

/** React Flow's edge changes (selection) as store actions, and the relations of a box selection. */
export function useEdgeChanges(store: AppStore): EdgeChangeHandlers {
  const onEdgesChange = useCallback(
    (changes: EdgeChange<OrgFlowEdge>[]) => {
      const state = store.getState();
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'select') {
          selected ??= new Set<string>(state.selectedEdgeIds);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (selected) {
        const ids = selectScenario(state).edges.filter((e) => selected.has(e.id)).map((e) => e.id);
        state.select(state.selectedNodeIds, ids);
      }
    },
    [store],
  );

  // A box selection selects the relations of the nodes in the box (React Flow's rule); those drawn
  // in the relation layer are not React Flow's edges, so they are added here when the box is let go.
  const onSelectionEnd = useCallback(() => {
    const state = store.getState();
    if (state.selectedNodeIds.length === 0) return;
    const inBox = new Set<string>(state.selectedNodeIds);
    const touching = selectScenario(state).edges.filter((e) => inBox.has(e.source) || inBox.has(e.target)).map((e) => e.id);
    if (touching.some((id) => !state.selectedEdgeIds.includes(id))) state.select(state.selectedNodeIds, touching, 'add');
  }, [store]);
  return { onEdgesChange, onSelectionEnd };
}
