/**
 * The Node side of export: PNG (resvg), PDF (pdfkit + svg-to-pdfkit) and PPTX (pptxgenjs), all
 * drawn from the pure renderer in shared/export so every format shows the same layout.
 */
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import PptxGenJS from 'pptxgenjs';
import SVGtoPDF from 'svg-to-pdfkit';
import JSZip from 'jszip';
import { compareScenarios, formatPathAsText, planPath } from '../../shared/compare';
import { BORDER_COLORS, EDGE_COLORS, EDGE_WIDTH, layoutScene, renderLayoutSvg, svgFrame, type ExportCaption, type SvgOptions } from '../../shared/export';
import { en } from '../../shared/i18n';
import type { OrgDocument, Scenario } from '../../shared/model/types';
import { reportScenario } from '../report';
import { FONT_FILES } from './fonts';

/** Largest PNG side and area in pixels; a bigger map is drawn at a smaller scale (an image viewer and a slide tool must still open it). */
export const MAX_PNG_SIDE = 8192;
export const MAX_PNG_PIXELS = 32 * 1024 * 1024;

export interface PngResult {
  readonly png: Buffer;
  /** The scale used: lower than asked when the map would exceed {@link MAX_PNG_SIDE}. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/** Rasterises a scenario. Fonts come from the package, never the system, so output is the same everywhere. */
export function renderPng(scenario: Scenario, options: SvgOptions): PngResult {
  const layout = layoutScene(scenario, options.labels, options.selection);
  const frame = svgFrame(layout, options);
  const asked = options.scale ?? 1;
  const scale = Math.min(asked, MAX_PNG_SIDE / frame.width, MAX_PNG_SIDE / frame.height, Math.sqrt(MAX_PNG_PIXELS / (frame.width * frame.height)));
  const svg = renderLayoutSvg(layout, { ...options, scale: 1 });
  const width = Math.max(1, Math.round(frame.width * scale));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return { png: image.asPng(), scale, width: image.width, height: image.height };
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
}

export function captionFor(document: OrgDocument, scenario: Scenario, date: string): ExportCaption {
  const report = reportScenario(scenario);
  return { title: document.title, scenario: scenario.name, model: modelLabel(report.model), date };
}

function modelLabel(model: string): string {
  const names: Readonly<Record<string, string>> = {
    decentralized: 'Decentralized',
    centralized: 'Centralized',
    'hub-and-spoke': 'Hub and Spoke',
    'multiple-hub-and-spoke': 'Multiple Hub and Spoke',
    holistic: 'Holistic',
    undetermined: 'Undetermined',
  };
  return names[model] ?? model;
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const MARGIN = 36;

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Vector PDF: A4 landscape, one page per scenario (map fitted to the page), then an optional summary page. */
export async function renderPdf(options: DocumentExportOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: A4_LANDSCAPE, margin: MARGIN, autoFirstPage: false, info: { Title: options.document.title, Creator: 'Orgmap', CreationDate: new Date(0) } });
  const done = collect(doc);
  doc.registerFont('Inter', FONT_FILES.regular);
  doc.registerFont('Inter-Bold', FONT_FILES.semibold);
  for (const scenario of options.scenarios) {
    doc.addPage();
    const caption = options.caption ? captionFor(options.document, scenario, options.caption.date) : undefined;
    const svgOptions: SvgOptions = { ...options.svg, ...(caption ? { caption } : {}) };
    const layout = layoutScene(scenario, svgOptions.labels, svgOptions.selection);
    const frame = svgFrame(layout, svgOptions);
    const svg = renderLayoutSvg(layout, svgOptions);
    const [pw, ph] = A4_LANDSCAPE;
    const fit = Math.min((pw - 2 * MARGIN) / frame.width, (ph - 2 * MARGIN) / frame.height);
    const w = frame.width * fit;
    const h = frame.height * fit;
    SVGtoPDF(doc, svg, (pw - w) / 2, (ph - h) / 2, {
      width: w,
      height: h,
      preserveAspectRatio: 'xMidYMid meet',
      fontCallback: (_family, bold) => (bold ? 'Inter-Bold' : 'Inter'),
    });
  }
  if (options.summary) summaryPages(doc, options);
  doc.end();
  return done;
}

function summaryPages(doc: PDFKit.PDFDocument, options: DocumentExportOptions): void {
  doc.addPage();
  const heading = (text: string, size = 16) => doc.font('Inter-Bold').fontSize(size).fillColor('#0f172a').text(text).moveDown(0.3);
  const body = (text: string, color = '#0f172a') => doc.font('Inter').fontSize(10).fillColor(color).text(text).moveDown(0.15);
  heading(options.document.title, 20);
  for (const scenario of options.scenarios) {
    const r = reportScenario(scenario);
    heading(`${scenario.name}: ${modelLabel(r.model)} (${Math.round(r.confidence * 100)}%)`, 14);
    for (const reason of r.reasons) body(`• ${reason}`);
    if (r.risks.length === 0) body('No risks found.', '#475569');
    for (const risk of r.risks) body(`[${risk.severity}] ${risk.message} ${risk.advice}`, '#0f172a');
    doc.moveDown(0.5);
  }
  const [from, to] = options.scenarios;
  if (options.scenarios.length === 2 && from && to) {
    const comparison = compareScenarios(from, to);
    heading(`${from.name} → ${to.name}`, 14);
    body(formatPathAsText(planPath(comparison), en));
  }
}

const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const PX_PER_IN = 96;

/**
 * PowerPoint: one slide per scenario with the map as editable shapes (rounded rectangles with
 * text) joined by connectors, then a comparison slide (two scenarios) and a risks slide.
 */
export async function renderPptx(options: DocumentExportOptions): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = options.document.title;
  pptx.company = 'Orgmap';
  const labels = options.svg.labels;
  const top = 0.9;
  const margin = 0.4;
  for (const scenario of options.scenarios) {
    const slide = pptx.addSlide();
    const caption = captionFor(options.document, scenario, options.caption?.date ?? '');
    slide.addText(scenario.name, { x: margin, y: 0.2, w: SLIDE_W - 2 * margin, h: 0.4, fontSize: 20, bold: true, fontFace: 'Inter', color: '0F172A' });
    slide.addText(`${options.document.title} · ${labels.model}: ${caption.model}${caption.date ? ` · ${caption.date}` : ''}`, {
      x: margin, y: 0.55, w: SLIDE_W - 2 * margin, h: 0.3, fontSize: 11, fontFace: 'Inter', color: '475569',
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
          { text: n.label === '' ? labels.noLabel : n.label, options: { bold: true, fontSize: 10.5 * fontScale, color: '0F172A', breakLine: true } },
          { text: b.hub ? `${sub}  ·  ${labels.hub.toUpperCase()}` : sub, options: { fontSize: 8 * fontScale, color: '475569' } },
        ],
        {
          shape: pptx.ShapeType.roundRect,
          objectName: `node:${n.id}`,
          x: X(b.x), y: Y(b.y), w: b.width * k, h: b.height * k,
          rectRadius: Math.min(0.5, (b.radius / Math.min(b.width, b.height)) * 1),
          fill: { color: 'FFFFFF' },
          line: { color: BORDER_COLORS[n.kind].slice(1).toUpperCase(), width: b.border * 0.75 * Math.max(fit, 0.5), ...(n.kind === 'employees' ? { dashType: 'dash' as const } : {}) },
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
        line: { color: EDGE_COLORS[kind].slice(1).toUpperCase(), width: EDGE_WIDTH[kind] * 0.75, endArrowType: kind === 'coordinates' ? 'triangle' : kind === 'owns' ? 'oval' : 'arrow' },
      });
    }
  }
  const [from, to] = options.scenarios;
  if (from && to && options.scenarios.length === 2) {
    const slide = pptx.addSlide();
    slide.addText(`${from.name} → ${to.name}`, { x: margin, y: 0.2, w: SLIDE_W - 2 * margin, h: 0.5, fontSize: 20, bold: true, fontFace: 'Inter', color: '0F172A' });
    const a = reportScenario(from);
    const b = reportScenario(to);
    const steps = formatPathAsText(planPath(compareScenarios(from, to)), en);
    slide.addText(`${labels.model}: ${modelLabel(a.model)} → ${modelLabel(b.model)}\n\n${steps}`, {
      x: margin, y: 0.9, w: SLIDE_W - 2 * margin, h: SLIDE_H - 1.3, fontSize: 12, fontFace: 'Inter', color: '0F172A', valign: 'top', fit: 'shrink',
    });
  }
  const risks = pptx.addSlide();
  risks.addText('Risks', { x: margin, y: 0.2, w: SLIDE_W - 2 * margin, h: 0.5, fontSize: 20, bold: true, fontFace: 'Inter', color: '0F172A' });
  const lines: string[] = [];
  for (const scenario of options.scenarios) {
    const r = reportScenario(scenario);
    lines.push(`${scenario.name}: ${modelLabel(r.model)}`);
    if (r.risks.length === 0) lines.push('  No risks found.');
    for (const risk of r.risks.slice(0, 40)) lines.push(`  [${risk.severity}] ${risk.message}`);
    if (r.risks.length > 40) lines.push(`  … and ${r.risks.length - 40} more`);
  }
  risks.addText(lines.join('\n'), { x: margin, y: 0.9, w: SLIDE_W - 2 * margin, h: SLIDE_H - 1.3, fontSize: 11, fontFace: 'Inter', color: '0F172A', valign: 'top', fit: 'shrink' });
  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return connectLines(raw);
}

/**
 * pptxgenjs writes lines as plain shapes; PowerPoint only keeps a line attached to the boxes it
 * joins when it is a connector (`p:cxnSp`) naming its end shapes. Rewrite each edge line so.
 */
async function connectLines(raw: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
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
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
