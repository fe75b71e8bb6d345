import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type OrgDocument, type NodeId } from '../model';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL, renderScenarioSvg, textWidth, wrapText, type SvgOptions } from './index';
import { allElements, readSvg, type SvgElement } from '../../test-support/export/svg-reader';

const root = join(__dirname, '..', '..');
function load(path: string): OrgDocument {
  const r = parseDocument(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}
const templates = readdirSync(join(root, 'assets', 'templates')).filter((f) => f.endsWith('.orgmap')).sort();
const hostile = load(join(root, 'shared', 'model', 'fixtures', 'hostile.orgmap'));
const options: SvgOptions = { background: 'white', labels: EXPORT_LABELS_EN };

function nodeGroups(svg: SvgElement): SvgElement[] {
  return allElements(svg).filter((e) => e.name === 'g' && e.attrs['data-node'] !== undefined);
}
function translate(e: SvgElement): [number, number] {
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(e.attrs.transform ?? '');
  if (!m) throw new Error('no translate');
  return [Number(m[1]), Number(m[2])];
}
function labelText(g: SvgElement): string {
  const label = g.children.find((c) => c.name === 'text' && c.attrs.class === 'node-label');
  return label ? label.children.map((t) => t.text).join(' ') : '';
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe('renderScenarioSvg', () => {
  it.each(templates)('%s: well-formed XML with every label, positions as in the file', (name) => {
    const doc = load(join(root, 'assets', 'templates', name));
    for (const scenario of doc.scenarios) {
      const svg = readSvg(renderScenarioSvg(scenario, { ...options, scale: 2, legend: true }));
      const viewBox = (svg.attrs.viewBox ?? '').split(' ').map(Number);
      expect(Number(svg.attrs.width)).toBeCloseTo((viewBox[2] ?? 0) * 2, 5);
      const groups = nodeGroups(svg);
      expect(groups.map((g) => g.attrs['data-node'])).toEqual(scenario.nodes.map((n) => n.id));
      const first = scenario.nodes[0];
      const firstGroup = groups[0];
      if (!first || !firstGroup) continue;
      const [fx, fy] = translate(firstGroup);
      scenario.nodes.forEach((node, i) => {
        const g = groups[i];
        if (!g) throw new Error('missing group');
        expect(squash(labelText(g))).toBe(squash(node.label));
        const [x, y] = translate(g);
        // Relative placement equals the file's (the canvas' flow positions) within a pixel.
        expect(Math.abs(x - fx - (node.position.x - first.position.x))).toBeLessThan(1);
        expect(Math.abs(y - fy - (node.position.y - first.position.y))).toBeLessThan(1);
      });
      expect(allElements(svg).filter((e) => e.attrs.class === 'node-box')).toHaveLength(scenario.nodes.length);
      expect(allElements(svg).filter((e) => e.name === 'g' && e.attrs['data-edge'] !== undefined)).toHaveLength(scenario.edges.length);
    }
  });

  it('is deterministic', () => {
    const doc = load(join(root, 'assets', 'templates', templates[0] ?? ''));
    const s = doc.scenarios[0];
    if (!s) throw new Error('no scenario');
    expect(renderScenarioSvg(s, options)).toBe(renderScenarioSvg(s, options));
  });

  it('escapes hostile labels: no script, no on* attribute, no javascript:, no foreignObject; texts equal the labels', () => {
    const scenario = hostile.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const caption = { title: hostile.title, scenario: scenario.name, model: '<i>m</i>', date: '2026-01-01' };
    const text = renderScenarioSvg(scenario, { ...options, legend: true, caption });
    const svg = readSvg(text);
    const elements = allElements(svg);
    expect(elements.map((e) => e.name)).not.toContain('script');
    expect(elements.map((e) => e.name)).not.toContain('foreignObject');
    expect(elements.map((e) => e.name)).not.toContain('a');
    expect(elements.map((e) => e.name)).not.toContain('img');
    for (const e of elements) {
      for (const [attr, value] of Object.entries(e.attrs)) {
        expect(attr.toLowerCase().startsWith('on')).toBe(false);
        expect(attr.toLowerCase()).not.toMatch(/href/);
        expect(value.toLowerCase()).not.toContain('javascript:');
      }
    }
    // Markup in labels stays text: no raw tag survives.
    expect(text.toLowerCase()).not.toMatch(/<script|<foreignobject|<a[\s>]|<img|<svg[^>]*onload/);
    const groups = nodeGroups(svg);
    scenario.nodes.forEach((node, i) => {
      const g = groups[i];
      if (!g) throw new Error('missing group');
      expect(squash(labelText(g))).toBe(squash(node.label));
    });
    const handleNode = scenario.nodes.find((n) => n.handle);
    const handleGroup = groups.find((g) => g.attrs['data-node'] === handleNode?.id);
    const sub = handleGroup?.children.filter((c) => c.attrs.class === 'node-sub').map((c) => c.text) ?? [];
    expect(sub.join('').replace(/…$/, '').length).toBeGreaterThan(0);
    expect(handleNode?.handle?.startsWith(sub[1]?.replace(/…$/, '') ?? 'x')).toBe(true);
    expect(elements.find((e) => e.attrs.class === 'caption-title')?.text).toBe(hostile.title);
  });

  it('replaces characters XML cannot hold', () => {
    const scenario = { id: 's', name: 's', nodes: [{ id: 'a' as NodeId, kind: 'team' as const, label: 'a\u0001b\ud800', position: { x: 0, y: 0 } }], edges: [] };
    const svg = readSvg(renderScenarioSvg(scenario as never, options));
    expect(labelText(nodeGroups(svg)[0] as SvgElement)).toBe('a\ufffdb\ufffd');
  });

  it('draws only the selection, and the lines between selected nodes', () => {
    const doc = load(join(root, 'assets', 'templates', 'hub-and-spoke.orgmap'));
    const s = doc.scenarios[0];
    if (!s) throw new Error('no scenario');
    const edge = s.edges[0];
    if (!edge) throw new Error('no edge');
    const svg = readSvg(renderScenarioSvg(s, { ...options, selection: [edge.source, edge.target] }));
    expect(nodeGroups(svg)).toHaveLength(2);
    expect(allElements(svg).filter((e) => e.attrs['data-edge'] !== undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('transparent has no background rect; dark theme and Dutch labels render', () => {
    const doc = load(join(root, 'assets', 'templates', 'hub-and-spoke.orgmap'));
    const s = doc.scenarios[0];
    if (!s) throw new Error('no scenario');
    const t = readSvg(renderScenarioSvg(s, { ...options, background: 'transparent' }));
    expect(t.children[0]?.name).not.toBe('rect');
    const nl = renderScenarioSvg(s, { ...options, labels: EXPORT_LABELS_NL, theme: 'dark', legend: true });
    expect(nl).toContain('Legenda'.toUpperCase());
    readSvg(nl);
  });

  it('wraps long labels into at most three lines, ending in an ellipsis', () => {
    const lines = wrapText('word '.repeat(80), 150, 14, 'semibold', 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 14, 'semibold')).toBeLessThanOrEqual(150);
    expect(wrapText('x'.repeat(100), 150, 14, 'semibold', 3)).toHaveLength(3);
  });
});
