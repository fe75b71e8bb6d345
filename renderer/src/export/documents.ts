/**
 * PDF and PowerPoint in the app: the shared builders (shared/export/documents.ts, the same code
 * `orgmap export` runs) with the libraries' browser builds. Loaded with a dynamic import only when
 * someone exports to PDF or PPTX, so pdfkit, fontkit and pptxgenjs stay out of the editor's start.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { buildPdf, buildPptx, type DocumentExportOptions } from '../../../shared/export';
import { loadFonts } from './fonts';

export async function pdfBytes(options: DocumentExportOptions): Promise<Uint8Array> {
  const fonts = await loadFonts();
  // The browser build ships no standard fonts (Helvetica is pdfkit's default): start with Inter,
  // which every page uses anyway, instead of bundling Helvetica's metrics.
  return buildPdf({ createDocument: (o) => new PDFDocument({ ...o, font: fonts.regular }), svgToPdf: SVGtoPDF, fonts: { regular: fonts.regular, semibold: fonts.semibold } }, options);
}

export function pptxBytes(options: DocumentExportOptions): Promise<Uint8Array> {
  return buildPptx({ createPresentation: () => new PptxGenJS(), loadZip: (data) => JSZip.loadAsync(data) }, options);
}
