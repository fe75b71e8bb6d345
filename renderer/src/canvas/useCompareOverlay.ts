import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { compareScenarios, type Comparison } from '../../../shared/compare';
import type { OrgEdge, OrgNode, Scenario } from '../../../shared/model/types';
import { compareMarks, type CompareMarks } from '../compare/compareMarks';
import type { AppState } from '../store/types';
import { useAppStore } from '../ui/context';
import { ghostEdges, ghostNodes, GHOST_PREFIX, type OrgFlowEdge, type OrgFlowNode } from './flow';
import { edgeName } from './names';

/** While comparing with the `to` scenario on the canvas: the `from` scenario, else null. */
const selectCompareFrom = (s: AppState): Scenario | null => {
  const c = s.compare;
  if (!c || c.to !== s.scenarioId) return null;
  return s.document.scenarios.find((x) => x.id === c.from) ?? null;
};

const NO_GHOSTS: OrgFlowNode[] = [];
const NO_GHOST_EDGES: OrgFlowEdge[] = [];

export interface CompareOverlay {
  /** How each node differs from `from`, while comparing. */
  readonly nodeDiffs: CompareMarks['nodes'] | undefined;
  /** How each relation differs from `from`, while comparing. */
  readonly edgeDiffs: CompareMarks['edges'] | undefined;
  /** The nodes of `from` that are gone, drawn where they stood. */
  readonly ghosts: OrgFlowNode[];
  /** The relations of `from` that are gone, between where their ends are now. */
  readonly ghostEdges: OrgFlowEdge[];
}

/** Comparing: marks what was added or changed since `from`, and ghosts what was removed. */
export function useCompareOverlay(analysed: Scenario, t: TFunction<'ui'>): CompareOverlay {
  const compareFrom = useAppStore(selectCompareFrom);
  const comparison: Comparison | null = useMemo(() => (compareFrom ? compareScenarios(compareFrom, analysed) : null), [compareFrom, analysed]);
  const marks = useMemo(() => (comparison ? compareMarks(comparison, 'to') : undefined), [comparison]);
  const removedKey = comparison ? comparison.nodes.removed.join('\u0000') : '';
  const ghosts = useMemo(() => {
    if (!compareFrom || removedKey === '') return NO_GHOSTS;
    const removed = new Set(removedKey.split('\u0000'));
    return ghostNodes(compareFrom.nodes.filter((n: OrgNode) => removed.has(n.id)));
  }, [compareFrom, removedKey]);
  // The removed relations and where their ends are on the canvas: the ghosts change only with it.
  const removedEdgesKey = comparison
    ? comparison.edges.removed.map((e) => `${e.id}>${comparison.nodes.fromToTo.get(e.source) ?? ''}>${comparison.nodes.fromToTo.get(e.target) ?? ''}`).join('\u0000')
    : '';
  const ghostEdgeList = useMemo(() => {
    if (!compareFrom || !comparison || removedEdgesKey === '') return NO_GHOST_EDGES;
    const fromToTo = comparison.nodes.fromToTo;
    const fromLabels = new Map(compareFrom.nodes.map((n) => [n.id, n.label] as const));
    const removedName = (edge: OrgEdge) => t('editor.removedEdge', { name: edgeName(t, edge, (id) => fromLabels.get(id) || t('node.noLabel')) });
    return ghostEdges(comparison.edges.removed, (id) => fromToTo.get(id) ?? `${GHOST_PREFIX}${id}`, removedName);
    // Rebuilt only when the set of removed relations changes, not on every edit of `to`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compareFrom, removedEdgesKey, t]);
  return { nodeDiffs: marks?.nodes, edgeDiffs: marks?.edges, ghosts, ghostEdges: ghostEdgeList };
}
