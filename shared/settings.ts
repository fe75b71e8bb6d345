/**
 * The settings model, one definition for the main process (which keeps the file), the renderer
 * (which shows and changes them) and the CLI (which speaks the languages). The IPC contract
 * (ipc.ts) carries these values; it does not define them.
 *
 * Pure TypeScript: no Electron, no Node, no DOM.
 */

/** The UI languages; the native menu and the shell's dialogs follow the renderer's choice. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The colour themes: follow the OS, or always light / dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The user's settings, kept by the main process in `<userData>/settings.json` — with the app's user
 * data, never in a map file. `grid`: the canvas shows its grid; `snap`: nodes snap to it;
 * `welcomed`: the first-run welcome was dismissed (it is not shown at start again).
 * `theme` also sets Electron's `nativeTheme.themeSource`, so native dialogs and menus match.
 */
export interface Settings {
  readonly language: Language;
  readonly theme: Theme;
  readonly grid: boolean;
  readonly snap: boolean;
  readonly welcomed: boolean;
}

/** The setting names, in the order the file writes them. */
export const SETTING_KEYS = ['language', 'theme', 'grid', 'snap', 'welcomed'] as const satisfies readonly (keyof Settings)[];
