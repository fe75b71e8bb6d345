import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, EVENT_CHANNELS, INVOKE_CHANNELS, type OrgmapBridge } from '../../shared/ipc';

// The preload's only import is `electron`; stand-ins record what it does with them.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      }),
      send: vi.fn(),
      sendSync: vi.fn(),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electron.exposed.set(key, api);
    },
  },
  ipcRenderer: electron.ipcRenderer,
  webUtils: {
    getPathForFile: (file: { name?: string; realPath?: string }) => {
      if (typeof file.realPath !== 'string') throw new TypeError('not a File');
      return file.realPath;
    },
  },
}));

let bridge: OrgmapBridge;
beforeAll(async () => {
  await import('./index');
  bridge = electron.exposed.get(BRIDGE_GLOBAL) as OrgmapBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one object, window.orgmap, of plain functions', () => {
    expect([...electron.exposed.keys()]).toEqual(['orgmap']);
    expect(Object.keys(bridge).sort()).toEqual([
      'clearRecentDocuments',
      'clearRecoveryDraft',
      'copyImage',
      'getAppInfo',
      'getSettings',
      'listRecentDocuments',
      'listRecoveryDrafts',
      'onMenuCommand',
      'onOpenDocument',
      'onSaveRequest',
      'openDocument',
      'openDroppedFile',
      'openLogFolder',
      'openRecentDocument',
      'readRecoveryDraft',
      'readyForDocuments',
      'saveDocument',
      'saveExport',
      'setLanguage',
      'setMenu',
      'setSettings',
      'setTitle',
      'showAbout',
      'writeRecoveryDraft',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or a generic send/invoke', () => {
    const values = Object.values(bridge) as unknown[];
    expect(values).not.toContain(electron.ipcRenderer);
    for (const name of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on', 'removeListener']) expect(bridge).not.toHaveProperty(name);
  });

  it('each method invokes its own channel with its own arguments', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await bridge.getAppInfo();
    await bridge.openDocument();
    await bridge.saveDocument({ text: '{}', suggestedName: 'a' });
    await bridge.setTitle({ fileName: null, dirty: true });
    await bridge.openRecentDocument('/m/a.orgmap');
    await bridge.setLanguage('nl');
    await bridge.setMenu([{ id: 'file.save', label: 'Opslaan', enabled: true }]);
    await bridge.listRecentDocuments();
    await bridge.clearRecentDocuments();
    await bridge.readyForDocuments();
    await bridge.writeRecoveryDraft({ id: 'd1', text: '{}' });
    await bridge.clearRecoveryDraft('d1');
    await bridge.listRecoveryDrafts();
    await bridge.readRecoveryDraft('d1');
    await bridge.saveExport({ format: 'svg', data: '<svg/>', suggestedName: 'a.svg' });
    await bridge.copyImage(new Uint8Array([137, 80, 78, 71]));
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [INVOKE_CHANNELS.getAppInfo],
      [INVOKE_CHANNELS.openDocument],
      [INVOKE_CHANNELS.saveDocument, { text: '{}', suggestedName: 'a' }],
      [INVOKE_CHANNELS.setTitle, { fileName: null, dirty: true }],
      [INVOKE_CHANNELS.openRecentDocument, '/m/a.orgmap'],
      [INVOKE_CHANNELS.setLanguage, 'nl'],
      [INVOKE_CHANNELS.setMenu, [{ id: 'file.save', label: 'Opslaan', enabled: true }]],
      [INVOKE_CHANNELS.listRecentDocuments],
      [INVOKE_CHANNELS.clearRecentDocuments],
      [INVOKE_CHANNELS.readyForDocuments],
      [INVOKE_CHANNELS.writeRecoveryDraft, { id: 'd1', text: '{}' }],
      [INVOKE_CHANNELS.clearRecoveryDraft, 'd1'],
      [INVOKE_CHANNELS.listRecoveryDrafts],
      [INVOKE_CHANNELS.readRecoveryDraft, 'd1'],
      [INVOKE_CHANNELS.saveExport, { format: 'svg', data: '<svg/>', suggestedName: 'a.svg' }],
      [INVOKE_CHANNELS.copyImage, new Uint8Array([137, 80, 78, 71])],
    ]);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('menu commands reach the callback without the IPC event, and unsubscribe works', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    const emit = (...args: unknown[]) => {
      for (const listener of electron.listeners.get(EVENT_CHANNELS.menuCommand) ?? []) listener(...args);
    };
    const event = { sender: electron.ipcRenderer, senderId: 0 };
    emit(event, 'file.save');
    emit(event, { not: 'a string' });
    expect(received).toEqual([['file.save']]);
    unsubscribe();
    emit(event, 'file.open');
    expect(received).toHaveLength(1);
    expect(electron.listeners.get(EVENT_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('a dropped file is opened by its path, which the page never sees; anything else is refused without IPC', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await bridge.openDroppedFile({ name: 'a.orgmap', size: 3, realPath: '/maps/a.orgmap' } as unknown as File);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[INVOKE_CHANNELS.openDroppedPath, '/maps/a.orgmap']]);
    electron.ipcRenderer.invoke.mockClear();
    expect(await bridge.openDroppedFile({ name: 'fake', size: 0 })).toMatchObject({ canceled: false, error: expect.any(String) });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('pushed documents and save requests reach the callback checked and without the event', () => {
    const emit = (channel: string, ...args: unknown[]) => {
      for (const listener of electron.listeners.get(channel) ?? []) listener(...args);
    };
    const event = { sender: electron.ipcRenderer };
    const opened: unknown[][] = [];
    const stopOpen = bridge.onOpenDocument((...args: unknown[]) => opened.push(args));
    emit(EVENT_CHANNELS.openDocument, event, { canceled: false, path: '/m/a.orgmap', name: 'a.orgmap', text: '{}' });
    emit(EVENT_CHANNELS.openDocument, event, 'junk');
    expect(opened).toEqual([[{ canceled: false, path: '/m/a.orgmap', name: 'a.orgmap', text: '{}' }]]);
    stopOpen();
    expect(electron.listeners.get(EVENT_CHANNELS.openDocument)?.size).toBe(0);

    const requests: unknown[][] = [];
    const stopSave = bridge.onSaveRequest((...args: unknown[]) => requests.push(args));
    emit(EVENT_CHANNELS.saveRequest, event, { reason: 'close', timeoutMs: 1000 });
    emit(EVENT_CHANNELS.saveRequest, event, { reason: 'explode', timeoutMs: 1000 });
    expect(requests).toEqual([[{ reason: 'close', timeoutMs: 1000 }]]);
    stopSave();
    expect(electron.listeners.get(EVENT_CHANNELS.saveRequest)?.size).toBe(0);
  });
});
