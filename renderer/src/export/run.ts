/**
 * Making an export in the app. Everything is drawn from the model with shared/export (the same
 * renderer as `orgmap export`), never from the screen: the result is the same whatever the window
 * size, zoom or the app's theme (dark colours only when the dialog asks for them). Loaded lazily
 * (the dialog and Copy as Image import it on first use); PDF and PPTX load their libraries in a
 * further chunk (documents.ts).
 */
import type { ExportFormat } from '../../../shared/ipc';
import {
  captionFor,
  EXPORT_LABELS_EN,
  EXPORT_LABELS_NL,
  layoutScene,
  MAX_PNG_SIDE,
  pngScale,
  renderLayoutSvg,
  renderScenarioSvg,
  svgFrame,
  type DocumentExportOptions,
  type ExportLabels,
  type ExportTheme,
  type SvgOptions,
} from '../../../shared/export';
import { CATALOGS, type Catalog } from '../../../shared/i18n';
import type { NodeId, OrgDocument, Scenario, ScenarioId } from '../../../shared/model/types';
import { fontFaceCss, withFonts } from './fonts';

export interface ExportRequest {
  readonly document: OrgDocument;
  readonly format: ExportFormat;
  /** PNG and SVG draw the first; PDF and PPTX one page or slide each, in document order. */
  readonly scenarioIds: readonly ScenarioId[];
  /** Only these nodes (and the lines between them); null for the whole scenario. */
  readonly selection: readonly NodeId[] | null;
  readonly scale: number;
  readonly background: 'white' | 'transparent';
  /** Colours: light unless the user asks for dark (the canvas' dark theme); never taken from the app's theme. */
  readonly theme: ExportTheme;
  readonly legend: boolean;
  readonly caption: boolean;
  readonly summary: boolean;
  /** PDF and PPTX: risk numbers badged on nodes, and compare marks on the changes slide (both on unless turned off). */
  readonly riskMarks?: boolean;
  readonly compareMarks?: boolean;
  /** The UI language: the words the export adds. */
  readonly language: 'en' | 'nl';
  /** For the caption, `YYYY-MM-DD`. */
  readonly date: string;
}

export interface ExportResult {
  readonly data: Uint8Array | string;
  readonly format: ExportFormat;
  /** PNG: the scale drawn at (lower than asked for a very large map). */
  readonly scale?: number;
  readonly width?: number;
  readonly height?: number;
}

/** A failure worded for the hint (`exporting.error.*`). */
export class ExportError extends Error {
  constructor(readonly key: 'tooLarge' | 'draw') {
    super(key);
  }
}

export function exportWords(language: 'en' | 'nl'): { readonly labels: ExportLabels; readonly catalog: Catalog } {
  return { labels: language === 'nl' ? EXPORT_LABELS_NL : EXPORT_LABELS_EN, catalog: CATALOGS[language] };
}

/** Today as `YYYY-MM-DD` in local time (what the user reads as today's date). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function chosenScenarios(request: ExportRequest): Scenario[] {
  const wanted = new Set(request.scenarioIds);
  return request.document.scenarios.filter((s) => wanted.has(s.id));
}

function svgOptions(request: ExportRequest, scenario: Scenario): SvgOptions {
  const { labels, catalog } = exportWords(request.language);
  return {
    background: request.background,
    labels,
    legend: request.legend,
    theme: request.theme,
    ...(request.selection && request.selection.length > 0 ? { selection: request.selection } : {}),
    ...(request.caption ? { caption: captionFor(request.document, scenario, request.date, catalog) } : {}),
  };
}

export interface PngImage {
  readonly blob: Blob;
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws a scenario as PNG: the shared SVG, with Inter inside it, through an <img> onto a canvas at
 * the scale (lowered like the command line's to stay within MAX_PNG_SIDE and MAX_PNG_PIXELS).
 */
export async function renderPng(scenario: Scenario, options: SvgOptions, askedScale: number): Promise<PngImage> {
  const layout = layoutScene(scenario, options.labels, options.selection);
  const frame = svgFrame(layout, options);
  const scale = pngScale(frame, askedScale);
  const width = Math.max(1, Math.round(frame.width * scale));
  const height = Math.max(1, Math.round(frame.height * scale));
  const svg = withFonts(renderLayoutSvg(layout, { ...options, scale }), await fontFaceCss());
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new ExportError('draw');
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new ExportError('tooLarge');
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportError('tooLarge');
    return { blob, scale, width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG Copy as Image puts on the clipboard: the active scenario (or the selection), 2×, white, light colours. */
export async function clipboardPng(document: OrgDocument, scenarioId: ScenarioId, selection: readonly NodeId[], language: 'en' | 'nl'): Promise<Blob> {
  const scenario = document.scenarios.find((s) => s.id === scenarioId) ?? document.scenarios[0];
  if (!scenario) throw new ExportError('draw');
  const request: ExportRequest = { document, format: 'png', scenarioIds: [scenario.id], selection, scale: 2, background: 'white', theme: 'light', legend: false, caption: false, summary: false, language, date: today() };
  return (await renderPng(scenario, svgOptions(request, scenario), 2)).blob;
}

export async function runExport(request: ExportRequest): Promise<ExportResult> {
  const scenarios = chosenScenarios(request);
  const first = scenarios[0];
  if (!first) throw new ExportError('draw');
  if (request.format === 'svg') {
    // Self-contained: the subset of Inter the SVG prints, inside it (as the command line writes it).
    const svg = renderScenarioSvg(first, { ...svgOptions(request, first), scale: 1 });
    const [{ svgFaces }, { embedSvgFonts }] = await Promise.all([import('./svg-fonts'), import('../../../shared/export/svg-fonts')]);
    return { format: 'svg', data: embedSvgFonts(svg, await svgFaces()) };
  }
  if (request.format === 'png') {
    const png = await renderPng(first, svgOptions(request, first), request.scale);
    return { format: 'png', data: new Uint8Array(await png.blob.arrayBuffer()), scale: png.scale, width: png.width, height: png.height };
  }
  const { labels, catalog } = exportWords(request.language);
  const options: DocumentExportOptions = {
    document: request.document,
    scenarios,
    svg: { background: 'white', labels, legend: request.legend, theme: request.theme, ...(request.selection && request.selection.length > 0 ? { selection: request.selection } : {}) },
    ...(request.caption ? { caption: { date: request.date } } : {}),
    summary: request.summary,
    riskMarks: request.riskMarks ?? true,
    compareMarks: request.compareMarks ?? true,
    date: request.date,
    createdAt: new Date(),
    catalog,
  };
  const documents = await import('./documents');
  return { format: request.format, data: request.format === 'pdf' ? await documents.pdfBytes(options) : await documents.pptxBytes(options) };
}

export { MAX_PNG_SIDE };
