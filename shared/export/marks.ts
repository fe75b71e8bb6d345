/**
 * Platform marks and kind icons as SVG markup in a 20×20 box: the shapes of
 * renderer/src/canvas/marks.tsx. Glyphs that need a symbol font (𝕏, ♪, ✆) are drawn as paths here so
 * the export looks the same on every machine.
 */
import type { NodeKind, Platform } from '../model/types';

type Glyph = { readonly text: string } | { readonly path: string; readonly stroke?: number };

export const PLATFORM_STYLE: Readonly<Record<Platform, { readonly bg: string; readonly fg: string; readonly glyph: Glyph }>> = {
  x: { bg: '#000000', fg: '#ffffff', glyph: { path: 'M6 5.5 L14 14.5 M14 5.5 L6 14.5', stroke: 2 } },
  facebook: { bg: '#1877f2', fg: '#ffffff', glyph: { text: 'f' } },
  linkedin: { bg: '#0a66c2', fg: '#ffffff', glyph: { text: 'in' } },
  instagram: { bg: '#d62976', fg: '#ffffff', glyph: { path: 'M7.7 4.5h4.6a3.2 3.2 0 0 1 3.2 3.2v4.6a3.2 3.2 0 0 1-3.2 3.2H7.7a3.2 3.2 0 0 1-3.2-3.2V7.7a3.2 3.2 0 0 1 3.2-3.2zM12.6 10a2.6 2.6 0 1 1-5.2 0 2.6 2.6 0 0 1 5.2 0z', stroke: 1.6 } },
  youtube: { bg: '#ff0000', fg: '#ffffff', glyph: { path: 'M7.5 5.5 L14.5 10 L7.5 14.5 Z' } },
  tiktok: { bg: '#111111', fg: '#25f4ee', glyph: { path: 'M11 4.5h2c.2 1.6 1.2 2.6 2.6 2.8v2c-1 0-1.9-.3-2.6-.8v4.2a3.3 3.3 0 1 1-3.3-3.3v2a1.3 1.3 0 1 0 1.3 1.3z' } },
  threads: { bg: '#101010', fg: '#ffffff', glyph: { text: '@' } },
  bluesky: { bg: '#1185fe', fg: '#ffffff', glyph: { path: 'M10 9.5C8.6 7 6 5 4.6 5.4 3.5 5.8 4.3 9.2 6.3 9.9 4.8 10.6 5.2 13.6 7.2 13.2 8.5 12.9 9.5 11.5 10 10.4 10.5 11.5 11.5 12.9 12.8 13.2 14.8 13.6 15.2 10.6 13.7 9.9 15.7 9.2 16.5 5.8 15.4 5.4 14 5 11.4 7 10 9.5z' } },
  mastodon: { bg: '#6364ff', fg: '#ffffff', glyph: { text: 'M' } },
  pinterest: { bg: '#e60023', fg: '#ffffff', glyph: { text: 'P' } },
  snapchat: { bg: '#fffc00', fg: '#111111', glyph: { path: 'M10 4c2.6 0 4 2 4 4.3v2.2l1.5 1-1.6.6-.4 1.3-1.5-.3L10 15l-2-1.9-1.5.3-.4-1.3-1.6-.6 1.5-1V8.3C6 6 7.4 4 10 4z', stroke: 0.9 } },
  whatsapp: { bg: '#25d366', fg: '#ffffff', glyph: { path: 'M7 5.2l1.6-.4 1.2 2.6-1 .9c.5 1.2 1.3 2 2.4 2.6l.9-1 2.6 1.2-.4 1.6c-.3.6-.9.9-1.6.9-3.3-.4-5.8-2.9-6.3-6.2 0-.8.3-1.6.6-2.2z' } },
  other: { bg: '#64748b', fg: '#ffffff', glyph: { text: '…' } },
};

/** The platform mark: a coloured tile with a glyph (inner markup of a 20×20 box). */
export function platformMarkSvg(platform: Platform): string {
  const s = PLATFORM_STYLE[platform];
  const tile = `<rect width="20" height="20" rx="5" fill="${s.bg}"/>`;
  const g = s.glyph;
  if ('text' in g) {
    const size = g.text.length > 1 ? 10 : 13;
    return `${tile}<text x="10" y="14.5" text-anchor="middle" font-size="${size}" font-weight="700" font-family="Inter" fill="${s.fg}">${g.text}</text>`;
  }
  if (platform === 'snapchat') return `${tile}<path d="${g.path}" fill="#ffffff" stroke="${s.fg}" stroke-width="${g.stroke ?? 1}"/>`;
  if (g.stroke !== undefined) return `${tile}<path d="${g.path}" fill="none" stroke="${s.fg}" stroke-width="${g.stroke}" stroke-linecap="round"/>`;
  return `${tile}<path d="${g.path}" fill="${s.fg}"/>`;
}

const KIND_PATHS: Readonly<Record<NodeKind, string>> = {
  department: '<rect x="3.5" y="4" width="13" height="12.5" rx="1"/><path d="M6.5 7.5h2M11.5 7.5h2M6.5 10.5h2M11.5 10.5h2M8.5 16.5v-3h3v3"/>',
  unit: '<path d="M10 17s-5-4.6-5-8.5a5 5 0 0 1 10 0c0 3.9-5 8.5-5 8.5z"/><circle cx="10" cy="8.5" r="1.8"/>',
  team: '<circle cx="10" cy="6.5" r="2.3"/><circle cx="4.8" cy="9" r="1.8"/><circle cx="15.2" cy="9" r="1.8"/><path d="M6 16.5c0-2.5 1.8-4.5 4-4.5s4 2 4 4.5M1.8 15.5c0-1.9 1.3-3.2 3-3.2M18.2 15.5c0-1.9-1.3-3.2-3-3.2"/>',
  employees: '<circle cx="7" cy="7" r="2.3"/><circle cx="13.5" cy="7.5" r="2"/><path d="M2.5 16c0-2.6 2-4.6 4.5-4.6s4.5 2 4.5 4.6M11 12c.7-.5 1.6-.8 2.5-.8 2.2 0 4 1.9 4 4.3"/>',
  account: '<circle cx="10" cy="10" r="3"/><path d="M13 10v1.2a2.3 2.3 0 0 0 4.5 0V10a7.5 7.5 0 1 0-3 6"/>',
};

/** The kind icon, stroked in `color` (inner markup of a 20×20 box). */
export function kindIconSvg(kind: NodeKind, color: string): string {
  return `<g fill="none" stroke="${color}" stroke-width="1.6" stroke-linejoin="round">${KIND_PATHS[kind]}</g>`;
}

/** The end shape of each edge kind in a 10×10 box, like EdgeMarkers.tsx; (9,5) or (5,5) is the line's end. */
export function markerShapeSvg(kind: 'coordinates' | 'owns' | 'member', color: string): string {
  if (kind === 'coordinates') return `<path d="M0,0 L10,5 L0,10 Z" fill="${color}"/>`;
  if (kind === 'owns') return `<circle cx="5" cy="5" r="4" fill="${color}"/>`;
  return `<path d="M1,1 L9,5 L1,9" fill="none" stroke="${color}" stroke-width="1.8" stroke-linejoin="round"/>`;
}

export const MARKER_REF_X = { coordinates: 9, owns: 5, member: 9 } as const;
