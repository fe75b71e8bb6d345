/**
 * The renderer's view of pdfkit (its browser build, which Vite picks through the package's
 * `default` export condition). @types/pdfkit pulls in Node's types, which must not leak into the
 * renderer's check, so tsconfig.web.json maps `pdfkit` here: only what shared/export/documents.ts
 * needs (`PdfDocLike`).
 */
import type { PdfDocLike } from '../../../../shared/export';

declare class PDFDocument implements PdfDocLike {
  constructor(options?: object);
  addPage(): this;
  registerFont(name: string, src: Uint8Array | ArrayBuffer | string): this;
  font(name: string): this;
  fontSize(size: number): this;
  fillColor(color: string): this;
  text(text: string): this;
  moveDown(lines?: number): this;
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  end(): void;
}
export default PDFDocument;
