/**
 * The preload: exposes `window.orgmap`, one function per message of the contract in shared/ipc.ts.
 * Never exposes `ipcRenderer`, the IPC event, or a generic send/invoke: the page can only ask for
 * what the contract lists, with the arguments it types. Runs sandboxed (CommonJS, `electron` only).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeMethod,
  type InvokeResult,
  type OrgmapBridge,
} from '../../shared/ipc';

function invoke<M extends InvokeMethod>(method: M, ...args: InvokeArgs<M>): Promise<InvokeResult<M>> {
  return ipcRenderer.invoke(INVOKE_CHANNELS[method], ...args) as Promise<InvokeResult<M>>;
}

const bridge = {
  getAppInfo: () => invoke('getAppInfo'),
  openDocument: () => invoke('openDocument'),
  saveDocument: (request) => invoke('saveDocument', request),
  setTitle: (request) => invoke('setTitle', request),
  onMenuCommand: (callback) => {
    // The page's callback gets the command id only, never the event (it carries `sender`).
    const listener = (_event: IpcRendererEvent, commandId: unknown): void => {
      if (typeof commandId === 'string') callback(commandId);
    };
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, listener);
    };
  },
} satisfies OrgmapBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
