import type { NodeId } from '../model/types';
import { byRank, type GraphIndex } from './graph';
import { THRESHOLDS } from './thresholds';

/** The label of node i (plain text; never interpreted). */
export function labelOf(ix: GraphIndex, i: number): string {
  return ix.nodes[i]?.label ?? '';
}

/** The id of node i. */
export function idOf(ix: GraphIndex, i: number): NodeId {
  return (ix.nodes[i] as { id: NodeId }).id;
}

/**
 * Labels of the given nodes in id order, joined with ", "; past THRESHOLDS.listedLabels the rest
 * is shortened to "…" (language-neutral, so the list can go into any catalog's sentence).
 */
export function labelList(ix: GraphIndex, nodes: readonly number[]): string {
  return labelItems(ix, nodes).join(', ');
}

/** The labels `labelList` joins, as a list (the last one "…" when shortened). */
export function labelItems(ix: GraphIndex, nodes: readonly number[]): string[] {
  const sorted = byRank(ix, [...nodes]);
  const shown = sorted.slice(0, THRESHOLDS.listedLabels).map((i) => labelOf(ix, i));
  if (sorted.length > THRESHOLDS.listedLabels) shown.push('…');
  return shown;
}

/** What {@link labelItems} gives for a list already in id order, without copying and sorting it again. */
export function sortedLabelItems(ix: GraphIndex, sorted: readonly number[]): string[] {
  const shown: string[] = [];
  const count = Math.min(sorted.length, THRESHOLDS.listedLabels);
  for (let k = 0; k < count; k++) shown.push(labelOf(ix, sorted[k] as number));
  if (sorted.length > THRESHOLDS.listedLabels) shown.push('…');
  return shown;
}

/** Node ids for a result, in id order. */
export function idsByRank(ix: GraphIndex, nodes: readonly number[]): NodeId[] {
  return byRank(ix, [...nodes]).map((i) => idOf(ix, i));
}

/** A cycle walk as "A → B → C → A" (at most listedLabels labels, then "…"), language-neutral. */
export function cycleText(ix: GraphIndex, walk: readonly number[]): string {
  const shown = walk.length > THRESHOLDS.listedLabels ? [...walk.slice(0, THRESHOLDS.listedLabels).map((i) => labelOf(ix, i)), '…'] : walk.map((i) => labelOf(ix, i));
  shown.push(labelOf(ix, walk[0] as number));
  return shown.join(' → ');
}
