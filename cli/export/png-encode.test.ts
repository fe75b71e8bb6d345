/**
 * Our PNG encoder (png-encode.ts) writes the same pixels resvg's own `asPng()` does, to the byte
 * once decoded: opaque, see-through and clear pixels, with text. The banded encoder gives the
 * same pixels again, in one valid zlib stream.
 */
import { Resvg } from '@resvg/resvg-js';
import { inflateSync, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { prng } from '../../test-support/analysis/builders';
import { FONT_FILES } from './fonts';
import { adler32Combine, demultiply, encodePng, encodePngParallel, PARTS } from './png-encode';

function render(svg: string): { ours: PNG; theirs: PNG } {
  const image = new Resvg(svg, { font: { fontFiles: [FONT_FILES.regular], loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();
  const theirs = PNG.sync.read(image.asPng());
  const ours = PNG.sync.read(encodePng(image.pixels, image.width, image.height));
  return { ours, theirs };
}

// Every alpha from 0 to 255 over several colours (a gradient of opacity per colour band), on a
// partly opaque page, with anti-aliased text and circles: the edges of all the demultiplying.
const ALPHA_RAMP = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="140">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff" stop-opacity="1"/></linearGradient>
  <mask id="m"><rect width="600" height="140" fill="url(#g)"/></mask></defs>
  <rect x="300" y="100" width="300" height="40" fill="#ffffff"/>
  <g mask="url(#m)">
    <rect y="0" width="600" height="20" fill="#e11d48"/><rect y="20" width="600" height="20" fill="#0f766e"/>
    <rect y="40" width="600" height="20" fill="#1e293b"/><rect y="60" width="600" height="20" fill="#fbbf24"/>
    <rect y="80" width="600" height="20" fill="#7c3aed" fill-opacity="0.37"/>
  </g>
  <circle cx="60" cy="120" r="17" fill="#2563eb" fill-opacity="0.6"/>
  <text x="90" y="130" font-size="15" fill="#111827">Kg &amp; ÿ — Orgmap</text>
</svg>`;

describe('encodePng', () => {
  it('decodes to exactly the pixels of resvg’s asPng, see-through and clear ones included', () => {
    const { ours, theirs } = render(ALPHA_RAMP);
    expect([ours.width, ours.height]).toEqual([600, 140]);
    const alphas = new Set<number>();
    for (let i = 3; i < theirs.data.length; i += 4) alphas.add(theirs.data[i] ?? -1);
    expect(alphas.size).toBeGreaterThan(200); // the picture does hold the see-through pixels it means to test
    expect(alphas.has(0)).toBe(true);
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
  });

  it('an opaque picture is left as it is (nothing to demultiply)', () => {
    const { ours, theirs } = render(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#fff"/><text x="2" y="22" font-size="16">Ab</text></svg>`);
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
    const pixels = new Uint8Array(ours.data);
    expect(demultiply(pixels)).toBe(false);
    expect(Buffer.compare(pixels, ours.data)).toBe(0);
  });

  it('demultiplies like tiny-skia: channel / (alpha / 255), rounded, clear pixels black', () => {
    // Opaque first, so the see-through pixels after it are found too.
    const pixels = new Uint8Array([10, 20, 30, 255, 64, 32, 0, 128, 1, 1, 1, 3, 0, 0, 0, 0]);
    expect(demultiply(pixels)).toBe(true);
    expect([...pixels]).toEqual([10, 20, 30, 255, 128, 64, 0, 128, 85, 85, 85, 3, 0, 0, 0, 0]);
  });

  it('refuses pixels that do not fill the size given', async () => {
    expect(() => encodePng(new Uint8Array(4 * 10), 3, 3)).toThrow(/40 bytes for 3 × 3/);
    await expect(encodePngParallel(new Uint8Array(4 * 10), 3, 3)).rejects.toThrow(/40 bytes for 3 × 3/);
  });
});

/** The zlib stream of a PNG's IDAT chunks, joined (our encoders write one). */
function idat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/** The Adler-32 zlib writes after a stream of these bytes. */
function adler32(bytes: Uint8Array): number {
  const stream = deflateSync(bytes, { level: 0 });
  return stream.readUInt32BE(stream.length - 4);
}

describe('encodePngParallel (rows deflated in bands at once)', () => {
  it('gives the pixels of the one-stream encoder and of resvg, see-through ones included', async () => {
    const image = new Resvg(ALPHA_RAMP, { font: { fontFiles: [FONT_FILES.regular], loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();
    const theirs = PNG.sync.read(image.asPng());
    const banded = await encodePngParallel(image.pixels, image.width, image.height);
    const ours = PNG.sync.read(banded);
    expect([ours.width, ours.height]).toEqual([600, 140]);
    expect(Buffer.compare(ours.data, theirs.data)).toBe(0);
    // One zlib stream whose checksum holds (inflate checks it), with a flush between the bands.
    const stream = idat(banded);
    expect(inflateSync(stream).length).toBe(140 * (600 * 4 + 1));
    expect(stream.indexOf(Buffer.from([0, 0, 0xff, 0xff]))).toBeGreaterThan(0);
    expect(stream.readUInt32BE(stream.length - 4)).toBe(adler32(inflateSync(stream)));
  });

  it('images with fewer rows than bands, and odd sizes, decode to the pixels given', async () => {
    const random = prng(17);
    for (const [width, height] of [[1, 1], [3, 2], [5, PARTS - 1], [7, PARTS], [2, PARTS + 1], [33, 61]] as const) {
      // Opaque random pixels (nothing to demultiply), so the decoded image must equal the input.
      const pixels = new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : Math.floor(random() * 256)));
      const file = await encodePngParallel(new Uint8Array(pixels), width, height);
      expect(() => inflateSync(idat(file))).not.toThrow(); // zlib checks the joined Adler-32 (pngjs does not)
      const png = PNG.sync.read(file);
      expect([png.width, png.height]).toEqual([width, height]);
      expect(Buffer.compare(png.data, Buffer.from(pixels))).toBe(0);
    }
  });

  it('adler32Combine gives the checksum of the two runs together', () => {
    const random = prng(5);
    const bytes = new Uint8Array(200_000).map(() => (random() < 0.9 ? 255 : Math.floor(random() * 256)));
    for (const cut of [0, 1, 5_551, 5_552, 65_521, 100_000, 199_999, 200_000]) {
      const a = bytes.subarray(0, cut);
      const b = bytes.subarray(cut);
      expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(bytes));
    }
  });
});
