/**
 * Platform marks and kind icons as SVG markup in a 20×20 box, from the tables of shared/look/marks.ts
 * (which the canvas draws too). Glyphs that need a symbol font (𝕏, ♪, ✆) are drawn as their paths
 * here so the export looks the same on every machine.
 */
import { NODE_KINDS, type NodeKind, type Platform } from '../model/types';
import { glyphTextSize, KIND_ICONS, PLATFORM_STYLE, type IconShape } from '../look/marks';

/** The platform mark: a coloured tile with a glyph (inner markup of a 20×20 box). */
export function platformMarkSvg(platform: Platform): string {
  const s = PLATFORM_STYLE[platform];
  const tile = `<rect width="20" height="20" rx="5" fill="${s.bg}"/>`;
  const g = s.path;
  if (g === undefined) {
    const text = s.text ?? '';
    return `${tile}<text x="10" y="14.5" text-anchor="middle" font-size="${glyphTextSize(text)}" font-weight="700" font-family="Inter" fill="${s.fg}">${text}</text>`;
  }
  if (g.fill !== undefined) return `${tile}<path d="${g.d}" fill="${g.fill}" stroke="${s.fg}" stroke-width="${g.stroke ?? 1}"/>`;
  if (g.stroke !== undefined) return `${tile}<path d="${g.d}" fill="none" stroke="${s.fg}" stroke-width="${g.stroke}" stroke-linecap="round"/>`;
  return `${tile}<path d="${g.d}" fill="${s.fg}"/>`;
}

const shapeSvg = ([tag, attrs]: IconShape): string => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}/>`;
/** Each kind's shapes as markup, written once. */
const KIND_MARKUP = Object.fromEntries(NODE_KINDS.map((kind) => [kind, KIND_ICONS[kind].map(shapeSvg).join('')])) as Readonly<Record<NodeKind, string>>;

/** The kind icon, stroked in `color` (inner markup of a 20×20 box). */
export function kindIconSvg(kind: NodeKind, color: string): string {
  return `<g fill="none" stroke="${color}" stroke-width="1.6" stroke-linejoin="round">${KIND_MARKUP[kind]}</g>`;
}

/** The end shape of each edge kind in a 10×10 box, like EdgeMarkers.tsx; (9,5) or (5,5) is the line's end. */
export function markerShapeSvg(kind: 'coordinates' | 'owns' | 'member', color: string): string {
  if (kind === 'coordinates') return `<path d="M0,0 L10,5 L0,10 Z" fill="${color}"/>`;
  if (kind === 'owns') return `<circle cx="5" cy="5" r="4" fill="${color}"/>`;
  return `<path d="M1,1 L9,5 L1,9" fill="none" stroke="${color}" stroke-width="1.8" stroke-linejoin="round"/>`;
}

export const MARKER_REF_X = { coordinates: 9, owns: 5, member: 9 } as const;
