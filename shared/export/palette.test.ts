/**
 * The export palette against the canvas: every dark value equals its CSS custom property's dark
 * value in renderer/src/styles.css (and every light value its light one, bar the canvas' white
 * page), and text stays readable on what it is drawn on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../model/types';
import { KIND_COLORS, EDGE_COLORS, EXPORT_COLOR_TABLE, EXPORT_PALETTES, EXPORT_THEMES, HUB_GLOW_OPACITY, renderScenarioSvg, EXPORT_LABELS_EN } from './index';
import { LIGHT_ONLY_CANVAS_WHITE, type ExportColorName } from '../look/palette';

const css = readFileSync(new URL('../../renderer/src/styles.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block that starts with `selector {`. */
function variables(selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`styles.css has no "${selector} {" block`);
  const body = css.slice(at, css.indexOf('}', at));
  const out = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) if (m[1] && m[2]) out.set(m[1], m[2].trim());
  return out;
}
const light = variables(':root');
const dark = variables(":root[data-theme='dark']");

/** `#rrggbb`, or `rgb(r g b / a)` as its hex colour and alpha. */
function parseColor(value: string): { hex: string; alpha: number } {
  if (/^#[0-9a-f]{6}$/i.test(value)) return { hex: value.toLowerCase(), alpha: 1 };
  const m = /^rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (!m) throw new Error(`cannot read the colour "${value}"`);
  const hex = `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return { hex, alpha: m[4] === undefined ? 1 : Number(m[4]) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const names = Object.keys(EXPORT_COLOR_TABLE) as ExportColorName[];

describe('export palette', () => {
  it.each(names)('%s: the dark value is the canvas variable’s dark value', (name) => {
    const row = EXPORT_COLOR_TABLE[name];
    const value = dark.get(row.css);
    if (value === undefined) throw new Error(`styles.css has no dark ${row.css}`);
    const parsed = parseColor(value);
    expect(row.dark).toBe(parsed.hex);
    if (name === 'hubGlow') expect(HUB_GLOW_OPACITY.dark).toBe(parsed.alpha);
    else expect(parsed.alpha).toBe(1);
  });

  it.each(names.filter((n) => n !== LIGHT_ONLY_CANVAS_WHITE))('%s: the light value is the canvas variable’s light value', (name) => {
    const row = EXPORT_COLOR_TABLE[name];
    const value = light.get(row.css);
    if (value === undefined) throw new Error(`styles.css has no light ${row.css}`);
    const parsed = parseColor(value);
    expect(row.light).toBe(parsed.hex);
    if (name === 'hubGlow') expect(HUB_GLOW_OPACITY.light).toBe(parsed.alpha);
  });

  it('the page is the canvas: white in light (React Flow’s default), --bg in dark', () => {
    expect(EXPORT_PALETTES.light.page).toBe('#ffffff');
    expect(css).toMatch(/\.react-flow\.dark \{[^}]*--xy-background-color-default: var\(--bg\)/);
  });

  it('lines follow the theme on the canvas as in the export; node borders are the same in both themes', () => {
    for (const kind of EDGE_KINDS) {
      expect(EDGE_COLORS[kind]).toBe(EXPORT_PALETTES.light[`edge${kind[0]?.toUpperCase()}${kind.slice(1)}` as ExportColorName]);
      expect(css).toContain(`:root[data-theme='dark'] .react-flow__edge-path.org-edge--${kind} { stroke: var(--edge-${kind}) !important; }`);
    }
    for (const kind of NODE_KINDS) {
      const m = new RegExp(`\\n\\.org-node--${kind} \\{ border-color: (#[0-9a-f]{6})`).exec(css);
      expect(m?.[1]).toBe(KIND_COLORS[kind]);
      expect(css).not.toMatch(new RegExp(`data-theme='dark'\\][^{]*\\.org-node--${kind}\\b`));
    }
  });

  it.each(NODE_KINDS)('%s: the canvas box, its zoomed-out sketch and the export share KIND_COLORS', (kind) => {
    const border = new RegExp(`\\n\\.org-node--${kind} \\{ border-color: (#[0-9a-f]{6});`).exec(css);
    const sketch = new RegExp(`\\n\\.node-sketch--${kind} \\{ stroke: (#[0-9a-f]{6}); \\}`).exec(css);
    expect(border?.[1]).toBe(KIND_COLORS[kind]);
    expect(sketch?.[1]).toBe(KIND_COLORS[kind]);
    expect(css).not.toMatch(new RegExp(`data-theme='dark'\\][^{]*\\.node-sketch--${kind}\\b`));
  });

  it.each(EXPORT_THEMES)('%s: text, grey text and hub tags have at least 4.5:1 contrast on what they sit on', (theme) => {
    const p = EXPORT_PALETTES[theme];
    for (const ground of [p.node, p.page, p.panel]) {
      expect(contrast(p.text, ground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.muted, ground)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(p.onAccent, p.accentFill)).toBeGreaterThanOrEqual(4.5);
  });

  it('a dark SVG paints the dark colours and none of the light-only ones', () => {
    const scenario = {
      id: 's',
      name: 's',
      nodes: [
        { id: 'a', kind: 'team', label: 'Hub', position: { x: 0, y: 0 } },
        { id: 'b', kind: 'unit', label: 'Spoke', position: { x: 0, y: 200 } },
      ],
      edges: [{ id: 'e', kind: 'coordinates', source: 'a', target: 'b' }],
    };
    const svg = renderScenarioSvg(scenario as never, { background: 'white', labels: EXPORT_LABELS_EN, legend: true, theme: 'dark' });
    const d = EXPORT_PALETTES.dark;
    expect(svg).toMatch(new RegExp(`<rect width="\\d+" height="\\d+" fill="${d.page}"/>`));
    expect(svg).toContain(`fill="${d.node}" stroke="${KIND_COLORS.team}"`);
    expect(svg).toContain(`font-weight="600" fill="${d.text}"`);
    expect(svg).toContain(`stroke="${d.edgeCoordinates}"`);
    expect(svg).toContain(`fill="${d.accentFill}"`);
    expect(svg).toContain(`fill="${d.panel}" stroke="${d.border}"`);
    expect(svg).not.toMatch(/<rect[^>]*fill="#ffffff"/);
    for (const lightOnly of [EXPORT_PALETTES.light.text, EXPORT_PALETTES.light.edgeCoordinates, EXPORT_PALETTES.light.border]) expect(svg).not.toContain(`"${lightOnly}"`);
    const transparent = renderScenarioSvg(scenario as never, { background: 'transparent', labels: EXPORT_LABELS_EN, theme: 'dark' });
    expect(transparent).not.toContain(d.page);
  });
});
