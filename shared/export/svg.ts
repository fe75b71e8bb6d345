/**
 * The one renderer from a scenario to SVG, shared by the app (PNG via canvas, SVG download) and
 * the command line (resvg, PDF). True vector: rect, path and text only, no foreignObject; every
 * string from the map is escaped. Deterministic: the same scenario and options give the same bytes.
 */
import { EDGE_KINDS, type EdgeKind, type NodeId, type Scenario } from '../model/types';
import { routePaths } from '../layout/route';
import { layoutScene, type EdgeCurve, type SceneLayout } from '../layout/scene';
import { HUB_TAG_STYLE, hubTagText, NODE, textWidth, type NodeBox } from '../look/box';
import { EDGE_COLORS_BY_THEME, EDGE_WIDTH, EXPORT_PALETTES, HUB_GLOW_OPACITY, KIND_COLORS, type ExportPalette, type ExportTheme } from '../look/palette';
import type { ExportLabels } from './labels';
import { kindIconSvg, MARKER_REF_X, markerShapeSvg, platformMarkSvg } from './marks';
import { xmlSafeText } from './xmlText';

export interface ExportCaption {
  readonly title: string;
  readonly scenario: string;
  readonly model: string;
  readonly date: string;
}

export interface SvgOptions {
  /** Multiplies the width and height attributes (the viewBox stays in map units). Default 1. */
  readonly scale?: number;
  readonly background: 'white' | 'transparent';
  readonly legend?: boolean;
  readonly caption?: ExportCaption;
  /**
   * Colours: `light` (the default, whatever the app's theme) or `dark`, the canvas' dark theme
   * (palette.ts). With a 'white' background, dark puts the map on the dark canvas colour.
   */
  readonly theme?: ExportTheme;
  /** Only these nodes and the edges between them; all when absent or empty. */
  readonly selection?: readonly NodeId[];
  readonly labels: ExportLabels;
}

export const EXPORT_FONT_FAMILY = 'Inter';
const FONT = `${EXPORT_FONT_FAMILY}, system-ui, sans-serif`;
export const EXPORT_PADDING = 24;

interface Theme extends ExportPalette {
  readonly edges: Readonly<Record<EdgeKind, string>>;
  readonly glowOpacity: number;
}
function themeOf(name: ExportTheme): Theme {
  return { ...EXPORT_PALETTES[name], edges: EDGE_COLORS_BY_THEME[name], glowOpacity: HUB_GLOW_OPACITY[name] };
}

/**
 * Makes a string safe as XML text or attribute value: escapes markup characters and replaces what
 * XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) with U+FFFD.
 */
export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Numbers with at most two decimals and no `-0`, so output is stable. */
export function num(value: number): string {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export interface SvgFrame {
  /** Map coordinates of the top-left corner of the drawing. */
  readonly originX: number;
  readonly originY: number;
  /** Size in map units (before scale). */
  readonly width: number;
  readonly height: number;
  /** Where the map starts inside the drawing (below the caption). */
  readonly mapTop: number;
}

const CAPTION_HEIGHT = 52;
const LEGEND_ROW = 20;

/** The drawing's frame: node bounds plus padding, caption above, legend below. */
export function svgFrame(layout: SceneLayout, options: Pick<SvgOptions, 'legend' | 'caption' | 'labels'>): SvgFrame {
  const mapTop = options.caption ? CAPTION_HEIGHT : 0;
  const mapW = layout.maxX - layout.minX + 2 * EXPORT_PADDING;
  const mapH = layout.maxY - layout.minY + 2 * EXPORT_PADDING;
  const legend = options.legend ? legendSize(options.labels) : { width: 0, height: 0 };
  const captionW = options.caption ? Math.max(textWidth(options.caption.title, 18, 'bold'), textWidth(captionLine(options.caption, options.labels), 12)) + 2 * EXPORT_PADDING : 0;
  return {
    originX: layout.minX - EXPORT_PADDING,
    originY: layout.minY - EXPORT_PADDING - mapTop,
    width: Math.ceil(Math.max(mapW, legend.width + 2 * EXPORT_PADDING, Math.min(captionW, 2000))),
    height: Math.ceil(mapTop + mapH + (options.legend ? legend.height + EXPORT_PADDING : 0)),
    mapTop,
  };
}

function captionLine(caption: ExportCaption, labels: ExportLabels): string {
  return `${labels.scenario}: ${caption.scenario} · ${labels.model}: ${caption.model} · ${caption.date}`;
}

function legendSize(labels: ExportLabels): { width: number; height: number } {
  const rows = EDGE_KINDS.map((k) => textWidth(`${labels.edgeKind[k]} — ${labels.edgeKindHelp[k]}`, 12));
  rows.push(textWidth(hubTagText(labels), 10, 'bold', 0.5) + 16 + textWidth(labels.legendHub, 12));
  return { width: 60 + Math.max(...rows) + 20, height: 30 + (EDGE_KINDS.length + 1) * LEGEND_ROW };
}

/** Renders a scenario as a standalone SVG document. */
export function renderScenarioSvg(scenario: Scenario, options: SvgOptions): string {
  const layout = layoutScene(scenario, options.labels, options.selection);
  return renderLayoutSvg(layout, options);
}

/** As {@link renderScenarioSvg}, from a layout already made (exporters that also need the boxes). */
export function renderLayoutSvg(layout: SceneLayout, options: SvgOptions): string {
  const theme = themeOf(options.theme ?? 'light');
  const scale = options.scale ?? 1;
  const frame = svgFrame(layout, options);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(frame.width * scale)}" height="${num(frame.height * scale)}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${FONT}">`,
  );
  if (options.background === 'white') out.push(`<rect width="${frame.width}" height="${frame.height}" fill="${theme.page}"/>`);
  if (options.caption) {
    const c = options.caption;
    out.push(`<text class="caption-title" x="${EXPORT_PADDING}" y="28" font-size="18" font-weight="700" fill="${theme.text}">${escapeXml(c.title)}</text>`);
    out.push(`<text class="caption-line" x="${EXPORT_PADDING}" y="46" font-size="12" fill="${theme.muted}">${escapeXml(captionLine(c, options.labels))}</text>`);
  }
  const dx = -frame.originX;
  const dy = -frame.originY;
  out.push(`<g class="edges">`);
  for (const c of layout.curves) out.push(edgeSvg(c, dx, dy, theme));
  out.push(`</g><g class="nodes">`);
  for (const b of layout.boxes) out.push(nodeSvg(b, dx, dy, theme, options.labels));
  out.push(`</g>`);
  if (options.legend) out.push(legendSvg(EXPORT_PADDING, frame.mapTop + layout.maxY - layout.minY + 2 * EXPORT_PADDING, theme, options.labels));
  out.push(`</svg>`);
  return `${out.join('\n')}\n`;
}

function edgeSvg(c: EdgeCurve, dx: number, dy: number, theme: Theme): string {
  const kind = c.edge.kind;
  const color = theme.edges[kind];
  // The routed line (orthogonal, rounded corners), as the canvas draws it.
  const d = routePaths(c.points.map((p) => ({ x: p.x + dx, y: p.y + dy }))).join(' ');
  // The marker is drawn as a shape turned along the line's last segment (no <marker>: not every
  // SVG consumer draws them the same).
  const end = c.points[c.points.length - 1];
  const before = c.points[c.points.length - 2];
  const ax = end && before ? end.x - before.x : 0;
  let ay = end && before ? end.y - before.y : 0;
  if (ax === 0 && ay === 0) ay = 1;
  const angle = (Math.atan2(ay, ax) * 180) / Math.PI;
  const marker = `<g transform="translate(${num(c.tx + dx)} ${num(c.ty + dy)}) rotate(${num(angle)}) scale(1.2) translate(${-MARKER_REF_X[kind]} -5)">${markerShapeSvg(kind, color)}</g>`;
  return `<g class="edge edge--${kind}" data-edge="${escapeXml(c.edge.id)}"><path d="${d}" fill="none" stroke="${color}" stroke-width="${EDGE_WIDTH[kind]}"/>${marker}</g>`;
}

function nodeSvg(b: NodeBox, dx: number, dy: number, theme: Theme, labels: ExportLabels): string {
  const n = b.node;
  const parts: string[] = [];
  parts.push(`<g class="node node--${n.kind}" data-node="${escapeXml(n.id)}" transform="translate(${num(b.x + dx)} ${num(b.y + dy)})">`);
  if (b.hub) parts.push(`<rect x="-4" y="-4" width="${b.width + 8}" height="${b.height + 8}" rx="${b.radius + 4}" fill="${theme.hubGlow}" fill-opacity="${theme.glowOpacity}"/>`);
  const half = b.border / 2;
  const dash = n.kind === 'employees' ? ` stroke-dasharray="6 4"` : '';
  parts.push(
    `<rect class="node-box" x="${half}" y="${half}" width="${b.width - b.border}" height="${num(b.height - b.border)}" rx="${b.radius - half}" fill="${theme.node}" stroke="${KIND_COLORS[n.kind]}" stroke-width="${b.border}"${dash}/>`,
  );
  const icon = n.kind === 'account' && n.platform ? platformMarkSvg(n.platform) : kindIconSvg(n.kind, theme.text);
  parts.push(`<g transform="translate(${num(b.icon.x)} ${num(b.icon.y)}) scale(${num(b.icon.size / 20)})">${icon}</g>`);
  const tspans = b.labelLines
    .map((line, i) => `<tspan x="${num(b.labelX)}" y="${num(b.labelY + i * NODE.labelLine + 13.5)}">${escapeXml(line)}</tspan>`)
    .join('');
  parts.push(`<text class="node-label" font-size="${NODE.labelSize}" font-weight="600" fill="${theme.text}">${tspans}</text>`);
  if (b.hubTag) {
    const t = b.hubTag;
    parts.push(
      `<rect class="hub-tag" x="${num(t.x)}" y="${num(t.y)}" width="${num(t.width)}" height="${t.height}" rx="4" fill="${theme.accentFill}"/><text x="${num(t.x + HUB_TAG_STYLE.padX)}" y="${num(t.y + 11)}" font-size="${HUB_TAG_STYLE.size}" font-weight="700" letter-spacing="${HUB_TAG_STYLE.spacing}" fill="${theme.onAccent}">${escapeXml(hubTagText(labels))}</text>`,
    );
  }
  for (const s of b.sub) {
    if (s.text === '') continue;
    parts.push(`<text class="node-sub" x="${num(s.x)}" y="${num(b.subY + 10.5)}" font-size="${NODE.subSize}" fill="${theme.muted}">${escapeXml(s.text)}</text>`);
  }
  parts.push(`</g>`);
  return parts.join('');
}

function legendSvg(x: number, y: number, theme: Theme, labels: ExportLabels): string {
  const size = legendSize(labels);
  const out: string[] = [`<g class="legend" transform="translate(${x} ${y})">`];
  out.push(`<rect width="${num(size.width)}" height="${size.height}" rx="8" fill="${theme.panel}" stroke="${theme.border}"/>`);
  out.push(`<text x="12" y="20" font-size="12" font-weight="700" fill="${theme.muted}">${escapeXml(labels.legendTitle.toUpperCase())}</text>`);
  EDGE_KINDS.forEach((kind, i) => {
    const ry = 30 + i * LEGEND_ROW + 10;
    out.push(`<line x1="12" y1="${ry}" x2="46" y2="${ry}" stroke="${theme.edges[kind]}" stroke-width="${EDGE_WIDTH[kind]}"/>`);
    out.push(`<g transform="translate(44 ${ry - 5})">${markerShapeSvg(kind, theme.edges[kind])}</g>`);
    out.push(`<text x="60" y="${ry + 4}" font-size="12" fill="${theme.text}"><tspan font-weight="700">${escapeXml(labels.edgeKind[kind])}</tspan> — ${escapeXml(labels.edgeKindHelp[kind])}</text>`);
  });
  const hy = 30 + EDGE_KINDS.length * LEGEND_ROW + 10;
  const tag = hubTagText(labels);
  const tw = textWidth(tag, 10, 'bold', 0.5) + 10;
  out.push(`<rect x="12" y="${hy - 7.5}" width="${num(tw)}" height="15" rx="4" fill="${theme.accentFill}"/><text x="17" y="${hy + 3.5}" font-size="10" font-weight="700" letter-spacing="0.5" fill="${theme.onAccent}">${escapeXml(tag)}</text>`);
  out.push(`<text x="${num(12 + tw + 8)}" y="${hy + 4}" font-size="12" fill="${theme.text}">${escapeXml(labels.legendHub)}</text>`);
  out.push(`</g>`);
  return out.join('');
}
