#!/usr/bin/env node
// Renders app.svg and document.svg to every icon file packaging needs, and writes them beside this
// script (they are committed, so packaging itself never needs this step):
//   app-1024.png, document-1024.png         the masters
//   app.icns, document.icns                 macOS (app, CFBundleDocumentTypes), PNG-in-ICNS
//   app.ico, document.ico                   Windows (exe, NSIS file association), PNG-in-ICO
//   linux/app/NxN.png                       Linux app icon set (hicolor apps/)
//   linux/document/NxN.png                  Linux MIME icon set (hicolor mimetypes/)
//
// The rasteriser is resvg (npm `@resvg/resvg-js`, a prebuilt binary inside the npm package). It is
// not a project dependency: install it anywhere and point RESVG_DIR at that folder, e.g.
//   npm install --prefix /tmp/resvg @resvg/resvg-js@2 && RESVG_DIR=/tmp/resvg node assets/icons/render.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(process.env.RESVG_DIR ? join(process.env.RESVG_DIR, 'package.json') : import.meta.url);
let Resvg;
try {
  ({ Resvg } = require('@resvg/resvg-js'));
} catch {
  console.error('render.mjs: @resvg/resvg-js not found; see the comment at the top of this file.');
  process.exit(1);
}

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types that hold PNG data, by pixel size (the @2x types reuse the larger bitmaps).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

function render(svg, size) {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

/** ICO with PNG-compressed entries (Windows Vista and later read these at every size). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const { size, png } of pngs) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

/** ICNS: 'icns', total length, then (type, length incl. its 8-byte header, PNG) per element. */
function icns(bySize) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = bySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

for (const name of ['app', 'document']) {
  const svg = readFileSync(join(here, `${name}.svg`), 'utf8');
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])].sort((a, b) => a - b);
  const bySize = new Map(sizes.map((size) => [size, render(svg, size)]));
  writeFileSync(join(here, `${name}-1024.png`), bySize.get(1024));
  writeFileSync(join(here, `${name}.ico`), ico(ICO_SIZES.map((size) => ({ size, png: bySize.get(size) }))));
  writeFileSync(join(here, `${name}.icns`), icns(bySize));
  const dir = join(here, 'linux', name);
  mkdirSync(dir, { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(dir, `${size}x${size}.png`), bySize.get(size));
  console.log(`${name}: ${sizes.length} sizes written`);
}
