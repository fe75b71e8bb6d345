// Where the Electron binary of node_modules/electron is, or why there is none. Used by `npm start`
// (scripts/start.mjs) so that a missing binary is one line saying what to run, not electron's own
// "Electron uninstall" error and a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The installed electron package's folder, or null (e.g. a production install without dev dependencies). */
export function electronDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * @param {string | null} dir the electron package's folder (null when it is not installed)
 * @param {Readonly<Record<string, string | undefined>>} env
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function findElectronBinary(dir, env) {
  const instead = 'run `npx install-electron` where the internet allows it, or use the web build: `npm run web`';
  if (dir === null) return { ok: false, message: `orgmap: the electron package is not installed (run \`npm ci\`); ${instead}.` };
  const pathFile = join(dir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron');
    if (existsSync(path)) return { ok: true, path };
    return { ok: false, message: `orgmap: no Electron binary at ${path} (ELECTRON_OVERRIDE_DIST_PATH); ${instead}.` };
  }
  const path = name === '' ? '' : join(dir, 'dist', name);
  if (path !== '' && existsSync(path)) return { ok: true, path };
  return { ok: false, message: `orgmap: the desktop app needs the Electron binary, which was not downloaded (no access to its release host?); ${instead}.` };
}
