/**
 * The main window and the rules every web page in the app lives under: secure webPreferences
 * (written out, not left to defaults), the app loaded only from `app://orgmap/` or — in
 * development — the local dev server, no navigation, no new windows, no <webview>, no permissions.
 * Decisions are plain functions; the `setup…`/`guard…` functions only wire them to Electron objects
 * passed in, so Vitest checks all of it without Electron.
 */
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import type { TitleRequest } from '../../shared/ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from './protocol';
import type { IpcRegistry } from './ipc';
import { noArgs, validateTitleRequest } from './ipc';
import type { ShellLike } from './links';
import { openExternalSafely } from './links';

export const APP_TITLE = 'Orgmap';

/** The slice of the BrowserWindow class this module needs (tests pass a recording stand-in). */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** What the window shows before the page paints: light, or dark when the theme is dark (no white flash). */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#111827' } as const;

/**
 * Creates the main window. Every security-relevant webPreferences option is written out here, as a
 * literal at the `new BrowserWindow` call, so static scanners (electronegativity) can see them too.
 * `dark`: `nativeTheme.shouldUseDarkColors`, which follows the theme setting.
 */
export function createMainWindow<W>(BrowserWindow: WindowConstructor<W>, preloadPath: string, dark = false): W {
  return new BrowserWindow({
    title: APP_TITLE,
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click on a link would ask for a new window; those are denied anyway, this removes the path.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

/** Where the renderer comes from, and the one origin whose pages may talk to main. */
export interface RendererEntry {
  readonly url: string;
  readonly origin: string;
  readonly dev: boolean;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * In development electron-vite sets ELECTRON_RENDERER_URL to its dev server; that URL is used only
 * when the app is not packaged and only if it is http(s) on the loopback interface. Everything else
 * loads the packaged files from `app://orgmap/`.
 */
export function rendererEntry(devServerUrl: string | undefined, isPackaged: boolean): RendererEntry {
  if (!isPackaged && devServerUrl) {
    let url: URL | null;
    try {
      url = new URL(devServerUrl);
    } catch {
      url = null;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.includes(url.hostname) && url.username === '' && url.password === '') {
      return { url: url.href, origin: `${url.protocol}//${url.host}`, dev: true };
    }
  }
  return { url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false };
}

/** What a window-open request gets: always denied; allow-listed https links go to the browser. */
export function windowOpenDecision(url: string, isAllowedExternal: (url: string) => boolean): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternal(url) };
}

interface Preventable {
  preventDefault(): void;
}

/** The parts of a webContents the guards touch (a real `WebContents` fits). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface GuardDeps {
  readonly shell: ShellLike;
  readonly allowedHosts?: readonly string[];
  readonly isAllowedExternal: (url: string) => boolean;
  readonly log?: (message: string) => void;
}

/**
 * Locks a webContents down: no navigation away from the loaded page, no new windows (external
 * https links on the allow-list open in the user's browser instead), no <webview>.
 * Applied to every webContents the app creates (`web-contents-created`), not just the main window.
 */
export function guardWebContents(contents: GuardedContents, { shell, allowedHosts, isAllowedExternal, log = () => {} }: GuardDeps): void {
  contents.on('will-navigate', (event: Preventable, url: string) => {
    event.preventDefault();
    log(`window: blocked navigation to ${url.slice(0, 200)}`);
  });
  contents.on('will-attach-webview', (event: Preventable) => {
    event.preventDefault();
    log('window: blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url, isAllowedExternal);
    if (decision.openExternally) {
      openExternalSafely(shell, url, allowedHosts, log).catch((error: unknown) => log(`links: ${String(error)}`));
    } else {
      log(`window: blocked a new window for ${url.slice(0, 200)}`);
    }
    return { action: decision.action };
  });
}

/** Permission requests and checks (camera, notifications, clipboard-read, HID, …) are all refused. */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The title: macOS shows the edited state with the close-button dot; elsewhere a "•" prefix. */
export function formatTitle(request: TitleRequest, platform: string, untitled = 'Untitled'): string {
  const name = request.fileName ?? untitled;
  const marker = request.dirty && platform !== 'darwin' ? '• ' : '';
  return `${marker}${name} — ${APP_TITLE}`;
}

/** The slice of a BrowserWindow the title handler uses. */
export interface TitledWindow {
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(filename: string): void;
}

export interface TitleDeps {
  readonly registry: IpcRegistry;
  readonly platform: string;
  readonly windowFor: (sender: WebContents) => TitledWindow | null;
  /** Whether a path was handed out by the main process (see documents.ts); others are ignored. */
  readonly isGrantedPath: (path: string) => boolean;
  /** Every accepted title request, with who sent it: the unsaved-changes state the close question reads. */
  readonly onTitle?: (sender: WebContents, request: TitleRequest) => void;
  /** "Untitled" in the UI language. */
  readonly untitled?: () => string;
}

export function applyTitle(
  window: TitledWindow,
  request: TitleRequest,
  platform: string,
  isGrantedPath: (path: string) => boolean,
  untitled = 'Untitled',
): void {
  window.setTitle(formatTitle(request, platform, untitled));
  if (platform === 'darwin') {
    window.setDocumentEdited(request.dirty);
    window.setRepresentedFilename(request.path && isGrantedPath(request.path) ? request.path : '');
  }
}

export function setupWindowTitle({ registry, platform, windowFor, isGrantedPath, onTitle, untitled }: TitleDeps): void {
  registry.handle('setTitle', validateTitleRequest, (event, request) => {
    const window = windowFor(event.sender);
    if (window) applyTitle(window, request, platform, isGrantedPath, untitled?.());
    onTitle?.(event.sender, request);
  });
}

export interface AppInfoDeps {
  readonly registry: IpcRegistry;
  readonly name: string;
  readonly version: string;
  readonly platform: NodeJS.Platform;
}

export function setupAppInfo({ registry, name, version, platform }: AppInfoDeps): void {
  registry.handle('getAppInfo', noArgs, () => ({ name, version, platform }));
}

/** Which webContents are our windows (the IPC sender check asks this). */
export class WindowTracker {
  readonly #ids = new Set<number>();

  add(contents: Pick<WebContents, 'id' | 'once'>): void {
    const id = contents.id;
    this.#ids.add(id);
    contents.once('destroyed', () => this.#ids.delete(id));
  }

  has(id: number): boolean {
    return this.#ids.has(id);
  }
}
