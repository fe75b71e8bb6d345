/**
 * The renderer's view of pdfkit (its browser build, which Vite picks through the package's
 * `default` export condition). @types/pdfkit pulls in Node's types, which must not leak into the
 * renderer's check, so tsconfig.web.json maps `pdfkit` here: only what shared/export/documents.ts
 * needs (`PdfDocLike`).
 */
import type { PdfDocLike } from '../../../../shared/export';

declare const PDFDocument: new (options?: object) => PdfDocLike;
export default PDFDocument;
