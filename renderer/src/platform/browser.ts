import type { OpenedDocument, OpenResult, SaveFormat, SaveResult } from '../../../shared/ipc';
import { MAX_DOCUMENT_SIZE } from '../../../shared/ipc';
import { createBrowserRecoveryStore, localStorageOrNull } from '../recovery/browserStore';
import { documentFullScreen } from './fullscreen';
import { createLocalSettings } from './settings';
import type { Platform, RecentDocuments, RecoveryStore } from './types';
import { createIdbRecentStore, type RecentHandleStore } from './recentHandles';
import { message } from './readMap';
import { createMapReader, type MapReader } from './mapReader';

export { readBytes, readFile } from './readMap';

/**
 * The browser adapter.
 *
 * Opening: the File System Access API's picker where the browser has one (Chromium), keeping the
 * file handle so that Save writes back to that same file; elsewhere one hidden
 * `<input type="file">` (stable test hook `data-testid="file.open-input"`). Whatever is chosen in
 * the input is read and reported, whether the app asked (openDocument) or a script set the files
 * directly (onDocumentOpened).
 *
 * Saving, like a desktop editor where the API exists: Save writes to the document's handle
 * (`createWritable` writes a swap file that replaces the target on close: atomic in Chromium);
 * a document without a handle, or Save As, asks with the save picker. Without the API, Save
 * downloads the file.
 *
 * Recovery drafts live in IndexedDB, durably committed; localStorage where IndexedDB cannot be
 * opened (see recovery/browserStore.ts).
 */

interface PickerType {
  readonly description: string;
  readonly accept: Readonly<Record<string, readonly string[]>>;
}

/** The parts of the File System Access API we use (not in TypeScript's DOM library: Chromium only). */
export interface FilePickers {
  showOpenFilePicker?: (options: { readonly types: readonly PickerType[]; readonly multiple: false; readonly id?: string }) => Promise<readonly FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: { readonly types: readonly PickerType[]; readonly suggestedName: string; readonly id?: string }) => Promise<FileSystemFileHandle>;
}

/** Permission calls on handles (Chromium); absent elsewhere and in older typings. */
interface PermissionHandle {
  queryPermission?: (descriptor: { readonly mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (descriptor: { readonly mode: 'readwrite' }) => Promise<PermissionState>;
}

/** What the save picker and a download call each export format. */
const EXPORT_TYPES: Readonly<Record<SaveFormat, { readonly description: string; readonly mime: string }>> = {
  png: { description: 'PNG image', mime: 'image/png' },
  svg: { description: 'SVG image', mime: 'image/svg+xml' },
  pdf: { description: 'PDF document', mime: 'application/pdf' },
  pptx: { description: 'PowerPoint presentation', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  csv: { description: 'CSV file', mime: 'text/csv' },
};

const PICKER_TYPES: readonly PickerType[] = [{ description: 'Orgmap map', accept: { 'application/json': ['.orgmap'] } }];
const PICKER_ID = 'orgmap-maps';

/** IndexedDB, or null where the browser refuses it. */
function indexedDbOrNull(): IDBFactory | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    return null;
  }
}

function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** May we write to this handle? Asks once if needed (Save is a user gesture). */
async function canWrite(handle: FileSystemFileHandle): Promise<boolean> {
  const h = handle as FileSystemFileHandle & PermissionHandle;
  if (!h.queryPermission) return true;
  if ((await h.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await h.requestPermission?.({ mode: 'readwrite' })) === 'granted';
}

/** Writes the whole text (or an export's Blob) and commits; on failure the swap file is dropped and the target kept. */
export async function writeHandle(handle: FileSystemFileHandle, text: string | Blob): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

export interface BrowserPlatformOptions {
  readonly doc?: Document;
  /** Where the pickers come from (the window); tests pass stubs, `{}` means "no such API". */
  readonly pickers?: FilePickers;
  readonly recovery?: RecoveryStore;
  /** Where settings are kept (default: localStorage); null keeps nothing. */
  readonly settingsStorage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Where Open Recent keeps its file handles (default: IndexedDB); null keeps none. */
  readonly recentStore?: RecentHandleStore | null;
  /** How chosen maps are read (default: in the open worker where there is `Worker`). */
  readonly mapReader?: MapReader;
}

export function createBrowserPlatform(options: BrowserPlatformOptions = {}): Platform {
  const doc = options.doc ?? document;
  const win = doc.defaultView;
  const pickers: FilePickers = options.pickers ?? (win as unknown as FilePickers | null) ?? {};
  // Bound: the real pickers are window methods and throw "Illegal invocation" when detached.
  const showOpen = typeof pickers.showOpenFilePicker === 'function' ? pickers.showOpenFilePicker.bind(pickers) : null;
  const showSave = typeof pickers.showSaveFilePicker === 'function' ? pickers.showSaveFilePicker.bind(pickers) : null;
  // Reads and parses a chosen map in a worker where the page can have one (mapReader.ts).
  const reader = options.mapReader ?? createMapReader();
  const listeners = new Set<(result: OpenResult) => void>();
  let pending: ((result: OpenResult) => void) | null = null;
  // Handles of files read through the picker, until the app adopts one of them (or drops them).
  const handles = new WeakMap<OpenedDocument, FileSystemFileHandle>();
  let current: FileSystemFileHandle | null = null;

  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = '.orgmap,application/vnd.orgmap+json,application/json';
  input.dataset.testid = 'file.open-input';
  input.className = 'visually-hidden';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  doc.body.appendChild(input);

  const deliver = (result: OpenResult) => {
    if (pending) {
      const resolve = pending;
      pending = null;
      resolve(result);
    } else {
      for (const listener of listeners) listener(result);
    }
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      deliver({ canceled: true });
      return;
    }
    void reader.read(file).then(deliver);
  });
  input.addEventListener('cancel', () => deliver({ canceled: true }));
  // The open worker's script is loaded once the page is idle, not while the empty map starts.
  const idle = win as (Window & { requestIdleCallback?: (callback: () => void) => number }) | null;
  idle?.requestIdleCallback?.(() => reader.warm());

  const openWithInput = () =>
    new Promise<OpenResult>((resolve) => {
      pending?.({ canceled: true });
      pending = resolve;
      input.click();
    });

  const openWithPicker = async (show: NonNullable<FilePickers['showOpenFilePicker']>): Promise<OpenResult> => {
    let handle: FileSystemFileHandle | undefined;
    try {
      [handle] = await show({ types: PICKER_TYPES, multiple: false, id: PICKER_ID });
    } catch (error) {
      if (isAbort(error)) return { canceled: true };
      return { canceled: false, error: message(error) };
    }
    if (!handle) return { canceled: true };
    let file: File;
    try {
      file = await handle.getFile();
    } catch (error) {
      return { canceled: false, error: `${handle.name}: ${message(error)}`, name: handle.name };
    }
    const result = await reader.read(file);
    if (!result.canceled && 'text' in result) handles.set(result, handle);
    return result;
  };

  /** Asks where with the save picker and writes there: the handle, or the outcome to report (cancelled, failed). */
  const pickAndWrite = async (
    show: NonNullable<FilePickers['showSaveFilePicker']>,
    options: Parameters<NonNullable<FilePickers['showSaveFilePicker']>>[0],
    data: string | Blob,
  ): Promise<{ readonly handle: FileSystemFileHandle } | SaveResult> => {
    let handle: FileSystemFileHandle;
    try {
      handle = await show(options);
    } catch (error) {
      if (isAbort(error)) return { canceled: true };
      return { canceled: false, error: message(error) };
    }
    try {
      await writeHandle(handle, data);
    } catch (error) {
      return { canceled: false, error: `${handle.name}: ${message(error)}` };
    }
    return { handle };
  };

  const saveAs = async (text: string, suggestedName: string, show: NonNullable<FilePickers['showSaveFilePicker']>): Promise<SaveResult> => {
    const written = await pickAndWrite(show, { types: PICKER_TYPES, suggestedName, id: PICKER_ID }, text);
    if (!('handle' in written)) return written;
    current = written.handle;
    // On the list before the save is reported done (a reload right after it still lists the file).
    await recentStore?.add(written.handle).catch(() => undefined);
    return { canceled: false, path: written.handle.name, name: written.handle.name };
  };

  // Open Recent: only with the picker API (a handle is what makes "reopen" possible).
  const recentStore = showOpen ? (options.recentStore !== undefined ? options.recentStore : createIdbRecentStore(typeof indexedDB === 'undefined' ? null : indexedDB)) : null;
  const recent: RecentDocuments | null = recentStore
    ? {
        list: () => recentStore.list(),
        clear: () => recentStore.clear(),
        async open(id) {
          const entry = (await recentStore.list()).find((e) => e.id === id);
          if (!entry) return;
          let result: OpenResult;
          try {
            if (!(await canWrite(entry.handle))) throw new Error('permission to read the file was not given');
            result = await reader.read(await entry.handle.getFile());
          } catch (error) {
            result = { canceled: false, error: `${entry.name}: ${message(error)}`, name: entry.name };
          }
          if (!result.canceled && 'text' in result) handles.set(result, entry.handle);
          deliver(result);
        },
      }
    : null;

  const download = (text: string, suggestedName: string): SaveResult => downloadBlob(new Blob([text], { type: 'application/vnd.orgmap+json' }), suggestedName);

  const downloadBlob = (blob: Blob, suggestedName: string): SaveResult => {
    const url = URL.createObjectURL(blob);
    const a = doc.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.rel = 'noopener';
    doc.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { canceled: false, path: suggestedName, name: suggestedName };
  };

  return {
    kind: 'browser',
    saveMode: showSave ? 'file' : 'download',
    isMac: /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent),
    openDocument() {
      return showOpen ? openWithPicker(showOpen) : openWithInput();
    },
    onDocumentOpened(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    adoptDocument(opened) {
      current = opened ? (handles.get(opened) ?? null) : null;
      if (current) void recentStore?.add(current).catch(() => undefined);
    },
    async saveDocument({ text, suggestedName, saveAs: asNew = false }) {
      const show = showSave;
      if (!show) return download(text, suggestedName);
      if (!asNew && current) {
        const target = current;
        let allowed: boolean;
        try {
          allowed = await canWrite(target);
        } catch {
          allowed = false;
        }
        // Write permission refused: ask where instead, as a desktop editor does for a read-only file.
        if (!allowed) return saveAs(text, suggestedName, show);
        try {
          await writeHandle(target, text);
        } catch (error) {
          return { canceled: false, error: `${target.name}: ${message(error)}` };
        }
        return { canceled: false, path: target.name, name: target.name };
      }
      return saveAs(text, suggestedName, show);
    },
    setTitle({ fileName, dirty }) {
      doc.title = `${dirty ? '• ' : ''}${fileName ?? 'Orgmap'}${fileName ? ' — Orgmap' : ''}`;
      // Closing the tab with unsaved changes asks first (the browser words the question).
      if (dirty) win?.addEventListener('beforeunload', warnBeforeUnload);
      else win?.removeEventListener('beforeunload', warnBeforeUnload);
    },
    onMenuCommand() {
      return () => undefined;
    },
    openDroppedFile: (file) => reader.read(file),
    async saveExport({ format, data, suggestedName }) {
      const { description, mime } = EXPORT_TYPES[format];
      // A copy: Blob wants bytes backed by a plain ArrayBuffer.
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mime });
      if (!showSave) return downloadBlob(blob, suggestedName);
      // Its own picker id: an export does not move where the map itself is saved.
      const written = await pickAndWrite(showSave, { types: [{ description, accept: { [mime]: [`.${format}`] } }], suggestedName, id: 'orgmap-exports' }, blob);
      return 'handle' in written ? { canceled: false, path: written.handle.name, name: written.handle.name } : written;
    },
    async copyImage(png) {
      const clipboard = win?.navigator.clipboard;
      const Item = (win as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
      if (!clipboard || typeof clipboard.write !== 'function' || !Item) return { ok: false, error: 'this browser cannot put images on the clipboard' };
      try {
        // The item takes the promise, so write() runs within the key press or click that asked.
        await clipboard.write([new Item({ 'image/png': png })]);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    setLanguage() {},
    setMenu() {},
    onSaveRequest() {
      return () => undefined;
    },
    settings: createLocalSettings(options.settingsStorage !== undefined ? options.settingsStorage : localStorageOrNull()),
    openLogFolder: null,
    showAbout: null,
    fullScreen: documentFullScreen(typeof document !== 'undefined' ? document : null),
    ...(recent ? { recent } : {}),
    recovery:
      options.recovery ??
      createBrowserRecoveryStore(localStorageOrNull(), Date.now, typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null, indexedDbOrNull(), MAX_DOCUMENT_SIZE),
  };
}

