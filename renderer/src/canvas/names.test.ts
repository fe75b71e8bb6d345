import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { asEdgeId, asNodeId, asScenarioId } from '../../../shared/model/rules';
import type { Scenario } from '../../../shared/model/types';
import type { Risk } from '../../../shared/analysis/types';
import { createI18n } from '../i18n';
import { FlowEdgeCache, FlowNodeCache, hubCounts, risksByNode, type EdgeNames, type NodeNames } from './flow';
import { edgeName, LabelCache, nodeName } from './names';

const scenario: Scenario = {
  id: asScenarioId('current'),
  name: 'Current',
  nodes: [
    { id: asNodeId('t'), kind: 'team', label: 'Digital', position: { x: 0, y: 0 } },
    { id: asNodeId('u'), kind: 'unit', label: 'Benelux', position: { x: 0, y: 100 } },
    { id: asNodeId('a'), kind: 'account', label: 'Acme NL', platform: 'linkedin', position: { x: 0, y: 200 } },
  ],
  edges: [
    { id: asEdgeId('e1'), kind: 'coordinates', source: asNodeId('t'), target: asNodeId('u') },
    { id: asEdgeId('e2'), kind: 'owns', source: asNodeId('u'), target: asNodeId('a') },
  ],
};
const risk: Risk = { code: 'orphan-account', severity: 'high', nodes: [asNodeId('a')], params: {} };

function translator(language: 'en' | 'nl'): TFunction<'ui'> {
  return createI18n(language).getFixedT(language, 'ui') as TFunction<'ui'>;
}

function namers(t: TFunction<'ui'>, labels: ReadonlyMap<string, string>): { nodes: NodeNames; edges: EdgeNames } {
  return {
    nodes: { name: (n, s, r) => nodeName(t, n, s, r), attributes: { 'aria-roledescription': t('flow.nodeRole') } },
    edges: { name: (e) => edgeName(t, e, (id) => labels.get(id) ?? ''), attributes: { 'aria-roledescription': t('flow.edgeRole') } },
  };
}

describe('screen-reader names', () => {
  it('name a node by kind and label, an account by its platform, and say hub and risks', () => {
    const t = translator('en');
    const [team, unit, account] = scenario.nodes;
    if (!team || !unit || !account) throw new Error('fixture');
    expect(nodeName(t, team, 1, 0)).toBe('Social media team: Digital, hub');
    expect(nodeName(t, unit, 0, 0)).toBe('Business unit: Benelux');
    expect(nodeName(t, account, 0, 2)).toBe('Account on LinkedIn: Acme NL, 2 risks');
    const nl = translator('nl');
    expect(nodeName(nl, account, 0, 1)).toBe('Account op LinkedIn: Acme NL, 1 risico');
  });

  it('are what the canvas nodes and relations carry, with a translated role', () => {
    const t = translator('nl');
    const labels = new LabelCache().labels(scenario.nodes);
    const { nodes: nodeNamer, edges: edgeNamer } = namers(t, labels);
    const nodes = new FlowNodeCache().derive(scenario, new Set(), hubCounts(scenario), risksByNode([risk]), 0, undefined, nodeNamer);
    expect(nodes.map((n) => n.ariaLabel)).toEqual(['Socialmediateam: Digital, hub', expect.stringContaining('Benelux'), expect.stringMatching(/LinkedIn: Acme NL, 1 risico$/)]);
    expect(nodes[0]?.domAttributes).toEqual({ 'aria-roledescription': 'knoop' });
    const edges = new FlowEdgeCache().derive(scenario, new Set(), edgeNamer);
    expect(edges.map((e) => e.ariaLabel)).toEqual(['Digital coördineert Benelux', 'Benelux beheert Acme NL']);
    expect(edges[0]?.domAttributes).toEqual({ 'aria-roledescription': 'relatie' });
  });

  it('follow a renamed end, giving new objects only to the relations whose name changed', () => {
    const t = translator('en');
    const cache = new FlowEdgeCache();
    const labelCache = new LabelCache();
    const before = cache.derive(scenario, new Set(), namers(t, labelCache.labels(scenario.nodes)).edges);
    const renamed = { ...scenario, nodes: scenario.nodes.map((n) => (n.id === 't' ? { ...n, label: 'Social hub' } : n)) };
    const after = cache.derive(renamed, new Set(), namers(t, labelCache.labels(renamed.nodes)).edges);
    expect(after[0]?.ariaLabel).toBe('Social hub coordinates Benelux');
    expect(after[1]).toBe(before[1]);
  });

  it('keep the same label map while only positions change', () => {
    const cache = new LabelCache();
    const first = cache.labels(scenario.nodes);
    const moved = scenario.nodes.map((n) => ({ ...n, position: { x: n.position.x + 10, y: n.position.y } }));
    expect(cache.labels(moved)).toBe(first);
    expect(cache.labels(moved.slice(1))).not.toBe(first);
  });
});
