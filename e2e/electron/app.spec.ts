/**
 * The desktop shell end to end, through Playwright's `_electron`. Runs wherever an Electron binary
 * is installed (`npx install-electron`, which needs internet) and the app is built
 * (`npm run build`). Elsewhere the whole file is skipped with one printed line saying why — the
 * only skip in the project.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

type Binary = { readonly path: string } | { readonly reason: string };

/**
 * Finds the Electron executable without `require('electron')`: that module tries to download the
 * binary when it is missing, which hangs or fails offline.
 */
function findElectronBinary(): Binary {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed (npm ci)' };
  }
  const pathFile = join(dir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
  const path = executable ? join(distDir, executable) : null;
  if (!path || !existsSync(path)) {
    return { reason: 'no Electron binary installed (node_modules/electron/dist missing; run npx install-electron with internet)' };
  }
  return { path };
}

const binary = findElectronBinary();
const mainEntry = resolve('out/main/index.js');

test.describe('desktop shell', () => {
  // One app launch shared by the tests, in one worker (and one skip line, not one per worker).
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication | undefined;
  let page: Page;

  test.beforeAll(async () => {
    if ('reason' in binary) {
      console.log(`electron e2e skipped: ${binary.reason}`);
      test.skip(true, binary.reason);
      return;
    }
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npm run build\` first`).toBe(true);
    // The packaged files, not a dev server: drop ELECTRON_RENDERER_URL.
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'),
    );
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer sandbox
      // (webPreferences.sandbox) is still what is asserted below.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry],
      env,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window titled Orgmap, loaded from app://orgmap/', async () => {
    await expect.poll(() => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toContain('Orgmap');
    expect(page.url()).toMatch(/^app:\/\/orgmap\//);
  });

  test('the window runs with secure webPreferences', async () => {
    const prefs = await app?.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
      const p = contents.getLastWebPreferences();
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        nodeIntegrationInWorker: p.nodeIntegrationInWorker,
        webSecurity: p.webSecurity,
        webviewTag: p.webviewTag,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    // And from inside the page: no Node, only the bridge.
    expect(await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process])).toEqual(['undefined', 'undefined']);
    expect(await page.evaluate(() => Object.keys((window as unknown as { orgmap: object }).orgmap).sort())).toEqual([
      'getAppInfo',
      'onMenuCommand',
      'openDocument',
      'saveDocument',
      'setTitle',
    ]);
  });

  test('the bridge talks to main, and the title follows setTitle', async () => {
    const info = await page.evaluate(() => (window as unknown as { orgmap: { getAppInfo(): Promise<{ name: string }> } }).orgmap.getAppInfo());
    expect(info.name.toLowerCase()).toBe('orgmap');
    await page.evaluate(() =>
      (window as unknown as { orgmap: { setTitle(r: object): Promise<void> } }).orgmap.setTitle({ fileName: 'acme.orgmap', dirty: true }),
    );
    expect(await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toMatch(/acme\.orgmap — Orgmap/);
  });

  test('new windows and navigation are denied, inline scripts are blocked', async () => {
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/orgmap\//);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
