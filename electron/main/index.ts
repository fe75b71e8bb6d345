/**
 * The Electron main process: lifecycle only. Each feature registers itself in its own setupX();
 * this file creates the shared pieces (IPC registry, window tracker, path grants) and calls the
 * setups in order. Security-relevant setup happens before the first window exists.
 */
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, Menu, nativeImage, nativeTheme, protocol, session, shell } from 'electron';
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, readlink, rename, stat, unlink } from 'node:fs/promises';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language, OpenResult } from '../../shared/ipc';
import { applyAboutPanel, setupAbout, showAbout, type AboutDeps } from './about';
import { shellText } from '../../shared/i18n/shell';
import { openLogFolder, setupLogFolder, setupLogging } from './log';
import { SettingsStore, defaultSettings, setupSettings, themeSource } from './settings';
import { CloseGuard } from './close';
import { createIpcRegistry } from './ipc';
import { DocumentInbox, OsOpenQueue, documentPathsFromArgv, setupInbox } from './launch';
import { EXTERNAL_HOSTS, isAllowedExternalUrl } from './links';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { PathGrants, openPath, setupDocuments, type DocumentDeps } from './documents';
import { cleanStaleTempFiles } from './fs';
import { setupExport } from './export';
import { setupMenu, type NativeMenu } from './menu';
import { RecentDocuments, openRecent, setupRecent } from './recent';
import { RecoveryStore, setupRecovery, type RecoveryFs } from './recovery';
import {
  WindowTracker,
  createMainWindow,
  denyAllPermissions,
  guardWebContents,
  rendererEntry,
  setupAppInfo,
  setupWindowTitle,
} from './window';

// The log file in the user's log folder, from the very start (uncaught errors included).
const logger = setupLogging({
  app,
  shell,
  process,
  fs: { appendFileSync, statSync, renameSync, mkdirSync },
  echo: (line) => console.warn(`[orgmap] ${line}`),
  onUncaught: (error) => {
    // Our listener replaces Electron's own error box; keep telling the user, and where to look.
    dialog.showErrorBox('Orgmap', `An unexpected error occurred. Details are in the log folder (Help ▸ Open Log Folder):\n${String(error)}`);
  },
});
const log = (message: string): void => logger.warn(message);
logger.info(`${app.getName()} ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer/', import.meta.url));
const entry = rendererEntry(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

const fs: RecoveryFs = { open, rename, unlink, stat, readFile, readdir, lstat, readlink, mkdir };
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
let menu: NativeMenu | null = null;

/** What each window's renderer last reported (setTitle): unsaved changes and the file name. */
const documentStates = new Map<number, { dirty: boolean; fileName: string | null }>();
/** The close confirmation of each window, by webContents id. */
const closeGuards = new Map<number, CloseGuard<BrowserWindow>>();
/** Documents main opens on its own, on their way to the main window's renderer. */
const inbox = new DocumentInbox(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null));
/** Files from the OS (argv, second-instance, open-file), held until the app is ready. */
const osQueue = new OsOpenQueue();

const language = (): Language => menu?.language ?? 'en';

const isFileSync = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(BrowserWindow, preloadPath, nativeTheme.shouldUseDarkColors);
  const contents = window.webContents;
  const id = contents.id;
  windows.add(contents);
  // The title is owned by the main process (setTitle message), not by the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  const guard = new CloseGuard<BrowserWindow>({
    window,
    documentState: () => documentStates.get(id) ?? { dirty: false, fileName: null },
    language,
    ask: (w, options) => dialog.showMessageBox(w, options),
    log,
  });
  closeGuards.set(id, guard);
  window.on('close', (event) => guard.onClose(event));
  // A reload forgets the page's state: hold pushed documents until it listens again.
  contents.on('did-start-loading', () => {
    if (window === mainWindow) inbox.notReady();
    documentStates.delete(id);
  });
  // A crashed renderer answers nothing: close without asking (its work is in the recovery draft).
  contents.on('render-process-gone', () => {
    documentStates.delete(id);
    guard.onRendererGone();
  });
  window.on('closed', () => {
    if (window === mainWindow) inbox.notReady();
    closeGuards.delete(id);
    documentStates.delete(id);
    if (mainWindow === window) mainWindow = null;
    // The window closed after Save / Don't Save during a quit: go on quitting.
    if (guard.state.quitting) app.quit();
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

// macOS hands files over with open-file, also before `ready` (a double-click that starts the app).
app.on('open-file', (event, path) => {
  event.preventDefault();
  osQueue.add(path);
});

if (!app.requestSingleInstanceLock()) {
  // Another instance is running; it gets our argv through 'second-instance' and opens the files.
  app.quit();
} else {
  for (const path of documentPathsFromArgv(process.argv, process.cwd(), isFileSync)) osQueue.add(path);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    // Before ready the queue holds the files until the window exists.
    for (const path of documentPathsFromArgv(argv, workingDirectory, isFileSync)) osQueue.add(path);
    if (app.isReady()) focusMainWindow();
  });

  app.on('before-quit', () => {
    for (const guard of closeGuards.values()) guard.onQuit();
  });

  // Every webContents the app ever creates gets the same locks, not just the main window's.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { shell, allowedHosts: EXTERNAL_HOSTS, isAllowedExternal: (url) => isAllowedExternalUrl(url), log });
  });

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      setupAppProtocol(protocol, { root: rendererRoot, readFile: (path) => readFile(path) });

      const registry = createIpcRegistry({
        ipcMain,
        policy: () => ({ origins: [entry.origin], isOurWebContents: (id) => windows.has(id) }),
        log,
      });
      const windowFor = (sender: Electron.WebContents): BrowserWindow | null => BrowserWindow.fromWebContents(sender);
      const userData = app.getPath('userData');
      const cleanFolder = (dir: string) => cleanStaleTempFiles(fs, dir);

      const settings = new SettingsStore({
        file: nodePath.join(userData, 'settings.json'),
        fs,
        defaults: defaultSettings(app.getLocale()),
        syncDir,
        log,
        onChange: (next) => {
          nativeTheme.themeSource = themeSource(next.theme);
          if (menu && menu.language !== next.language) menu.setLanguage(next.language);
        },
      });
      await settings.load();
      setupSettings(registry, settings);
      setupLogFolder(registry, shell, logger);
      const aboutDeps: AboutDeps = {
        platform: process.platform,
        facts: { name: app.getName(), version: app.getVersion(), versions: process.versions },
        language,
        app,
        showMessageBox: (options) => {
          const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
          return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
        },
        shell,
        log,
      };
      setupAbout(registry, aboutDeps);

      const recent = new RecentDocuments({
        file: nodePath.join(userData, 'recent.json'),
        fs,
        caseInsensitive: process.platform !== 'linux',
        addToOs: (path) => app.addRecentDocument(path),
        clearOs: () => app.clearRecentDocuments(),
        onChange: (list) => menu?.setRecent(list),
        log,
      });
      const recovery = new RecoveryStore({ dir: nodePath.join(userData, 'recovery'), fs, syncDir, log });
      const remember = (path: string): void => {
        recent.add(path).catch((error: unknown) => log(`recent: ${String(error)}`));
      };
      const documentDeps: DocumentDeps = {
        fs,
        dialog,
        grants,
        windowFor,
        syncDir,
        log,
        cleanFolder,
        remember,
        afterSave: async (request) => {
          if (request.recoveryId !== undefined) await recovery.clear(request.recoveryId);
        },
        onSaveStarted: (sender) => closeGuards.get(sender.id)?.onSaveStarted(),
        onSaveResult: (sender, result) => closeGuards.get(sender.id)?.onSaveResult(!result.canceled && !('error' in result)),
        dialogTitle: (kind) => shellText(language(), kind === 'open' ? 'dialog.open' : 'dialog.save'),
      };

      setupAppInfo({ registry, name: app.getName(), version: app.getVersion(), platform: process.platform });
      setupWindowTitle({
        registry,
        platform: process.platform,
        windowFor,
        isGrantedPath: (path) => grants.has(path),
        onTitle: (sender, request) => documentStates.set(sender.id, { dirty: request.dirty, fileName: request.fileName }),
        untitled: () => shellText(language(), 'untitled'),
      });
      setupDocuments(registry, documentDeps);
      setupExport(registry, {
        fs,
        dialog,
        windowFor,
        syncDir,
        log,
        cleanFolder,
        writeImage: async (png) => {
          // Decodable at all? (nativeImage reads PNG; an empty image means it could not.)
          if (nativeImage.createFromBuffer(Buffer.from(png.buffer, png.byteOffset, png.byteLength)).isEmpty()) return false;
          await clipboard.write([new ClipboardItem({ 'image/png': new Blob([new Uint8Array(png)], { type: 'image/png' }) })]);
          return true;
        },
        dialogTitle: () => shellText(language(), 'dialog.export'),
      });
      setupRecent(registry, recent, documentDeps);
      setupRecovery(registry, recovery, log);
      setupInbox(registry, inbox);
      const deliver = (result: OpenResult): void => {
        inbox.push(result);
        focusMainWindow();
      };
      menu = setupMenu(
        {
          Menu,
          platform: process.platform,
          appName: app.getName(),
          dev: entry.dev,
          target: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
          openRecent: (path) => void openRecent(recent, documentDeps, path).then(deliver),
          clearRecent: () => void recent.clear(),
          openLogFolder: () => void openLogFolder(shell, logger),
          showAbout: () => void showAbout(aboutDeps).catch((error: unknown) => log(`about: ${String(error)}`)),
          onLanguage: () => applyAboutPanel(aboutDeps),
        },
        registry,
      );
      // The persisted language, until the renderer says otherwise.
      if (settings.get().language !== menu.language) menu.setLanguage(settings.get().language);

      // Leftovers of a crash: temporary files in our own folders and beside recent maps.
      await recent.load();
      for (const dir of new Set([userData, recovery.dir, ...recent.list().map((r) => nodePath.dirname(r.path))])) {
        cleanFolder(dir).catch(() => {});
      }

      mainWindow = openMainWindow();
      osQueue.start(async (path) => deliver(await openPath(documentDeps, path)));
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
