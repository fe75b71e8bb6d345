import { activeScenario } from '../../../shared/model/edits';
import type { SelectionSlice, Slice } from './types';

export function initialSelectionState(): Pick<SelectionSlice, 'selectedNodeIds' | 'selectedEdgeIds'> {
  return { selectedNodeIds: [], selectedEdgeIds: [] };
}

function toggled<T>(current: readonly T[], ids: readonly T[]): T[] {
  const set = new Set(current);
  for (const id of ids) {
    if (set.has(id)) set.delete(id);
    else set.add(id);
  }
  return [...set];
}

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  ...initialSelectionState(),

  select(nodeIds, edgeIds = [], mode = 'replace') {
    const { selectedNodeIds, selectedEdgeIds } = get();
    if (mode === 'replace') set({ selectedNodeIds: [...new Set(nodeIds)], selectedEdgeIds: [...new Set(edgeIds)] });
    else if (mode === 'add')
      set({ selectedNodeIds: [...new Set([...selectedNodeIds, ...nodeIds])], selectedEdgeIds: [...new Set([...selectedEdgeIds, ...edgeIds])] });
    else set({ selectedNodeIds: toggled(selectedNodeIds, nodeIds), selectedEdgeIds: toggled(selectedEdgeIds, edgeIds) });
  },

  setNodeSelected(id, selected) {
    const current = get().selectedNodeIds;
    if (current.includes(id) === selected) return;
    set({ selectedNodeIds: selected ? [...current, id] : current.filter((n) => n !== id) });
  },

  setEdgeSelected(id, selected) {
    const current = get().selectedEdgeIds;
    if (current.includes(id) === selected) return;
    set({ selectedEdgeIds: selected ? [...current, id] : current.filter((e) => e !== id) });
  },

  clearSelection() {
    if (get().selectedNodeIds.length || get().selectedEdgeIds.length) set({ selectedNodeIds: [], selectedEdgeIds: [] });
  },

  selectAll() {
    const scenario = activeScenario(get().document, get().scenarioId);
    set({ selectedNodeIds: scenario.nodes.map((n) => n.id), selectedEdgeIds: scenario.edges.map((e) => e.id) });
  },
});
