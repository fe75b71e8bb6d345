/**
 * A self-contained SVG: the export font (Inter), cut down to the characters the SVG prints, inside
 * it as `@font-face` data: URLs. Opened on a machine without Inter, the SVG still draws with the
 * font its boxes were measured with, so no label runs out of its box.
 *
 * Subsetting needs a font library (fontkit, which pdfkit already brings, in Node and in the
 * browser); `shared/` imports none, so the caller hands in the parsed font (`SubsettableFont`) and
 * its bytes. fontkit's subsets are made for PDF (no `cmap`, `name`, `OS/2`, `post`): this module
 * adds a `cmap` for the kept characters and copies the other three from the original font, so a
 * browser, Inkscape or PowerPoint accepts the font on its own.
 */
import { EXPORT_FONT_FAMILY } from './svg';

/** The part of a fontkit font the subsetter uses. */
export interface SubsettableFont {
  glyphForCodePoint(codePoint: number): { readonly id: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
  createSubset(): { includeGlyph(glyph: number | { readonly id: number }): number; encode(): Uint8Array };
}

/** One weight of the export font: the parsed font and the bytes it was parsed from. */
export interface EmbeddableFace {
  readonly weight: 400 | 600 | 700;
  readonly font: SubsettableFont;
  readonly bytes: Uint8Array;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Every character the SVG prints (all character data inside its `<text>` elements, also what
 * follows a closing `</tspan>`, as in the legend's "owns — The source runs the account"), as code
 * points, ascending.
 */
export function svgCodePoints(svg: string): number[] {
  const used = new Set<number>();
  for (const m of svg.matchAll(/<text\b(?:[^>]*[^/>])?>([\s\S]*?)<\/text>/g)) {
    for (const data of (m[1] ?? '').split(/<[^>]*>/)) for (const ch of unescapeXml(data)) used.add(ch.codePointAt(0) ?? 0);
  }
  return [...used].filter((cp) => cp >= 0x20).sort((a, b) => a - b);
}

// ── sfnt tables ─────────────────────────────────────────────────────────────────────────────────

interface Table {
  readonly tag: string;
  readonly data: Uint8Array;
}

function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word = ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

function writeFont(tables: readonly Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const n = sorted.length;
  const pad = (len: number) => (len + 3) & ~3;
  const size = 12 + 16 * n + sorted.reduce((t, s) => t + pad(s.data.length), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, n);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, n * 16 - power * 16);
  let offset = 12 + 16 * n;
  sorted.forEach((t, i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k += 1) out[at + k] = t.tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(t.data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}

/** A format 4 `cmap` (Windows, Unicode BMP) mapping each kept code point to its glyph in the subset. */
function cmapTable(map: ReadonlyMap<number, number>): Uint8Array {
  const points = [...map.keys()].filter((cp) => cp < 0xffff).sort((a, b) => a - b);
  const segments = [...points.map((cp) => ({ start: cp, end: cp, delta: ((map.get(cp) ?? 0) - cp) & 0xffff })), { start: 0xffff, end: 0xffff, delta: 1 }];
  const segX2 = segments.length * 2;
  const power = 2 ** Math.floor(Math.log2(segments.length));
  const subLength = 16 + segments.length * 8;
  const out = new Uint8Array(4 + 8 + subLength);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // one subtable
  view.setUint16(4, 3); // Windows
  view.setUint16(6, 1); // Unicode BMP
  view.setUint32(8, 12);
  const s = 12;
  view.setUint16(s, 4);
  view.setUint16(s + 2, subLength);
  view.setUint16(s + 4, 0);
  view.setUint16(s + 6, segX2);
  view.setUint16(s + 8, power * 2);
  view.setUint16(s + 10, Math.log2(power));
  view.setUint16(s + 12, segX2 - power * 2);
  const ends = s + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  segments.forEach((g, i) => {
    view.setUint16(ends + i * 2, g.end);
    view.setUint16(starts + i * 2, g.start);
    view.setUint16(deltas + i * 2, g.delta);
    view.setUint16(ranges + i * 2, 0);
  });
  return out;
}

/**
 * A standalone TrueType font holding only `codePoints` (those the font has) and `.notdef`: fontkit's
 * subset plus `cmap`, and `name`, `OS/2` and `post` (as version 3, no glyph names) from the original.
 */
export function subsetFont(font: SubsettableFont, original: Uint8Array, codePoints: readonly number[]): Uint8Array {
  const subset = font.createSubset();
  const map = new Map<number, number>();
  for (const cp of codePoints) {
    if (!font.hasGlyphForCodePoint(cp)) continue;
    map.set(cp, subset.includeGlyph(font.glyphForCodePoint(cp)));
  }
  const tables = readTables(subset.encode());
  const source = readTables(original);
  const out: Table[] = [...tables].map(([tag, data]) => ({ tag, data }));
  out.push({ tag: 'cmap', data: cmapTable(map) });
  for (const tag of ['name', 'OS/2']) {
    const data = source.get(tag);
    if (data) out.push({ tag, data });
  }
  const post = source.get('post');
  if (post && post.length >= 32) {
    const data = post.slice(0, 32);
    new DataView(data.buffer).setUint32(0, 0x00030000);
    out.push({ tag: 'post', data });
  }
  return writeFont(out);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63] ?? '';
    out += B64[(n >> 12) & 63] ?? '';
    out += b === undefined ? '=' : (B64[(n >> 6) & 63] ?? '');
    out += c === undefined ? '=' : (B64[n & 63] ?? '');
  }
  return out;
}

/**
 * The SVG with the export font inside: for each face, a subset holding exactly the characters the
 * SVG prints, as an `@font-face` rule with a data: URL, in a `<style>` right after `<svg …>`.
 */
export function embedSvgFonts(svg: string, faces: readonly EmbeddableFace[]): string {
  const points = svgCodePoints(svg);
  const css = faces
    .map((f) => `@font-face{font-family:${EXPORT_FONT_FAMILY};font-style:normal;font-weight:${f.weight};src:url(data:font/ttf;base64,${base64(subsetFont(f.font, f.bytes, points))}) format('truetype')}`)
    .join('');
  const end = svg.indexOf('>', svg.indexOf('<svg'));
  if (end < 0) return svg;
  return `${svg.slice(0, end + 1)}\n<defs><style>${css}</style></defs>${svg.slice(end + 1)}`;
}
