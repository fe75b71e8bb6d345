/**
 * The ONE contract between the Electron main process and the renderer.
 *
 * `OrgmapBridge` is what the preload exposes as `window.orgmap`: one function per message. The
 * channel names below are the only IPC channels the app uses; the main process registers a
 * sender-checked, argument-validated handler for every invoke channel (electron/main/ipc.ts), and
 * the preload forwards each bridge method to exactly one channel (electron/preload/index.ts).
 *
 * Pure TypeScript: no Electron, no Node, no DOM. Everything that crosses the boundary is plain,
 * structured-clonable data.
 */

/** The name under which the preload exposes the bridge: `window.orgmap`. */
export const BRIDGE_GLOBAL = 'orgmap';

/** `process.platform` values, as the renderer sees them (it has no `process`). */
export type OsPlatform = 'darwin' | 'win32' | 'linux' | 'freebsd' | 'openbsd' | 'sunos' | 'aix' | 'android' | 'haiku' | 'cygwin' | 'netbsd';

/** What `getAppInfo()` returns. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: OsPlatform;
}

/**
 * What `openDocument()` returns: the user cancelled the dialog, or the file's text (not yet
 * parsed: the renderer hands it to shared/model), or a message saying why it could not be read.
 * Narrow with `r.canceled`, then `'error' in r`.
 */
export type OpenResult =
  | { readonly canceled: true }
  | { readonly canceled: false; readonly path: string; readonly name: string; readonly text: string }
  | { readonly canceled: false; readonly error: string };

/**
 * A save request. Without `path` (a new map, or Save As…) the main process asks where to save,
 * starting from `suggestedName`. With `path` it writes there directly, but only if that path came
 * from the main process in the first place (an open or save dialog); any other path gets the dialog.
 */
export interface SaveRequest {
  readonly path?: string;
  readonly text: string;
  readonly suggestedName: string;
}

/** What `saveDocument()` returns: cancelled, saved (where), or why it failed (the old file is intact). */
export type SaveResult =
  | { readonly canceled: true }
  | { readonly canceled: false; readonly path: string; readonly name: string }
  | { readonly canceled: false; readonly error: string };

/**
 * The window title state. `fileName` null means an untitled map. `path`, when known, lets macOS
 * show the file's icon in the title bar (`setRepresentedFilename`); it is only used for paths the
 * main process handed out.
 */
export interface TitleRequest {
  readonly fileName: string | null;
  readonly dirty: boolean;
  readonly path?: string | null;
}

/** What `window.orgmap` offers. Every method but `onMenuCommand` is one invoke message. */
export interface OrgmapBridge {
  getAppInfo(): Promise<AppInfo>;
  openDocument(): Promise<OpenResult>;
  saveDocument(request: SaveRequest): Promise<SaveResult>;
  setTitle(request: TitleRequest): Promise<void>;
  /**
   * Subscribes to native menu commands (main → renderer). The callback receives only the command
   * id — never the IPC event. Returns the unsubscribe function.
   */
  onMenuCommand(callback: (commandId: string) => void): () => void;
}

/** The bridge methods that are request/response messages (renderer → main → renderer). */
export type InvokeMethod = Exclude<keyof OrgmapBridge, 'onMenuCommand'>;
/** The arguments of an invoke message, as a tuple. */
export type InvokeArgs<M extends InvokeMethod> = Parameters<OrgmapBridge[M]>;
/** The resolved response of an invoke message. */
export type InvokeResult<M extends InvokeMethod> = Awaited<ReturnType<OrgmapBridge[M]>>;

/** The invoke channel of each request/response message. */
export const INVOKE_CHANNELS = {
  getAppInfo: 'orgmap:app:get-info',
  openDocument: 'orgmap:document:open',
  saveDocument: 'orgmap:document:save',
  setTitle: 'orgmap:window:set-title',
} as const satisfies { readonly [M in InvokeMethod]: string };

/** Main → renderer event channels. */
export const EVENT_CHANNELS = {
  menuCommand: 'orgmap:menu:command',
} as const;

/**
 * The command ids the native menu sends today. The renderer's command registry owns what they do;
 * `onMenuCommand` is typed `string` so the registry can grow without changing this contract.
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'view.fitView',
  'help.shortcuts',
  'help.modelGuide',
  'help.about',
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number];

/** Largest document the shell reads or writes, in bytes / UTF-16 units (maps are JSON text). */
export const MAX_DOCUMENT_SIZE = 64 * 1024 * 1024;
