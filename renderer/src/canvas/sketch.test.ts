import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId } from '../../../shared/model/rules';
import type { OrgEdge, Position as At } from '../../../shared/model/types';
import type { Risk } from '../../../shared/analysis/types';
import { FlowEdgeCache, ghostEdges, type OrgFlowNode } from './flow';
import { FAR_BOX, nodeSketch, sketchPaths, splitForSketch } from './sketch';

const numbers = (d: string): number[] => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

const edge = (id: string, kind: OrgEdge['kind'], source: string, target: string): OrgEdge => ({
  id: asEdgeId(id),
  kind,
  source: asNodeId(source),
  target: asNodeId(target),
});

const positions = new Map<string, At>([
  ['hub', { x: 0, y: 0 }],
  ['unit', { x: 400, y: 300 }],
  ['acc', { x: -250, y: 600 }],
  ['up', { x: 900, y: -400 }],
]);
const at = (id: string) => positions.get(id);

describe('sketchPaths', () => {
  it("draws each relation as React Flow's bezier between the far boxes' handles, one path per kind", () => {
    const paths = sketchPaths([edge('e1', 'coordinates', 'hub', 'unit'), edge('e2', 'owns', 'unit', 'acc'), edge('e3', 'member', 'unit', 'up')], at);
    const expected = (s: At, t: At) =>
      numbers(
        getBezierPath({
          sourceX: s.x + FAR_BOX.width / 2,
          sourceY: s.y + FAR_BOX.height,
          sourcePosition: Position.Bottom,
          targetX: t.x + FAR_BOX.width / 2,
          targetY: t.y,
          targetPosition: Position.Top,
        })[0],
      ).slice(0, 8);
    const hub = positions.get('hub') as At;
    const unit = positions.get('unit') as At;
    const acc = positions.get('acc') as At;
    const up = positions.get('up') as At;
    // React Flow's path ends with label coordinates we do not draw; ours are rounded to whole units.
    expect(numbers(paths.coordinates)).toEqual(expected(hub, unit).map(Math.round));
    expect(numbers(paths.owns)).toEqual(expected(unit, acc).map(Math.round));
    // A target above its source: the control points bend outwards, as React Flow's do.
    expect(numbers(paths.member)).toEqual(expected(unit, up).map(Math.round));
  });

  it('puts every relation of a kind in the same path and leaves out relations with an unknown end', () => {
    const paths = sketchPaths([edge('a', 'owns', 'hub', 'acc'), edge('b', 'owns', 'unit', 'acc'), edge('c', 'owns', 'gone', 'acc')], at);
    expect(paths.owns.match(/M/g)).toHaveLength(2);
    expect(paths.coordinates).toBe('');
    expect(paths.member).toBe('');
  });
});

describe('splitForSketch', () => {
  it('keeps selected, compared and ghost relations as React Flow edges and sketches the rest', () => {
    const edges = [edge('plain', 'owns', 'hub', 'acc'), edge('sel', 'owns', 'unit', 'acc'), edge('new', 'coordinates', 'hub', 'unit')];
    const flow = new FlowEdgeCache().derive({ edges }, new Set(['sel']), undefined, new Map([['new', 'added' as const]]));
    const ghosts = ghostEdges([edge('old', 'member', 'unit', 'up')], (id) => id);
    const { kept, sketched } = splitForSketch([...ghosts, ...flow]);
    expect(kept.map((e) => e.id).sort()).toEqual(['ghost:old', 'new', 'sel']);
    expect(sketched).toEqual([edges[0]]);
  });
});

describe('nodeSketch', () => {
  const risk = (severity: Risk['severity']): Risk => ({ code: 'orphan-account', severity, nodes: [], params: {} });
  const flowNode = (id: string, kind: 'team' | 'account', x: number, y: number, extra: { hub?: boolean; selected?: boolean; risks?: Risk[]; diff?: 'added' | 'removed' } = {}) =>
    ({
      id,
      type: 'org',
      position: { x, y },
      selected: extra.selected ?? false,
      data: {
        node: { id: asNodeId(id), kind, label: 'Label', position: { x, y } },
        hub: extra.hub ?? false,
        spokes: extra.hub ? 1 : 0,
        risks: extra.risks ?? [],
        ...(extra.diff ? { diff: extra.diff } : {}),
      },
    }) satisfies OrgFlowNode;

  it('draws each node as a far box in its kind (hubs apart), with the marks and the worst risk over the boxes', () => {
    const layers = nodeSketch([
      flowNode('acc', 'account', 10, 20, { selected: true, risks: [risk('low'), risk('high')] }),
      flowNode('hub', 'team', 300, 0, { hub: true }),
      flowNode('t2', 'team', 600, 0),
      flowNode('new', 'team', 900, 0, { diff: 'added' }),
      flowNode('gone', 'account', 1200, 0, { diff: 'removed' }),
    ]);
    const byKey = new Map(layers.map((l) => [l.key, l]));
    expect(byKey.get('account')?.d).toBe(`M10 20h${FAR_BOX.width}v${FAR_BOX.height}h-${FAR_BOX.width}z`);
    expect(byKey.get('team-hub')?.className).toContain('is-hub');
    expect(byKey.get('team')?.d.match(/M/g)).toHaveLength(2);
    expect(byKey.get('account is-removed')?.className).toContain('is-removed');
    expect(byKey.get('selected')?.d).toBe('M7 17h207v59h-207z');
    expect(byKey.get('diff-added')?.d).toBe('M897 -3h206v58h-206z');
    expect(byKey.has('risk-low')).toBe(false);
    expect(byKey.get('risk-high')?.d.startsWith(`M${10 + FAR_BOX.width - 18 - 10} 45a10`)).toBe(true);
    expect(byKey.get('text')?.d.match(/M/g)).toHaveLength(5);
    const kinds = layers.map((l) => l.className.split(' ')[0]);
    expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
    expect(kinds.at(-1)).toBe('node-sketch__dot');
  });
});

const order = (c: string | undefined) => ['node-sketch__box', 'node-sketch__text', 'node-sketch__mark', 'node-sketch__dot'].indexOf(c ?? '');
