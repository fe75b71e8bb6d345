/**
 * The PDF and PowerPoint builders, shared by the command line and the app.
 *
 * pdfkit, svg-to-pdfkit, pptxgenjs and jszip all run in Node and in a browser, but they are not
 * pure (pdfkit's Node build reads files, pptxgenjs' reaches for `node:fs`), so shared/ does not
 * import them: the caller hands in the library objects and the font bytes (`PdfDeps`,
 * `PptxDeps`). The command line passes the Node builds and font files; the renderer passes the
 * browser builds (loaded lazily) and font bytes fetched from its own origin. One implementation of
 * each format, no platform code here; only pptxgenjs' own types are imported (type-only, and they
 * carry no Node or DOM types).
 */
import type PptxGenJS from 'pptxgenjs';
import { classify, findRisks } from '../analysis';
import { SEVERITIES, type Classification, type Severity } from '../analysis/types';
import { buildDeck, verdictLine, type Deck, type DeckLang } from '../deck';
import { CATALOGS, formatReason, formatRisk, modelName, type Catalog } from '../i18n';
import type { OrgDocument, Scenario } from '../model/types';
import { LINE_HEIGHT } from './deck-diagram';
import { composeDeck, PAGE_16_9, PAGE_A4_LANDSCAPE, type EndMark, type Item, type LineItem, type PageSize, type SlidePage, type TextBox } from './deck-slides';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL, type ExportLabels } from './labels';
import { escapeXml, type ExportCaption, type SvgFrame, type SvgOptions } from './svg';
import { xmlSafePresentation } from './xmlText';

// ── PNG size limits (both rasterisers: resvg in Node, a canvas in the app) ───────────────────────

/** Largest PNG side and area in pixels; a bigger map is drawn at a smaller scale (an image viewer and a slide tool must still open it). */
export const MAX_PNG_SIDE = 8192;
export const MAX_PNG_PIXELS = 32 * 1024 * 1024;

/** The scale a PNG of this frame is drawn at: the one asked for, lowered to stay within the limits. */
export function pngScale(frame: Pick<SvgFrame, 'width' | 'height'>, asked: number): number {
  return Math.min(asked, MAX_PNG_SIDE / frame.width, MAX_PNG_SIDE / frame.height, Math.sqrt(MAX_PNG_PIXELS / (frame.width * frame.height)));
}

// ── What the summary pages and slides say ───────────────────────────────────────────────────────

/** One scenario's analysis, worded in a catalog's language. */
export interface ScenarioSummary {
  readonly model: Classification;
  readonly modelName: string;
  readonly confidence: number;
  /** Too little evidence for a firm verdict (docs/analysis-rules.md, "Confidence"). */
  readonly tentative: boolean;
  /** The sentence beside the verdict: tentative (if so) and how common the model was in Altimeter's survey; '' for undetermined. */
  readonly verdict: string;
  readonly reasons: readonly string[];
  /** Most severe first. */
  readonly risks: readonly { readonly severity: Severity; readonly message: string; readonly advice: string }[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** Classifies a scenario and words the model, reasons and risks (most severe first) with `catalog`. */
export function summarise(scenario: Scenario, catalog: Catalog): ScenarioSummary {
  const result = classify(scenario);
  const risks = [...findRisks(scenario)]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((risk) => ({ severity: risk.severity, ...formatRisk(risk, catalog) }));
  return {
    model: result.model,
    modelName: modelName(result.model, catalog),
    confidence: result.confidence,
    tentative: result.tentative,
    verdict: verdictLine(result, catalog),
    reasons: result.reasons.map((reason) => formatReason(reason, catalog)),
    risks,
  };
}

export interface DocumentExportOptions {
  readonly document: OrgDocument;
  /** One page or slide each, in this order. */
  readonly scenarios: readonly Scenario[];
  readonly svg: Omit<SvgOptions, 'caption' | 'scale'>;
  /** Adds a caption to each map (title, scenario, model, date). */
  readonly caption?: { readonly date: string };
  /** The closing summary slide (default true). */
  readonly summary?: boolean;
  /** The words of reasons, risks and the comparison (shared/i18n `en` or `nl`); match `svg.labels`. */
  readonly catalog: Catalog;
  /** The deck's language; by default the catalog's. */
  readonly lang?: DeckLang;
  /** The title slide's date when there is no caption. */
  readonly date?: string;
  /** Risk numbers badged on nodes (default true). */
  readonly riskMarks?: boolean;
  /** Compare marks on the changes slide (default true). */
  readonly compareMarks?: boolean;
  /** One slide per path step after the checklist (default false). */
  readonly steps?: boolean;
  /** The PDF's creation date (default: now). */
  readonly createdAt?: Date;
}

/** The caption of one scenario's map: the document's title, the scenario, its model (marked when tentative) and a date. */
export function captionFor(document: OrgDocument, scenario: Scenario, date: string, catalog: Catalog): ExportCaption {
  const result = classify(scenario);
  const model = modelName(result.model, catalog);
  return { title: document.title, scenario: scenario.name, model: result.tentative ? `${model} (${catalog.verdict.tentative})` : model, date };
}

// ── PDF ─────────────────────────────────────────────────────────────────────────────────────────

/** The part of a pdfkit document the builder uses (the Node and the browser build both fit). */
export interface PdfDocLike {
  addPage(): unknown;
  registerFont(name: string, src: Uint8Array | ArrayBuffer | string): unknown;
  font(name: string): this;
  fontSize(size: number): this;
  fillColor(color: string): this;
  rect(x: number, y: number, w: number, h: number): this;
  fill(color: string): this;
  text(text: string, x?: number, y?: number, options?: { lineBreak?: boolean }): this;
  moveDown(lines?: number): this;
  widthOfString(text: string): number;
  save(): this;
  restore(): this;
  roundedRect(x: number, y: number, w: number, h: number, r: number): this;
  ellipse(x: number, y: number, rx: number, ry: number): this;
  circle(x: number, y: number, r: number): this;
  polygon(...points: [number, number][]): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  lineWidth(w: number): this;
  strokeColor(color: string): this;
  stroke(): this;
  dash(length: number, options: { space: number }): this;
  undash(): this;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(): void;
}

export interface PdfDocOptions {
  readonly size: [number, number];
  readonly margin: number;
  readonly autoFirstPage: boolean;
  readonly info: { readonly Title: string; readonly Creator: string; readonly CreationDate: Date };
}

export interface PdfDeps<D extends PdfDocLike> {
  /** `new PDFDocument(options)` of pdfkit's Node or browser build. */
  readonly createDocument: (options: PdfDocOptions) => D;
  /** svg-to-pdfkit (no longer used by the deck, which draws with pdfkit's shapes; kept so callers need not change). */
  readonly svgToPdf?: (
    doc: D,
    svg: string,
    x: number,
    y: number,
    options: { width: number; height: number; preserveAspectRatio: string; fontCallback: (family: string, bold: boolean) => string },
  ) => void;
  /** Inter Regular and SemiBold (TTF bytes, or a path for pdfkit's Node build). */
  readonly fonts: { readonly regular: Uint8Array | ArrayBuffer | string; readonly semibold: Uint8Array | ArrayBuffer | string };
}


function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function collect(doc: PdfDocLike): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => resolve(concat(chunks)));
    doc.on('error', reject);
  });
}

/** The deck an export draws: built from the export options (the same call the app and the command line make). */
export function deckFor(options: DocumentExportOptions): Deck {
  const lang: DeckLang = options.lang ?? (options.catalog === CATALOGS.nl ? 'nl' : 'en');
  return buildDeck(
    options.document,
    options.scenarios.map((s) => s.id),
    lang,
    {
      date: options.caption?.date ?? options.date ?? '',
      summary: options.summary ?? true,
      riskMarks: options.riskMarks ?? true,
      compareMarks: options.compareMarks ?? true,
      steps: options.steps ?? false,
    },
  );
}

function deckLabels(deck: Deck, options: DocumentExportOptions): ExportLabels {
  // The words on the map follow the deck's language even when the caller passed the other set.
  return deck.lang === 'nl' ? EXPORT_LABELS_NL : options.svg.labels === EXPORT_LABELS_NL ? EXPORT_LABELS_EN : options.svg.labels;
}

/** The pages of the deck an export draws, at `page` size. */
export function deckPages(options: DocumentExportOptions, page: PageSize): SlidePage[] {
  const deck = deckFor(options);
  return composeDeck(deck, options.document, page, deckLabels(deck, options), options.svg.theme ?? 'light');
}

function pdfText(doc: PdfDocLike, box: TextBox, x: number, y: number, w: number, h: number): void {
  const total = box.lines.reduce((t, l) => t + l.size * LINE_HEIGHT, 0);
  let ly = box.valign === 'middle' ? y + (h - total) / 2 : y + box.padY;
  for (const line of box.lines) {
    doc.font(line.bold ? 'Inter-Bold' : 'Inter').fontSize(line.size).fillColor(line.color);
    const lw = doc.widthOfString(line.text);
    const lx = box.align === 'center' ? x + (w - lw) / 2 : x + box.padX;
    // pdfkit puts the top of Inter's ascender at y; centre the glyphs in the line box.
    doc.text(line.text, lx, ly + line.size * 0.1, { lineBreak: false });
    ly += line.size * LINE_HEIGHT;
  }
}

function pdfEndMark(doc: PdfDocLike, mark: EndMark, tip: readonly [number, number], from: readonly [number, number], color: string, width: number): void {
  if (mark === 'none') return;
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = Math.max(5, width * 3.2);
  if (mark === 'oval') {
    doc.circle(tip[0] - ux * size * 0.45, tip[1] - uy * size * 0.45, size * 0.45).fill(color);
    return;
  }
  const bx = tip[0] - ux * size;
  const by = tip[1] - uy * size;
  const px = -uy * size * 0.5;
  const py = ux * size * 0.5;
  if (mark === 'triangle') doc.polygon([tip[0], tip[1]], [bx + px, by + py], [bx - px, by - py]).fill(color);
  else doc.lineWidth(width).strokeColor(color).moveTo(bx + px, by + py).lineTo(tip[0], tip[1]).lineTo(bx - px, by - py).stroke();
}

function pdfItem(doc: PdfDocLike, item: Item): void {
  if (item.t === 'text') {
    pdfText(doc, item.text, item.x, item.y, item.w, item.h);
    return;
  }
  if (item.t === 'line') {
    const pts = item.points;
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) return;
    doc.save();
    doc.lineWidth(item.width).strokeColor(item.color);
    if (item.dash) doc.dash(item.width * 3, { space: item.width * 2.5 });
    doc.moveTo(first[0], first[1]);
    for (const p of pts.slice(1)) doc.lineTo(p[0], p[1]);
    doc.stroke();
    doc.undash();
    pdfEndMark(doc, item.endMark, last, pts[pts.length - 2] ?? first, item.color, item.width);
    pdfEndMark(doc, item.startMark, first, pts[1] ?? last, item.color, item.width);
    doc.restore();
    return;
  }
  doc.save();
  const path = () => {
    if (item.shape === 'ellipse') doc.ellipse(item.x + item.w / 2, item.y + item.h / 2, item.w / 2, item.h / 2);
    else if (item.shape === 'roundRect') doc.roundedRect(item.x, item.y, item.w, item.h, item.radius ?? 0);
    else doc.rect(item.x, item.y, item.w, item.h);
  };
  if (item.fill) {
    path();
    doc.fill(item.fill);
  }
  if (item.stroke) {
    path();
    doc.lineWidth(item.strokeWidth ?? 1).strokeColor(item.stroke);
    if (item.dash) doc.dash((item.strokeWidth ?? 1) * 3, { space: (item.strokeWidth ?? 1) * 2 });
    doc.stroke();
    doc.undash();
  }
  doc.restore();
  if (item.text) pdfText(doc, item.text, item.x, item.y, item.w, item.h);
}

/**
 * The deck as a vector PDF on A4 landscape pages: the same slides as the PowerPoint (title, maps
 * with the verdict, risk tables, changes, path, summary), drawn with pdfkit's own shapes and
 * Inter embedded (real text, searchable). Carries the real creation date.
 */
export async function buildPdf<D extends PdfDocLike>(deps: PdfDeps<D>, options: DocumentExportOptions): Promise<Uint8Array> {
  const pages = deckPages(options, PAGE_A4_LANDSCAPE);
  const doc = deps.createDocument({
    size: [PAGE_A4_LANDSCAPE.width, PAGE_A4_LANDSCAPE.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: options.document.title, Creator: 'Orgmap', CreationDate: options.createdAt ?? new Date() },
  });
  const done = collect(doc);
  doc.registerFont('Inter', deps.fonts.regular);
  doc.registerFont('Inter-Bold', deps.fonts.semibold);
  for (const page of pages) {
    doc.addPage();
    doc.rect(0, 0, page.width, page.height).fill(page.background);
    for (const item of page.items) pdfItem(doc, item);
  }
  doc.end();
  return done;
}

// ── PowerPoint ──────────────────────────────────────────────────────────────────────────────────

/** The part of JSZip the connector fix-up uses. */
export interface ZipLike {
  readonly files: Readonly<Record<string, unknown>>;
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  file(name: string, data: string): unknown;
  generateAsync(options: { type: 'uint8array'; compression: 'DEFLATE' }): Promise<Uint8Array>;
}

export interface PptxDeps {
  /** `new PptxGenJS()` of pptxgenjs' Node or browser build. */
  readonly createPresentation: () => PptxGenJS;
  /** `JSZip.loadAsync`. */
  readonly loadZip: (data: Uint8Array) => Promise<ZipLike>;
}

/** The PowerPoint font: Arial is in every PowerPoint, and LibreOffice draws it with the metric-compatible Liberation Sans. */
export const PPTX_FONT = 'Arial';
const EMU_PER_PT = 12700;
const IN = (pt: number) => pt / 72;
const hex = (color: string) => color.replace('#', '').toUpperCase();

function runs(box: TextBox): PptxGenJS.TextProps[] {
  return box.lines.map((line, i) => ({
    text: line.text,
    options: {
      fontFace: PPTX_FONT, fontSize: line.size, bold: line.bold ?? false, color: hex(line.color),
      breakLine: i < box.lines.length - 1, lineSpacing: line.size * LINE_HEIGHT,
    },
  }));
}

const MARKS: Readonly<Record<Exclude<EndMark, 'none'>, string>> = { triangle: 'triangle', oval: 'oval', arrow: 'arrow' };

/** A connector (`p:cxnSp`) in DrawingML: a V-H-V elbow (bentConnector3 turned 90°) or a straight line, bound to its shapes. */
function connectorXml(id: string, item: LineItem, start: string | undefined, end: string | undefined): string {
  const E = (pt: number) => Math.round(pt * EMU_PER_PT);
  const pts = item.points;
  const [x1, y1] = pts[0] ?? [0, 0];
  const [x2, y2] = pts[pts.length - 1] ?? [0, 0];
  let xfrm: string;
  let geom: string;
  if (item.shape === 'elbow' && Math.abs(x2 - x1) >= 0.5 && y2 > y1) {
    // bentConnector2 runs across, then down; turned as below it runs down, then across.
    const dy = y2 - y1;
    const dx = Math.abs(x2 - x1);
    xfrm = `<a:xfrm rot="5400000"${x2 > x1 ? ' flipV="1"' : ''}><a:off x="${E((x1 + x2) / 2 - dy / 2)}" y="${E((y1 + y2) / 2 - dx / 2)}"/><a:ext cx="${E(dy)}" cy="${E(dx)}"/></a:xfrm>`;
    geom = '<a:prstGeom prst="bentConnector2"><a:avLst/></a:prstGeom>';
  } else if (item.shape === 'bent' && Math.abs(x2 - x1) >= 0.5 && y2 > y1) {
    // bentConnector3/5 run across, down, across (…); turned 90° (flipV then rot, about the centre)
    // they run down, across, down: the unturned box is dy wide and |dx| high around the same centre.
    const dy = y2 - y1;
    const dx = Math.abs(x2 - x1);
    const cx = (x1 + x2) / 2;
    const cy = (y1 + y2) / 2;
    const v = (y: number) => Math.round(((y - y1) / dy) * 100000);
    xfrm = `<a:xfrm rot="5400000"${x2 > x1 ? ' flipV="1"' : ''}><a:off x="${E(cx - dy / 2)}" y="${E(cy - dx / 2)}"/><a:ext cx="${E(dy)}" cy="${E(dx)}"/></a:xfrm>`;
    if (pts.length === 6) {
      const xg = pts[2]?.[0] ?? cx;
      const adj2 = Math.round(((xg - x1) / (x2 - x1)) * 100000);
      geom = `<a:prstGeom prst="bentConnector5"><a:avLst><a:gd name="adj1" fmla="val ${v(pts[1]?.[1] ?? cy)}"/><a:gd name="adj2" fmla="val ${adj2}"/><a:gd name="adj3" fmla="val ${v(pts[3]?.[1] ?? cy)}"/></a:avLst></a:prstGeom>`;
    } else geom = `<a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val ${v(pts[1]?.[1] ?? cy)}"/></a:avLst></a:prstGeom>`;
  } else {
    xfrm = `<a:xfrm${x2 < x1 ? ' flipH="1"' : ''}${y2 < y1 ? ' flipV="1"' : ''}><a:off x="${E(Math.min(x1, x2))}" y="${E(Math.min(y1, y2))}"/><a:ext cx="${E(Math.abs(x2 - x1))}" cy="${E(Math.abs(y2 - y1))}"/></a:xfrm>`;
    geom = '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>';
  }
  const endXml = (tag: string, mark: EndMark) => (mark === 'none' ? '' : `<a:${tag} type="${MARKS[mark]}" w="med" len="med"/>`);
  const ln = `<a:ln w="${E(item.width)}"><a:solidFill><a:srgbClr val="${hex(item.color)}"/></a:solidFill>${item.dash ? '<a:prstDash val="dash"/>' : ''}${endXml('headEnd', item.startMark)}${endXml('tailEnd', item.endMark)}</a:ln>`;
  const cxn = `<p:cNvCxnSpPr>${start ? `<a:stCxn id="${start}" idx="${item.fromSite}"/>` : ''}${end ? `<a:endCxn id="${end}" idx="${item.toSite}"/>` : ''}</p:cNvCxnSpPr>`;
  return `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${escapeXml(item.name)}"/>${cxn}<p:nvPr/></p:nvCxnSpPr><p:spPr>${xfrm}${geom}${ln}</p:spPr></p:cxnSp>`;
}

/**
 * The deck as PowerPoint, 16:9: the same slides as the PDF, every shape editable (rounded
 * rectangles with their text, connectors bound to them), speaker notes on every slide. Text is
 * Arial (PowerPoint has it; LibreOffice uses the metric-compatible Liberation Sans), and boxes are
 * sized with those metrics.
 */
export async function buildPptx(deps: PptxDeps, options: DocumentExportOptions): Promise<Uint8Array> {
  const pages = deckPages(options, PAGE_16_9);
  const pptx = xmlSafePresentation(deps.createPresentation()); // every text entering pptxgenjs made XML-safe (#15)
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.document.title;
  pptx.company = 'Orgmap';
  const lines: LineItem[][] = [];
  for (const page of pages) {
    const slide = pptx.addSlide();
    slide.background = { color: hex(page.background) };
    const slideLines: LineItem[] = [];
    lines.push(slideLines);
    for (const item of page.items) {
      if (item.t === 'line') {
        // A placeholder pptxgenjs writes; attachConnectors() replaces it with the connector.
        slideLines.push(item);
        slide.addShape(pptx.ShapeType.line, { objectName: item.name, x: 0, y: 0, w: 0.01, h: 0.01, line: { color: hex(item.color) } });
        continue;
      }
      if (item.t === 'text') {
        slide.addText(runs(item.text), {
          x: IN(item.x), y: IN(item.y), w: IN(item.w), h: IN(Math.max(item.h, 1)), margin: [0, 0, 0, 0],
          valign: item.text.valign === 'middle' ? 'middle' : 'top', align: item.text.align, fontFace: PPTX_FONT, fit: 'none',
        });
        continue;
      }
      const shape = item.shape === 'ellipse' ? pptx.ShapeType.ellipse : item.shape === 'roundRect' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect;
      const props: PptxGenJS.ShapeProps = {
        x: IN(item.x), y: IN(item.y), w: IN(item.w), h: IN(item.h),
        fill: item.fill ? { color: hex(item.fill) } : { type: 'none' },
        line: item.stroke ? { color: hex(item.stroke), width: item.strokeWidth ?? 1, dashType: item.dash ? 'dash' : 'solid' } : { type: 'none' },
        ...(item.shape === 'roundRect' ? { rectRadius: IN(item.radius ?? 0) } : {}),
        ...(item.name ? { objectName: item.name } : {}),
      };
      if (item.text && item.text.lines.length > 0) {
        const box = item.text;
        // A rounded rectangle's text area is inset by 29.3 % of its corner radius (DrawingML's
        // roundRect text rectangle); take that off the padding so the text gets the width it was sized for.
        const inset = item.shape === 'roundRect' ? 0.29289 * Math.min(item.radius ?? 0, item.w / 2, item.h / 2) : 0;
        const padX = Math.max(0, box.padX - inset);
        const padY = Math.max(0, box.padY - inset);
        slide.addText(runs(box), {
          ...props, shape, fontFace: PPTX_FONT, margin: [padX, padX, padY, padY],
          valign: box.valign === 'middle' ? 'middle' : 'top', align: box.align, fit: 'none',
        });
      } else slide.addShape(shape, props);
    }
    if (page.notes !== '') slide.addNotes(page.notes);
  }
  const raw = await pptx.write({ outputType: 'uint8array' });
  if (!(raw instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return attachConnectors(deps, raw, lines);
}

/**
 * pptxgenjs writes lines as plain shapes; PowerPoint only keeps a line attached to the boxes it
 * joins when it is a connector (`p:cxnSp`) naming its end shapes and sites. Replace each
 * placeholder, in order, with the connector drawn from the deck's route.
 */
async function attachConnectors(deps: PptxDeps, raw: Uint8Array, lines: readonly (readonly LineItem[])[]): Promise<Uint8Array> {
  const zip = await deps.loadZip(raw);
  for (let i = 0; i < lines.length; i++) {
    const items = lines[i] ?? [];
    if (items.length === 0) continue;
    const name = `ppt/slides/slide${i + 1}.xml`;
    const file = zip.file(name);
    if (!file) continue;
    const xml = await file.async('string');
    const ids = new Map<string, string>();
    for (const m of xml.matchAll(/<p:cNvPr id="(\d+)" name="(node:[^"]*)"/g)) if (m[1] && m[2]) ids.set(m[2], m[1]);
    let n = 0;
    const out = xml.replace(/<p:sp>((?:(?!<\/p:sp>)[\s\S])*?)<\/p:sp>/g, (whole, inner: string) => {
      const m = /^<p:nvSpPr><p:cNvPr id="(\d+)" name="edge:/.exec(inner);
      const item = items[n];
      if (!m || !item) return whole;
      n += 1;
      return connectorXml(m[1] ?? '0', item, ids.get(escapeXml(item.from)), ids.get(escapeXml(item.to)));
    });
    zip.file(name, out);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
