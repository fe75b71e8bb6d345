import type { Comparison } from '../../../shared/compare';
import type { NodeDiff } from '../canvas/flow';

/** How each node and relation of one side of a comparison is marked (ids of that side). */
export interface CompareMarks {
  readonly nodes: ReadonlyMap<string, NodeDiff>;
  readonly edges: ReadonlyMap<string, NodeDiff>;
}

/**
 * The marks of one side of a comparison: on `to` (the canvas in Compare, the right of Side by
 * Side, the deck's changes slide) what was added or changed; on `from` what was removed or changed.
 * One function so every view marks a comparison the same way.
 */
export function compareMarks(comparison: Comparison, side: 'from' | 'to'): CompareMarks {
  const nodes = new Map<string, NodeDiff>();
  const edges = new Map<string, NodeDiff>();
  if (side === 'to') {
    for (const id of comparison.nodes.added) nodes.set(id, 'added');
    for (const edge of comparison.edges.added) edges.set(edge.id, 'added');
  } else {
    for (const id of comparison.nodes.removed) nodes.set(id, 'removed');
    for (const edge of comparison.edges.removed) edges.set(edge.id, 'removed');
  }
  for (const change of comparison.nodes.changed) nodes.set(change[side], 'changed');
  for (const change of comparison.edges.changed) edges.set(change[side], 'changed');
  return { nodes, edges };
}
