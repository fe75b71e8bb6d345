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

let faces: EmbeddableFace[] | null = null;

/** Inter 400, 600 and 700, parsed, for embedding their subsets in an SVG (read once). */
export function svgFaces(): readonly EmbeddableFace[] {
  const read = (weight: EmbeddableFace['weight'], path: string): EmbeddableFace => {
    const bytes = new Uint8Array(readFileSync(path));
    return { weight, bytes, font: fontkit.create(bytes) };
  };
  faces ??= [read(400, FONT_FILES.regular), read(600, FONT_FILES.semibold), read(700, FONT_FILES.bold)];
  return faces;
}
