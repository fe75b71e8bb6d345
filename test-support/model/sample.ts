/**
 * A deterministic, valid document of any size, for tests and timing (not used by the app).
 * The shape resembles a large hub-and-spoke organisation: a few departments, teams that
 * coordinate business units, units that own accounts, some employee groups.
 */
import { asEdgeId, asNodeId, asScenarioId } from '../../shared/model/rules';
import { FORMAT_NAME, FORMAT_VERSION, PLATFORMS, type NodeKind, type OrgDocument, type OrgEdge, type OrgNode } from '../../shared/model/types';

/** A valid single-scenario document with exactly `nodeCount` nodes and about as many edges. */
export function sampleDocument(nodeCount: number): OrgDocument {
  const nodes: OrgNode[] = [];
  const edges: OrgEdge[] = [];
  const ids: string[] = [];
  const kinds: NodeKind[] = [];
  const addEdge = (kind: OrgEdge['kind'], source: number, target: number): void => {
    edges.push({ id: asEdgeId(`e${edges.length}`), kind, source: asNodeId(ids[source] ?? ''), target: asNodeId(ids[target] ?? '') });
  };
  for (let i = 0; i < nodeCount; i++) {
    // Pattern per 20 nodes: 1 department, 1 team, 4 units, 12 accounts, 2 employee groups.
    const slot = i % 20;
    const kind: NodeKind = slot === 0 ? 'department' : slot === 1 ? 'team' : slot < 6 ? 'unit' : slot < 18 ? 'account' : 'employees';
    const id = `${kind.slice(0, 3)}-${i}`;
    ids.push(id);
    kinds.push(kind);
    const base = {
      id: asNodeId(id),
      kind,
      label: `${kind} number ${i}`,
      position: { x: (i % 200) * 180, y: Math.floor(i / 200) * 120 },
    };
    nodes.push(
      kind === 'account'
        ? { ...base, platform: PLATFORMS[i % PLATFORMS.length] ?? 'other', handle: `@acme_${i}`, notes: 'Posts daily; answers within the hour.' }
        : base,
    );
    const group = i - slot;
    if (kind === 'team' && kinds[group] === 'department') addEdge('member', group, i);
    if (kind === 'unit' && kinds[group + 1] === 'team') addEdge('coordinates', group + 1, i);
    if (kind === 'account') addEdge('owns', group + 2 + ((slot - 6) % 4), i);
    if (kind === 'employees' && kinds[group + 1] === 'team') addEdge('coordinates', group + 1, i);
  }
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: `Sample with ${nodeCount} nodes`,
    goals: ['branding', 'customer-service'],
    scenarios: [{ id: asScenarioId('current'), name: 'Current', nodes, edges }],
  };
}
