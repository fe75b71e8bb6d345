/**
 * The Electron main process: lifecycle only. Each feature registers itself in its own setupX();
 * this file creates the shared pieces (IPC registry, window tracker, path grants) and calls the
 * setups in order. Security-relevant setup happens before the first window exists.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createIpcRegistry } from './ipc';
import { EXTERNAL_HOSTS, isAllowedExternalUrl } from './links';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { PathGrants, setupDocuments, type DocumentFs } from './documents';
import { setupMenu } from './menu';
import {
  WindowTracker,
  createMainWindow,
  denyAllPermissions,
  guardWebContents,
  rendererEntry,
  setupAppInfo,
  setupWindowTitle,
} from './window';

const log = (message: string): void => console.warn(`[orgmap] ${message}`);

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer/', import.meta.url));
const entry = rendererEntry(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

const fs: DocumentFs = { open, rename, unlink, stat, readFile };
const syncDir = async (dir: string): Promise<void> => {
  if (process.platform === 'win32') return; // folders cannot be opened for flushing on Windows
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

const windows = new WindowTracker();
const grants = new PathGrants();
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(BrowserWindow, preloadPath);
  windows.add(window.webContents);
  // The title is owned by the main process (setTitle message), not by the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(entry.url).catch((error: unknown) => log(`window: could not load ${entry.url}: ${String(error)}`));
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) {
    mainWindow = openMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// Before `ready`: the privileged scheme, and the sandbox for every renderer, whatever its options.
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance is running; it gets our argv through 'second-instance' (the files issue
  // opens the file it names there).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady()) focusMainWindow();
  });

  // Every webContents the app ever creates gets the same locks, not just the main window's.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { shell, allowedHosts: EXTERNAL_HOSTS, isAllowedExternal: (url) => isAllowedExternalUrl(url), log });
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      setupAppProtocol(protocol, { root: rendererRoot, readFile: (path) => readFile(path) });

      const registry = createIpcRegistry({
        ipcMain,
        policy: () => ({ origins: [entry.origin], isOurWebContents: (id) => windows.has(id) }),
        log,
      });
      const windowFor = (sender: Electron.WebContents): BrowserWindow | null => BrowserWindow.fromWebContents(sender);
      setupAppInfo({ registry, name: app.getName(), version: app.getVersion(), platform: process.platform });
      setupWindowTitle({ registry, platform: process.platform, windowFor, isGrantedPath: (path) => grants.has(path) });
      setupDocuments(registry, { fs, dialog, grants, windowFor, syncDir, log });
      setupMenu({
        Menu,
        platform: process.platform,
        appName: app.getName(),
        dev: entry.dev,
        target: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
      });

      mainWindow = openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
      });
    })
    .catch((error: unknown) => {
      log(`startup failed: ${String(error)}`);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
