#!/usr/bin/env node
// Runs after `npm install`: fetches the Electron binary for the desktop app (`npm start`).
// electron@45 no longer downloads it on install; its own `install-electron` step does. Where the
// internet does not allow it (CI, offline machines) this prints one line and exits 0: everything
// except the desktop window (web build, CLI, tests, bench) still works.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronDir } from './electron-binary.mjs';

const dir = electronDir();
if (!dir) process.exit(0); // production install without dev dependencies
const pathFile = join(dir, 'path.txt');
if (existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()))) {
  process.exit(0);
}
if (process.env.ORGMAP_SKIP_ELECTRON_DOWNLOAD) {
  console.log('orgmap: Electron binary not fetched (ORGMAP_SKIP_ELECTRON_DOWNLOAD is set); `npm start` needs it, everything else works.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
  encoding: 'utf8',
  timeout: 5 * 60_000,
});
if (result.status === 0 && existsSync(pathFile)) process.exit(0);
console.log(
  'orgmap: could not download the Electron binary (no internet access to its release host?); ' +
    'the desktop window (`npm start`) needs it, everything else works. Retry later with `npx install-electron`.',
);
