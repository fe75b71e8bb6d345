/**
 * Our PNG encoder (png-encode.ts) writes the same pixels resvg's own `asPng()` does, to the byte
 * once decoded: opaque, see-through and clear pixels, with text.
 */
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from './fonts';
import { demultiply, encodePng } from './png-encode';

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

  it('refuses pixels that do not fill the size given', () => {
    expect(() => encodePng(new Uint8Array(4 * 10), 3, 3)).toThrow(/40 bytes for 3 × 3/);
  });
});
