import type { Language, MenuItemState, OpenResult, SaveResult } from '../../../shared/ipc';

/**
 * The platform port: what the renderer needs from where it runs. The Electron adapter forwards to
 * the preload bridge (`window.orgmap`, shared/ipc.ts); the browser adapter uses a file input and
 * downloads. The app talks only to this interface.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a `.orgmap` file and returns its text (not parsed). */
  openDocument(): Promise<OpenResult>;
  /**
   * Documents that arrive without the app asking: the browser's file input driven directly, a file
   * opened from the OS. Returns the unsubscribe function.
   */
  onDocumentOpened(callback: (result: OpenResult) => void): () => void;
  /** Saves (Electron) or downloads (browser) the serialized map. */
  saveDocument(request: { readonly text: string; readonly suggestedName: string; readonly saveAs?: boolean }): Promise<SaveResult>;
  /** The window title: file name and unsaved changes. A no-op where the shell shows none. */
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
  /** True on macOS: shortcuts show ⌘ instead of Ctrl. */
  readonly isMac: boolean;
}
