import type { SettingsPort } from '../settings/settings';
import type { CopyImageResult, ExportSaveRequest, Language, MenuItemState, OpenedDocument, OpenResult, RecoveryDraft, RecoveryDraftInfo, RecoveryDraftWrite, SaveResult } from '../../../shared/ipc';

/**
 * Where unsaved work is kept for recovery: the shell's user-data folder (Electron, through the
 * bridge) or browser storage. Same calls, same meaning as the bridge's recovery messages.
 */
export interface RecoveryStore {
  write(draft: RecoveryDraftWrite): Promise<void>;
  clear(id: string): Promise<void>;
  /** Newest first. */
  list(): Promise<readonly RecoveryDraftInfo[]>;
  /** The draft, or null when there is none or it cannot be read. */
  read(id: string): Promise<RecoveryDraft | null>;
}

export interface SaveDocumentRequest {
  readonly text: string;
  readonly suggestedName: string;
  /** Save As…: always ask where, even when the document has a file. */
  readonly saveAs?: boolean;
  /** The document's recovery draft, removed by the shell once the save succeeded. */
  readonly recoveryId?: string;
}

/**
 * The platform port: what the renderer needs from where it runs. The Electron adapter forwards to
 * the preload bridge (`window.orgmap`, shared/ipc.ts); the browser adapter uses the File System
 * Access API where there is one and a file input and downloads where not. The app talks only to
 * this interface.
 *
 * Which file Save writes to is the port's business (a path from main, a file handle), but WHEN it
 * changes is the app's: an opened file becomes the save target only once the app accepted it
 * (`adoptDocument`), so a refused or declined file never redirects the next Save.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /**
   * How Save works here: `file` writes back to the document's file (Save As asks where);
   * `download` hands the browser a download each time.
   */
  readonly saveMode: 'file' | 'download';
  /** Asks the user for a `.orgmap` file and returns its text (not parsed). */
  openDocument(): Promise<OpenResult>;
  /**
   * Documents that arrive without the app asking: the browser's file input driven directly, a file
   * opened from the OS. Returns the unsubscribe function.
   */
  onDocumentOpened(callback: (result: OpenResult) => void): () => void;
  /**
   * The app now shows `opened` (Save writes back to its file), or a document with no file (a new
   * map, a template, a restored draft: Save asks where).
   */
  adoptDocument(opened: OpenedDocument | null): void;
  /** Saves (to the document's file, or asks where) or downloads the serialized map. */
  saveDocument(request: SaveDocumentRequest): Promise<SaveResult>;
  /** The window title: file name and unsaved changes. */
  setTitle(request: { readonly fileName: string | null; readonly dirty: boolean }): void;
  /** Native menu commands (ids of the command registry). */
  onMenuCommand(callback: (commandId: string) => void): () => void;
  /** Opens a file dropped on the window. */
  openDroppedFile(file: File): Promise<OpenResult>;
  /** The UI language, for what the shell shows itself (native menus, dialogs). */
  setLanguage(language: Language): void;
  /** The command registry's view of the native menu: labels, shortcuts, enabled state. */
  setMenu(items: readonly MenuItemState[]): void;
  /** The shell asks for a save (before closing); answer by saving as File ▸ Save does. */
  onSaveRequest(callback: () => void): () => void;
  /** Recovery drafts of unsaved work. */
  readonly recovery: RecoveryStore;
  /** True on macOS: shortcuts show ⌘ instead of Ctrl. */
  readonly isMac: boolean;
  /**
   * Saves an export (File ▸ Export…): the shell's Save dialog and an atomic write (desktop), the
   * save picker where the browser has one, else a download. Never touches the document's file.
   */
  saveExport(request: ExportSaveRequest): Promise<SaveResult>;
  /** Copy as Image: puts a PNG on the system clipboard. */
  copyImage(png: Promise<Blob>): Promise<CopyImageResult>;
  /** The user's settings: the shell's settings file (desktop) or browser storage. */
  readonly settings: SettingsPort;
  /** Help ▸ Open log folder: the shell shows its log folder; null where there is none (browser). */
  readonly openLogFolder: (() => void) | null;
  /** Help ▸ About in the shell's own About box; null where the app shows its own (browser). */
  readonly showAbout: (() => void) | null;
  /**
   * Open Recent where the app shows the list itself (the browser build, with file handles kept in
   * IndexedDB); absent where the shell has its own (the desktop's File ▸ Open Recent).
   */
  readonly recent?: RecentDocuments;
  /** Full screen for the presentation (renderer/src/present): the element fills the screen. */
  readonly fullScreen: FullScreen;
}

/** Full screen, where the platform can (platform/fullscreen.ts). */
export interface FullScreen {
  /** Shows `element` full screen; false when refused (the app then presents in the window). */
  enter(element: HTMLElement): Promise<boolean>;
  exit(): Promise<void>;
  isOn(): boolean;
  /** Full screen began or ended (also by the browser's own Esc); returns the unsubscribe function. */
  onChange(callback: (on: boolean) => void): () => void;
}

export interface RecentDocuments {
  /** Newest first. */
  list(): Promise<readonly { readonly id: string; readonly name: string; readonly openedAt: number }[]>;
  /** Reads it again (asking for permission where the browser wants that) and hands it to `onDocumentOpened`. */
  open(id: string): Promise<void>;
  clear(): Promise<void>;
}
