#!/usr/bin/env node
// `npm start`: the desktop app in development (electron-vite dev), once the Electron binary is
// there; without it, one line saying what is missing and what to run instead, exit 1.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronDir, findElectronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const found = findElectronBinary(electronDir(), process.env);
if (!found.ok) {
  console.error(found.message);
  process.exit(1);
}
const result = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'), 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
