import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from './protocol';
import { isAllowedExternalUrl } from './links';
import {
  WindowTracker,
  createMainWindow,
  applyTitle,
  denyAllPermissions,
  formatTitle,
  guardWebContents,
  rendererEntry,
  windowOpenDecision,
  type GuardedContents,
} from './window';

describe('secure webPreferences', () => {
  class RecordingWindow {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }

  it('writes every security option out explicitly', () => {
    const { options } = createMainWindow(RecordingWindow, '/app/out/preload/index.cjs');
    // toStrictEqual on the security subset: present, and exactly these values (not left to defaults).
    const { spellcheck: _spellcheck, ...security } = options.webPreferences ?? {};
    expect(security).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('paints the background of the theme before the page loads', () => {
    expect(createMainWindow(RecordingWindow, '/p.cjs').options.backgroundColor).toBe('#ffffff');
    expect(createMainWindow(RecordingWindow, '/p.cjs', true).options.backgroundColor).toBe('#111827');
  });

  it('the main window starts hidden (shown when ready) and titled Orgmap', () => {
    const { options } = createMainWindow(RecordingWindow, '/p.cjs');
    expect(options.title).toBe('Orgmap');
    expect(options.show).toBe(false);
  });

  it('the options are written as a literal at the constructor call, where static scanners look', async () => {
    const source = await readFile(fileURLToPath(new URL('./window.ts', import.meta.url)), 'utf8');
    const call = source.slice(source.indexOf('return new BrowserWindow({'));
    for (const option of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) {
      expect(call.slice(0, call.indexOf('});')), option).toContain(option);
    }
  });
});

describe('where the renderer is loaded from', () => {
  it('packaged: always app://orgmap/, whatever the environment says', () => {
    expect(rendererEntry('http://localhost:5173/', true)).toEqual({ url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false });
    expect(rendererEntry(undefined, false)).toEqual({ url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false });
  });

  it('development: the dev server, and only on loopback', () => {
    expect(rendererEntry('http://localhost:5173', false)).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173', dev: true });
    expect(rendererEntry('http://127.0.0.1:5199/index.html', false)).toMatchObject({ origin: 'http://127.0.0.1:5199', dev: true });
    for (const url of ['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/index.html', 'http://localhost.evil.example/', 'http://u:p@localhost:5173/', 'garbage']) {
      expect(rendererEntry(url, false), url).toEqual({ url: APP_ENTRY_URL, origin: APP_ORIGIN, dev: false });
    }
  });
});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function preventable() {
  return { preventDefault: vi.fn() };
}

describe('navigation, new windows and <webview> are denied', () => {
  function guarded() {
    const contents = new FakeContents();
    const shell = { openExternal: vi.fn(async () => {}) };
    guardWebContents(contents as unknown as GuardedContents, { shell, isAllowedExternal: (url) => isAllowedExternalUrl(url) });
    return { contents, shell };
  }

  it('prevents every will-navigate, including same-origin ones', () => {
    const { contents } = guarded();
    for (const url of ['https://evil.example/', 'app://orgmap/index.html', 'file:///etc/passwd']) {
      const event = preventable();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('prevents <webview> attachment', () => {
    const { contents } = guarded();
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window; allow-listed https links go to the browser instead', async () => {
    const { contents, shell } = guarded();
    expect(contents.openHandler).not.toBeNull();
    for (const url of ['https://evil.example/', 'app://orgmap/index.html', 'about:blank', 'file:///etc/passwd', 'http://x.com/a']) {
      expect(contents.openHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(contents.openHandler?.({ url: 'https://x.com/acme' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://x.com/acme');
  });

  it('decides with a pure function', () => {
    expect(windowOpenDecision('https://x.com/', () => true)).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision('https://evil.example/', () => false)).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('permissions', () => {
  it('refuses every permission request, check and device', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        request = handler as unknown as typeof request;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler as unknown as typeof check;
      },
      setDevicePermissionHandler: (handler) => {
        device = handler as unknown as typeof device;
      },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('window title', () => {
  it('shows the file name, the app, and an unsaved marker outside macOS', () => {
    expect(formatTitle({ fileName: null, dirty: false }, 'linux')).toBe('Untitled — Orgmap');
    expect(formatTitle({ fileName: 'acme.orgmap', dirty: true }, 'win32')).toBe('• acme.orgmap — Orgmap');
    expect(formatTitle({ fileName: 'acme.orgmap', dirty: true }, 'darwin')).toBe('acme.orgmap — Orgmap');
  });

  it('on macOS sets the edited dot and the represented file, for granted paths only', () => {
    const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn(), setRepresentedFilename: vi.fn() };
    applyTitle(window, { fileName: 'a.orgmap', dirty: true, path: '/maps/a.orgmap' }, 'darwin', (p) => p === '/maps/a.orgmap');
    expect(window.setDocumentEdited).toHaveBeenCalledWith(true);
    expect(window.setRepresentedFilename).toHaveBeenCalledWith('/maps/a.orgmap');
    applyTitle(window, { fileName: 'b.orgmap', dirty: false, path: '/etc/passwd' }, 'darwin', () => false);
    expect(window.setRepresentedFilename).toHaveBeenLastCalledWith('');
    const other = { setTitle: vi.fn(), setDocumentEdited: vi.fn(), setRepresentedFilename: vi.fn() };
    applyTitle(other, { fileName: 'a.orgmap', dirty: true }, 'linux', () => true);
    expect(other.setDocumentEdited).not.toHaveBeenCalled();
    expect(other.setTitle).toHaveBeenCalledWith('• a.orgmap — Orgmap');
  });
});

describe('window tracker', () => {
  it('knows our webContents until they are destroyed', () => {
    const tracker = new WindowTracker();
    const contents = Object.assign(new EventEmitter(), { id: 3 });
    tracker.add(contents as unknown as WebContents);
    expect(tracker.has(3)).toBe(true);
    expect(tracker.has(4)).toBe(false);
    contents.emit('destroyed');
    expect(tracker.has(3)).toBe(false);
  });
});
