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
import { SEVERITIES, type Classification, type ClassifyResult, type Severity } from '../analysis/types';
import { SURVEY_SHARE } from '../analysis/survey';
import { compareScenarios, formatPathAsText, planPath } from '../compare';
import { formatReason, formatRisk, modelName, surveyText, type Catalog } from '../i18n';
import type { OrgDocument, Scenario } from '../model/types';
import { BORDER_COLORS, EDGE_WIDTH, layoutScene } from './geometry';
import { EDGE_COLORS_BY_THEME, EXPORT_PALETTES } from './palette';
import { renderLayoutSvg, svgFrame, type ExportCaption, type SvgFrame, type SvgOptions } from './svg';
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
  /** A summary page in PDF (model, reasons, risks; comparison and checklist for two scenarios). */
  readonly summary?: boolean;
  /** The words of reasons, risks and the comparison (shared/i18n `en` or `nl`); match `svg.labels`. */
  readonly catalog: Catalog;
}

/** The caption of one scenario's map: the document's title, the scenario, its model (marked when tentative) and a date. */
export function captionFor(document: OrgDocument, scenario: Scenario, date: string, catalog: Catalog): ExportCaption {
  const result = classify(scenario);
  const model = modelName(result.model, catalog);
  return { title: document.title, scenario: scenario.name, model: result.tentative ? `${model} (${catalog.verdict.tentative})` : model, date };
}

/** "Tentative: add the accounts …" (when so) and the survey share of the model, as one line (issue 14). */
export function verdictLine(result: Pick<ClassifyResult, 'model' | 'tentative'>, catalog: Catalog): string {
  if (result.model === 'undetermined') return '';
  const share = SURVEY_SHARE[result.model];
  const survey = surveyText(share, catalog);
  const hint = catalog.verdict.tentativeHint;
  return result.tentative ? `${hint[0]?.toUpperCase() ?? ''}${hint.slice(1)}. ${survey}` : survey;
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
  text(text: string): this;
  moveDown(lines?: number): this;
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
  /** svg-to-pdfkit. */
  readonly svgToPdf: (
    doc: D,
    svg: string,
    x: number,
    y: number,
    options: { width: number; height: number; preserveAspectRatio: string; fontCallback: (family: string, bold: boolean) => string },
  ) => void;
  /** Inter Regular and SemiBold (TTF bytes, or a path for pdfkit's Node build). */
  readonly fonts: { readonly regular: Uint8Array | ArrayBuffer | string; readonly semibold: Uint8Array | ArrayBuffer | string };
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;

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

/**
 * Vector PDF: A4 landscape, one page per scenario (map fitted to the page), then an optional
 * summary page. A dark export's map pages are the dark canvas colour edge to edge; the summary
 * page stays light (dark text on white, like printed text).
 */
export async function buildPdf<D extends PdfDocLike>(deps: PdfDeps<D>, options: DocumentExportOptions): Promise<Uint8Array> {
  const doc = deps.createDocument({ size: A4_LANDSCAPE, margin: MARGIN, autoFirstPage: false, info: { Title: options.document.title, Creator: 'Orgmap', CreationDate: new Date(0) } });
  const done = collect(doc);
  doc.registerFont('Inter', deps.fonts.regular);
  doc.registerFont('Inter-Bold', deps.fonts.semibold);
  const [pw, ph] = A4_LANDSCAPE;
  for (const scenario of options.scenarios) {
    doc.addPage();
    if (options.svg.theme === 'dark') doc.rect(0, 0, pw, ph).fill(EXPORT_PALETTES.dark.page);
    const caption = options.caption ? captionFor(options.document, scenario, options.caption.date, options.catalog) : undefined;
    const svgOptions: SvgOptions = { ...options.svg, ...(caption ? { caption } : {}) };
    const layout = layoutScene(scenario, svgOptions.labels, svgOptions.selection);
    const frame = svgFrame(layout, svgOptions);
    const svg = renderLayoutSvg(layout, svgOptions);
    const fit = Math.min((pw - 2 * MARGIN) / frame.width, (ph - 2 * MARGIN) / frame.height);
    const w = frame.width * fit;
    const h = frame.height * fit;
    deps.svgToPdf(doc, svg, (pw - w) / 2, (ph - h) / 2, {
      width: w,
      height: h,
      preserveAspectRatio: 'xMidYMid meet',
      fontCallback: (_family, bold) => (bold ? 'Inter-Bold' : 'Inter'),
    });
  }
  if (options.summary) summaryPage(doc, options);
  doc.end();
  return done;
}

function summaryPage(doc: PdfDocLike, options: DocumentExportOptions): void {
  const words = options.svg.labels;
  doc.addPage();
  const heading = (text: string, size = 16) => doc.font('Inter-Bold').fontSize(size).fillColor('#0f172a').text(text).moveDown(0.3);
  const body = (text: string, color = '#0f172a') => doc.font('Inter').fontSize(10).fillColor(color).text(text).moveDown(0.15);
  heading(options.document.title, 20);
  for (const scenario of options.scenarios) {
    const r = summarise(scenario, options.catalog);
    heading(`${scenario.name}: ${r.modelName} (${Math.round(r.confidence * 100)}%${r.tentative ? `, ${options.catalog.verdict.tentative}` : ''})`, 14);
    if (r.verdict) body(r.verdict, '#475569');
    for (const reason of r.reasons) body(`• ${reason}`);
    if (r.risks.length === 0) body(words.noRisks, '#475569');
    for (const risk of r.risks) body(`[${words.severity[risk.severity]}] ${risk.message} ${risk.advice}`, '#0f172a');
    doc.moveDown(0.5);
  }
  const [from, to] = options.scenarios;
  if (options.scenarios.length === 2 && from && to) {
    heading(`${from.name} → ${to.name}`, 14);
    body(formatPathAsText(planPath(compareScenarios(from, to)), options.catalog));
  }
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

const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const PX_PER_IN = 96;

/**
 * PowerPoint: one slide per scenario with the map as editable shapes (rounded rectangles with
 * text) joined by connectors, then a comparison slide (two scenarios) and a risks slide.
 */
export async function buildPptx(deps: PptxDeps, options: DocumentExportOptions): Promise<Uint8Array> {
  const pptx = xmlSafePresentation(deps.createPresentation()); // every text entering pptxgenjs made XML-safe (#15)
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.document.title;
  pptx.company = 'Orgmap';
  const labels = options.svg.labels;
  // A dark export: every slide on the dark canvas colour, text and lines in the dark palette.
  const dark = options.svg.theme === 'dark';
  const palette = EXPORT_PALETTES[dark ? 'dark' : 'light'];
  const edgeColors = EDGE_COLORS_BY_THEME[dark ? 'dark' : 'light'];
  const hex = (color: string) => color.slice(1).toUpperCase();
  const TEXT = hex(palette.text);
  const MUTED = hex(palette.muted);
  const addSlide = () => {
    const slide = pptx.addSlide();
    if (dark) slide.background = { color: hex(palette.page) };
    return slide;
  };
  const top = 0.9;
  const margin = 0.4;
  for (const scenario of options.scenarios) {
    const slide = addSlide();
    const caption = captionFor(options.document, scenario, options.caption?.date ?? '', options.catalog);
    slide.addText(scenario.name, { x: margin, y: 0.2, w: SLIDE_W - 2 * margin, h: 0.4, fontSize: 20, bold: true, fontFace: 'Inter', color: TEXT });
    slide.addText(`${options.document.title} · ${labels.model}: ${caption.model}${caption.date ? ` · ${caption.date}` : ''}`, {
      x: margin, y: 0.55, w: SLIDE_W - 2 * margin, h: 0.3, fontSize: 11, fontFace: 'Inter', color: MUTED,
    });
    const layout = layoutScene(scenario, labels, options.svg.selection);
    const mapW = Math.max(1, layout.maxX - layout.minX);
    const mapH = Math.max(1, layout.maxY - layout.minY);
    const fit = Math.min((SLIDE_W - 2 * margin) / (mapW / PX_PER_IN), (SLIDE_H - top - margin) / (mapH / PX_PER_IN), 1);
    const k = fit / PX_PER_IN;
    const ox = margin + (SLIDE_W - 2 * margin - mapW * k) / 2;
    const X = (x: number) => ox + (x - layout.minX) * k;
    const Y = (y: number) => top + (y - layout.minY) * k;
    const fontScale = Math.max(0.35, fit);
    for (const b of layout.boxes) {
      const n = b.node;
      const sub = b.sub.map((s) => s.text).join('  ');
      slide.addText(
        [
          { text: n.label === '' ? labels.noLabel : n.label, options: { bold: true, fontSize: 10.5 * fontScale, color: TEXT, breakLine: true } },
          { text: b.hub ? `${sub}  ·  ${labels.hub.toUpperCase()}` : sub, options: { fontSize: 8 * fontScale, color: MUTED } },
        ],
        {
          shape: pptx.ShapeType.roundRect,
          objectName: `node:${n.id}`,
          x: X(b.x), y: Y(b.y), w: b.width * k, h: b.height * k,
          rectRadius: Math.min(0.5, (b.radius / Math.min(b.width, b.height)) * 1),
          fill: { color: hex(palette.node) },
          line: { color: hex(BORDER_COLORS[n.kind]), width: b.border * 0.75 * Math.max(fit, 0.5), ...(n.kind === 'employees' ? { dashType: 'dash' as const } : {}) },
          fontFace: 'Inter', margin: 4 * fontScale, valign: 'middle', align: 'left',
        },
      );
    }
    for (const c of layout.curves) {
      const kind = c.edge.kind;
      const x1 = X(c.sx);
      const y1 = Y(c.sy);
      const x2 = X(c.tx);
      const y2 = Y(c.ty);
      slide.addShape(pptx.ShapeType.line, {
        objectName: `edge:${c.edge.source}:${c.edge.target}`,
        x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.max(Math.abs(x2 - x1), 0.001), h: Math.max(Math.abs(y2 - y1), 0.001),
        flipH: x2 < x1, flipV: y2 < y1,
        line: { color: hex(edgeColors[kind]), width: EDGE_WIDTH[kind] * 0.75, endArrowType: kind === 'coordinates' ? 'triangle' : kind === 'owns' ? 'oval' : 'arrow' },
      });
    }
  }
  const [from, to] = options.scenarios;
  if (from && to && options.scenarios.length === 2) {
    const slide = addSlide();
    slide.addText(`${from.name} → ${to.name}`, { x: margin, y: 0.2, w: SLIDE_W - 2 * margin, h: 0.5, fontSize: 20, bold: true, fontFace: 'Inter', color: TEXT });
    const a = summarise(from, options.catalog);
    const b = summarise(to, options.catalog);
    const steps = formatPathAsText(planPath(compareScenarios(from, to)), options.catalog);
    slide.addText(`${labels.model}: ${a.modelName} → ${b.modelName}\n\n${steps}`, {
      x: margin, y: 0.9, w: SLIDE_W - 2 * margin, h: SLIDE_H - 1.3, fontSize: 12, fontFace: 'Inter', color: TEXT, valign: 'top', fit: 'shrink',
    });
  }
  const risks = addSlide();
  risks.addText(labels.risks, { x: margin, y: 0.2, w: SLIDE_W - 2 * margin, h: 0.5, fontSize: 20, bold: true, fontFace: 'Inter', color: TEXT });
  const lines: string[] = [];
  for (const scenario of options.scenarios) {
    const r = summarise(scenario, options.catalog);
    lines.push(`${scenario.name}: ${r.modelName}${r.tentative ? ` (${options.catalog.verdict.tentative})` : ''}`);
    if (r.verdict) lines.push(`  ${r.verdict}`);
    if (r.risks.length === 0) lines.push(`  ${labels.noRisks}`);
    for (const risk of r.risks.slice(0, 40)) lines.push(`  [${labels.severity[risk.severity]}] ${risk.message}`);
    if (r.risks.length > 40) lines.push(`  ${labels.moreRisks.replace('{{count}}', String(r.risks.length - 40))}`);
  }
  risks.addText(lines.join('\n'), { x: margin, y: 0.9, w: SLIDE_W - 2 * margin, h: SLIDE_H - 1.3, fontSize: 11, fontFace: 'Inter', color: TEXT, valign: 'top', fit: 'shrink' });
  const raw = await pptx.write({ outputType: 'uint8array' });
  if (!(raw instanceof Uint8Array)) throw new Error('pptxgenjs did not return bytes');
  return connectLines(deps, raw);
}

/**
 * pptxgenjs writes lines as plain shapes; PowerPoint only keeps a line attached to the boxes it
 * joins when it is a connector (`p:cxnSp`) naming its end shapes. Rewrite each edge line so.
 */
async function connectLines(deps: PptxDeps, raw: Uint8Array): Promise<Uint8Array> {
  const zip = await deps.loadZip(raw);
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  for (const name of slides) {
    const file = zip.file(name);
    if (!file) continue;
    const xml = await file.async('string');
    const ids = new Map<string, string>();
    for (const m of xml.matchAll(/<p:cNvPr id="(\d+)" name="node:([^"]*)"/g)) if (m[1] && m[2]) ids.set(m[2], m[1]);
    const out = xml.replace(/<p:sp>((?:(?!<\/p:sp>)[\s\S])*?)<\/p:sp>/g, (whole, inner: string) => {
      const m = /^<p:nvSpPr>(<p:cNvPr id="\d+" name="edge:([^":]*):([^"]*)"[^>]*?)(?:\/>|><\/p:cNvPr>)<p:cNvSpPr\/><p:nvPr(?:\/>|><\/p:nvPr>)<\/p:nvSpPr>([\s\S]*)$/.exec(inner);
      if (!m) return whole;
      const [, head = '', s = '', t = '', rest = ''] = m;
      const st = ids.get(s);
      const end = ids.get(t);
      const cxn = `<p:cNvCxnSpPr>${st ? `<a:stCxn id="${st}" idx="2"/>` : ''}${end ? `<a:endCxn id="${end}" idx="0"/>` : ''}</p:cNvCxnSpPr>`;
      const spPr = rest.replace(/<p:txBody>[\s\S]*<\/p:txBody>/, '');
      return `<p:cxnSp><p:nvCxnSpPr>${head}/>${cxn}<p:nvPr/></p:nvCxnSpPr>${spPr}</p:cxnSp>`;
    });
    zip.file(name, out);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
