/** fontkit (pdfkit's font library) ships no typings: the part the SVG font subsetter (shared/export/svg-fonts.ts) and its test use. */
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
  }
  export interface Font {
    readonly unitsPerEm: number;
    layout(text: string): { readonly advanceWidth: number };
    glyphForCodePoint(codePoint: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    createSubset(): { includeGlyph(glyph: number | Glyph): number; encode(): Uint8Array };
  }
  export function create(buffer: Uint8Array): Font;
}
