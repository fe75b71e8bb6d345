/**
 * The scene (layoutScene, scene.ts) that every export draws: its lines follow the canvas's routing,
 * around the boxes, not through them (issue 16), and the SVG export draws them so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asEdgeId, asNodeId, asScenarioId, parseDocument, type Scenario } from '../model';
import { EXPORT_LABELS_EN } from '../export/labels';
import { renderScenarioSvg } from '../export/svg';
import { polylineCrosses } from './route';
import { layoutScene, type SceneLayout } from './scene';

const root = join(__dirname, '..', '..');
const shipped = ['templates', 'examples'].flatMap((sub) =>
  readdirSync(join(root, 'assets', sub))
    .filter((f) => f.endsWith('.orgmap'))
    .map((f) => join(root, 'assets', sub, f)),
);

function scenarios(file: string): Scenario[] {
  const r = parseDocument(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.error.message);
  return [...r.document.scenarios];
}

function crossings(layout: SceneLayout): string[] {
  const out: string[] = [];
  for (const c of layout.curves) {
    for (const b of layout.boxes) {
      if (b.node.id === c.edge.source || b.node.id === c.edge.target) continue;
      if (polylineCrosses(c.points, b)) out.push(`${c.edge.source}→${c.edge.target} crosses ${b.node.id}`);
    }
  }
  return out;
}

describe('exported lines', () => {
  it.each(shipped)('%s: no line passes through a box it does not end at', (file) => {
    for (const scenario of scenarios(file)) {
      const layout = layoutScene(scenario, EXPORT_LABELS_EN);
      expect(layout.curves.length).toBe(scenario.edges.length);
      expect(crossings(layout)).toEqual([]);
    }
  });

  it('a line with a box straight between its ends goes round it, in the SVG too', () => {
    const n = (id: string, y: number) => ({ id: asNodeId(id), kind: 'team' as const, label: id, position: { x: 0, y } });
    const scenario: Scenario = {
      id: asScenarioId('s'),
      name: 's',
      nodes: [n('top', 0), n('middle', 200), n('bottom', 400)],
      edges: [{ id: asEdgeId('e'), kind: 'member', source: asNodeId('top'), target: asNodeId('bottom') }],
    };
    const layout = layoutScene(scenario, EXPORT_LABELS_EN);
    const [curve] = layout.curves;
    if (!curve) throw new Error('no line');
    const middle = layout.boxes.find((b) => b.node.id === 'middle');
    if (!middle) throw new Error('no box');
    // The straight line would cut through the middle box; the route bends round it.
    expect(polylineCrosses([{ x: curve.sx, y: curve.sy }, { x: curve.tx, y: curve.ty }], middle)).toBe(true);
    expect(polylineCrosses(curve.points, middle)).toBe(false);
    expect(curve.points.length).toBeGreaterThan(2);
    // The view box holds the detour.
    for (const p of curve.points) expect(p.x).toBeGreaterThanOrEqual(layout.minX);
    const svg = renderScenarioSvg(scenario, { background: 'white', labels: EXPORT_LABELS_EN });
    const d = /data-edge="e"><path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/[LQ]/g)?.length ?? 0).toBeGreaterThan(2);
  });
});
