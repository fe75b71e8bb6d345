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
 *
 * Opening, in one place of truth: the main process reads the file (size, UTF-8) and checks it with
 * shared/model's `parseDocument` before anything reaches the renderer, so a refused file arrives as
 * `{ error }` carrying the reader's own message, and nothing is half-loaded. The renderer parses the
 * same text again with the same function to build its document; both verdicts are the same code.
 */

/** The settings model (languages, themes, the settings themselves) lives in settings.ts; the bridge below carries it. */
import type { Language, Settings } from './settings';
export { LANGUAGES, SETTING_KEYS, THEMES, type Language, type Settings, type Theme } from './settings';

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

/** A document that was read and passed shared/model's reader in the main process. */
export interface OpenedDocument {
  readonly canceled: false;
  readonly path: string;
  /** The file name shown in the title and messages (`acme.orgmap`). */
  readonly name: string;
  readonly text: string;
}

/**
 * What every open returns (dialog, recent list, drop, and the documents main pushes from the OS):
 * the user cancelled, or the file's text, or a message saying why it could not be opened — for a
 * file the reader refuses, the reader's message (it names the file and the place). `name` is the
 * file name when known. Narrow with `r.canceled`, then `'error' in r`.
 */
export type OpenResult =
  | { readonly canceled: true }
  | OpenedDocument
  | { readonly canceled: false; readonly error: string; readonly name?: string };

/**
 * A save request. Without `path` (a new map, or Save As…) the main process asks where to save,
 * starting from `suggestedName`. With `path` it writes there directly, but only if that path came
 * from the main process in the first place (an open or save dialog, the recent list, a file opened
 * from the OS or dropped); any other path gets the dialog. `recoveryId`: the recovery draft of this
 * document, removed once the save succeeded.
 */
export interface SaveRequest {
  readonly path?: string;
  readonly text: string;
  readonly suggestedName: string;
  readonly recoveryId?: string;
}

/** What `saveDocument()` returns: cancelled, saved (where), or why it failed (the old file is intact). */
export type SaveResult =
  | { readonly canceled: true }
  | { readonly canceled: false; readonly path: string; readonly name: string }
  | { readonly canceled: false; readonly error: string };

/**
 * The window title state, which is also the unsaved-changes state main asks about on close.
 * `fileName` null means an untitled map. `path`, when known, lets macOS show the file's icon in the
 * title bar (`setRepresentedFilename`); it is only used for paths the main process handed out.
 */
export interface TitleRequest {
  readonly fileName: string | null;
  readonly dirty: boolean;
  readonly path?: string | null;
}

/** One entry of File ▸ Open Recent (most recent first). */
export interface RecentDocument {
  readonly path: string;
  readonly name: string;
}

/**
 * Main asks the renderer to save before the window closes (the user chose Save in the
 * Save / Don't Save / Cancel question). The renderer answers by calling `saveDocument` as for
 * File ▸ Save; main closes the window when that save succeeds and keeps it open when it is
 * cancelled or fails, or when no saveDocument call starts within `timeoutMs` (the user's time in
 * the Save dialog does not count).
 */
export interface SaveRequestEvent {
  readonly reason: 'close' | 'quit';
  readonly timeoutMs: number;
}

/** A recovery draft as the renderer writes it: the serialized document, at most every ~2 s. */
export interface RecoveryDraftWrite {
  /** Chosen by the renderer, one per open document: 1–64 of `A–Z a–z 0–9 _ -`. */
  readonly id: string;
  readonly text: string;
  /** The document's file name, for the restore offer; absent for an untitled map. */
  readonly fileName?: string;
}

/** What `listRecoveryDrafts()` gives per draft (newest first), without the text. */
export interface RecoveryDraftInfo {
  readonly id: string;
  readonly fileName: string | null;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  /** Characters of the draft's text. */
  readonly size: number;
}

/** `readRecoveryDraft()`: the draft, or null when there is none (or it is unreadable). */
export interface RecoveryDraft extends RecoveryDraftInfo {
  readonly text: string;
}

/**
 * One native menu item as the renderer's command registry describes it (`setMenu`). Main keeps
 * the menu's structure; these override the label, shortcut and enabled state of the item with the
 * same command id. Ids it does not know are ignored.
 */
export interface MenuItemState {
  readonly id: string;
  readonly label: string;
  /** Electron accelerator syntax (`CmdOrCtrl+Shift+S`); absent keeps main's own. */
  readonly accelerator?: string;
  readonly enabled: boolean;
  /** A check mark: a toggle that is on (Show Grid), or the chosen one of a group (the theme). */
  readonly checked?: boolean;
}

/**
 * A file dropped on the window: in the renderer a DOM `File` (typed structurally here because
 * shared/ has no DOM types). Only the preload can find where it is on disk.
 */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** The formats File ▸ Export… writes (docs/export.md). */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What `saveExport` saves: the export formats, and CSV (the rows a spreadsheet import could not
 * use, renderer/src/import). Text formats (svg, csv) may be sent as text.
 */
export const SAVE_FORMATS = [...EXPORT_FORMATS, 'csv'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

/** Largest export the shell writes or puts on the clipboard, in bytes. */
export const MAX_EXPORT_SIZE = 512 * 1024 * 1024;

/**
 * An export to save: main asks where with the Save dialog (filtered to the format, starting from
 * `suggestedName`) and writes the bytes atomically. The renderer never names the path.
 */
export interface ExportSaveRequest {
  readonly format: SaveFormat;
  /** The file's bytes, or its text (SVG, CSV). */
  readonly data: Uint8Array | string;
  readonly suggestedName: string;
}

/** What `copyImage()` returns: done, or why not in plain words. */
export type CopyImageResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** What `window.orgmap` offers. Every method but the `on…` subscriptions and `openDroppedFile` is one invoke message. */
export interface OrgmapBridge {
  getAppInfo(): Promise<AppInfo>;
  /** File ▸ Open…: the dialog, then the file. */
  openDocument(): Promise<OpenResult>;
  /** Opens an entry of the recent list (only paths on that list are read). */
  openRecentDocument(path: string): Promise<OpenResult>;
  /** A file dropped on the window: the preload finds its path (`webUtils.getPathForFile`). */
  openDroppedFile(file: DroppedFile): Promise<OpenResult>;
  saveDocument(request: SaveRequest): Promise<SaveResult>;
  /** Title and unsaved-changes state; main asks Save / Don't Save / Cancel on close while dirty. */
  setTitle(request: TitleRequest): Promise<void>;
  /** The UI language: native menu labels and the shell's own dialogs follow it. */
  setLanguage(language: Language): Promise<void>;
  /** The command registry's view of the native menu (labels, shortcuts, enabled). */
  setMenu(items: readonly MenuItemState[]): Promise<void>;
  listRecentDocuments(): Promise<readonly RecentDocument[]>;
  clearRecentDocuments(): Promise<void>;
  /**
   * Call once after subscribing with `onOpenDocument`: documents that arrived before the renderer
   * listened (a file double-clicked to start the app) are delivered then, and later ones at once.
   */
  readyForDocuments(): Promise<void>;
  writeRecoveryDraft(draft: RecoveryDraftWrite): Promise<void>;
  clearRecoveryDraft(id: string): Promise<void>;
  listRecoveryDrafts(): Promise<readonly RecoveryDraftInfo[]>;
  readRecoveryDraft(id: string): Promise<RecoveryDraft | null>;
  /** The persisted settings (defaults on first start, or when the file is unreadable). */
  getSettings(): Promise<Settings>;
  /**
   * Changes some settings and persists them; resolves to all settings after the change. A patch
   * with an unknown key or a wrong value is refused as a whole (the promise rejects).
   * Changing `language` also switches the native menu's language, like `setLanguage`.
   */
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Help ▸ Open Log Folder: shows the app's log folder in the file manager. */
  openLogFolder(): Promise<void>;
  /** Help ▸ About: the native About box (name, version, Electron / Chrome / Node versions, website). */
  showAbout(): Promise<void>;
  /** File ▸ Export…: the Save dialog for the format, then an atomic write (the old file stays intact when it fails). */
  saveExport(request: ExportSaveRequest): Promise<SaveResult>;
  /** File ▸ Copy as Image: puts a PNG on the system clipboard (the page's clipboard permission stays denied). */
  copyImage(png: Uint8Array): Promise<CopyImageResult>;
  /**
   * Subscribes to native menu commands (main → renderer). The callback receives only the command
   * id — never the IPC event. Returns the unsubscribe function.
   */
  onMenuCommand(callback: (commandId: string) => void): () => void;
  /** Documents main opens on its own: double-click / argv, macOS open-file, a second launch, Open Recent in the menu. */
  onOpenDocument(callback: (result: OpenResult) => void): () => void;
  /** Main asks for a save before closing (see SaveRequestEvent). */
  onSaveRequest(callback: (request: SaveRequestEvent) => void): () => void;
}

/** Bridge members that are not a plain invoke of their own channel. */
type NotInvoke = 'onMenuCommand' | 'onOpenDocument' | 'onSaveRequest' | 'openDroppedFile';

/** The bridge methods that are request/response messages (renderer → main → renderer). */
export type InvokeMethod = Exclude<keyof OrgmapBridge, NotInvoke> | 'openDroppedPath';

/** The invoke messages' signatures (the bridge's, plus `openDroppedPath`, which the preload sends for `openDroppedFile`). */
export interface InvokeSignatures extends Required<Omit<OrgmapBridge, NotInvoke>> {
  openDroppedPath(path: string): Promise<OpenResult>;
}
/** The arguments of an invoke message, as a tuple. */
export type InvokeArgs<M extends InvokeMethod> = Parameters<InvokeSignatures[M]>;
/** The resolved response of an invoke message. */
export type InvokeResult<M extends InvokeMethod> = Awaited<ReturnType<InvokeSignatures[M]>>;

/** The invoke channel of each request/response message. */
export const INVOKE_CHANNELS = {
  getAppInfo: 'orgmap:app:get-info',
  openDocument: 'orgmap:document:open',
  openRecentDocument: 'orgmap:document:open-recent',
  openDroppedPath: 'orgmap:document:open-dropped',
  saveDocument: 'orgmap:document:save',
  setTitle: 'orgmap:window:set-title',
  setLanguage: 'orgmap:app:set-language',
  setMenu: 'orgmap:menu:set',
  listRecentDocuments: 'orgmap:recent:list',
  clearRecentDocuments: 'orgmap:recent:clear',
  readyForDocuments: 'orgmap:document:ready',
  writeRecoveryDraft: 'orgmap:recovery:write',
  clearRecoveryDraft: 'orgmap:recovery:clear',
  listRecoveryDrafts: 'orgmap:recovery:list',
  readRecoveryDraft: 'orgmap:recovery:read',
  getSettings: 'orgmap:settings:get',
  setSettings: 'orgmap:settings:set',
  openLogFolder: 'orgmap:app:open-log-folder',
  showAbout: 'orgmap:app:show-about',
  saveExport: 'orgmap:export:save',
  copyImage: 'orgmap:export:copy-image',
} as const satisfies { readonly [M in InvokeMethod]: string };

/** Main → renderer event channels. */
export const EVENT_CHANNELS = {
  menuCommand: 'orgmap:menu:command',
  openDocument: 'orgmap:document:opened',
  saveRequest: 'orgmap:document:save-request',
} as const;

/**
 * The command ids and menu places: shared/commands/manifest.ts. Main sends a `MenuCommandId` on
 * `menuCommand` (checked when main compiles); the bridge's `onMenuCommand` hands the renderer a
 * string, since the preload checks only that, and the renderer looks it up in its registry.
 */
export type { MenuCommandId } from './commands/manifest';

/** Largest document the shell reads or writes, in bytes / UTF-16 units (maps are JSON text). */
export const MAX_DOCUMENT_SIZE = 64 * 1024 * 1024;

/** Recovery draft ids: what the renderer may name a draft (they become file names in main). */
export const RECOVERY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** At most this many drafts are kept; writing one more drops the oldest. */
export const MAX_RECOVERY_DRAFTS = 20;
/** The recent list's length. */
export const MAX_RECENT_DOCUMENTS = 10;
