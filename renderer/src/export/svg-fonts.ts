/**
 * The saved SVG carries the subset of Inter it prints (shared/export/svg-fonts.ts), as the command
 * line writes it. fontkit is loaded with this module, only when someone exports an SVG.
 */
import * as fontkit from 'fontkit';
import type { EmbeddableFace } from '../../../shared/export/svg-fonts';
import { loadFonts } from './fonts';

let faces: Promise<EmbeddableFace[]> | null = null;

export function svgFaces(): Promise<EmbeddableFace[]> {
  faces ??= loadFonts().then((f) =>
    ([[400, f.regular], [600, f.semibold], [700, f.bold]] as const).map(([weight, bytes]) => ({ weight, bytes, font: fontkit.create(bytes) })),
  );
  faces.catch(() => {
    faces = null;
  });
  return faces;
}
