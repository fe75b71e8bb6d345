#!/usr/bin/env node
// `npm run pack:check` (one check of `npm test`): packs the app with the real electron-builder.yml
// where no Electron binary can be fetched, and checks what a user would get.
//
// A stand-in Electron folder (an `electron` "executable" that carries the fuse sentinel and
// Electron's default fuse wire, so @electron/fuses can flip it) stands in for the download, and a
// throw-away project shaped like ours, with decoys that must not ship (sources, tests, source maps,
// dependencies, .orgmap files), stands in for the repository. electron-builder then packs the Linux
// `deb` and `AppImage` targets; the `effectiveOptionComputed` hook hands us the fpm arguments and
// the desktop entry and stops before fpm / appimagetool would be downloaded. Checked:
//   1. app.asar holds only out/** (without source maps) and package.json;
//   2. the fuses are flipped in the packed executable as electron-builder.yml says;
//   3. the desktop entry opens files (%F) and lists the .orgmap MIME type; the deb installs the app
//      icons, our MIME XML and the document icons; the MIME XML names the type, glob and icon;
//   4. the icons the config names for macOS and Windows exist and are what their names say.
// Prints one line per check; exits 1 if any failed. Usage: node scripts/pack-check.mjs [--keep]
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

export const MIME_TYPE = 'application/vnd.orgmap+json';
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
// --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
const DEFAULT_WIRE = '10110001';
const ELECTRON_VERSION = '45.5.0';

/** electronFuses key in electron-builder.yml → @electron/fuses FuseV1Options name. */
const FUSE_NAMES = {
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  loadBrowserProcessSpecificV8Snapshot: 'LoadBrowserProcessSpecificV8Snapshot',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges',
};

/** The decoy project: what is built (out/**) and what must never ship. */
const PROJECT_FILES = {
  'out/main/index.js': 'export {};',
  'out/main/index.js.map': '{}',
  'out/preload/index.cjs': '',
  'out/renderer/index.html': '<!doctype html>',
  'out/renderer/assets/index.js': '',
  'out/renderer/assets/index.js.map': '{}',
  'electron/main/index.ts': 'source',
  'electron/main/ipc.test.ts': 'test',
  'renderer/src/main.tsx': 'source',
  'shared/ipc.ts': 'source',
  'shared/model/fixtures/v1.orgmap': '{}',
  'assets/templates/centralized.orgmap': '{}',
  'e2e/browser/editor.spec.ts': 'test',
  'acme.orgmap': '{}',
  'node_modules/react/package.json': JSON.stringify({ name: 'react', version: '1.0.0', main: 'index.js' }),
  'node_modules/react/index.js': '',
};
export const EXPECTED_ASAR = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/assets/index.js', '/out/renderer/index.html', '/package.json'];

/** Parses a desktop entry's [Desktop Entry] group into key → value. */
export function parseDesktopEntry(text) {
  const entry = {};
  let inGroup = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\[.*\]$/.test(line)) inGroup = line === '[Desktop Entry]';
    else if (inGroup && line.includes('=') && !line.startsWith('#')) {
      const at = line.indexOf('=');
      entry[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return entry;
}

/** The fpm `source=destination` mappings whose destination matches. */
const mapped = (args, pattern) => args.filter((a) => typeof a === 'string' && a.includes('=') && pattern.test(a.slice(a.indexOf('=') + 1)));

/**
 * Packs and checks. Returns `{ results: [{ name, ok, detail }], work }`; never throws for a failed
 * check (only when packing itself fails).
 */
export async function packCheck({ keep = false } = {}) {
  const yaml = require('js-yaml');
  const builder = require('electron-builder');
  const fuses = require('@electron/fuses');
  const asar = require('@electron/asar');

  const work = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-pack-'));
  const results = [];
  const check = (name, ok, detail = '') => results.push({ name, ok: Boolean(ok), detail });
  try {
    const dist = nodePath.join(work, 'electron-dist');
    await mkdir(nodePath.join(dist, 'resources'), { recursive: true });
    await writeFile(
      nodePath.join(dist, 'electron'),
      Buffer.concat([Buffer.from('#!/bin/sh\n# '), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from('\n')]),
      { mode: 0o755 },
    );
    await writeFile(nodePath.join(dist, 'version'), ELECTRON_VERSION);

    const app = nodePath.join(work, 'app');
    const ourPackage = JSON.parse(await readFile(nodePath.join(root, 'package.json'), 'utf8'));
    const files = {
      ...PROJECT_FILES,
      'package.json': JSON.stringify({
        name: ourPackage.name,
        productName: ourPackage.productName,
        version: ourPackage.version,
        description: ourPackage.description,
        main: ourPackage.main,
        type: ourPackage.type,
        dependencies: { react: '1.0.0' },
      }),
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(nodePath.dirname(nodePath.join(app, path)), { recursive: true });
      await writeFile(nodePath.join(app, path), text);
    }
    await copyFile(nodePath.join(root, 'electron-builder.yml'), nodePath.join(app, 'electron-builder.yml'));
    await cp(nodePath.join(root, 'assets', 'icons'), nodePath.join(app, 'assets', 'icons'), { recursive: true });

    const config = yaml.load(await readFile(nodePath.join(root, 'electron-builder.yml'), 'utf8'));
    const captured = { fpmArgs: null, fpmDesktop: null, appImageDesktop: null };
    // fpm resolves the deb's extra files against the working directory: the project, as under npm run.
    const cwd = process.cwd();
    process.chdir(app);
    try {
      await builder.build({
        projectDir: app,
        config: { ...config, electronDist: dist, electronVersion: ELECTRON_VERSION, npmRebuild: false, directories: { ...config.directories, output: nodePath.join(work, 'release') } },
        targets: builder.Platform.LINUX.createTarget(['deb', 'AppImage'], builder.Arch.x64),
        publish: 'never',
        // Called with the final fpm arguments (deb) or the desktop entry (AppImage); true = stop here.
        effectiveOptionComputed: async (options) => {
          if (Array.isArray(options)) {
            captured.fpmArgs = options[0];
            captured.fpmDesktop = await readFile(options[1], 'utf8');
          } else if (options && typeof options.desktop === 'string') {
            captured.appImageDesktop = options.desktop;
          }
          return true;
        },
      });
    } finally {
      process.chdir(cwd);
    }
    const unpacked = nodePath.join(work, 'release', 'linux-unpacked');

    // 1. The archive.
    const listed = asar.listPackage(nodePath.join(unpacked, 'resources', 'app.asar'), { isPack: false });
    const shipped = listed.map((p) => p.replaceAll('\\', '/')).filter((p) => nodePath.extname(p) !== '').sort();
    check('app.asar holds only out/** and package.json', JSON.stringify(shipped) === JSON.stringify(EXPECTED_ASAR), shipped.join(' '));
    check('no .ts, test, source map or .orgmap in app.asar', !shipped.some((p) => /\.(ts|tsx|map|orgmap)$|\.test\.|\.spec\./.test(p)));

    // 2. The fuses, read back from the packed executable.
    const wire = await fuses.getCurrentFuseWire(nodePath.join(unpacked, config.linux?.executableName ?? 'orgmap'));
    const wanted = config.electronFuses ?? {};
    const wrong = Object.entries(wanted).filter(([key, on]) => {
      const option = fuses.FuseV1Options[FUSE_NAMES[key]];
      return option === undefined || String.fromCharCode(wire[option]) !== (on ? '1' : '0');
    });
    check('fuses flipped in the executable as configured', Object.keys(wanted).length >= 7 && wrong.length === 0, wrong.map(([k]) => k).join(' '));
    check(
      'fuses: run-as-node, NODE_OPTIONS, --inspect off; asar-only and integrity on',
      wanted.runAsNode === false && wanted.enableNodeOptionsEnvironmentVariable === false && wanted.enableNodeCliInspectArguments === false &&
        wanted.onlyLoadAppFromAsar === true && wanted.enableEmbeddedAsarIntegrityValidation === true,
    );

    // 3. Linux integration: desktop entries, icons, MIME type.
    for (const [name, text] of [['deb', captured.fpmDesktop], ['AppImage', captured.appImageDesktop]]) {
      const entry = text ? parseDesktopEntry(text) : {};
      check(
        `${name} desktop entry opens .orgmap files`,
        entry.MimeType?.split(';').includes(MIME_TYPE) && /(^|\s)%[fFuU](\s|$)/.test(entry.Exec ?? '') && entry.Icon === 'orgmap' && entry.StartupWMClass === 'orgmap',
        text ? `MimeType=${entry.MimeType} Exec=${entry.Exec} Icon=${entry.Icon} StartupWMClass=${entry.StartupWMClass}` : 'no desktop entry was produced',
      );
    }
    const args = captured.fpmArgs ?? [];
    check('deb installs the desktop entry as orgmap.desktop', mapped(args, /^\/usr\/share\/applications\/orgmap\.desktop$/).length === 1);
    const appIcons = mapped(args, /^\/usr\/share\/icons\/hicolor\/\d+x\d+\/apps\/orgmap\.png$/);
    check('deb installs the app icon at 16–512 px', appIcons.length >= 6 && ['16x16', '32x32', '256x256', '512x512'].every((s) => appIcons.some((a) => a.includes(`/${s}/`))), `${appIcons.length} sizes`);
    const docIcons = mapped(args, /^\/usr\/share\/icons\/hicolor\/\d+x\d+\/mimetypes\/application-vnd\.orgmap\+json\.png$/);
    check('deb installs the .orgmap document icon', docIcons.length >= 6, `${docIcons.length} sizes`);
    const mimeXml = mapped(args, /^\/usr\/share\/mime\/packages\/vnd\.orgmap\.xml$/)[0];
    const xml = mimeXml ? await readFile(nodePath.join(app, mimeXml.slice(0, mimeXml.indexOf('='))), 'utf8') : '';
    check(
      'deb installs the MIME type (type, *.orgmap glob, document icon)',
      xml.includes(`type="${MIME_TYPE}"`) && xml.includes('<glob pattern="*.orgmap"/>') && xml.includes('<icon name="application-vnd.orgmap+json"/>'),
    );
    for (const arg of [...docIcons, ...(mimeXml ? [mimeXml] : [])]) {
      const source = nodePath.resolve(app, arg.slice(0, arg.indexOf('=')));
      await readFile(source).catch(() => check(`deb source file exists: ${source}`, false));
    }

    // 4. macOS and Windows icons named by the config.
    const magic = async (path, bytes) => (await readFile(nodePath.join(root, path))).subarray(0, bytes.length).equals(Buffer.from(bytes));
    const association = (config.fileAssociations ?? []).find((a) => a.ext === 'orgmap');
    check('file association: .orgmap, MIME type, description, own icon', association?.mimeType === MIME_TYPE && Boolean(association?.description) && association?.icon === 'assets/icons/document');
    check('macOS icons are ICNS (app, document)', (await magic(config.mac?.icon ?? '', [0x69, 0x63, 0x6e, 0x73])) && (await magic('assets/icons/document.icns', [0x69, 0x63, 0x6e, 0x73])));
    check('Windows icons are ICO (app, document)', (await magic(config.win?.icon ?? '', [0, 0, 1, 0])) && (await magic('assets/icons/document.ico', [0, 0, 1, 0])));
    return { results, work };
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === nodePath.resolve(process.argv[1])) {
  const started = Date.now();
  const keep = process.argv.includes('--keep');
  packCheck({ keep })
    .then(({ results, work }) => {
      for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.detail && !r.ok ? ` — ${r.detail}` : ''}`);
      const failed = results.filter((r) => !r.ok).length;
      console.log(`pack-check: ${results.length - failed} of ${results.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s${keep ? ` (kept ${work})` : ''}`);
      process.exit(failed ? 1 : 0);
    })
    .catch((error) => {
      console.error('pack-check: packing failed:', error);
      process.exit(1);
    });
}
