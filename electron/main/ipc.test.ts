import { setupAbout } from './about';
import { RotatingLog, setupLogFolder, type LogFs } from './log';
import { SettingsStore, defaultSettings, setupSettings } from './settings';
import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { INVOKE_CHANNELS, MAX_DOCUMENT_SIZE, type InvokeMethod } from '../../shared/ipc';
import { toAccelerator, type Shortcut } from '../../shared/commands/manifest';
import {
  IpcValidationError,
  createIpcRegistry,
  isTrustedSender,
  noArgs,
  sameOrigin,
  senderInfo,
  validateDroppedPath,
  validateLanguage,
  validateMenuItems,
  validateOpenRecent,
  validateRecoveryId,
  validateRecoveryRead,
  validateRecoveryWrite,
  validateSaveRequest,
  validateTitleRequest,
  type IpcMainLike,
  type SenderInfo,
  type TrustPolicy,
} from './ipc';
import { PathGrants, setupDocuments, type DialogLike } from './documents';
import type { DocumentFs } from './fs';
import { setupExport } from './export';
import { setupAppInfo, setupWindowTitle } from './window';
import { setupMenu } from './menu';
import { RecentDocuments, setupRecent } from './recent';
import { RecoveryStore, setupRecovery, type RecoveryFs } from './recovery';
import { DocumentInbox, setupInbox } from './launch';

const policy: TrustPolicy = { origins: ['app://orgmap'], isOurWebContents: (id) => id === 1 };
const ok: SenderInfo = { webContentsId: 1, frameUrl: 'app://orgmap/index.html', isMainFrame: true };

describe('sender check', () => {
  it('accepts the top frame of our window at our origin', () => {
    expect(isTrustedSender(ok, policy)).toBe(true);
    expect(isTrustedSender({ ...ok, frameUrl: 'app://orgmap/some/deep/page.html?x#y' }, policy)).toBe(true);
  });

  it('refuses other webContents, subframes, gone frames and other origins', () => {
    expect(isTrustedSender({ ...ok, webContentsId: 2 }, policy)).toBe(false);
    expect(isTrustedSender({ ...ok, isMainFrame: false }, policy)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null }, policy)).toBe(false);
    for (const url of [
      'https://orgmap/index.html',
      'app://orgmap.evil.com/index.html',
      'app://evil/index.html',
      'app://orgmap:444/index.html',
      'app://user:pw@orgmap/index.html',
      'file:///etc/passwd',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,hi',
      'not a url',
    ]) {
      expect(isTrustedSender({ ...ok, frameUrl: url }, policy), url).toBe(false);
    }
  });

  it('in development trusts the dev server origin only', () => {
    const dev: TrustPolicy = { origins: ['http://localhost:5173'], isOurWebContents: () => true };
    expect(isTrustedSender({ ...ok, frameUrl: 'http://localhost:5173/index.html' }, dev)).toBe(true);
    expect(isTrustedSender({ ...ok, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'app://orgmap/index.html' }, dev)).toBe(false);
  });

  it('compares custom-scheme origins by scheme, host and port', () => {
    expect(new URL('app://orgmap/x').origin).toBe('null'); // why sameOrigin exists
    expect(sameOrigin('app://orgmap/x', 'app://orgmap')).toBe(true);
    expect(sameOrigin('app://orgmap/x', 'app://other')).toBe(false);
  });

  it('reads the sender facts off an IPC event', () => {
    const top = { url: 'app://orgmap/index.html', parent: null };
    const sub = { url: 'app://orgmap/frame.html', parent: top };
    const event = (frame: unknown) => ({ sender: { id: 7 }, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
    expect(senderInfo(event(top))).toEqual({ webContentsId: 7, frameUrl: 'app://orgmap/index.html', isMainFrame: true });
    expect(senderInfo(event(sub)).isMainFrame).toBe(false);
    expect(senderInfo(event(null))).toEqual({ webContentsId: 7, frameUrl: null, isMainFrame: false });
  });
});

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

function eventFrom(webContentsId: number, url: string | null, isMainFrame = true): IpcMainInvokeEvent {
  const top = { url, parent: null };
  const frame = url === null ? null : isMainFrame ? top : { url, parent: top };
  return { sender: { id: webContentsId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('the one handle() wrapper', () => {
  it('runs the handler only for a trusted sender, with validated arguments', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const logs: string[] = [];
    const registry = createIpcRegistry({ ipcMain, policy: () => policy, log: (m) => logs.push(m) });
    const calls: unknown[] = [];
    registry.handle('setTitle', validateTitleRequest, (_event, request) => {
      calls.push(request);
    });
    const listener = handlers.get(INVOKE_CHANNELS.setTitle);
    expect(listener).toBeDefined();
    if (!listener) return;

    await listener(eventFrom(1, 'app://orgmap/index.html'), { fileName: 'a.orgmap', dirty: true });
    expect(calls).toEqual([{ fileName: 'a.orgmap', dirty: true, path: null }]);

    await expect(listener(eventFrom(2, 'app://orgmap/index.html'), { fileName: null, dirty: false })).rejects.toThrow(/untrusted sender/);
    await expect(listener(eventFrom(1, 'https://evil.example/'), { fileName: null, dirty: false })).rejects.toThrow(/untrusted sender/);
    await expect(listener(eventFrom(1, 'app://orgmap/index.html', false), { fileName: null, dirty: false })).rejects.toThrow(/untrusted sender/);
    await expect(listener(eventFrom(1, null), { fileName: null, dirty: false })).rejects.toThrow(/untrusted sender/);
    expect(logs).toHaveLength(4);

    await expect(listener(eventFrom(1, 'app://orgmap/index.html'), { fileName: 1, dirty: false })).rejects.toThrow(IpcValidationError);
    expect(calls).toHaveLength(1);
  });

  it('checks the sender before it looks at the arguments', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    let validated = 0;
    const registry = createIpcRegistry({ ipcMain, policy: () => policy });
    registry.handle('getAppInfo', (args) => {
      validated += 1;
      return noArgs(args);
    }, () => ({ name: 'Orgmap', version: '0', platform: 'linux' }));
    await expect(handlers.get(INVOKE_CHANNELS.getAppInfo)?.(eventFrom(9, 'app://orgmap/'))).rejects.toThrow();
    expect(validated).toBe(0);
  });

  it('refuses to register one method twice', () => {
    const registry = createIpcRegistry({ ipcMain: fakeIpcMain().ipcMain, policy: () => policy });
    registry.handle('getAppInfo', noArgs, () => ({ name: 'Orgmap', version: '0', platform: 'linux' }));
    expect(() => registry.handle('getAppInfo', noArgs, () => ({ name: 'Orgmap', version: '0', platform: 'linux' }))).toThrow(/twice/);
  });

  it('every invoke message of the contract has exactly one handler after the setups run', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const registry = createIpcRegistry({ ipcMain, policy: () => policy });
    const unused = () => {
      throw new Error('not called');
    };
    setupAppInfo({ registry, name: 'Orgmap', version: '0.1.0', platform: 'linux' });
    setupWindowTitle({ registry, platform: 'linux', windowFor: () => null, isGrantedPath: () => false });
    const fs = { open: unused, rename: unused, unlink: unused, stat: unused, readFile: unused } as DocumentFs;
    const deps = {
      fs,
      dialog: { showOpenDialog: unused, showSaveDialog: unused } as unknown as DialogLike,
      grants: new PathGrants(),
      windowFor: (_sender: WebContents) => null,
    };
    setupDocuments(registry, deps);
    setupExport(registry, { ...deps, writeImage: unused });
    setupRecent(registry, new RecentDocuments({ file: '/nowhere/recent.json', fs }), deps);
    setupRecovery(registry, new RecoveryStore({ dir: '/nowhere/recovery', fs: fs as RecoveryFs }));
    setupInbox(registry, new DocumentInbox(() => null));
    setupMenu(
      { Menu: { buildFromTemplate: () => ({}) as Electron.Menu, setApplicationMenu: () => {} }, platform: 'linux', appName: 'Orgmap', dev: false, target: () => null },
      registry,
    );
    setupSettings(registry, new SettingsStore({ file: '/nowhere/settings.json', fs, defaults: defaultSettings() }));
    const shell = { openPath: async () => '', openExternal: async () => {} };
    setupLogFolder(registry, shell, new RotatingLog({ dir: '/nowhere/logs', fs: {} as LogFs }));
    setupAbout(registry, {
      platform: 'linux',
      facts: { name: 'Orgmap', version: '0.1.0', versions: {} },
      language: () => 'en',
      app: { setAboutPanelOptions: () => {}, showAboutPanel: () => {} },
      showMessageBox: async () => ({ response: 0 }),
      shell,
    });
    expect([...handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect([...registry.registered()].sort()).toEqual((Object.keys(INVOKE_CHANNELS) as InvokeMethod[]).sort());
  });
});

describe('argument validation', () => {
  it('noArgs refuses arguments', () => {
    expect(noArgs([])).toEqual([]);
    expect(() => noArgs([1])).toThrow(IpcValidationError);
  });

  it('accepts well-formed save requests', () => {
    expect(validateSaveRequest([{ text: '{}', suggestedName: 'Map' }])).toEqual([{ text: '{}', suggestedName: 'Map' }]);
    expect(validateSaveRequest([{ text: '', suggestedName: '', path: '/tmp/a.orgmap' }])).toEqual([{ text: '', suggestedName: '', path: '/tmp/a.orgmap' }]);
  });

  it('refuses malformed save requests', () => {
    const bad: unknown[][] = [
      [],
      [null],
      ['text'],
      [[]],
      [{ text: 1, suggestedName: 'a' }],
      [{ text: 'x' }],
      [{ text: 'x', suggestedName: 'a', path: '' }],
      [{ text: 'x', suggestedName: 'a', path: 42 }],
      [{ text: 'x', suggestedName: 'a', path: '/tmp/a\0b' }],
      [{ text: 'x', suggestedName: 'a'.repeat(300) }],
      [{ text: 'x', suggestedName: 'a', extra: true }],
      [JSON.parse('{"text":"x","suggestedName":"a","__proto__":{"polluted":true}}')],
      [{ text: 'x', suggestedName: 'a' }, 'second'],
      [new (class Fake { text = 'x'; suggestedName = 'a'; })()],
    ];
    for (const args of bad) expect(() => validateSaveRequest(args), JSON.stringify(args)).toThrow(IpcValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses documents above the size limit', () => {
    const limit = 'x'.repeat(MAX_DOCUMENT_SIZE);
    expect(() => validateSaveRequest([{ text: limit, suggestedName: 'a' }])).not.toThrow();
    expect(() => validateSaveRequest([{ text: `${limit}x`, suggestedName: 'a' }])).toThrow(/too large/);
  });

  it('validates title requests', () => {
    expect(validateTitleRequest([{ fileName: null, dirty: false }])).toEqual([{ fileName: null, dirty: false, path: null }]);
    expect(validateTitleRequest([{ fileName: 'a.orgmap', dirty: true, path: '/x/a.orgmap' }])).toEqual([{ fileName: 'a.orgmap', dirty: true, path: '/x/a.orgmap' }]);
    for (const args of [[{ fileName: null }], [{ fileName: null, dirty: 'yes' }], [{ fileName: 3, dirty: true }], [{ fileName: null, dirty: true, x: 1 }]]) {
      expect(() => validateTitleRequest(args)).toThrow(IpcValidationError);
    }
  });
});

describe('argument validation of the files messages', () => {
  const refuses = (validate: (args: readonly unknown[]) => unknown, args: unknown[]) =>
    expect(() => validate(args), JSON.stringify(args)).toThrow(IpcValidationError);

  it('paths: one usable string', () => {
    expect(validateOpenRecent(['/maps/a.orgmap'])).toEqual(['/maps/a.orgmap']);
    expect(validateDroppedPath(['C:\\maps\\a.orgmap'])).toEqual(['C:\\maps\\a.orgmap']);
    for (const args of [[], [''], [1], [null], ['/a\0b'], ['x'.repeat(5000)], ['/a', '/b'], [{ path: '/a' }]]) {
      refuses(validateOpenRecent, args);
      refuses(validateDroppedPath, args);
    }
  });

  it('language: en or nl only', () => {
    expect(validateLanguage(['nl'])).toEqual(['nl']);
    for (const args of [[], ['de'], ['EN'], [1], ['en', 'nl']]) refuses(validateLanguage, args);
  });

  it('save requests may name their recovery draft, by a valid id only', () => {
    expect(validateSaveRequest([{ text: '', suggestedName: 'a', recoveryId: 'doc_1-a' }])).toEqual([{ text: '', suggestedName: 'a', recoveryId: 'doc_1-a' }]);
    for (const recoveryId of ['../x', '', 'a/b', 'a.b', 'x'.repeat(65), 7]) refuses(validateSaveRequest, [{ text: '', suggestedName: 'a', recoveryId }]);
  });

  it('recovery drafts: ids that cannot leave the folder, bounded text, known fields', () => {
    expect(validateRecoveryWrite([{ id: 'a1', text: '{}' }])).toEqual([{ id: 'a1', text: '{}' }]);
    expect(validateRecoveryWrite([{ id: 'a1', text: '{}', fileName: 'x.orgmap' }])).toEqual([{ id: 'a1', text: '{}', fileName: 'x.orgmap' }]);
    expect(validateRecoveryId(['a1'])).toEqual(['a1']);
    expect(validateRecoveryRead(['Z_9-'])).toEqual(['Z_9-']);
    for (const id of ['..', '../../etc/passwd', 'a/b', 'a\\b', 'C:x', '', 'a b', '.hidden', 'x'.repeat(65), 1, null]) {
      refuses(validateRecoveryWrite, [{ id, text: '' }]);
      refuses(validateRecoveryId, [id]);
      refuses(validateRecoveryRead, [id]);
    }
    refuses(validateRecoveryWrite, [{ id: 'a', text: 1 }]);
    refuses(validateRecoveryWrite, [{ id: 'a', text: '', path: '/x' }]);
    refuses(validateRecoveryWrite, [{ id: 'a', text: '', fileName: 'x'.repeat(300) }]);
    refuses(validateRecoveryWrite, [JSON.parse('{"id":"a","text":"","__proto__":{"x":1}}')]);
    refuses(validateRecoveryWrite, [{ id: 'a', text: 'x'.repeat(MAX_DOCUMENT_SIZE + 1) }]);
  });

  it('setMenu: a bounded list of {id, label, accelerator?, enabled}', () => {
    const item = { id: 'file.saveAs', label: 'Opslaan als…', accelerator: 'CmdOrCtrl+Shift+S', enabled: true };
    expect(validateMenuItems([[item, { id: 'view.zoomIn', label: 'Zoom', enabled: false }]])).toEqual([[item, { id: 'view.zoomIn', label: 'Zoom', enabled: false }]]);
    expect(validateMenuItems([[{ ...item, accelerator: "CmdOrCtrl+Shift+'" }]])[0][0]?.accelerator).toBe("CmdOrCtrl+Shift+'");
    expect(validateMenuItems([[{ ...item, checked: true }]])[0][0]?.checked).toBe(true);
    const bad: unknown[] = [
      { ...item, id: 'File.save' },
      { ...item, id: 'file' },
      { ...item, id: '__proto__.x' },
      { ...item, label: '' },
      { ...item, label: 'a\nb' },
      { ...item, label: 'x'.repeat(101) },
      { ...item, enabled: 'yes' },
      { ...item, checked: 'yes' },
      { ...item, accelerator: 'CmdOrCtrl+Shift+Alt+Ctrl+Meta+X' },
      { ...item, accelerator: 'rm -rf' },
      { ...item, accelerator: 3 },
      { ...item, click: 'x' },
      'file.save',
    ];
    for (const entry of bad) refuses(validateMenuItems, [[entry]]);
    refuses(validateMenuItems, [item]);
    refuses(validateMenuItems, [Array.from({ length: 201 }, () => item)]);
    refuses(validateMenuItems, []);
  });
});

describe('registry shortcuts as menu accelerators (toAccelerator, for setMenu)', () => {
  // Shortcuts of the command manifest (shared/commands/manifest.ts), and two a menu cannot show.
  const registry: [Shortcut, string | null][] = [
    [{ key: 'n', mod: true, alt: true }, 'CmdOrCtrl+Alt+N'],
    [{ key: 'o', mod: true }, 'CmdOrCtrl+O'],
    [{ key: 's', mod: true }, 'CmdOrCtrl+S'],
    [{ key: 's', mod: true, shift: true }, 'CmdOrCtrl+Shift+S'],
    [{ key: 'z', mod: true, shift: true }, 'CmdOrCtrl+Shift+Z'],
    [{ key: 'y', ctrl: true }, 'Ctrl+Y'],
    [{ key: 'Delete' }, 'Delete'],
    [{ key: 'Escape' }, 'Escape'],
    [{ key: 'Digit1', shift: true, byCode: true }, 'Shift+1'],
    [{ key: '=', mod: true }, 'CmdOrCtrl+='],
    [{ key: '+', mod: true }, 'CmdOrCtrl+Plus'],
    [{ key: '-', mod: true }, 'CmdOrCtrl+-'],
    [{ key: "'", mod: true, shift: true }, "CmdOrCtrl+Shift+'"],
    [{ key: '?', shift: true }, 'Shift+?'],
    [{ key: '/', mod: true }, 'CmdOrCtrl+/'],
    [{ key: 'c' }, 'C'],
    [{ key: 'Dead' }, null],
    [{ key: 'é', mod: true }, null],
  ];

  it('maps each registry shortcut, and every result passes the setMenu validator', () => {
    for (const [shortcut, expected] of registry) {
      const accelerator = toAccelerator(shortcut);
      expect(accelerator, JSON.stringify(shortcut)).toBe(expected);
      if (accelerator) expect(() => validateMenuItems([[{ id: 'file.save', label: 'Save', accelerator, enabled: true }]])).not.toThrow();
    }
  });
});
