/**
 * A deck's slides as a display list: shapes, text boxes and connectors in points on a page of a
 * given size. The PDF and the PowerPoint builders both draw this list, so both show the same slides
 * with the same geometry; only the fonts differ (Inter embedded in the PDF, Arial in PowerPoint —
 * every box is sized for the wider of the two, see deck-diagram.ts).
 */
import type { Severity } from '../analysis/types';
import type { ChangesSlide, Deck, MapSlide, NodeMarkKind, PathSlide, RisksSlide, Slide, StepSlide, SummarySide, SummarySlide, TitleSlide } from '../deck';
import type { EdgeKind, NodeId, OrgDocument, OrgNode, PracticeValue, Scenario } from '../model/types';
import { deckTextWidth, deckWrap, layoutDiagram, LINE_HEIGHT, type Diagram, type DiagramEdgeIn, type DiagramNodeIn, type Rect, type Site } from './deck-diagram';
import type { ExportLabels } from './labels';
import { EDGE_COLORS_BY_THEME, EXPORT_PALETTES, KIND_COLORS, type ExportTheme } from '../look/palette';

export interface PageSize {
  readonly width: number;
  readonly height: number;
}
/** PowerPoint's 16:9 (13.333 × 7.5 in) and A4 landscape, in points. */
export const PAGE_16_9: PageSize = { width: 960, height: 540 };
export const PAGE_A4_LANDSCAPE: PageSize = { width: 841.89, height: 595.28 };

/** Label size the deck aims at for a scenario of up to 40 nodes. */
export const MIN_LABEL_PT = 12;
/** Above this many nodes a map slide narrows its sidebar. */
export const DENSE = 20;
/** The floor for anything else drawn with labels. */
export const FLOOR_LABEL_PT = 9;

export interface TextLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly color: string;
}

export interface TextBox {
  readonly lines: readonly TextLine[];
  readonly align: 'left' | 'center';
  readonly valign: 'top' | 'middle';
  readonly padX: number;
  readonly padY: number;
}

export type EndMark = 'triangle' | 'oval' | 'arrow' | 'none';

export interface ShapeItem {
  readonly t: 'shape';
  readonly shape: 'rect' | 'roundRect' | 'ellipse';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Corner radius in pt (roundRect). */
  readonly radius?: number;
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: boolean;
  /** `node:ID` for map nodes (connectors attach to these). */
  readonly name?: string;
  readonly text?: TextBox;
  /** The node this shape draws, with the label it prints (for tests and the notes). */
  readonly node?: NodeId;
  readonly label?: string;
}

export interface TextItem {
  readonly t: 'text';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly text: TextBox;
}

export interface LineItem {
  readonly t: 'line';
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
  readonly shape: 'bent' | 'elbow' | 'straight';
  readonly bend: number;
  readonly color: string;
  readonly width: number;
  readonly dash?: boolean;
  readonly startMark: EndMark;
  readonly endMark: EndMark;
  readonly from: string;
  readonly fromSite: Site;
  readonly to: string;
  readonly toSite: Site;
}

export type Item = ShapeItem | TextItem | LineItem;

export interface SlidePage {
  readonly kind: Slide['kind'];
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly items: readonly Item[];
  readonly notes: string;
  /** Map-like slides: the diagram's label size in pt and whether it was scaled below the floor. */
  readonly labelSize?: number;
}

const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { high: '#dc2626', medium: '#d97706', low: '#2563eb' };
const MARK_COLOR: Readonly<Record<NodeMarkKind, string>> = { added: '#16a34a', changed: '#d97706', removed: '#94a3b8' };
const EDGE_REMOVED = '#dc2626';
/** A practice's dot (issue 18): in place, partly, not in place (the value is also written out). */
const PRACTICE_COLOR: Readonly<Record<PracticeValue, string>> = { yes: '#16a34a', partly: '#d97706', no: '#dc2626' };
const ACCENT = '#1d4ed8';
const NAVY = '#0f172a';

interface Palette {
  readonly page: string;
  readonly node: string;
  readonly text: string;
  readonly muted: string;
  readonly faint: string;
  readonly rule: string;
  readonly band: string;
  readonly edges: Readonly<Record<EdgeKind, string>>;
}

function paletteOf(theme: ExportTheme): Palette {
  const p = EXPORT_PALETTES[theme];
  return theme === 'dark'
    ? { page: p.page, node: p.node, text: p.text, muted: p.muted, faint: '#475569', rule: '#334155', band: '#111827', edges: EDGE_COLORS_BY_THEME.dark }
    : { page: '#ffffff', node: p.node, text: p.text, muted: p.muted, faint: '#cbd5e1', rule: '#e2e8f0', band: '#f1f5f9', edges: EDGE_COLORS_BY_THEME.light };
}

/** Lines of text wrapped into `w` at the largest size from `size` down to `min` whose height fits `h`. */
function fitLines(text: string, w: number, h: number, size: number, min: number, bold: boolean, color: string): TextLine[] {
  for (let s = size; s >= min; s -= 0.5) {
    const lines = deckWrap(text, w, s, bold);
    if (lines.length * s * LINE_HEIGHT <= h) return lines.map((l) => ({ text: l, size: s, bold, color }));
  }
  const maxLines = Math.max(1, Math.floor(h / (min * LINE_HEIGHT)));
  return deckWrap(text, w, min, bold, maxLines).map((l) => ({ text: l, size: min, bold, color }));
}

const heightOf = (lines: readonly TextLine[]) => lines.reduce((s, l) => s + l.size * LINE_HEIGHT, 0);

function text(x: number, y: number, w: number, lines: readonly TextLine[], align: 'left' | 'center' = 'left', h?: number, valign: 'top' | 'middle' = 'top'): TextItem {
  return { t: 'text', x, y, w, h: h ?? heightOf(lines), text: { lines, align, valign, padX: 0, padY: 0 } };
}

interface Frame {
  readonly page: PageSize;
  readonly m: number;
  readonly top: number;
  readonly bottom: number;
  readonly pal: Palette;
}

function header(items: Item[], f: Frame, title: string, subtitle: string): void {
  const w = f.page.width - 2 * f.m;
  items.push({ t: 'shape', shape: 'rect', x: f.m, y: f.m * 0.75, w: 5, h: 30, fill: ACCENT });
  items.push(text(f.m + 14, f.m * 0.75 - 2, w - 14, fitLines(title, w - 14, 34, 24, 16, true, f.pal.text).slice(0, 1)));
  if (subtitle !== '') items.push(text(f.m + 14, f.m * 0.75 + 32, w - 14, fitLines(subtitle, w - 14, 16, 12, 9, false, f.pal.muted).slice(0, 1)));
}

function footer(items: Item[], f: Frame, deck: Deck, index: number, count: number): void {
  const size = 9;
  const right = `${index + 1} / ${count}`;
  const rw = deckTextWidth(right, size) + 2;
  items.push({ t: 'shape', shape: 'rect', x: f.m, y: f.page.height - f.m * 0.7 - 6, w: f.page.width - 2 * f.m, h: 0.75, fill: f.pal.rule });
  items.push(text(f.m, f.page.height - f.m * 0.7, f.page.width - 2 * f.m - rw - 10, [{ text: deck.title === '' ? 'Orgmap' : deck.title, size, color: f.pal.muted }]));
  items.push(text(f.page.width - f.m - rw, f.page.height - f.m * 0.7, rw, [{ text: right, size, color: f.pal.muted }]));
}

function chip(x: number, y: number, label: string, color: string, size: number): ShapeItem {
  const w = deckTextWidth(label, size, true) * 1.08 + size * 1.2;
  return {
    t: 'shape', shape: 'roundRect', x, y, w, h: size * 1.9, radius: size * 0.95, fill: color,
    text: { lines: [{ text: label, size, bold: true, color: '#ffffff' }], align: 'center', valign: 'middle', padX: 0, padY: 0 },
  };
}

function subOf(node: OrgNode, labels: ExportLabels): string {
  if (node.kind === 'account') {
    const platform = node.platform ? labels.platform[node.platform] : labels.kind.account;
    return node.handle ? `${platform} · ${node.handle}` : platform;
  }
  return labels.kind[node.kind];
}

interface DiagramStyle {
  readonly highlighted?: ReadonlySet<NodeId>;
  readonly dimmed?: ReadonlySet<NodeId>;
  readonly marks?: ReadonlyMap<NodeId, NodeMarkKind>;
  readonly badges?: Readonly<Record<string, readonly number[]>>;
  readonly badgeSeverity?: ReadonlyMap<number, Severity>;
  readonly edgeMarks?: ReadonlyMap<string, 'added' | 'removed' | 'changed'>;
  readonly minFont: number;
}

/** Draws a diagram: node shapes (named `node:ID`), risk badges, connectors. Returns its label size. */
function drawDiagram(items: Item[], nodes: readonly OrgNode[], edges: readonly DiagramEdgeIn[], area: Rect, labels: ExportLabels, pal: Palette, style: DiagramStyle): Diagram {
  const ins: DiagramNodeIn[] = nodes.map((node) => ({ node, label: node.label === '' ? labels.noLabel : node.label, sub: subOf(node, labels) }));
  const d = layoutDiagram(ins, edges, area, { minFont: style.minFont, maxFont: 18 });
  const hubs = new Set(edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  const showText = d.fontSize >= 4;
  for (const b of d.boxes) {
    const mark = style.marks?.get(b.id);
    const dim = style.dimmed?.has(b.id) ?? false;
    const hi = style.highlighted?.has(b.id) ?? false;
    const ghost = mark === 'removed';
    const textColor = ghost || dim ? pal.muted : pal.text;
    const stroke = mark ? MARK_COLOR[mark] : dim ? pal.faint : hi ? ACCENT : KIND_COLORS[b.node.kind];
    const strokeWidth = (mark && mark !== 'removed') || hi ? 2.5 : hubs.has(b.id) ? 2.5 : 1.25;
    const lines: TextLine[] = showText
      ? [
          ...b.lines.map((l) => ({ text: l, size: d.fontSize, bold: true, color: textColor })),
          ...(b.sub === '' ? [] : [{ text: b.sub, size: d.subSize, color: pal.muted }]),
        ]
      : [];
    items.push({
      t: 'shape', shape: 'roundRect', x: b.x, y: b.y, w: b.w, h: b.h, radius: Math.min(b.h / 2, b.node.kind === 'account' ? d.fontSize * 0.9 : d.fontSize * 0.45),
      fill: dim ? pal.page : pal.node, stroke, strokeWidth: strokeWidth * Math.min(1, d.scale * 1.5), dash: ghost || b.node.kind === 'employees',
      name: `node:${b.id}`, node: b.id, label: b.node.label === '' ? labels.noLabel : b.node.label,
      text: { lines, align: 'left', valign: 'middle', padX: b.padX, padY: b.padY },
    });
  }
  for (const l of d.lines) {
    const mark = style.edgeMarks?.get(l.id);
    const kind = l.kind;
    const color = mark === 'removed' ? EDGE_REMOVED : mark === 'added' ? MARK_COLOR.added : pal.edges[kind];
    const width = (kind === 'coordinates' ? 2 : kind === 'owns' ? 1.25 : 1) * (mark === 'added' ? 1.4 : 1) * Math.max(0.5, Math.min(1, d.scale * 1.5));
    const end: EndMark = kind === 'coordinates' ? 'triangle' : kind === 'owns' ? 'oval' : 'arrow';
    items.push({
      t: 'line', name: `edge:${l.source}:${l.target}`, points: l.points, shape: l.shape, bend: l.bend, color, width, dash: mark === 'removed',
      startMark: l.reversed ? end : 'none', endMark: l.reversed ? 'none' : end,
      from: `node:${l.from}`, fromSite: l.fromSite, to: `node:${l.to}`, toSite: l.toSite,
    });
  }
  if (style.badges && showText) {
    const size = Math.max(FLOOR_LABEL_PT, d.fontSize * 0.8);
    for (const b of d.boxes) {
      const nums = style.badges[b.id];
      if (!nums || nums.length === 0) continue;
      const label = nums.length > 3 ? `${nums.slice(0, 3).join('·')}…` : nums.join('·');
      const worst = nums.map((n) => style.badgeSeverity?.get(n) ?? 'low').sort((a, c) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(c))[0] ?? 'low';
      const h = size * 1.6;
      const w = Math.max(h, deckTextWidth(label, size, true) * 1.08 + size * 0.9);
      items.push({
        t: 'shape', name: `badge:${b.id}`, shape: 'roundRect', x: b.x + b.w - w * 0.7, y: b.y - h * 0.55, w, h, radius: h / 2, fill: SEVERITY_COLOR[worst], stroke: '#ffffff', strokeWidth: 1,
        text: { lines: [{ text: label, size, bold: true, color: '#ffffff' }], align: 'center', valign: 'middle', padX: 0, padY: 0 },
      });
    }
  }
  return d;
}

const edgesOf = (s: Scenario, only: ReadonlySet<NodeId> | null): DiagramEdgeIn[] =>
  s.edges.filter((e) => !only || (only.has(e.source) && only.has(e.target))).map((e) => ({ id: e.id, kind: e.kind, source: e.source, target: e.target }));

function severityMap(deck: Deck, scenario: string): Map<number, Severity> {
  return new Map((deck.risks[scenario] ?? []).map((r) => [r.number, r.severity]));
}

function riskCountChips(items: Item[], x: number, y: number, counts: Readonly<Record<Severity, number>>, deck: Deck, maxW: number): number {
  let cx = x;
  let cy = y;
  for (const s of ['high', 'medium', 'low'] as const) {
    const c = chip(cx, cy, `${deck.words.severityNames[s]} ${counts[s]}`, SEVERITY_COLOR[s], 11);
    if (cx > x && cx + c.w > x + maxW) {
      cx = x;
      cy += 26;
      items.push({ ...c, x: cx, y: cy });
    } else items.push(c);
    cx += c.w + 6;
  }
  return cy + 22;
}

function mapPage(slide: MapSlide | StepSlide, deck: Deck, doc: OrgDocument, f: Frame, labels: ExportLabels): { items: Item[]; d: Diagram } {
  const items: Item[] = [];
  const scenario = doc.scenarios.find((s) => s.id === slide.scenario);
  header(items, f, slide.title, slide.subtitle);
  const only = slide.nodes ? new Set(slide.nodes) : null;
  const nodes = scenario ? scenario.nodes.filter((n) => !only || only.has(n.id)) : [];
  // A dense map gets more of the page: a narrower sidebar (the reasons in full are in the notes).
  const dense = nodes.length > DENSE;
  const sideW = Math.round(f.page.width * (dense ? 0.17 : 0.27));
  const gap = dense ? 14 : 20;
  const area: Rect = { x: f.m, y: f.top, w: f.page.width - 2 * f.m - sideW - gap, h: f.bottom - f.top };
  const d = drawDiagram(items, nodes, scenario ? edgesOf(scenario, only) : [], area, labels, f.pal, {
    highlighted: new Set(slide.highlighted),
    dimmed: new Set(slide.dimmed),
    marks: new Map(slide.marked.map((m) => [m.node, m.mark])),
    badges: slide.badges,
    badgeSeverity: severityMap(deck, slide.scenario),
    minFont: slide.kind === 'map' && slide.part.kind === 'overview' ? 1 : FLOOR_LABEL_PT,
  });
  // The sidebar.
  const sx = f.page.width - f.m - sideW;
  items.push({ t: 'shape', shape: 'roundRect', x: sx, y: f.top, w: sideW, h: f.bottom - f.top, radius: 8, fill: f.pal.band });
  const ix = sx + 16;
  const iw = sideW - 32;
  let y = f.top + 16;
  if (slide.kind === 'map') {
    const v = slide.verdict;
    items.push(text(ix, y, iw, [{ text: deck.words.model.toUpperCase(), size: 10, bold: true, color: f.pal.muted }]));
    y += 16;
    const name = fitLines(v.modelName, iw, 60, 22, 14, true, f.pal.text);
    items.push(text(ix, y, iw, name));
    y += heightOf(name) + 6;
    items.push({ t: 'shape', shape: 'roundRect', x: ix, y, w: iw, h: 6, radius: 3, fill: f.pal.faint });
    items.push({ t: 'shape', shape: 'roundRect', x: ix, y, w: Math.max(6, iw * v.confidence), h: 6, radius: 3, fill: ACCENT });
    y += 12;
    items.push(text(ix, y, iw, [{ text: `${v.confidenceText} ${deck.words.confidence}`, size: 11, color: f.pal.muted }]));
    y += 18;
    if (v.note !== '') {
      // Tentative (when so) and the survey share, as the app's verdict panel says it (issue 14).
      const note = fitLines(v.note, iw, 44, 10, 9, false, f.pal.muted);
      items.push(text(ix, y, iw, note));
      y += heightOf(note) + 2;
    }
    y += 6;
    items.push(text(ix, y, iw, [{ text: deck.words.why, size: 12, bold: true, color: f.pal.text }]));
    y += 18;
    // Practices (issue 18): the recorded ones, "name: value" beside a dot of the value's colour, above the risk counts.
    const practiceLines = slide.practices.map((p) => fitLines(`${p.name}: ${p.valueName.toLowerCase()}`, iw - 12, 26, 10, 9, false, f.pal.text));
    const practicesH = practiceLines.length === 0 ? 0 : 18 + practiceLines.reduce((sum, l) => sum + heightOf(l) + 3, 0) + 6;
    const reserve = 70 + (slide.splitNote === '' ? 0 : 50) + practicesH;
    const room = f.bottom - 16 - reserve - y;
    const per = slide.topReasons.length > 0 ? room / slide.topReasons.length : room;
    for (const reason of slide.topReasons) {
      const lines = fitLines(`• ${reason}`, iw, per - 6, 11.5, 9, false, f.pal.text);
      items.push(text(ix, y, iw, lines));
      y += heightOf(lines) + 6;
    }
    y = Math.max(y + 6, f.bottom - 16 - reserve + 10);
    if (practicesH > 0) {
      items.push(text(ix, y, iw, [{ text: deck.words.practices, size: 12, bold: true, color: f.pal.text }]));
      y += 18;
      slide.practices.forEach((p, i) => {
        const lines = practiceLines[i] ?? [];
        items.push({ t: 'shape', shape: 'ellipse', x: ix, y: y + 3.5, w: 6, h: 6, fill: PRACTICE_COLOR[p.value] });
        items.push(text(ix + 12, y, iw - 12, lines));
        y += heightOf(lines) + 3;
      });
      y += 6;
    }
    items.push(text(ix, y, iw, [{ text: deck.words.risks, size: 12, bold: true, color: f.pal.text }]));
    y = riskCountChips(items, ix, y + 18, slide.riskCounts, deck, iw) + 6;
    if (slide.splitNote !== '') items.push(text(ix, y, iw, fitLines(slide.splitNote, iw, f.bottom - 12 - y, 10, 9, false, f.pal.muted)));
  } else {
    items.push(text(ix, y, iw, [{ text: `${deck.words.step} ${slide.step.number} / ${slide.total}`.toUpperCase(), size: 10, bold: true, color: f.pal.muted }]));
    y += 18;
    items.push(chip(ix, y, slide.step.phaseName, ACCENT, 10));
    y += 28;
    items.push(text(ix, y, iw, fitLines(slide.step.text, iw, f.bottom - 16 - y, 14, 9, false, f.pal.text)));
  }
  return { items, d };
}

/** Type sizes of a risk table in pt: few rows read big; a full page keeps the compact sizes. */
export interface RiskLook {
  readonly title: number;
  readonly body: number;
  readonly chip: number;
  readonly badge: number;
  /** Few rows: the table sits in the middle of the free area, not in a strip along its top. */
  readonly centred: boolean;
}

/** How a risk table of `rows` rows is set (never smaller than for many rows). */
export function riskLook(rows: number): RiskLook {
  if (rows <= 1) return { title: 20, body: 16, chip: 13, badge: 15, centred: true };
  if (rows <= 3) return { title: 17, body: 14, chip: 11.5, badge: 12.5, centred: true };
  return { title: 12.5, body: 11, chip: 10.5, badge: 11, centred: false };
}

function risksPage(slide: RisksSlide, deck: Deck, f: Frame): Item[] {
  const items: Item[] = [];
  header(items, f, slide.title, slide.subtitle);
  const x0 = f.m;
  const w = f.page.width - 2 * f.m;
  if (slide.risks.length === 0) {
    items.push(text(x0, f.top + 20, w, [{ text: deck.words.noRisks, size: 18, color: f.pal.muted }]));
    return items;
  }
  const look = riskLook(slide.risks.length);
  const cols = [0.17, 0.36, 0.31, 0.16].map((c) => c * w);
  const xs = cols.reduce<number[]>((acc, c, i) => [...acc, (acc[i] ?? x0) + c], [x0]);
  const heads = [slide.columns.severity, slide.columns.what, slide.columns.advice, slide.columns.nodes];
  const headH = 20;
  const avail = f.bottom - f.top - headH - (slide.more === '' ? 0 : 20);
  const cw = cols.map((c) => c - 16);
  const pad = look.centred ? 14 : 8;
  // Rows as tall as their text (at the look's sizes) when few; an even share of the page when many.
  const needed = slide.risks.map((r) => {
    const title = deckWrap(r.title, cw[1] ?? 0, look.title, true).length * look.title * LINE_HEIGHT;
    const msg = deckWrap(r.message, cw[1] ?? 0, look.body, false).length * look.body * LINE_HEIGHT;
    const advice = deckWrap(r.advice, cw[2] ?? 0, look.body, false).length * look.body * LINE_HEIGHT;
    const where = deckWrap(r.nodeLabels.join(', '), cw[3] ?? 0, look.body, true).length * look.body * LINE_HEIGHT;
    return Math.max(title + msg, advice, where, look.badge * 1.9) + 2 * pad;
  });
  const share = avail / slide.risks.length;
  const heights = look.centred ? needed.map((h) => Math.min(h, share)) : slide.risks.map(() => Math.min(110, share));
  const tableH = headH + heights.reduce((a, b) => a + b, 0);
  // Few rows: the table a little above the middle of the free area (where the eye expects it).
  const top = look.centred ? f.top + Math.max(0, (avail + headH - tableH) * 0.4) : f.top;
  heads.forEach((h, i) => items.push(text((xs[i] ?? x0) + 8, top, cw[i] ?? 0, [{ text: h.toUpperCase(), size: look.centred ? 11 : 10, bold: true, color: f.pal.muted }])));
  let y = top + headH;
  slide.risks.forEach((r, i) => {
    const rowH = heights[i] ?? share;
    if (i % 2 === 0) items.push({ t: 'shape', shape: 'rect', x: x0, y, w, h: rowH, fill: f.pal.band });
    // Number badge and severity chip.
    const bh = look.badge * 1.9;
    items.push({
      t: 'shape', shape: 'ellipse', x: x0 + 8, y: y + pad, w: bh, h: bh, fill: SEVERITY_COLOR[r.severity],
      text: { lines: [{ text: String(r.number), size: look.badge, bold: true, color: '#ffffff' }], align: 'center', valign: 'middle', padX: 0, padY: 0 },
    });
    const c = chip(x0 + 14 + bh, y + pad, r.severityName, SEVERITY_COLOR[r.severity], look.chip);
    items.push({ ...c, y: y + pad + (bh - c.h) / 2 });
    const inner = rowH - 2 * pad;
    const title = fitLines(r.title, cw[1] ?? 0, Math.max(look.title * LINE_HEIGHT, inner / 2), look.title, 10, true, f.pal.text);
    const msg = fitLines(r.message, cw[1] ?? 0, inner - heightOf(title), look.body, 9, false, f.pal.text);
    items.push(text((xs[1] ?? 0) + 8, y + pad, cw[1] ?? 0, [...title, ...msg]));
    items.push(text((xs[2] ?? 0) + 8, y + pad, cw[2] ?? 0, fitLines(r.advice, cw[2] ?? 0, inner, look.body, 9, false, f.pal.text)));
    items.push(text((xs[3] ?? 0) + 8, y + pad, cw[3] ?? 0, fitLines(r.nodeLabels.join(', '), cw[3] ?? 0, inner, look.body, 9, true, f.pal.text)));
    y += rowH;
  });
  if (slide.more !== '') items.push(text(x0, y + 6, w, [{ text: slide.more, size: 11, color: f.pal.muted }]));
  return items;
}

function changesPage(slide: ChangesSlide, deck: Deck, doc: OrgDocument, f: Frame, labels: ExportLabels): { items: Item[]; d: Diagram } {
  const items: Item[] = [];
  header(items, f, slide.title, slide.subtitle);
  const target = doc.scenarios.find((s) => s.id === slide.scenario);
  const only = slide.nodes ? new Set(slide.nodes) : null;
  const nodes = [...(target?.nodes ?? []), ...slide.ghosts].filter((n) => !only || only.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  const edges: DiagramEdgeIn[] = [
    ...(target ? edgesOf(target, only) : []),
    ...slide.edges.filter((e) => e.mark === 'removed').map((e) => ({ id: `removed:${e.edge}`, kind: e.kind, source: e.source, target: e.target })),
  ].filter((e) => ids.has(e.source) && ids.has(e.target));
  const edgeMarks = new Map<string, 'added' | 'removed' | 'changed'>(slide.edges.map((e) => [e.mark === 'removed' ? `removed:${e.edge}` : e.edge, e.mark]));
  // No legend (every mark turned off): the diagram takes the whole width.
  const sideW = slide.legend.length > 0 ? Math.round(f.page.width * 0.22) : 0;
  const area: Rect = { x: f.m, y: f.top, w: f.page.width - 2 * f.m - (sideW > 0 ? sideW + 20 : 0), h: f.bottom - f.top };
  const d = drawDiagram(items, nodes, edges, area, labels, f.pal, {
    marks: new Map(slide.marked.map((m) => [m.node, m.mark])), badges: slide.badges, badgeSeverity: severityMap(deck, slide.scenario), edgeMarks, minFont: FLOOR_LABEL_PT,
  });
  if (sideW === 0) return { items, d };
  const sx = f.page.width - f.m - sideW;
  items.push({ t: 'shape', shape: 'roundRect', x: sx, y: f.top, w: sideW, h: f.bottom - f.top, radius: 8, fill: f.pal.band });
  let y = f.top + 16;
  const ix = sx + 16;
  const iw = sideW - 32;
  for (const item of slide.legend) {
    if (item.mark === 'edge-added' || item.mark === 'edge-removed') {
      const color = item.mark === 'edge-added' ? MARK_COLOR.added : EDGE_REMOVED;
      items.push({ t: 'shape', shape: 'rect', x: ix, y: y + 8, w: 28, h: item.mark === 'edge-added' ? 2.8 : 2, fill: color });
    } else if (item.mark === 'risk') {
      items.push({ t: 'shape', shape: 'ellipse', x: ix + 6, y: y + 1, w: 17, h: 17, fill: SEVERITY_COLOR.high, text: { lines: [{ text: '1', size: 10, bold: true, color: '#ffffff' }], align: 'center', valign: 'middle', padX: 0, padY: 0 } });
    } else {
      items.push({ t: 'shape', shape: 'roundRect', x: ix, y: y + 1, w: 28, h: 17, radius: 4, fill: f.pal.node, stroke: MARK_COLOR[item.mark], strokeWidth: item.mark === 'removed' ? 1.25 : 2.5, dash: item.mark === 'removed' });
    }
    const lines = fitLines(item.text, iw - 38, 34, 12, 9, false, f.pal.text);
    items.push(text(ix + 38, y + 2, iw - 38, lines));
    y += Math.max(26, heightOf(lines) + 8);
  }
  return { items, d };
}

/** A chip naming a node on a path row: its lines (never cut: a name wraps), size and place. */
export interface ChipLayout {
  readonly lines: readonly string[];
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Room in a chip around its text, in pt; the text's width is taken ×1.08 (Inter vs Arial, see deck-diagram.ts). */
const CHIP_PAD_X = 7;
const CHIP_PAD_Y = 4;
const CHIP_GAP = 6;

function chipOf(label: string, size: number, maxW: number): { lines: string[]; w: number; h: number } {
  const lines = deckWrap(label, (maxW - 2 * CHIP_PAD_X) / 1.08, size, true);
  const w = Math.min(maxW, Math.max(...lines.map((l) => deckTextWidth(l, size, true))) * 1.08 + 2 * CHIP_PAD_X);
  return { lines, w, h: lines.length * size * LINE_HEIGHT + 2 * CHIP_PAD_Y };
}

/**
 * The chips of a path row in `width`, from (0, 0): each as wide as its name, a name too long for
 * its share wrapping to two lines; when that is not enough, one chip a line. Never cuts a name.
 */
export function layoutChips(labels: readonly string[], width: number, size: number): ChipLayout[] {
  if (labels.length === 0) return [];
  // All on one line, each in its share, at most two lines a name.
  const share = (width - CHIP_GAP * (labels.length - 1)) / labels.length;
  const inShare = labels.map((l) => chipOf(l, size, share));
  // Whole words only: a name broken inside a word ("Communicati-ons") reads worse than a chip a line.
  const whole = (label: string, lines: readonly string[]) => lines.join(' ').split(/\s+/).length === label.split(/\s+/).filter((w) => w !== '').length;
  if (inShare.every((c, i) => c.lines.length <= 2 && whole(labels[i] ?? '', c.lines))) {
    const h = Math.max(...inShare.map((c) => c.h));
    let x = 0;
    return inShare.map((c) => {
      const out = { lines: c.lines, size, x, y: (h - c.h) / 2, w: c.w, h: c.h };
      x += c.w + CHIP_GAP;
      return out;
    });
  }
  // Else flowing: as many a line as fit, a chip as wide as the whole column at most.
  const out: ChipLayout[] = [];
  let x = 0;
  let y = 0;
  let lineH = 0;
  for (const label of labels) {
    const c = chipOf(label, size, width);
    if (x > 0 && x + c.w > width) {
      x = 0;
      y += lineH + CHIP_GAP;
      lineH = 0;
    }
    out.push({ lines: c.lines, size, x, y, w: c.w, h: c.h });
    x += c.w + CHIP_GAP;
    lineH = Math.max(lineH, c.h);
  }
  return out;
}

const chipsHeight = (chips: readonly ChipLayout[]) => chips.reduce((h, c) => Math.max(h, c.y + c.h), 0);

/** Step text sizes a path slide tries, largest first: few steps read big, a full page at the old size. */
const PATH_TEXT_SIZES = [16, 15, 14, 13, 12, 11, 10, 9] as const;
/** The most chips a row shows (the step's text names every node). */
const PATH_CHIPS = 3;

function pathPage(slide: PathSlide, deck: Deck, doc: OrgDocument, f: Frame): Item[] {
  const items: Item[] = [];
  header(items, f, slide.title, slide.subtitle);
  const w = f.page.width - 2 * f.m;
  if (slide.steps.length === 0) {
    items.push(text(f.m, f.top + 20, w, [{ text: slide.empty, size: 18, color: f.pal.muted }]));
    return items;
  }
  const target = doc.scenarios.find((s) => s.id === slide.scenario);
  const from = doc.scenarios.find((s) => s.id === slide.from);
  const kindOf = (id: NodeId): OrgNode['kind'] => target?.nodes.find((n) => n.id === id)?.kind ?? from?.nodes.find((n) => n.id === id)?.kind ?? 'unit';
  const moreH = slide.more === '' ? 0 : 24;
  const avail = f.bottom - f.top - moreH;
  const chipsW = w * 0.34;
  // A full page of steps gets tighter rows (never more than the page: the rows must fit above the footer).
  const full = slide.steps.length > 4;
  const d = full ? 22 : 26;
  const tx = f.m + 46 + d;
  const tw = w - (tx - f.m) - chipsW - 14;
  const padY = full ? 5 : 10;
  // The largest type at which every row fits the page; rows as tall as their text or their chips.
  const plan = (size: number) => {
    const chipSize = Math.max(FLOOR_LABEL_PT, Math.round(size * 0.72 * 2) / 2);
    const rows = slide.steps.map((step) => {
      const lines = deckWrap(step.text, tw, size, false);
      const chips = layoutChips(
        step.refs.slice(0, PATH_CHIPS).map((r) => r.label),
        chipsW,
        chipSize,
      );
      const textH = 9 * LINE_HEIGHT + lines.length * size * LINE_HEIGHT;
      return { step, lines, chips, h: Math.max(d + 8, textH, chipsHeight(chips)) + 2 * padY + 6 };
    });
    return { size, rows, total: rows.reduce((t, r) => t + r.h, 0) };
  };
  let chosen = plan(PATH_TEXT_SIZES[PATH_TEXT_SIZES.length - 1] ?? FLOOR_LABEL_PT);
  for (const size of PATH_TEXT_SIZES) {
    const p = plan(size);
    if (p.total <= avail) {
      chosen = p;
      break;
    }
  }
  // Room left over (a short path): the rows breathe a little instead of leaving it all below.
  const extra = Math.max(0, Math.min(28, (avail - chosen.total) / chosen.rows.length));
  let y = f.top;
  for (const { step, lines, chips, h } of chosen.rows) {
    const rowH = h + extra;
    items.push({ t: 'shape', shape: 'roundRect', x: f.m, y: y + 3, w, h: rowH - 6, radius: 6, fill: f.pal.band });
    items.push({
      t: 'shape', shape: 'ellipse', x: f.m + 10, y: y + (rowH - d) / 2, w: d, h: d, fill: ACCENT,
      text: { lines: [{ text: String(step.number), size: 12, bold: true, color: '#ffffff' }], align: 'center', valign: 'middle', padX: 0, padY: 0 },
    });
    items.push({ t: 'shape', shape: 'roundRect', x: f.m + 20 + d, y: y + (rowH - 14) / 2, w: 14, h: 14, radius: 2, fill: f.pal.node, stroke: f.pal.muted, strokeWidth: 1.25 });
    const phase = { text: step.phaseName.toUpperCase(), size: 9, bold: true, color: f.pal.muted };
    items.push(text(tx, y + 3, tw, [phase, ...lines.map((l) => ({ text: l, size: chosen.size, color: f.pal.text }))], 'left', rowH - 6, 'middle'));
    // A small highlight of its nodes: chips in the node kind's colour, each as wide as its name.
    const refs = step.refs.slice(0, PATH_CHIPS);
    const cx = f.m + w - chipsW - 8;
    const cy = y + (rowH - chipsHeight(chips)) / 2;
    chips.forEach((c, k) => {
      const ref = refs[k];
      if (!ref) return;
      items.push({
        t: 'shape', shape: 'roundRect', x: cx + c.x, y: cy + c.y, w: c.w, h: c.h, radius: 5, fill: f.pal.node,
        stroke: ref.removed ? MARK_COLOR.removed : KIND_COLORS[kindOf(ref.id)], strokeWidth: 1.5, dash: ref.removed,
        text: { lines: c.lines.map((l) => ({ text: l, size: c.size, bold: true, color: ref.removed ? f.pal.muted : f.pal.text })), align: 'center', valign: 'middle', padX: 0, padY: 0 },
      });
    });
    y += rowH;
  }
  if (slide.more !== '') items.push(text(f.m, y + 6, w, [{ text: slide.more, size: 11, color: f.pal.muted }]));
  return items;
}

function summaryPage(slide: SummarySlide, deck: Deck, f: Frame): Item[] {
  const items: Item[] = [];
  header(items, f, slide.title, slide.subtitle);
  const w = f.page.width - 2 * f.m;
  const cardH = 130;
  const card = (x: number, cw: number, heading: string, side: SummarySide) => {
    items.push({ t: 'shape', shape: 'roundRect', x, y: f.top, w: cw, h: cardH, radius: 8, fill: f.pal.band });
    items.push(text(x + 16, f.top + 12, cw - 32, [{ text: `${heading.toUpperCase()} · ${side.name}`, size: 10, bold: true, color: f.pal.muted }]));
    const name = fitLines(side.verdict.modelName, cw - 32, 32, 24, 14, true, f.pal.text).slice(0, 1);
    items.push(text(x + 16, f.top + 30, cw - 32, name));
    items.push(text(x + 16, f.top + 62, cw - 32, [{ text: `${side.verdict.confidenceText} ${deck.words.confidence}`, size: 11, color: f.pal.muted }]));
    riskCountChips(items, x + 16, f.top + 86, side.riskCounts, deck, cw - 32);
  };
  if (slide.after) {
    const cw = (w - 60) / 2;
    card(f.m, cw, slide.headings.before, slide.before);
    items.push(text(f.m + cw, f.top + cardH / 2 - 18, 60, [{ text: '→', size: 30, bold: true, color: ACCENT }], 'center'));
    card(f.m + cw + 60, cw, slide.headings.after, slide.after);
  } else card(f.m, w, slide.headings.before, slide.before);
  const y0 = f.top + cardH + 20;
  const lists: { heading: string; rows: string[]; color: string; mark: string; none: string }[] = slide.after
    ? [
        { heading: slide.headings.resolved, rows: slide.resolved.map((r) => `${r.title}: ${r.nodeLabels.join(', ')}`), color: MARK_COLOR.added, mark: '✓', none: deck.words.noneResolved },
        { heading: slide.headings.introduced, rows: slide.introduced.map((r) => `${r.title}: ${r.nodeLabels.join(', ')}`), color: SEVERITY_COLOR.high, mark: '!', none: deck.words.noneIntroduced },
        { heading: slide.headings.next, rows: slide.nextSteps.slice(), color: ACCENT, mark: '→', none: deck.words.noneResolved },
      ]
    : [{ heading: slide.headings.next, rows: slide.nextSteps.slice(), color: ACCENT, mark: '→', none: deck.words.noneResolved }];
  // Practices (issue 18): two scenarios, what changes; one, what is recorded. Only when there is something to say.
  const practiceRows = slide.after ? slide.practiceChanges.map((p) => p.text) : slide.before.practices.map((p) => `${p.name}: ${p.valueName.toLowerCase()}`);
  if (practiceRows.length > 0) lists.push({ heading: slide.headings.practices, rows: practiceRows, color: MARK_COLOR.changed, mark: '•', none: '' });
  // Short lists (the usual board case) read bigger; six rows a list keep the compact size.
  const longest = Math.max(...lists.map((l) => Math.min(6, l.rows.length)));
  const rowSize = longest <= 3 ? 14 : longest <= 4 ? 13 : 11.5;
  const colW = (w - 20 * (lists.length - 1)) / lists.length;
  lists.forEach((list, i) => {
    const x = f.m + i * (colW + 20);
    items.push({ t: 'shape', shape: 'rect', x, y: y0, w: colW, h: 3, fill: list.color });
    items.push(text(x, y0 + 10, colW, [{ text: list.heading, size: rowSize + 1.5, bold: true, color: f.pal.text }]));
    let y = y0 + 16 + (rowSize + 1.5) * LINE_HEIGHT;
    const rows = list.rows.length === 0 ? [list.none] : list.rows;
    const per = Math.max(20, (f.bottom - y) / Math.max(1, Math.min(rows.length, 6)));
    for (const row of rows.slice(0, 6)) {
      if (y + 14 > f.bottom) break;
      const lines = fitLines(row, colW - 20, Math.min(per, f.bottom - y) - 4, rowSize, 9, false, list.rows.length === 0 ? f.pal.muted : f.pal.text);
      if (list.rows.length > 0) items.push(text(x, y, 16, [{ text: list.mark, size: rowSize, bold: true, color: list.color }]));
      items.push(text(x + 18, y, colW - 20, lines));
      y += heightOf(lines) + rowSize * 0.6;
    }
  });
  return items;
}

function titlePage(slide: TitleSlide, deck: Deck, doc: OrgDocument, f: Frame): Item[] {
  const items: Item[] = [];
  const W = f.page.width;
  const H = f.page.height;
  const bandW = W * 0.58;
  items.push({ t: 'shape', shape: 'rect', x: 0, y: 0, w: bandW, h: H, fill: NAVY });
  items.push({ t: 'shape', shape: 'rect', x: f.m + 4, y: H * 0.3, w: 48, h: 5, fill: '#60a5fa' });
  const tw = bandW - 2 * f.m - 8;
  const title = fitLines(slide.documentTitle === '' ? 'Orgmap' : slide.documentTitle, tw, H * 0.3, 38, 20, true, '#ffffff');
  items.push(text(f.m + 4, H * 0.3 + 18, tw, title));
  let y = H * 0.3 + 24 + heightOf(title);
  const sub = fitLines(slide.scenarioNames.join(' → '), tw, 60, 20, 12, false, '#cbd5e1');
  items.push(text(f.m + 4, y, tw, sub));
  y += heightOf(sub) + 10;
  if (slide.date !== '') items.push(text(f.m + 4, y, tw, [{ text: slide.date, size: 14, color: '#94a3b8' }]));
  // Right: one line per scenario with its model.
  const rx = bandW + 36;
  const rw = W - rx - f.m;
  let ry = H * 0.3;
  for (const id of deck.scenarios) {
    const scenario = doc.scenarios.find((s) => s.id === id);
    const map = deck.slides.find((s): s is MapSlide => s.kind === 'map' && s.scenario === id);
    if (!scenario || !map) continue;
    items.push(text(rx, ry, rw, [{ text: scenario.name.toUpperCase(), size: 10, bold: true, color: f.pal.muted }]));
    const name = fitLines(map.verdict.modelName, rw, 60, 22, 12, true, f.pal.text);
    items.push(text(rx, ry + 16, rw, name));
    ry += 16 + heightOf(name) + 4;
    items.push(text(rx, ry, rw, [{ text: `${map.verdict.confidenceText} ${deck.words.confidence}`, size: 11, color: f.pal.muted }]));
    ry += 34;
  }
  return items;
}

/**
 * Every slide of `deck` as a page of `page` size. `labels` are the export words of the deck's
 * language (kinds, platforms, "no name").
 */
export function composeDeck(deck: Deck, doc: OrgDocument, page: PageSize, labels: ExportLabels, theme: ExportTheme = 'light'): SlidePage[] {
  const pal = paletteOf(theme);
  const m = Math.round(page.width * 0.036);
  const f: Frame = { page, m, top: m * 0.75 + 56, bottom: page.height - m * 0.7 - 12, pal };
  return deck.slides.map((slide, i) => {
    let items: Item[];
    let labelSize: number | undefined;
    switch (slide.kind) {
      case 'title':
        items = titlePage(slide, deck, doc, f);
        break;
      case 'map':
      case 'step': {
        const r = mapPage(slide, deck, doc, f, labels);
        items = r.items;
        labelSize = r.d.fontSize;
        break;
      }
      case 'risks':
        items = risksPage(slide, deck, f);
        break;
      case 'changes': {
        const r = changesPage(slide, deck, doc, f, labels);
        items = r.items;
        labelSize = r.d.fontSize;
        break;
      }
      case 'path':
        items = pathPage(slide, deck, doc, f);
        break;
      case 'summary':
        items = summaryPage(slide, deck, f);
        break;
    }
    if (slide.kind !== 'title') footer(items, f, deck, i, deck.slides.length);
    return { kind: slide.kind, width: page.width, height: page.height, background: pal.page, items, notes: slide.notes, ...(labelSize === undefined ? {} : { labelSize }) };
  });
}
