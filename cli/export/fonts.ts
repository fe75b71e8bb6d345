import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { EmbeddableFace } from '../../shared/export/svg-fonts';

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));

/**
 * Inter, from an npm package, so every machine rasterises with the same font (no system fonts:
 * output is identical everywhere). Semibold stands in for the label weight 600.
 */
export const FONT_FILES = {
  regular: join(dir, '400Regular', 'Inter_400Regular.ttf'),
  semibold: join(dir, '600SemiBold', 'Inter_600SemiBold.ttf'),
  bold: join(dir, '700Bold', 'Inter_700Bold.ttf'),
} as const;

type Weight = EmbeddableFace['weight'];
const FILE_OF: Readonly<Record<Weight, string>> = { 400: FONT_FILES.regular, 600: FONT_FILES.semibold, 700: FONT_FILES.bold };
const parsed = new Map<Weight, { readonly bytes: Uint8Array; readonly font: fontkit.Font }>();

/** One weight of Inter, read and parsed once for the process. */
function interFace(weight: Weight): { readonly bytes: Uint8Array; readonly font: fontkit.Font } {
  let face = parsed.get(weight);
  if (!face) {
    const bytes = new Uint8Array(readFileSync(FILE_OF[weight]));
    face = { bytes, font: fontkit.create(bytes) };
    parsed.set(weight, face);
  }
  return face;
}

/** Inter 400, 600 and 700, parsed, for embedding their subsets in an SVG (read once). */
export function svgFaces(): readonly EmbeddableFace[] {
  return ([400, 600, 700] as const).map((weight) => ({ weight, ...interFace(weight) }));
}

/**
 * Inter 400 and 600 for the PDF, parsed once (the same fonts as `svgFaces`): pdfkit shapes every
 * word with fontkit, whose lookup tables decode on first use, so a font parsed anew for each PDF
 * pays that again every time.
 */
export function pdfFonts(): { readonly regular: fontkit.Font; readonly semibold: fontkit.Font } {
  return { regular: interFace(400).font, semibold: interFace(600).font };
}
