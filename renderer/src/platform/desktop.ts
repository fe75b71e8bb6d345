import { BRIDGE_GLOBAL, type OrgmapBridge } from '../../../shared/ipc';
import type { Platform } from './types';

/** The preload bridge, when this renderer runs inside our Electron window. */
export function findBridge(win: Window = window): OrgmapBridge | null {
  const candidate = (win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (typeof candidate !== 'object' || candidate === null) return null;
  const bridge = candidate as Partial<OrgmapBridge>;
  return typeof bridge.openDocument === 'function' && typeof bridge.saveDocument === 'function' ? (bridge as OrgmapBridge) : null;
}

/** The Electron adapter: every call is one message of the typed contract in shared/ipc.ts. */
export function createElectronPlatform(bridge: OrgmapBridge): Platform {
  let lastPath: string | undefined;
  return {
    kind: 'electron',
    isMac: /Mac/.test(globalThis.navigator?.platform ?? ''),
    async openDocument() {
      const result = await bridge.openDocument();
      if (!result.canceled && 'path' in result) lastPath = result.path;
      return result;
    },
    onDocumentOpened(callback) {
      const off = bridge.onOpenDocument((result) => {
        if (!result.canceled && 'path' in result) lastPath = result.path;
        callback(result);
      });
      // Files that arrived before we listened (double-click to start) come now.
      void bridge.readyForDocuments();
      return off;
    },
    async saveDocument({ text, suggestedName, saveAs = false }) {
      // Save goes back to the file it came from (a path the main process handed out); Save As asks.
      const result = await bridge.saveDocument({ text, suggestedName, ...(!saveAs && lastPath ? { path: lastPath } : {}) });
      if (!result.canceled && 'path' in result) lastPath = result.path;
      return result;
    },
    setTitle(request) {
      void bridge.setTitle(request);
    },
    onMenuCommand(callback) {
      return bridge.onMenuCommand(callback);
    },
    async openDroppedFile(file) {
      const result = await bridge.openDroppedFile(file);
      if (!result.canceled && 'path' in result) lastPath = result.path;
      return result;
    },
    setLanguage(language) {
      void bridge.setLanguage(language);
    },
    setMenu(items) {
      void bridge.setMenu(items);
    },
    onSaveRequest(callback) {
      return bridge.onSaveRequest(() => callback());
    },
  };
}
