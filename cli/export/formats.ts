/**
 * The Node side of export: PNG (resvg), and the Node builds of pdfkit, svg-to-pdfkit, pptxgenjs
 * and jszip handed to the shared PDF and PowerPoint builders (shared/export/documents.ts), which
 * the app uses too with the browser builds. Every format draws from the same layout.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import PptxGenJS from 'pptxgenjs';
import SVGtoPDF from 'svg-to-pdfkit';
import JSZip from 'jszip';
import {
  buildPdf,
  buildPptx,
  captionFor as sharedCaptionFor,
  layoutScene,
  pngScale,
  renderLayoutSvg,
  svgFrame,
  type DocumentExportOptions as SharedOptions,
  type ExportCaption,
  type SvgOptions,
} from '../../shared/export';
import { en, nl } from '../../shared/i18n';
import type { OrgDocument, Scenario } from '../../shared/model/types';
import { subsetFont, svgCodePoints } from '../../shared/export/svg-fonts';
import { FONT_FILES, svgFaces } from './fonts';
import { encodePngParallel } from './png-encode';

export { MAX_PNG_PIXELS, MAX_PNG_SIDE } from '../../shared/export';

export interface PngResult {
  readonly png: Buffer;
  /** The scale used: lower than asked when the map would exceed MAX_PNG_SIDE or MAX_PNG_PIXELS. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Inter cut down to the characters `svg` prints, as files in a fresh temporary folder, for resvg.
 * resvg reads a font file again for every glyph it looks up (tens of thousands of times for a
 * 1,000-node map): 10 KB subsets instead of the 340 KB fonts take seconds off a big PNG. The
 * subsets keep the outlines and advance widths (the boxes were measured with those); they drop
 * kerning and alternates. Null (use the whole fonts) when a printed character lies outside the
 * Basic Multilingual Plane, which the subset's `cmap` cannot carry, or when there is no text.
 */
function subsetFontFiles(svg: string): { readonly dir: string; readonly files: string[] } | null {
  const codePoints = svgCodePoints(svg);
  if (codePoints.length === 0 || codePoints.some((cp) => cp > 0xfffe)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'orgmap-png-'));
  try {
    const files = svgFaces().map((face) => {
      const file = join(dir, `Inter-${face.weight}.ttf`);
      writeFileSync(file, subsetFont(face.font, face.bytes, codePoints));
      return file;
    });
    return { dir, files };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Rasterises a scenario. Fonts come from the package, never the system, so output is the same
 * everywhere. Asynchronous because the PNG's rows are deflated on the thread pool (png-encode.ts).
 */
export async function renderPng(scenario: Scenario, options: SvgOptions): Promise<PngResult> {
  const layout = layoutScene(scenario, options.labels, options.selection);
  const frame = svgFrame(layout, options);
  const scale = pngScale(frame, options.scale ?? 1);
  const svg = renderLayoutSvg(layout, { ...options, scale: 1 });
  const width = Math.max(1, Math.round(frame.width * scale));
  const subset = subsetFontFiles(svg);
  try {
    // Synchronous: resvg on the thread pool (renderAsync), the scanline buffers readied meanwhile,
    // took more CPU and no less time under load (docs/bench.md).
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: subset?.files ?? Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
      shapeRendering: 2,
      textRendering: 1,
    });
    const image = resvg.render();
    // Our encoder, not image.asPng(): the same pixels in about half the time, in bands at once (png-encode.ts).
    return { png: await encodePngParallel(image.pixels, image.width, image.height), scale, width: image.width, height: image.height };
  } finally {
    if (subset) rmSync(subset.dir, { recursive: true, force: true });
  }
}

/** The shared options; the command line words reasons and risks in English unless told otherwise. */
export type DocumentExportOptions = Omit<SharedOptions, 'catalog'> & Partial<Pick<SharedOptions, 'catalog'>>;

export function captionFor(document: OrgDocument, scenario: Scenario, date: string, lang: 'en' | 'nl' = 'en'): ExportCaption {
  return sharedCaptionFor(document, scenario, date, lang === 'nl' ? nl : en);
}

const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Vector PDF: A4 landscape, one page per scenario (map fitted to the page), then an optional summary page. */
export async function renderPdf(options: DocumentExportOptions): Promise<Buffer> {
  const deps = {
    createDocument: (o: ConstructorParameters<typeof PDFDocument>[0]) => new PDFDocument(o),
    svgToPdf: SVGtoPDF,
    fonts: { regular: FONT_FILES.regular, semibold: FONT_FILES.semibold },
  };
  return toBuffer(await buildPdf(deps, { catalog: en, ...options }));
}

/** PowerPoint: editable shapes and connectors per scenario, a comparison slide and a risks slide. */
export async function renderPptx(options: DocumentExportOptions): Promise<Buffer> {
  return toBuffer(await buildPptx({ createPresentation: () => new PptxGenJS(), loadZip: (data) => JSZip.loadAsync(data) }, { catalog: en, ...options }));
}
