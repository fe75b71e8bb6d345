/**
 * Platform marks and kind icons in a 20×20 box, as data: the canvas (renderer/src/canvas/marks.tsx)
 * draws them as React elements, the exports (shared/export/marks.ts) as SVG markup.
 */
import type { NodeKind, Platform } from '../model/types';

/** A glyph drawn as a path: filled in the mark's `fg`, or stroked `stroke` wide; `fill` paints its inside (the stroke then defaults to 1). */
export interface PathGlyph {
  readonly d: string;
  readonly stroke?: number;
  readonly fill?: string;
}

/**
 * A platform mark: a tile in `bg` with a glyph in `fg`. `text` is the glyph the screen draws in the
 * system font; `path` is the glyph as a path, which the exports always draw when there is one (the
 * symbols 𝕏, ♪ and ✆ need a symbol font the export machine may lack), and the screen draws where it
 * has no `text`. Instagram's camera is drawn on screen with its lens dot (marks.tsx).
 */
export interface PlatformStyle {
  readonly bg: string;
  readonly fg: string;
  readonly text?: string;
  readonly path?: PathGlyph;
}

export const PLATFORM_STYLE: Readonly<Record<Platform, PlatformStyle>> = {
  x: { bg: '#000000', fg: '#ffffff', text: '𝕏', path: { d: 'M6 5.5 L14 14.5 M14 5.5 L6 14.5', stroke: 2 } },
  facebook: { bg: '#1877f2', fg: '#ffffff', text: 'f' },
  linkedin: { bg: '#0a66c2', fg: '#ffffff', text: 'in' },
  instagram: { bg: '#d62976', fg: '#ffffff', path: { d: 'M7.7 4.5h4.6a3.2 3.2 0 0 1 3.2 3.2v4.6a3.2 3.2 0 0 1-3.2 3.2H7.7a3.2 3.2 0 0 1-3.2-3.2V7.7a3.2 3.2 0 0 1 3.2-3.2zM12.6 10a2.6 2.6 0 1 1-5.2 0 2.6 2.6 0 0 1 5.2 0z', stroke: 1.6 } },
  youtube: { bg: '#ff0000', fg: '#ffffff', path: { d: 'M7.5 5.5 L14.5 10 L7.5 14.5 Z' } },
  tiktok: { bg: '#111111', fg: '#25f4ee', text: '♪', path: { d: 'M11 4.5h2c.2 1.6 1.2 2.6 2.6 2.8v2c-1 0-1.9-.3-2.6-.8v4.2a3.3 3.3 0 1 1-3.3-3.3v2a1.3 1.3 0 1 0 1.3 1.3z' } },
  threads: { bg: '#101010', fg: '#ffffff', text: '@' },
  bluesky: { bg: '#1185fe', fg: '#ffffff', path: { d: 'M10 9.5C8.6 7 6 5 4.6 5.4 3.5 5.8 4.3 9.2 6.3 9.9 4.8 10.6 5.2 13.6 7.2 13.2 8.5 12.9 9.5 11.5 10 10.4 10.5 11.5 11.5 12.9 12.8 13.2 14.8 13.6 15.2 10.6 13.7 9.9 15.7 9.2 16.5 5.8 15.4 5.4 14 5 11.4 7 10 9.5z' } },
  mastodon: { bg: '#6364ff', fg: '#ffffff', text: 'M' },
  pinterest: { bg: '#e60023', fg: '#ffffff', text: 'P' },
  snapchat: { bg: '#fffc00', fg: '#111111', path: { d: 'M10 4c2.6 0 4 2 4 4.3v2.2l1.5 1-1.6.6-.4 1.3-1.5-.3L10 15l-2-1.9-1.5.3-.4-1.3-1.6-.6 1.5-1V8.3C6 6 7.4 4 10 4z', stroke: 0.9, fill: '#ffffff' } },
  whatsapp: { bg: '#25d366', fg: '#ffffff', text: '✆', path: { d: 'M7 5.2l1.6-.4 1.2 2.6-1 .9c.5 1.2 1.3 2 2.4 2.6l.9-1 2.6 1.2-.4 1.6c-.3.6-.9.9-1.6.9-3.3-.4-5.8-2.9-6.3-6.2 0-.8.3-1.6.6-2.2z' } },
  other: { bg: '#64748b', fg: '#ffffff', text: '…' },
};

/** The font size of a text glyph: two letters ('in') are set smaller. */
export function glyphTextSize(text: string): number {
  return text.length > 1 ? 10 : 13;
}

/** One shape of an icon: the SVG element and its attributes, in the order they are written. */
export type IconShape = readonly ['rect' | 'circle' | 'path', Readonly<Record<string, string>>];

/** The kind icons, stroked (1.6 wide, round joins, no fill) in the colour of where they sit. */
export const KIND_ICONS: Readonly<Record<NodeKind, readonly IconShape[]>> = {
  department: [
    ['rect', { x: '3.5', y: '4', width: '13', height: '12.5', rx: '1' }],
    ['path', { d: 'M6.5 7.5h2M11.5 7.5h2M6.5 10.5h2M11.5 10.5h2M8.5 16.5v-3h3v3' }],
  ],
  unit: [
    ['path', { d: 'M10 17s-5-4.6-5-8.5a5 5 0 0 1 10 0c0 3.9-5 8.5-5 8.5z' }],
    ['circle', { cx: '10', cy: '8.5', r: '1.8' }],
  ],
  team: [
    ['circle', { cx: '10', cy: '6.5', r: '2.3' }],
    ['circle', { cx: '4.8', cy: '9', r: '1.8' }],
    ['circle', { cx: '15.2', cy: '9', r: '1.8' }],
    ['path', { d: 'M6 16.5c0-2.5 1.8-4.5 4-4.5s4 2 4 4.5M1.8 15.5c0-1.9 1.3-3.2 3-3.2M18.2 15.5c0-1.9-1.3-3.2-3-3.2' }],
  ],
  employees: [
    ['circle', { cx: '7', cy: '7', r: '2.3' }],
    ['circle', { cx: '13.5', cy: '7.5', r: '2' }],
    ['path', { d: 'M2.5 16c0-2.6 2-4.6 4.5-4.6s4.5 2 4.5 4.6M11 12c.7-.5 1.6-.8 2.5-.8 2.2 0 4 1.9 4 4.3' }],
  ],
  account: [
    ['circle', { cx: '10', cy: '10', r: '3' }],
    ['path', { d: 'M13 10v1.2a2.3 2.3 0 0 0 4.5 0V10a7.5 7.5 0 1 0-3 6' }],
  ],
};
