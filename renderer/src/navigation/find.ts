/**
 * Find (Ctrl/⌘+F): the nodes of the scenario whose label, handle, platform or kind matches what
 * was typed, best matches first. Case and accents do not matter ("belgie" finds "België").
 */
import type { OrgNode } from '../../../shared/model/types';

export interface FindHit {
  readonly node: OrgNode;
  /** What matched, for the results list. */
  readonly field: 'label' | 'handle' | 'platform' | 'kind';
}

/** Lower case without accents, for matching. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** At most this many results: a list longer than a screen is a sign to type more. */
export const MAX_HITS = 50;

/**
 * The nodes matching `query`. Ranks: the label starts with it, the label contains it, the handle,
 * the platform's (translated) name, the kind's name; within a rank the scenario's order.
 */
export function findNodes(
  nodes: readonly OrgNode[],
  query: string,
  names: { platform(id: string): string; kind(id: string): string },
): FindHit[] {
  const q = fold(query.trim()).replace(/^@/, '');
  if (q === '') return [];
  const ranked: { hit: FindHit; rank: number; index: number }[] = [];
  nodes.forEach((node, index) => {
    const label = fold(node.label);
    let hit: FindHit | null = null;
    let rank = 0;
    if (label.startsWith(q) || label.startsWith(`@${q}`)) hit = { node, field: 'label' };
    else if (label.includes(q)) [hit, rank] = [{ node, field: 'label' }, 1];
    else if (node.handle && fold(node.handle).includes(q)) [hit, rank] = [{ node, field: 'handle' }, 2];
    else if (node.platform && (fold(names.platform(node.platform)).includes(q) || node.platform.includes(q))) [hit, rank] = [{ node, field: 'platform' }, 3];
    else if (fold(names.kind(node.kind)).includes(q)) [hit, rank] = [{ node, field: 'kind' }, 4];
    if (hit) ranked.push({ hit, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, MAX_HITS).map((r) => r.hit);
}
