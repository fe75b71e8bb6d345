/**
 * The preload: exposes `window.orgmap`, one function per message of the contract in shared/ipc.ts.
 * Never exposes `ipcRenderer`, the IPC event, or a generic send/invoke: the page can only ask for
 * what the contract lists, with the arguments it types. Runs sandboxed (CommonJS, `electron` only).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeMethod,
  type InvokeResult,
  type OpenResult,
  type OrgmapBridge,
  type SaveRequestEvent,
} from '../../shared/ipc';

function invoke<M extends InvokeMethod>(method: M, ...args: InvokeArgs<M>): Promise<InvokeResult<M>> {
  return ipcRenderer.invoke(INVOKE_CHANNELS[method], ...args) as Promise<InvokeResult<M>>;
}

/**
 * Subscribes to one main → renderer channel. The page's callback gets the checked payload only,
 * never the event (it carries `sender`); returns the unsubscribe function.
 */
function subscribe<T>(channel: string, accept: (payload: unknown) => payload is T, callback: (payload: T) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: unknown): void => {
    if (accept(payload)) callback(payload);
  };
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const isOpenResult = (value: unknown): value is OpenResult => isObject(value) && 'canceled' in value && typeof value.canceled === 'boolean';
const isSaveRequestEvent = (value: unknown): value is SaveRequestEvent =>
  isObject(value) && 'reason' in value && (value.reason === 'close' || value.reason === 'quit') && 'timeoutMs' in value && typeof value.timeoutMs === 'number';

const bridge = {
  getAppInfo: () => invoke('getAppInfo'),
  openDocument: () => invoke('openDocument'),
  openRecentDocument: (path) => invoke('openRecentDocument', path),
  openDroppedFile: async (file) => {
    // Only a real File from a drop has a path; the page never sees it, main gets it to open.
    let path: string;
    try {
      path = webUtils.getPathForFile(file as File);
    } catch {
      path = ''; // not a File (the page passed something else)
    }
    if (!path) return { canceled: false, error: 'The dropped item is not a file on this computer.', name: typeof file.name === 'string' ? file.name : '' };
    return invoke('openDroppedPath', path);
  },
  saveDocument: (request) => invoke('saveDocument', request),
  setTitle: (request) => invoke('setTitle', request),
  setLanguage: (language) => invoke('setLanguage', language),
  setMenu: (items) => invoke('setMenu', items),
  listRecentDocuments: () => invoke('listRecentDocuments'),
  clearRecentDocuments: () => invoke('clearRecentDocuments'),
  readyForDocuments: () => invoke('readyForDocuments'),
  writeRecoveryDraft: (draft) => invoke('writeRecoveryDraft', draft),
  clearRecoveryDraft: (id) => invoke('clearRecoveryDraft', id),
  listRecoveryDrafts: () => invoke('listRecoveryDrafts'),
  readRecoveryDraft: (id) => invoke('readRecoveryDraft', id),
  getSettings: () => invoke('getSettings'),
  setSettings: (patch) => invoke('setSettings', patch),
  openLogFolder: () => invoke('openLogFolder'),
  showAbout: () => invoke('showAbout'),
  saveExport: (request) => invoke('saveExport', request),
  copyImage: (png) => invoke('copyImage', png),
  onMenuCommand: (callback) => subscribe(EVENT_CHANNELS.menuCommand, isString, callback),
  onOpenDocument: (callback) => subscribe(EVENT_CHANNELS.openDocument, isOpenResult, callback),
  onSaveRequest: (callback) => subscribe(EVENT_CHANNELS.saveRequest, isSaveRequestEvent, callback),
} satisfies Required<OrgmapBridge>;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
