import { GHOST_PREFIX, type OrgFlowEdge } from './flow';

/**
 * Which relations React Flow draws as edges at full detail and which the shared relation layer
 * draws (RelationLayer.tsx, issue 17). React Flow v12 draws each edge in an absolutely placed
 * `<svg>` of its own; at zoom 1 on a hub a few hundred of them made a hand-driven pan's hit tests
 * 7–9× bare React Flow's. So only the relations that need what an edge gives stay edges: a selected
 * one (its label, Delete, React Flow's keyboard handling of a selection), one a comparison marks or
 * ghosts (its look and name), and one with an end being dragged (it follows the pointer). The rest
 * are one `<svg>` in the viewport, where each relation still takes a click, a right-click and the
 * keyboard focus and keeps its name (RelationLayer). O(edges).
 */
export function splitForLayer(
  edges: readonly OrgFlowEdge[],
  dragged: ReadonlySet<string> | null | undefined,
): { readonly kept: OrgFlowEdge[]; readonly layered: OrgFlowEdge[] } {
  const kept: OrgFlowEdge[] = [];
  const layered: OrgFlowEdge[] = [];
  for (const e of edges) {
    const plain = !e.selected && !e.data?.diff && e.data !== undefined && !e.id.startsWith(GHOST_PREFIX);
    const moving = dragged != null && (dragged.has(e.source) || dragged.has(e.target));
    (plain && !moving ? layered : kept).push(e);
  }
  return { kept, layered };
}
