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
}));

let bridge: OrgmapBridge;
beforeAll(async () => {
  await import('./index');
  bridge = electron.exposed.get(BRIDGE_GLOBAL) as OrgmapBridge;
});

describe('preload bridge', () => {
  it('exposes exactly one object, window.orgmap, of plain functions', () => {
    expect([...electron.exposed.keys()]).toEqual(['orgmap']);
    expect(Object.keys(bridge).sort()).toEqual(['getAppInfo', 'onMenuCommand', 'openDocument', 'saveDocument', 'setTitle']);
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
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      [INVOKE_CHANNELS.getAppInfo],
      [INVOKE_CHANNELS.openDocument],
      [INVOKE_CHANNELS.saveDocument, { text: '{}', suggestedName: 'a' }],
      [INVOKE_CHANNELS.setTitle, { fileName: null, dirty: true }],
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
});
