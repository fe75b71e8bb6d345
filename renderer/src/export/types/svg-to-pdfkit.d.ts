/** svg-to-pdfkit for the renderer's check (its @types package pulls in Node's types; see pdfkit.d.ts). */
import type PDFDocument from 'pdfkit';

declare function SVGtoPDF(
  doc: PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: { width: number; height: number; preserveAspectRatio: string; fontCallback: (family: string, bold: boolean) => string },
): void;
export default SVGtoPDF;
