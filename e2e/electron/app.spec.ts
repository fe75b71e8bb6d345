/**
 * The desktop shell end to end, through Playwright's `_electron`. Runs wherever an Electron binary
 * is installed (`npx install-electron`, which needs internet) and the app is built
 * (`npm run build`). Elsewhere the whole file is skipped with one printed line saying why — the
 * only skip in the project.
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

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

const BRIDGE_METHODS = [
  'clearRecentDocuments',
  'clearRecoveryDraft',
  'getAppInfo',
  'listRecentDocuments',
  'listRecoveryDrafts',
  'onMenuCommand',
  'onOpenDocument',
  'onSaveRequest',
  'openDocument',
  'openDroppedFile',
  'openRecentDocument',
  'readRecoveryDraft',
  'readyForDocuments',
  'saveDocument',
  'setLanguage',
  'setMenu',
  'setTitle',
  'writeRecoveryDraft',
];

/** A valid map (docs/orgmap-format.md), written as the app writes it. */
const MAP_TEXT = `${JSON.stringify({ format: 'orgmap', version: 1, title: 'E2E', scenarios: [{ id: 'current', name: 'Current', nodes: [], edges: [] }] }, null, 2)}\n`;

/** The environment for a launch: packaged files, not a dev server. */
function launchEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'),
  );
}

/**
 * Starts the app with its own user-data folder (its own single-instance lock, recent list and
 * recovery folder), plus any arguments after the entry — a double-clicked file arrives that way.
 */
async function launchApp(userData: string, extra: readonly string[] = []): Promise<ElectronApplication> {
  if ('reason' in binary) throw new Error(binary.reason);
  // A returning user: the first-run welcome (a modal) would cover the window (settings.ts format).
  const settings = join(userData, 'settings.json');
  if (!existsSync(settings)) {
    mkdirSync(userData, { recursive: true });
    writeFileSync(settings, JSON.stringify({ format: 'orgmap-settings', version: 1, welcomed: true }));
  }
  return electron.launch({
    executablePath: binary.path,
    // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer sandbox
    // (webPreferences.sandbox) is still what is asserted below.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), `--user-data-dir=${userData}`, mainEntry, ...extra],
    env: launchEnv(),
  });
}

type Bridge = {
  openDocument(): Promise<unknown>;
  saveDocument(request: object): Promise<unknown>;
  setTitle(request: object): Promise<void>;
  readyForDocuments(): Promise<void>;
  onOpenDocument(callback: (result: unknown) => void): () => void;
  onSaveRequest(callback: (request: unknown) => void): () => void;
  listRecentDocuments(): Promise<unknown>;
};

test.describe('desktop shell', () => {
  // One app launch shared by the tests, in one worker (and one skip line, not one per worker).
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication | undefined;
  let page: Page;

  let work: string;

  test.beforeAll(async () => {
    if ('reason' in binary) {
      console.log(`electron e2e skipped: ${binary.reason}`);
      test.skip(true, binary.reason);
      return;
    }
    expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npm run build\` first`).toBe(true);
    work = mkdtempSync(join(tmpdir(), 'orgmap-e2e-'));
    app = await launchApp(join(work, 'userData'));
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    // Never leave a real Save / Don't Save question open on the way out.
    await app
      ?.evaluate(({ dialog }) => {
        dialog.showMessageBox = (async () => ({ response: 1, checkboxChecked: false })) as typeof dialog.showMessageBox;
      })
      .catch(() => {});
    await app?.close().catch(() => {});
    if (work) rmSync(work, { recursive: true, force: true });
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
    expect(await page.evaluate(() => Object.keys((window as unknown as { orgmap: object }).orgmap).sort())).toEqual(BRIDGE_METHODS);
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

  test('Open… and Save As… go through the (stubbed) native dialogs; saving writes the file and both land on the recent list', async () => {
    const source = join(work, 'from-dialog.orgmap');
    writeFileSync(source, MAP_TEXT);
    const target = join(work, 'saved-as.orgmap');
    await app?.evaluate(({ dialog }, paths) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [paths.source] })) as typeof dialog.showOpenDialog;
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: paths.target })) as typeof dialog.showSaveDialog;
    }, { source, target });
    const opened = await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.openDocument());
    expect(opened).toEqual({ canceled: false, path: source, name: 'from-dialog.orgmap', text: MAP_TEXT });

    const saved = await page.evaluate((text) => (window as unknown as { orgmap: Bridge }).orgmap.saveDocument({ text, suggestedName: 'x' }), MAP_TEXT.replace('E2E', 'Saved'));
    expect(saved).toEqual({ canceled: false, path: target, name: 'saved-as.orgmap' });
    expect(readFileSync(target, 'utf8')).toBe(MAP_TEXT.replace('E2E', 'Saved'));
    expect(await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.listRecentDocuments())).toEqual([
      { path: target, name: 'saved-as.orgmap' },
      { path: source, name: 'from-dialog.orgmap' },
    ]);
  });

  test('a refused file gives the reader\'s message and stays as it was on disk', async () => {
    const bad = join(work, 'newer.orgmap');
    const text = '{"format":"orgmap","version":99,"title":"x","scenarios":[]}\n';
    writeFileSync(bad, text);
    await app?.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
    }, bad);
    const result = await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.openDocument());
    expect(result).toMatchObject({ canceled: false, name: 'newer.orgmap', error: expect.stringMatching(/^newer\.orgmap: /) });
    expect(readFileSync(bad, 'utf8')).toBe(text);
  });

  test('the title carries the file name and the unsaved-changes marker', async () => {
    const title = () => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.setTitle({ fileName: 'acme.orgmap', dirty: true }));
    expect(await title()).toBe(process.platform === 'darwin' ? 'acme.orgmap — Orgmap' : '• acme.orgmap — Orgmap');
    await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.setTitle({ fileName: 'acme.orgmap', dirty: false }));
    expect(await title()).toBe('acme.orgmap — Orgmap');
  });

  test('double-click: the app started with a file path delivers it once the renderer listens', async () => {
    const file = join(work, 'first-launch.orgmap');
    writeFileSync(file, MAP_TEXT);
    const fresh = await launchApp(join(work, 'userData-fresh'), [file]);
    try {
      const freshPage = await fresh.firstWindow();
      await freshPage.waitForLoadState('domcontentloaded');
      const received = await freshPage.evaluate(
        () =>
          new Promise<unknown>((resolveResult) => {
            const bridge = (window as unknown as { orgmap: Bridge }).orgmap;
            bridge.onOpenDocument(resolveResult);
            void bridge.readyForDocuments();
          }),
      );
      expect(received).toEqual({ canceled: false, path: file, name: 'first-launch.orgmap', text: MAP_TEXT });
    } finally {
      await fresh.close().catch(() => {});
    }
  });

  test('double-click: a second launch with a file hands it to the running window', async () => {
    const file = join(work, 'double-clicked.orgmap');
    writeFileSync(file, MAP_TEXT);
    await page.evaluate(() => {
      const w = window as unknown as { orgmap: Bridge; received: unknown[] };
      w.received = [];
      w.orgmap.onOpenDocument((result) => w.received.push(result));
      return w.orgmap.readyForDocuments();
    });
    // Same user-data folder = same single-instance lock: this launch passes its argv on and quits.
    const second = await launchApp(join(work, 'userData'), [file]).catch(() => null);
    await second?.close().catch(() => {});
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
      .toEqual([{ canceled: false, path: file, name: basename(file), text: MAP_TEXT }]);
  });

  test('closing with unsaved changes asks; Cancel keeps the window, Save saves through the renderer and closes', async () => {
    const target = join(work, 'close-save.orgmap');
    writeFileSync(target, MAP_TEXT);
    // Grant the path the way the app does (an open), then report unsaved changes.
    await app?.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
    }, target);
    await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.openDocument());
    await page.evaluate(() => (window as unknown as { orgmap: Bridge }).orgmap.setTitle({ fileName: 'close-save.orgmap', dirty: true }));

    const answer = (response: number) =>
      app?.evaluate(({ dialog }, r) => {
        const calls: unknown[] = [];
        (globalThis as unknown as { closeQuestions: unknown[] }).closeQuestions = calls;
        dialog.showMessageBox = (async (...args: unknown[]) => {
          calls.push(args[args.length - 1]);
          return { response: r, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
      }, response);
    const windowCount = () => app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);

    await answer(2); // Cancel
    await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => app?.evaluate(() => (globalThis as unknown as { closeQuestions: unknown[] }).closeQuestions.length)).toBe(1);
    expect(await app?.evaluate(() => (globalThis as unknown as { closeQuestions: { buttons: string[] }[] }).closeQuestions[0]?.buttons)).toEqual([
      'Save',
      "Don't Save",
      'Cancel',
    ]);
    expect(await windowCount()).toBe(1);

    // Save: main asks the renderer (onSaveRequest); the renderer saves as for File ▸ Save.
    await page.evaluate(
      ({ path, text }) => {
        const bridge = (window as unknown as { orgmap: Bridge }).orgmap;
        bridge.onSaveRequest(() => void bridge.saveDocument({ path, text, suggestedName: 'close-save' }));
      },
      { path: target, text: MAP_TEXT.replace('E2E', 'Saved on close') },
    );
    await answer(0);
    const closed = page.waitForEvent('close', { timeout: 15_000 });
    await app?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await closed;
    expect(readFileSync(target, 'utf8')).toBe(MAP_TEXT.replace('E2E', 'Saved on close'));
  });
});
