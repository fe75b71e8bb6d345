import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId } from '../../../shared/model/rules';
import type { OrgEdge, Position as At } from '../../../shared/model/types';
import type { Risk } from '../../../shared/analysis/types';
import { EDGE_COLORS, FlowEdgeCache, ghostEdges, type OrgFlowNode } from './flow';
import { FAR_BOX, KEEP_MARKED, nodeSketch, sketchPaths, splitForSketch, type SketchEdge, type SketchLayer, type SketchLook } from './sketch';

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

const sketchEdge = (kind: OrgEdge['kind'], source: string, target: string, look: SketchLook = 'plain'): SketchEdge => ({ kind, source, target, look });
const layer = (layers: readonly SketchLayer[], key: string) => layers.find((l) => l.key === key);

describe('sketchPaths', () => {
  it("draws each relation as React Flow's bezier between the far boxes' handles, one path per kind, in the kind's colour", () => {
    const layers = sketchPaths([sketchEdge('coordinates', 'hub', 'unit'), sketchEdge('owns', 'unit', 'acc'), sketchEdge('member', 'unit', 'up')], at);
    // React Flow ends an edge at the outer side of a 12 px handle straddling the box's border.
    const expected = (s: At, t: At) =>
      numbers(
        getBezierPath({
          sourceX: s.x + FAR_BOX.width / 2,
          sourceY: s.y + FAR_BOX.height + 6,
          sourcePosition: Position.Bottom,
          targetX: t.x + FAR_BOX.width / 2,
          targetY: t.y - 6,
          targetPosition: Position.Top,
        })[0],
      ).slice(0, 8);
    const hub = positions.get('hub') as At;
    const unit = positions.get('unit') as At;
    const acc = positions.get('acc') as At;
    const up = positions.get('up') as At;
    // React Flow's path ends with label coordinates we do not draw; ours are rounded to whole units.
    expect(numbers(layer(layers, 'plain coordinates')?.d ?? '')).toEqual(expected(hub, unit).map(Math.round));
    expect(numbers(layer(layers, 'plain owns')?.d ?? '')).toEqual(expected(unit, acc).map(Math.round));
    // A target above its source: the control points bend outwards, as React Flow's do.
    expect(numbers(layer(layers, 'plain member')?.d ?? '')).toEqual(expected(unit, up).map(Math.round));
    expect(layer(layers, 'plain owns')?.stroke).toBe(EDGE_COLORS.owns);
    expect(layer(layers, 'plain owns')?.className).toContain('org-edge--owns');
  });

  it('puts every relation of a look and kind in one path, marked ones over plain ones, and leaves out relations with an unknown end', () => {
    const layers = sketchPaths(
      [sketchEdge('owns', 'hub', 'acc', 'selected'), sketchEdge('owns', 'hub', 'acc'), sketchEdge('owns', 'unit', 'acc'), sketchEdge('owns', 'gone', 'acc'), sketchEdge('member', 'unit', 'up', 'removed')],
      at,
    );
    expect(layers.map((l) => l.key)).toEqual(['plain owns', 'removed member', 'selected owns']);
    expect(layer(layers, 'plain owns')?.d.match(/M/g)).toHaveLength(2);
    expect(layer(layers, 'selected owns')?.className).toContain('edge-sketch--selected');
  });
});

describe('splitForSketch', () => {
  const edges = [edge('plain', 'owns', 'hub', 'acc'), edge('sel', 'owns', 'unit', 'acc'), edge('new', 'coordinates', 'hub', 'unit')];

  it('keeps selected, compared and ghost relations as React Flow edges and sketches the rest', () => {
    const flow = new FlowEdgeCache().derive({ edges }, new Set(['sel']), undefined, new Map([['new', 'added' as const]]));
    const ghosts = ghostEdges([edge('old', 'member', 'unit', 'up')], (id) => `ghost:${id}`);
    const { kept, sketched } = splitForSketch([...ghosts, ...flow]);
    expect(kept.map((e) => e.id).sort()).toEqual(['ghost:old', 'new', 'sel']);
    expect(sketched).toEqual([sketchEdge('owns', 'hub', 'acc')]);
  });

  it('sketches the marked relations too, each in its look and between the nodes on the canvas, when there are too many to keep', () => {
    const many = Array.from({ length: KEEP_MARKED }, (_, i) => edge(`s${i}`, 'owns', 'unit', 'acc'));
    const flow = new FlowEdgeCache().derive({ edges: [...edges, ...many] }, new Set(['sel', ...many.map((e) => e.id)]), undefined, new Map([['new', 'added' as const]]));
    const ghosts = ghostEdges([edge('old', 'member', 'unit', 'up')], (id) => `ghost:${id}`);
    const { kept, sketched } = splitForSketch([...ghosts, ...flow]);
    expect(kept).toEqual([]);
    expect(sketched).toHaveLength(edges.length + many.length + 1);
    expect(sketched).toContainEqual(sketchEdge('member', 'ghost:unit', 'ghost:up', 'removed'));
    expect(sketched).toContainEqual(sketchEdge('coordinates', 'hub', 'unit', 'added'));
    expect(sketched.filter((e) => e.look === 'selected')).toHaveLength(KEEP_MARKED + 1);
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
