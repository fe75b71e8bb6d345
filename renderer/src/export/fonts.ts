/**
 * Inter, the export font, from the same npm package the command line reads
 * (@expo-google-fonts/inter), served from the app's own origin (Vite emits the files). PDF embeds
 * the bytes; PNG needs them inside the SVG as `@font-face` data: URLs, because an SVG drawn
 * through an <img> cannot see the page's fonts. Fetched once, on the first export that needs them.
 */
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import semiboldUrl from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import { EXPORT_FONT_FAMILY } from '../../../shared/export';

export interface FontBytes {
  readonly regular: Uint8Array;
  readonly semibold: Uint8Array;
  readonly bold: Uint8Array;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the export font could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

let fonts: Promise<FontBytes> | null = null;

export function loadFonts(): Promise<FontBytes> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(semiboldUrl), fetchBytes(boldUrl)]).then(([regular, semibold, bold]) => ({ regular, semibold, bold }));
  // A failed load may succeed next time (the server was busy): forget it.
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

let css: string | null = null;

/** `@font-face` rules for the weights the export uses (400, 600, 700), as data: URLs. */
export async function fontFaceCss(): Promise<string> {
  if (css !== null) return css;
  const f = await loadFonts();
  const face = (weight: number, bytes: Uint8Array) => `@font-face{font-family:${EXPORT_FONT_FAMILY};font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,${base64(bytes)}) format('truetype')}`;
  css = [face(400, f.regular), face(600, f.semibold), face(700, f.bold)].join('');
  return css;
}

/** The SVG with the fonts inside (only for drawing it to a canvas; the SVG file stays as the command line writes it). */
export function withFonts(svg: string, fontCss: string): string {
  const end = svg.indexOf('>', svg.indexOf('<svg'));
  if (end < 0) return svg;
  return `${svg.slice(0, end + 1)}<defs><style>${fontCss}</style></defs>${svg.slice(end + 1)}`;
}
