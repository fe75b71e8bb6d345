import { BRIDGE_GLOBAL, type OrgmapBridge } from '../../../shared/ipc';
import { documentFullScreen } from './fullscreen';
import { createMapReader, type MapReader } from './mapReader';
import { createBridgeSettings } from './settings';
import type { Platform } from './types';

/** The preload bridge, when this renderer runs inside our Electron window. */
export function findBridge(win: Window = window): OrgmapBridge | null {
  const candidate = (win as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  if (typeof candidate !== 'object' || candidate === null) return null;
  const bridge = candidate as Partial<OrgmapBridge>;
  return typeof bridge.openDocument === 'function' && typeof bridge.saveDocument === 'function' ? (bridge as OrgmapBridge) : null;
}

/**
 * The Electron adapter: every call is one message of the typed contract in shared/ipc.ts. The text
 * of an opened file (main read and checked it) is parsed and validated again for the app in the
 * open worker, off the page's main thread, as in the web build (mapReader.ts; `reader` for tests).
 */
export function createElectronPlatform(bridge: OrgmapBridge, reader: MapReader = createMapReader()): Platform {
  // The file Save writes to: a path main handed out, adopted only once the app accepted the file.
  let currentPath: string | undefined;
  // Files main pushes (OS open, Open Recent) reach the app in the order they came, parsed or not.
  let pushed: Promise<unknown> = Promise.resolve();
  // The worker's script is loaded once the page is idle, not while the empty map starts.
  const idle = (typeof window === 'undefined' ? null : window) as (Window & { requestIdleCallback?: (callback: () => void) => number }) | null;
  idle?.requestIdleCallback?.(() => reader.warm());
  return {
    kind: 'electron',
    saveMode: 'file',
    isMac: /Mac/.test(globalThis.navigator?.platform ?? ''),
    openDocument() {
      return bridge.openDocument().then((result) => reader.parse(result));
    },
    onDocumentOpened(callback) {
      const off = bridge.onOpenDocument((result) => {
        const parsed = reader.parse(result);
        pushed = pushed
          .then(() => parsed)
          .then(callback)
          // One failing callback must not stop the files after it.
          .catch((error: unknown) => console.error(error));
      });
      // Files that arrived before we listened (double-click to start) come now.
      void bridge.readyForDocuments();
      return off;
    },
    adoptDocument(opened) {
      currentPath = opened?.path;
    },
    async saveDocument({ text, suggestedName, saveAs = false, recoveryId }) {
      // Save goes back to the file it came from (a path the main process handed out); Save As asks.
      const result = await bridge.saveDocument({
        text,
        suggestedName,
        ...(!saveAs && currentPath !== undefined ? { path: currentPath } : {}),
        ...(recoveryId !== undefined ? { recoveryId } : {}),
      });
      if (!result.canceled && 'path' in result) currentPath = result.path;
      return result;
    },
    setTitle(request) {
      // The path lets macOS show the file's icon in the title bar; only a path main handed out.
      void bridge.setTitle({ ...request, path: currentPath ?? null });
    },
    onMenuCommand(callback) {
      return bridge.onMenuCommand(callback);
    },
    openDroppedFile(file) {
      return bridge.openDroppedFile(file).then((result) => reader.parse(result));
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
    settings: createBridgeSettings(bridge),
    openLogFolder() {
      void bridge.openLogFolder();
    },
    showAbout() {
      void bridge.showAbout();
    },
    // Electron makes the window full screen for the page's Fullscreen API (platform/fullscreen.ts).
    fullScreen: documentFullScreen(typeof document !== 'undefined' ? document : null),
    saveExport: (request) => bridge.saveExport(request),
    async copyImage(png) {
      return bridge.copyImage(new Uint8Array(await (await png).arrayBuffer()));
    },
    recovery: {
      write: (draft) => bridge.writeRecoveryDraft(draft),
      clear: (id) => bridge.clearRecoveryDraft(id),
      list: () => bridge.listRecoveryDrafts(),
      read: (id) => bridge.readRecoveryDraft(id),
    },
  };
}
