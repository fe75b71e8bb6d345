/** fontkit (pdfkit's font library) ships no typings: the part the SVG font subsetter (shared/export/svg-fonts.ts) uses. */
export interface Font {
  glyphForCodePoint(codePoint: number): { readonly id: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
  createSubset(): { includeGlyph(glyph: number | { readonly id: number }): number; encode(): Uint8Array };
}
export declare function create(buffer: Uint8Array): Font;
