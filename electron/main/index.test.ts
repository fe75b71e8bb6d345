/**
 * The main process's wiring (index.ts) with a stand-in `electron` module: no binary needed. Checks
 * that the pieces tested one by one are connected — a file on the command line reaches the
 * renderer once it listens, the close question and the Save handshake close the window, saving
 * clears the recovery draft and fills File ▸ Open Recent, and leftovers of a crash are cleaned.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type InvokeMethod } from '../../shared/ipc';
import { emptyDocument, serializeDocument } from '../../shared/model';

const fake = await vi.hoisted(async () => {
  // vi.hoisted runs before imports: everything it needs is imported here.
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 1;
  class FakeWebContents extends Emitter {
    readonly id = nextId++;
    readonly sent: unknown[][] = [];
    destroyed = false;
    send(...args: unknown[]): void {
      this.sent.push(args);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setWindowOpenHandler(): void {}
  }
  class FakeWindow extends Emitter {
    static all: FakeWindow[] = [];
    readonly webContents = new FakeWebContents();
    destroyed = false;
    title = '';
    constructor(readonly options: unknown) {
      super();
      FakeWindow.all.push(this);
    }
    static getAllWindows(): FakeWindow[] {
      return FakeWindow.all.filter((w) => !w.destroyed);
    }
    static getFocusedWindow(): FakeWindow | null {
      return FakeWindow.getAllWindows()[0] ?? null;
    }
    static fromWebContents(contents: unknown): FakeWindow | null {
      return FakeWindow.all.find((w) => w.webContents === contents) ?? null;
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setTitle(title: string): void {
      this.title = title;
    }
    setDocumentEdited(): void {}
    setRepresentedFilename(): void {}
    close(): void {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
    }
  }
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const app = Object.assign(new Emitter(), {
    userData: '',
    isPackaged: false,
    enableSandbox: () => {},
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getPath: (name: string) => (name === 'logs' ? `${app.userData}/logs` : app.userData),
    setAppLogsPath: () => {},
    getLocale: () => 'en-GB',
    setAboutPanelOptions: () => {},
    showAboutPanel: () => {},
    getName: () => 'Orgmap',
    getVersion: () => '0.1.0',
    quit: () => {},
    exit: () => {},
    recentDocuments: [] as string[],
    addRecentDocument: (path: string) => app.recentDocuments.push(path),
    clearRecentDocuments: () => (app.recentDocuments = []),
  });
  const dialog = {
    showOpenDialog: async (): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async (): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true }),
    showMessageBox: async (..._args: unknown[]): Promise<{ response: number }> => ({ response: 2 }),
    showErrorBox: (..._args: unknown[]): void => {},
  };
  const menus: unknown[] = [];
  const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false };
  const openedPaths: string[] = [];
  return { FakeWindow, handlers, app, dialog, menus, nativeTheme, openedPaths };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  dialog: fake.dialog,
  ipcMain: { handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(channel, listener) },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
  },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
  session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {}, setDevicePermissionHandler: () => {} } },
  shell: {
    openExternal: async () => {},
    openPath: async (path: string) => {
      fake.openedPaths.push(path);
      return '';
    },
  },
  nativeTheme: fake.nativeTheme,
}));

const VALID = serializeDocument(emptyDocument('Acme', 'Current'));
let work: string;
let argvFile: string;
let staleTemp: string;
const savedArgv = process.argv;

function window() {
  const w = fake.FakeWindow.getAllWindows()[0];
  if (!w) throw new Error('no window');
  return w;
}

/** Invokes a message as our window's top frame at app://orgmap/ would. */
async function invoke(method: InvokeMethod, ...args: unknown[]): Promise<unknown> {
  const handler = fake.handlers.get(INVOKE_CHANNELS[method]);
  if (!handler) throw new Error(`no handler for ${method}`);
  const w = window();
  return handler({ sender: w.webContents, senderFrame: { url: 'app://orgmap/index.html', parent: null } }, ...args);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  work = mkdtempSync(nodePath.join(tmpdir(), 'orgmap-main-'));
  fake.app.userData = nodePath.join(work, 'userData');
  argvFile = nodePath.join(work, 'clicked.orgmap');
  writeFileSync(argvFile, VALID);
  // A temporary file left by an earlier crash, beside a recent map.
  staleTemp = nodePath.join(work, '.clicked.orgmap.0123456789ab.tmp');
  writeFileSync(staleTemp, 'torn');
  const old = new Date(Date.now() - 60 * 60_000);
  utimesSync(staleTemp, old, old);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(fake.app.userData, { recursive: true });
  writeFileSync(nodePath.join(fake.app.userData, 'recent.json'), JSON.stringify({ format: 'orgmap-recent', version: 1, paths: [argvFile] }));
  writeFileSync(nodePath.join(fake.app.userData, 'settings.json'), JSON.stringify({ format: 'orgmap-settings', version: 1, theme: 'light', snap: 'sometimes' }));
  process.argv = ['/opt/orgmap/orgmap', '--no-sandbox', argvFile, nodePath.join(work, 'missing.orgmap')];
  await import('./index');
  await vi.waitFor(() => expect(fake.FakeWindow.getAllWindows()).toHaveLength(1));
  await settle();
});

afterAll(() => {
  process.argv = savedArgv;
  rmSync(work, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('registers one sender-checked handler per contract message, and the menu', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(fake.menus.length).toBeGreaterThan(0);
  });

  it('cleans a crash leftover beside a recent map on start', () => {
    expect(readdirSync(work).sort()).toEqual(['clicked.orgmap', 'userData']);
    expect(staleTemp).toBeTruthy();
  });

  it('settings: read at start (a bad value logged), nativeTheme follows, changes persist, the menu follows the language', async () => {
    expect(fake.nativeTheme.themeSource).toBe('light');
    expect(await invoke('getSettings')).toEqual({ language: 'en', theme: 'light', grid: true, snap: true, welcomed: false });
    expect(await invoke('setSettings', { theme: 'dark', language: 'nl' })).toEqual({ language: 'nl', theme: 'dark', grid: true, snap: true, welcomed: false });
    expect(fake.nativeTheme.themeSource).toBe('dark');
    const lastMenu = () => fake.menus.at(-1) as MenuItemConstructorOptions[];
    expect(lastMenu()[0]?.label).toBe('&Bestand');
    await expect(invoke('setSettings', { theme: 'sepia' })).rejects.toThrow(/unknown theme/);
    const file = nodePath.join(fake.app.userData, 'settings.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ theme: 'dark', language: 'nl', snap: true });
    await invoke('setSettings', { language: 'en' });
    expect(lastMenu()[0]?.label).toBe('&File');
    const logText = readFileSync(nodePath.join(fake.app.userData, 'logs', 'main.log'), 'utf8');
    expect(logText).toContain('INFO  Orgmap 0.1.0 starting');
    expect(logText).toMatch(/settings: .*snap: "sometimes" is not allowed/);
  });

  it('Help ▸ Open Log Folder (menu and message) shows the log folder', async () => {
    await invoke('openLogFolder');
    const help = (fake.menus.at(-1) as MenuItemConstructorOptions[]).at(-1)?.submenu as MenuItemConstructorOptions[];
    (help.find((i) => i.id === 'help.openLogFolder')?.click as () => void)();
    await settle();
    expect(fake.openedPaths).toEqual([nodePath.join(fake.app.userData, 'logs'), nodePath.join(fake.app.userData, 'logs')]);
  });

  it('Help ▸ About shows the versions in a message box (Windows/Linux)', async () => {
    const boxes: unknown[][] = [];
    const saved = fake.dialog.showMessageBox;
    fake.dialog.showMessageBox = async (...args: unknown[]) => {
      boxes.push(args);
      return { response: 0 };
    };
    await invoke('showAbout');
    fake.dialog.showMessageBox = saved;
    expect(JSON.stringify(boxes)).toContain('Electron ');
    expect(JSON.stringify(boxes)).toContain('Version 0.1.0');
  });

  it('a file on the command line waits until the renderer listens, then arrives (granted)', async () => {
    const sentOpen = () => window().webContents.sent.filter(([channel]) => channel === EVENT_CHANNELS.openDocument);
    expect(sentOpen()).toEqual([]);
    await invoke('readyForDocuments');
    expect(sentOpen()).toEqual([[EVENT_CHANNELS.openDocument, { canceled: false, path: argvFile, name: 'clicked.orgmap', text: VALID }]]);
    // Granted: saving to it needs no dialog.
    expect(await invoke('saveDocument', { path: argvFile, text: VALID, suggestedName: 'x' })).toEqual({ canceled: false, path: argvFile, name: 'clicked.orgmap' });
  });

  it('recovery drafts round trip; a save naming the draft clears it', async () => {
    await invoke('writeRecoveryDraft', { id: 'doc-1', text: VALID, fileName: 'clicked.orgmap' });
    expect(await invoke('listRecoveryDrafts')).toMatchObject([{ id: 'doc-1', fileName: 'clicked.orgmap' }]);
    expect(await invoke('readRecoveryDraft', 'doc-1')).toMatchObject({ id: 'doc-1', text: VALID });
    await invoke('saveDocument', { path: argvFile, text: VALID, suggestedName: 'x', recoveryId: 'doc-1' });
    expect(await invoke('listRecoveryDrafts')).toEqual([]);
    await expect(invoke('readRecoveryDraft', '../recent')).rejects.toThrow();
  });

  it('Save As fills the recent list and File ▸ Open Recent', async () => {
    const target = nodePath.join(work, 'saved-as.orgmap');
    fake.dialog.showSaveDialog = async () => ({ canceled: false, filePath: target });
    expect(await invoke('saveDocument', { text: VALID, suggestedName: 'Acme' })).toEqual({ canceled: false, path: target, name: 'saved-as.orgmap' });
    await settle();
    expect(await invoke('listRecentDocuments')).toEqual([
      { path: target, name: 'saved-as.orgmap' },
      { path: argvFile, name: 'clicked.orgmap' },
    ]);
    expect(fake.app.recentDocuments).toContain(target);
    const menu = fake.menus.at(-1) as MenuItemConstructorOptions[];
    const file = menu[0]?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((i) => i.id === 'file.openRecent')?.submenu as MenuItemConstructorOptions[];
    expect(recent[0]?.label).toBe('saved-as.orgmap');
  });

  it('the language reaches the menu and the close question; Cancel keeps the window', async () => {
    await invoke('setLanguage', 'nl');
    expect(((fake.menus.at(-1) as MenuItemConstructorOptions[])[0])?.label).toBe('&Bestand');
    await invoke('setTitle', { fileName: 'clicked.orgmap', dirty: true });
    expect(window().title).toBe('• clicked.orgmap — Orgmap');
    const questions: unknown[] = [];
    fake.dialog.showMessageBox = async (...args: unknown[]) => {
      questions.push(args[1]);
      return { response: 2 };
    };
    window().close();
    await settle();
    expect(questions).toMatchObject([{ buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'] }]);
    expect(fake.FakeWindow.getAllWindows()).toHaveLength(1);
  });

  it('Save: main asks the renderer, the renderer saves, and the window closes', async () => {
    fake.dialog.showMessageBox = async () => ({ response: 0 });
    const w = window();
    w.close();
    await settle();
    expect(w.webContents.sent.at(-1)).toEqual([EVENT_CHANNELS.saveRequest, { reason: 'close', timeoutMs: 30_000 }]);
    expect(w.isDestroyed()).toBe(false);
    await invoke('saveDocument', { path: argvFile, text: VALID.replace('Acme', 'Acme saved'), suggestedName: 'x' });
    expect(w.isDestroyed()).toBe(true);
    expect(readFileSync(argvFile, 'utf8')).toBe(VALID.replace('Acme', 'Acme saved'));
  });

  it('a second launch with a file opens it in a (new) window once that one listens', async () => {
    const other = nodePath.join(work, 'second.orgmap');
    writeFileSync(other, VALID);
    fake.app.emit('second-instance', {}, ['/opt/orgmap/orgmap', 'second.orgmap'], work);
    await settle();
    const w = window();
    expect(w.webContents.sent.filter(([c]) => c === EVENT_CHANNELS.openDocument)).toEqual([]);
    await invoke('readyForDocuments');
    expect(w.webContents.sent.filter(([c]) => c === EVENT_CHANNELS.openDocument)).toEqual([
      [EVENT_CHANNELS.openDocument, { canceled: false, path: other, name: 'second.orgmap', text: VALID }],
    ]);
  });

  it('macOS open-file after ready opens the file the same way; a refused one brings the reader\'s message', async () => {
    const bad = nodePath.join(work, 'bad.orgmap');
    writeFileSync(bad, '{"format":"orgmap"');
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, bad);
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    const last = window().webContents.sent.filter(([c]) => c === EVENT_CHANNELS.openDocument).at(-1);
    expect(last?.[1]).toMatchObject({ canceled: false, name: 'bad.orgmap', error: expect.stringMatching(/^bad\.orgmap: /) });
    expect(readFileSync(bad, 'utf8')).toBe('{"format":"orgmap"');
  });

  it('setMenu from the registry relabels and disables menu items', async () => {
    await invoke('setMenu', [{ id: 'file.save', label: 'Bewaar nu', accelerator: 'CmdOrCtrl+S', enabled: false }]);
    const file = ((fake.menus.at(-1) as MenuItemConstructorOptions[])[0]?.submenu ?? []) as MenuItemConstructorOptions[];
    expect(file.find((i) => i.id === 'file.save')).toMatchObject({ label: 'Bewaar nu', enabled: false });
    await expect(invoke('setMenu', [{ id: 'file.save', label: 'x', enabled: 'no' }])).rejects.toThrow();
  });

  it("quitting with unsaved changes: Cancel cancels the quit; Don't Save closes and quits", async () => {
    const quit = vi.spyOn(fake.app, 'quit');
    await invoke('setTitle', { fileName: null, dirty: true });
    fake.dialog.showMessageBox = async () => ({ response: 2 });
    fake.app.emit('before-quit');
    window().close();
    await settle();
    expect(fake.FakeWindow.getAllWindows()).toHaveLength(1);
    expect(quit).not.toHaveBeenCalled();

    fake.dialog.showMessageBox = async () => ({ response: 1 });
    fake.app.emit('before-quit');
    const w = window();
    w.close();
    await settle();
    expect(w.isDestroyed()).toBe(true);
    expect(quit).toHaveBeenCalled();
  });
});
