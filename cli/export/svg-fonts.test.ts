/**
 * The exported SVG is self-contained: the export font travels inside it (a subset of Inter per
 * weight, `@font-face` with data: URLs), nothing outside is referenced, the subsets hold every
 * character the SVG prints with Inter's own widths, and with those fonts every label fits its box
 * (and stays clear of the HUB tag).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL, renderScenarioSvg } from '../../shared/export';
import { embedSvgFonts, svgCodePoints } from '../../shared/export/svg-fonts';
import { allElements, readSvg, type SvgElement } from '../../test-support/export/svg-reader';
import { parseDocument, type Scenario } from '../../shared/model';
import { repoRoot } from '../testing';
import { FONT_FILES, svgFaces } from './fonts';
import { templateScenarios } from './references';

const hostile = (() => {
  const path = join(repoRoot, 'shared', 'model', 'fixtures', 'hostile.orgmap');
  const r = parseDocument(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.error.message);
  return r.document.scenarios[0] as Scenario;
})();
const cases = [
  ...templateScenarios().map(({ name, scenario }) => ({ name, scenario, labels: EXPORT_LABELS_EN })),
  ...templateScenarios().map(({ name, scenario }) => ({ name: `${name} (nl)`, scenario, labels: EXPORT_LABELS_NL })),
  { name: 'hostile', scenario: hostile, labels: EXPORT_LABELS_EN },
];
const svgOf = (scenario: Scenario, labels: typeof EXPORT_LABELS_EN) =>
  embedSvgFonts(renderScenarioSvg(scenario, { background: 'white', labels, legend: true, caption: { title: 'Board — “deck”', scenario: scenario.name, model: 'Hub', date: '2026-12-07' } }), svgFaces());

/** The embedded faces, parsed back from the SVG. */
function embedded(svg: string): Map<number, fontkit.Font> {
  const faces = new Map<number, fontkit.Font>();
  for (const m of svg.matchAll(/@font-face\{font-family:([^;]+);font-style:normal;font-weight:(\d+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)) {
    expect(m[1]).toBe('Inter');
    faces.set(Number(m[2]), fontkit.create(new Uint8Array(Buffer.from(m[3] ?? '', 'base64'))));
  }
  return faces;
}
const full = new Map([400, 600, 700].map((w, i) => [w, fontkit.create(new Uint8Array(readFileSync([FONT_FILES.regular, FONT_FILES.semibold, FONT_FILES.bold][i] ?? '')))]));

const attrOf = (e: SvgElement, name: string, parent?: SvgElement) => e.attrs[name] ?? parent?.attrs[name];
function widthOf(font: fontkit.Font, text: string, size: number, spacing: number): number {
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size + spacing * [...text].length;
}

describe('svgCodePoints', () => {
  it('reads every character a text element prints, also after a closing tspan, and unescapes entities', () => {
    const svg = '<svg><text x="1"><tspan font-weight="700">ab</tspan> — c&amp;</text><text/><rect/><text>é</text></svg>';
    expect(svgCodePoints(svg).map((cp) => String.fromCodePoint(cp)).join('')).toBe(' &abcé—');
  });

  it("the legend's dash is in the SVG's font subsets", () => {
    const scenario = templateScenarios()[0]?.scenario;
    if (!scenario) throw new Error('no template');
    // No caption: the legend rows are the only place the dash is printed.
    expect(svgCodePoints(renderScenarioSvg(scenario, { background: 'white', labels: EXPORT_LABELS_EN, legend: true }))).toContain(0x2014);
  });
});

describe('SVG is self-contained', () => {
  it.each(cases)('$name: no outside reference; the fonts it asks for are inside it', ({ scenario, labels }) => {
    const svg = svgOf(scenario, labels);
    const root = readSvg(svg);
    const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
    expect(style).not.toContain('@import');
    for (const e of allElements(root)) expect(Object.keys(e.attrs).filter((a) => /href$/i.test(a) || /^src$/i.test(a))).toEqual([]);
    expect(svg.match(/<style>/g)).toHaveLength(1);
    for (const m of style.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^data:font\/ttf;base64,/);
    const faces = embedded(svg);
    expect([...faces.keys()].sort()).toEqual([400, 600, 700]);
    for (const e of allElements(root)) {
      const family = e.attrs['font-family'];
      if (family !== undefined) expect(family.split(',').map((f) => f.trim())[0]).toBe('Inter');
      const weight = e.attrs['font-weight'];
      if (weight !== undefined) expect(faces.has(Number(weight))).toBe(true);
    }
    // Every printed character Inter has is in each subset, with Inter's own advance width.
    const printed = svgCodePoints(svg);
    for (const [weight, font] of faces) {
      const original = full.get(weight);
      if (!original) throw new Error(`no Inter ${weight}`);
      for (const cp of printed) {
        if (!original.hasGlyphForCodePoint(cp)) continue;
        expect(font.hasGlyphForCodePoint(cp), `U+${cp.toString(16)} in Inter ${weight}`).toBe(true);
        expect(font.glyphForCodePoint(cp).advanceWidth).toBe(original.glyphForCodePoint(cp).advanceWidth);
      }
    }
    // Small: only what is printed (Inter's full TTFs are ~340 kB each).
    expect(svg.length).toBeLessThan(renderScenarioSvg(scenario, { background: 'white', labels, legend: true }).length + 3 * 60_000);
  });

  it.each(cases)('$name: with the embedded fonts every label fits its box and clears the HUB tag', ({ scenario, labels }) => {
    const svg = svgOf(scenario, labels);
    const faces = embedded(svg);
    const nodes = allElements(readSvg(svg)).filter((e) => e.attrs['data-node'] !== undefined);
    expect(nodes).toHaveLength(scenario.nodes.length);
    for (const node of nodes) {
      const els = allElements(node);
      const box = els.find((e) => e.attrs.class === 'node-box');
      const tag = els.find((e) => e.attrs.class === 'hub-tag');
      if (!box) throw new Error('no node-box');
      const right = Number(box.attrs.x) + Number(box.attrs.width);
      const texts = els.filter((e) => e.name === 'text');
      for (const t of texts) {
        const size = Number(attrOf(t, 'font-size'));
        const font = faces.get(Number(attrOf(t, 'font-weight') ?? 400));
        if (!font) throw new Error('no face');
        const spacing = Number(attrOf(t, 'letter-spacing') ?? 0);
        const lines = t.children.length > 0 ? t.children.map((span) => ({ x: Number(span.attrs.x), text: span.text })) : [{ x: Number(t.attrs.x), text: t.text }];
        for (const line of lines) {
          // Characters Inter does not have (emoji) are drawn by whatever font the viewer has: not measurable.
          if ([...line.text].some((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))) continue;
          const end = line.x + widthOf(font, line.text, size, spacing);
          expect(end, `"${line.text}" in ${node.attrs['data-node']}`).toBeLessThanOrEqual(right + 0.5);
          if (tag && t.attrs.class === 'node-label' && Number(tag.attrs.y) < size + 14) {
            const first = lines[0] === line;
            if (first) expect(end, `"${line.text}" clear of the HUB tag`).toBeLessThanOrEqual(Number(tag.attrs.x) + 0.5);
          }
        }
      }
    }
  });
});
