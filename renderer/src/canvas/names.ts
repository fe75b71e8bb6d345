/**
 * What a screen reader says for the canvas's nodes and relations, in the user's language: a node
 * by its kind, name, platform (accounts), whether it is a hub and how many risks it carries; a
 * relation by its ends and kind ("Social media team coordinates Marketing"). React Flow puts the
 * name on the focusable wrapper (`ariaLabel`) and calls it a "node"/"edge" in English unless told
 * otherwise (`domAttributes`).
 */
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeId, OrgEdge, OrgNode } from '../../../shared/model/types';
import type { EdgeNames, NodeNames } from './flow';

type Translate = TFunction<'ui'>;

/** A node's accessible name. */
export function nodeName(t: Translate, node: OrgNode, spokes: number, risks: number): string {
  const kind = t(`kind.${node.kind}`);
  const label = node.label || t('node.noLabel');
  const parts = [
    node.kind === 'account' && node.platform ? t('flow.accountName', { kind, platform: t(`platform.${node.platform}`), label }) : t('flow.nodeName', { kind, label }),
  ];
  if (spokes > 0) parts.push(t('flow.hub'));
  if (risks > 0) parts.push(t('node.risks', { count: risks }));
  return parts.join(', ');
}

/** A relation's accessible name: its source, kind and target. */
export function edgeName(t: Translate, edge: OrgEdge, labelOf: (id: NodeId) => string): string {
  return t('flow.edgeName', { source: labelOf(edge.source), kind: t(`edgeKind.${edge.kind}`), target: labelOf(edge.target) });
}

/**
 * The labels by node id, as the same Map for as long as no label changed: node moves and
 * selections leave it (and so the relations' names) alone. O(nodes) compares per change of the
 * node list, no allocation unless a label changed.
 */
export class LabelCache {
  private last = new Map<NodeId, string>();

  labels(nodes: readonly OrgNode[]): ReadonlyMap<NodeId, string> {
    const prev = this.last;
    if (prev.size === nodes.length && nodes.every((n) => prev.get(n.id) === n.label)) return prev;
    this.last = new Map(nodes.map((n) => [n.id, n.label] as const));
    return this.last;
  }
}

/** The namers for FlowNodeCache and FlowEdgeCache; new ones only when the language or a label changes. */
export function useCanvasNames(nodes: readonly OrgNode[]): { nodeNames: NodeNames; edgeNames: EdgeNames } {
  const { t } = useTranslation('ui');
  const [cache] = useState(() => new LabelCache());
  const labels = useMemo(() => cache.labels(nodes), [cache, nodes]);
  const nodeNames = useMemo<NodeNames>(
    () => ({
      name: (node, spokes, risks) => nodeName(t, node, spokes, risks),
      attributes: { 'aria-roledescription': t('flow.nodeRole') },
    }),
    [t],
  );
  const edgeNames = useMemo<EdgeNames>(() => {
    const noLabel = t('node.noLabel');
    return {
      name: (edge) => edgeName(t, edge, (id) => labels.get(id) || noLabel),
      attributes: { 'aria-roledescription': t('flow.edgeRole') },
    };
  }, [t, labels]);
  return { nodeNames, edgeNames };
}
