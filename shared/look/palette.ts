/**
 * The colours of the map, on the canvas and in every export: node kinds (`KIND_COLORS`), line
 * widths, and the colours an export paints, light and dark, in one table. Each row names the canvas' CSS
 * custom property it copies (renderer/src/styles.css, `:root` and `:root[data-theme='dark']`);
 * shared/export/palette.test.ts parses styles.css and checks every value, so the two cannot drift apart.
 * Node border colours and platform marks are the same in both themes (as on the canvas).
 */
import type { EdgeKind, NodeKind } from '../model/types';

/**
 * The colour of each node kind: the box border on the canvas (styles.css `.org-node--*`), its
 * zoomed-out sketch (`.node-sketch--*`), the minimap and every export. The same in both themes.
 */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  department: '#f59e0b',
  unit: '#0ea5e9',
  team: '#6366f1',
  employees: '#14b8a6',
  account: '#64748b',
};

/** Line widths by relation kind, in px (the canvas's OrgEdgeView and the exports). */
export const EDGE_WIDTH: Readonly<Record<EdgeKind, number>> = { coordinates: 3, owns: 1.8, member: 1.2 };

export type ExportTheme = 'light' | 'dark';
export const EXPORT_THEMES: readonly ExportTheme[] = ['light', 'dark'];

interface Row {
  /** The CSS custom property on the canvas; null where the canvas uses no variable (see `page`). */
  readonly css: string | null;
  readonly light: string;
  readonly dark: string;
}

export const EXPORT_COLOR_TABLE = {
  /** Behind the map ('white' background): React Flow's own white canvas in light, `--bg` in dark (`.react-flow.dark`). */
  page: { css: '--bg', light: '#ffffff', dark: '#0b1120' },
  node: { css: '--node-bg', light: '#ffffff', dark: '#1a2333' },
  text: { css: '--text', light: '#0f172a', dark: '#e5e9f0' },
  muted: { css: '--muted', light: '#475569', dark: '#a7b3c5' },
  /** The legend box (the sidebar legend sits on `--panel`) and its outline. */
  panel: { css: '--panel', light: '#ffffff', dark: '#111827' },
  border: { css: '--border', light: '#d8dee8', dark: '#334155' },
  /** The hub tag and the text on it. */
  accentFill: { css: '--accent-fill', light: '#1d4ed8', dark: '#2563eb' },
  onAccent: { css: '--on-accent', light: '#ffffff', dark: '#ffffff' },
  /** The glow around a hub: `--hub-glow` is this colour at `HUB_GLOW_OPACITY`. */
  hubGlow: { css: '--hub-glow', light: '#1d4ed8', dark: '#7cacf8' },
  edgeCoordinates: { css: '--edge-coordinates', light: '#1d4ed8', dark: '#6ea3f7' },
  edgeOwns: { css: '--edge-owns', light: '#047857', dark: '#34d399' },
  edgeMember: { css: '--edge-member', light: '#7e22ce', dark: '#c084fc' },
} as const satisfies Readonly<Record<string, Row>>;

/** `page` in light is not `--bg` (#f8fafc, the app's chrome) but the canvas' white: the one row whose light value is not its variable's. */
export const LIGHT_ONLY_CANVAS_WHITE = 'page';

export const HUB_GLOW_OPACITY: Readonly<Record<ExportTheme, number>> = { light: 0.15, dark: 0.25 };

export type ExportColorName = keyof typeof EXPORT_COLOR_TABLE;
export type ExportPalette = Readonly<Record<ExportColorName, string>>;

function column(theme: ExportTheme): ExportPalette {
  const out = {} as Record<ExportColorName, string>;
  for (const name of Object.keys(EXPORT_COLOR_TABLE) as ExportColorName[]) out[name] = EXPORT_COLOR_TABLE[name][theme];
  return out;
}

/** The colours of one theme. */
export const EXPORT_PALETTES: Readonly<Record<ExportTheme, ExportPalette>> = { light: column('light'), dark: column('dark') };

/** Line colours by kind, per theme. */
export const EDGE_COLORS_BY_THEME: Readonly<Record<ExportTheme, Readonly<Record<EdgeKind, string>>>> = {
  light: { coordinates: EXPORT_PALETTES.light.edgeCoordinates, owns: EXPORT_PALETTES.light.edgeOwns, member: EXPORT_PALETTES.light.edgeMember },
  dark: { coordinates: EXPORT_PALETTES.dark.edgeCoordinates, owns: EXPORT_PALETTES.dark.edgeOwns, member: EXPORT_PALETTES.dark.edgeMember },
};

/** Light line colours (the default); `EDGE_COLORS_BY_THEME` has both themes. */
export const EDGE_COLORS: Readonly<Record<EdgeKind, string>> = EDGE_COLORS_BY_THEME.light;
