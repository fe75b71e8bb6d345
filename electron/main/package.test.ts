/**
 * Packs a stand-in app with the real electron-builder.yml (Linux `dir` target, a stand-in Electron
 * binary that carries the fuse sentinel, so no download) and checks what actually ships: only
 * out/** and package.json in the asar, and the fuses flipped in the executable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
interface BuilderModule {
  build(options: { projectDir: string; config: Record<string, unknown>; targets: Map<unknown, unknown>; publish: 'never' }): Promise<string[]>;
  Platform: { LINUX: { createTarget(type: string): Map<unknown, unknown> } };
}
const builder = require('electron-builder') as BuilderModule;
const fuses = require('@electron/fuses') as {
  getCurrentFuseWire(path: string): Promise<Record<number, number>>;
  FuseV1Options: Record<string, number>;
};
const asar = require('@electron/asar') as { listPackage(path: string, options?: object): string[] };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
// --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
const DEFAULT_WIRE = '10110001';

let work: string;
let unpacked: string;

beforeAll(async () => {
  work = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-pack-'));
  const dist = nodePath.join(work, 'electron-dist');
  await mkdir(nodePath.join(dist, 'resources'), { recursive: true });
  await writeFile(
    nodePath.join(dist, 'electron'),
    Buffer.concat([Buffer.from(`#!/bin/sh\n# `), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from('\n')]),
    { mode: 0o755 },
  );
  await writeFile(nodePath.join(dist, 'version'), '45.5.0');

  // A project shaped like ours, with decoys that must not ship: sources, tests, maps, dependencies.
  const app = nodePath.join(work, 'app');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'orgmap', productName: 'Orgmap', version: '0.1.0', main: 'out/main/index.js', type: 'module', dependencies: { react: '1.0.0' } }),
    'out/main/index.js': 'export {};',
    'out/main/index.js.map': '{}',
    'out/preload/index.cjs': '',
    'out/renderer/index.html': '<!doctype html>',
    'out/renderer/assets/index.js': '',
    'out/renderer/assets/index.js.map': '{}',
    'electron/main/index.ts': 'secret source',
    'electron/main/ipc.test.ts': 'test',
    'renderer/src/main.tsx': 'source',
    'shared/ipc.ts': 'source',
    'node_modules/react/package.json': JSON.stringify({ name: 'react', version: '1.0.0', main: 'index.js' }),
    'node_modules/react/index.js': '',
    'electron-builder.yml': await readFile(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8'),
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(nodePath.dirname(nodePath.join(app, path)), { recursive: true });
    await writeFile(nodePath.join(app, path), text);
  }

  const config = yaml.load(files['electron-builder.yml'] ?? '') as Record<string, unknown>;
  await builder.build({
    projectDir: app,
    config: { ...config, electronDist: dist, electronVersion: '45.5.0', npmRebuild: false, directories: { output: nodePath.join(work, 'release') } },
    targets: builder.Platform.LINUX.createTarget('dir'),
    publish: 'never',
  });
  unpacked = nodePath.join(work, 'release', 'linux-unpacked');
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('ships only the built files and package.json, in an asar', () => {
    const listed = asar.listPackage(nodePath.join(unpacked, 'resources', 'app.asar'), { isPack: false });
    const files = listed.map((p) => p.replaceAll('\\', '/')).filter((p) => nodePath.extname(p) !== '' || p.endsWith('package.json'));
    expect(files.sort()).toEqual(['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/assets/index.js', '/out/renderer/index.html', '/package.json']);
  });

  it('has the security fuses flipped in its executable', async () => {
    const wire = await fuses.getCurrentFuseWire(nodePath.join(unpacked, 'orgmap'));
    const state = (name: string) => String.fromCharCode(wire[fuses.FuseV1Options[name] ?? -1] ?? 0);
    expect({
      RunAsNode: state('RunAsNode'),
      EnableCookieEncryption: state('EnableCookieEncryption'),
      EnableNodeOptionsEnvironmentVariable: state('EnableNodeOptionsEnvironmentVariable'),
      EnableNodeCliInspectArguments: state('EnableNodeCliInspectArguments'),
      EnableEmbeddedAsarIntegrityValidation: state('EnableEmbeddedAsarIntegrityValidation'),
      OnlyLoadAppFromAsar: state('OnlyLoadAppFromAsar'),
      GrantFileProtocolExtraPrivileges: state('GrantFileProtocolExtraPrivileges'),
    }).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      GrantFileProtocolExtraPrivileges: '0',
    });
  });
});
