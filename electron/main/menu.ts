/**
 * The native menu. Items that are app commands only send the command id (the ids of the renderer's
 * command registry, renderer/src/commands/commands.ts) to the focused window's renderer, which decides
 * what happens; clipboard, window and app items use Electron's roles. Which commands sit where, and
 * their default accelerators, come from the command manifest (shared/commands/manifest.ts); their
 * words from the shared catalog (shared/i18n/commands.ts, the renderer's words, from the first
 * build on), the menu's own words from shared/i18n/shell.ts. Once the renderer sends `setMenu`, its
 * registry's label, shortcut, enabled and checked state win. File ▸ Open Recent is rebuilt
 * whenever the recent list changes.
 *
 * Shortcuts: the renderer handles its registry's shortcuts itself (they work in the browser build
 * too), so command items show their accelerator but do not register it on Windows/Linux
 * (`registerAccelerator: false`), and keys without a modifier (Delete, Escape, C) are never menu
 * accelerators: a menu must not take them from text fields. Function keys (F2 Rename, F5 Present)
 * are shown: no text field types them. File ▸ New keeps CmdOrCtrl+N
 * registered: in a browser that key belongs to the browser, so the registry binds Mod+Alt+N.
 */
import type { Menu, MenuItemConstructorOptions, WebContents } from 'electron';
import { EVENT_CHANNELS, type Language, type MenuItemState, type RecentDocument } from '../../shared/ipc';
import { COMMAND_MANIFEST, THEME_COMMANDS, commandSpec, defaultAccelerator, menuGroup, type CommandId, type MenuCommandId, type MenuName } from '../../shared/commands/manifest';
import { COMMAND_WORDS, type CommandWords } from '../../shared/i18n/commands';
import { shellText, type ShellKey } from '../../shared/i18n/shell';
import type { IpcRegistry } from './ipc';

/** A command id the menu shows and sends (a literal union from the manifest, checked when main compiles). */
export type { MenuCommandId };
import { validateLanguage, validateMenuItems } from './ipc';

/** Main's default accelerators (the manifest's); the registry's (via setMenu) replace them. */
export const DEFAULT_ACCELERATORS: Readonly<Record<string, string>> = Object.fromEntries(
  COMMAND_MANIFEST.flatMap((spec) => {
    const accelerator = defaultAccelerator(spec);
    return accelerator ? [[spec.id, accelerator]] : [];
  }),
);

/** Commands whose accelerator the menu itself must register (the renderer does not handle that key). */
const MENU_OWNED_ACCELERATORS: ReadonlySet<string> = new Set(COMMAND_MANIFEST.filter((c) => c.menuRegisters).map((c) => c.id));

/** Commands shown as one radio group (consecutive in the menu: View ▸ Theme); other checked commands are check boxes. */
const RADIO_COMMANDS: ReadonlySet<MenuCommandId> = new Set(THEME_COMMANDS);

const MODIFIER = /^(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Super|Meta)\+/;
/** A function key on its own (F1–F24): safe as a shown accelerator, text fields do not use it. */
const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

export interface MenuOptions {
  readonly platform: string;
  readonly appName: string;
  /** Development builds get Reload and the developer tools; packaged builds do not. */
  readonly dev: boolean;
  readonly language?: Language;
  readonly recent?: readonly RecentDocument[];
  /** The registry's view of its commands (setMenu), by id. */
  readonly overrides?: ReadonlyMap<string, MenuItemState>;
  readonly send: (commandId: MenuCommandId) => void;
  readonly openRecent?: (path: string) => void;
  readonly clearRecent?: () => void;
  /** Help ▸ Open Log Folder (handled by main; the renderer is not involved). */
  readonly openLogFolder?: () => void;
  /** Help ▸ About on Windows/Linux: main's About box. Without it the command goes to the renderer. */
  readonly showAbout?: () => void;
}

/** The menu as data (a pure function of its options, so tests can walk it). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, appName, dev, language = 'en', recent = [], overrides = new Map<string, MenuItemState>(), send } = options;
  const mac = platform === 'darwin';
  const t = (key: ShellKey): string => shellText(language, key, { app: appName });
  const words: CommandWords = COMMAND_WORDS[language];
  const commandLabel = (id: CommandId): string => {
    const key = commandSpec(id)?.labelKey;
    return key !== undefined && Object.hasOwn(words, key) ? words[key as keyof CommandWords] : id;
  };

  const command = (id: MenuCommandId): MenuItemConstructorOptions => {
    const override = overrides.get(id);
    // File ▸ New keeps CmdOrCtrl+N whatever the registry says (its Mod+Alt+N is the browser's stand-in).
    const accelerator = MENU_OWNED_ACCELERATORS.has(id) ? DEFAULT_ACCELERATORS[id] : (override?.accelerator ?? DEFAULT_ACCELERATORS[id]);
    return {
      id,
      label: override?.label ?? commandLabel(id),
      enabled: override?.enabled ?? true,
      // Only shortcuts with a modifier, or a function key; see the module comment.
      ...(accelerator && (MODIFIER.test(accelerator) || FUNCTION_KEY.test(accelerator)) ? { accelerator, registerAccelerator: MENU_OWNED_ACCELERATORS.has(id) } : {}),
      // A registry toggle or choice: a check box, or a radio item in a group (the themes).
      ...(override?.checked === undefined ? {} : { type: RADIO_COMMANDS.has(id) ? ('radio' as const) : ('checkbox' as const), checked: override.checked }),
      click: () => send(id),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  /** The manifest's commands of one menu group, in order. */
  const group = (menu: MenuName, index: number): MenuItemConstructorOptions[] => menuGroup(menu, index).map((spec) => command(spec.id));
  /** The groups of a menu, separated. */
  const groups = (menu: MenuName, ...indexes: number[]): MenuItemConstructorOptions[] =>
    indexes.flatMap((index, i) => (i === 0 ? group(menu, index) : [separator, ...group(menu, index)]));

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about', label: t('app.about') },
            separator,
            ...group('app', 0),
            separator,
            { role: 'services', label: t('app.services') },
            separator,
            { role: 'hide', label: t('app.hide') },
            { role: 'hideOthers', label: t('app.hideOthers') },
            { role: 'unhide', label: t('app.unhide') },
            separator,
            { role: 'quit', label: t('app.quit') },
          ],
        },
      ]
    : [];

  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((entry, index): MenuItemConstructorOptions => ({
          id: `file.openRecent.${index}`,
          // No '&' mnemonics from file names; the full path is the tooltip-like sublabel.
          label: entry.name.replace(/&/g, '&&'),
          sublabel: entry.path,
          click: () => options.openRecent?.(entry.path),
        })),
        separator,
        { id: 'file.clearRecent', label: t('file.clearRecent'), click: () => options.clearRecent?.() },
      ]
    : [{ id: 'file.noRecent', label: t('file.noRecent'), enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      ...group('file', 0),
      // Our own list on every platform (one source of truth, recent.ts); app.addRecentDocument
      // feeds the Dock menu and the Windows jump list from the same list.
      { id: 'file.openRecent', label: t('file.openRecent'), submenu: recentItems },
      separator,
      ...groups('file', 1, 2),
      separator,
      { role: 'close', label: t('file.close'), accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [] : ([separator, { role: 'quit', label: t('file.quit'), accelerator: 'CmdOrCtrl+Q' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      ...group('edit', 0),
      separator,
      // Text clipboard in fields (roles); the map's own copy and paste are keyboard commands.
      { role: 'cut', label: t('edit.cut') },
      { role: 'copy', label: t('edit.copy') },
      { role: 'paste', label: t('edit.paste') },
      separator,
      ...groups('edit', 1, 2),
      // Settings: Edit ▸ Settings… on Windows and Linux; macOS has it in the app menu.
      ...(mac ? [] : [separator, ...group('app', 0)]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...groups('view', 0, 1),
      // Align and distribute the selection (diagrams.net's Arrange, Figma's alignment keys).
      {
        id: 'view.arrange',
        label: t('menu.arrange'),
        submenu: groups('arrange', 0, 1, 2),
      },
      separator,
      // Grid, theme, keyboard navigation (its keys act only outside text fields), side by side and present.
      ...groups('view', 2, 3, 4, 5),
      separator,
      { role: 'togglefullscreen', label: t('view.fullscreen') },
      ...(dev
        ? ([separator, { role: 'reload', label: t('view.reload') }, { role: 'toggleDevTools', label: t('view.devtools') }] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const scenario: MenuItemConstructorOptions = {
    label: t('menu.scenario'),
    submenu: [
      ...groups('scenario', 0, 1, 2),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [
      ...group('help', 0),
      separator,
      { id: 'help.openLogFolder', label: commandLabel('help.openLogFolder'), click: () => options.openLogFolder?.() },
      // macOS has About in the app menu (role 'about', the standard panel).
      ...(mac ? [] : [separator, ...group('help', 1).map((item) => (options.showAbout ? { ...item, click: () => options.showAbout?.() } : item))]),
    ],
  };

  return [...appMenu, file, edit, view, scenario, help];
}

/** Sends a command to the window that has focus (or the first one); never to anything else. */
export function sendMenuCommand(target: Pick<WebContents, 'send' | 'isDestroyed'> | null, commandId: MenuCommandId): boolean {
  if (!target || target.isDestroyed()) return false;
  target.send(EVENT_CHANNELS.menuCommand, commandId);
  return true;
}

export interface MenuDeps {
  readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly platform: string;
  readonly appName: string;
  readonly dev: boolean;
  /** Our window that should receive commands: the focused one, else the main one. */
  readonly target: () => { readonly webContents: Pick<WebContents, 'send' | 'isDestroyed'> } | null;
  readonly openRecent?: (path: string) => void;
  readonly clearRecent?: () => void;
  readonly openLogFolder?: () => void;
  readonly showAbout?: () => void;
  /** Called after the language changed (the close dialog reads it too). */
  readonly onLanguage?: (language: Language) => void;
}

/** The application menu and the state it is built from; every change rebuilds it. */
export class NativeMenu {
  #language: Language = 'en';
  #recent: readonly RecentDocument[] = [];
  #overrides = new Map<string, MenuItemState>();
  readonly #deps: MenuDeps;

  constructor(deps: MenuDeps) {
    this.#deps = deps;
  }

  get language(): Language {
    return this.#language;
  }

  setLanguage(language: Language): void {
    this.#language = language;
    this.#deps.onLanguage?.(language);
    this.rebuild();
  }

  setRecent(recent: readonly RecentDocument[]): void {
    this.#recent = recent;
    this.rebuild();
  }

  setOverrides(items: readonly MenuItemState[]): void {
    this.#overrides = new Map(items.map((item) => [item.id, item]));
    this.rebuild();
  }

  template(): MenuItemConstructorOptions[] {
    const { platform, appName, dev, target, openRecent, clearRecent, openLogFolder, showAbout } = this.#deps;
    return buildMenuTemplate({
      platform,
      appName,
      dev,
      language: this.#language,
      recent: this.#recent,
      overrides: this.#overrides,
      send: (id) => {
        sendMenuCommand(target()?.webContents ?? null, id);
      },
      ...(openRecent ? { openRecent } : {}),
      ...(clearRecent ? { clearRecent } : {}),
      ...(openLogFolder ? { openLogFolder } : {}),
      ...(showAbout ? { showAbout } : {}),
    });
  }

  rebuild(): void {
    this.#deps.Menu.setApplicationMenu(this.#deps.Menu.buildFromTemplate(this.template()));
  }
}

/** Installs the menu and the two messages that feed it (setLanguage, setMenu). */
export function setupMenu(deps: MenuDeps, registry?: IpcRegistry): NativeMenu {
  const menu = new NativeMenu(deps);
  menu.rebuild();
  if (registry) {
    registry.handle('setLanguage', validateLanguage, (_event, language) => {
      if (language !== menu.language) menu.setLanguage(language);
    });
    registry.handle('setMenu', validateMenuItems, (_event, items) => {
      menu.setOverrides(items);
    });
  }
  return menu;
}
