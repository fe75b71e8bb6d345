/**
 * The command manifest: the ONE list of the app's commands, read by the main process (the native
 * menu: where each command sits, its default accelerator, its words) and by the renderer's command
 * registry (renderer/src/commands/commands.ts: labels, shortcuts, the help sheet, tooltips), which
 * adds only what a command does (enabled, checked, run).
 *
 * Pure TypeScript: no Electron, no DOM. Listed in menu order; commands without `menu` live only in
 * the renderer (toolbar, keyboard, context menu).
 */
import { THEMES } from '../settings';

/** A keyboard shortcut as the registry matches it and the help sheet writes it. */
export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively; or a `code` like `Digit1` when `byCode`. */
  readonly key: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  readonly mod?: boolean;
  /** Ctrl on every platform (Ctrl+Y). */
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** Match `event.code` instead of `event.key` (Shift+1 types "!" on most layouts). */
  readonly byCode?: boolean;
}

/** The native menus. `app` is the macOS app menu; on Windows and Linux its items end the Edit menu. */
export type MenuName = 'app' | 'file' | 'edit' | 'view' | 'arrange' | 'scenario' | 'help';

/** Where a command sits in the native menu: its menu and its group there (groups are split by separators). */
export interface MenuPlace {
  readonly menu: MenuName;
  readonly group: number;
}

export interface CommandSpec {
  readonly id: string;
  /**
   * Key of the label in the shared catalog's `commands` namespace (shared/i18n/commands.ts): the
   * command id. Both the renderer and the native menu show these words.
   */
  readonly labelKey: string;
  /** The label where the platform saves by downloading (a browser without file handles). */
  readonly downloadLabelKey?: string;
  readonly shortcuts: readonly Shortcut[];
  /**
   * Keys React Flow handles itself (Delete/Backspace): shown in help and tooltips, but the
   * global key handler leaves them alone so a key press does not act twice.
   */
  readonly handledByCanvas?: boolean;
  /** Also fires while typing in a text field (undo/redo act on the document, not the field). */
  readonly inTextFields?: boolean;
  /** In the native menu, here. */
  readonly menu?: MenuPlace;
  /**
   * The accelerator the native menu shows before the renderer sends its own (`setMenu`): `true` is
   * the first shortcut in Electron's syntax; a string is a key of the menu's own.
   */
  readonly menuAccelerator?: true | string;
  /**
   * The menu registers its accelerator itself and keeps it whatever the renderer sends (File ▸ New:
   * in a browser Ctrl+N belongs to the browser, so the registry binds Mod+Alt+N).
   */
  readonly menuRegisters?: boolean;
}

/** View ▸ Theme: one command per theme of the settings model, shown as one radio group. */
export const THEME_COMMANDS = THEMES.map((theme) => `view.theme.${theme}` as const);
const ALIGNMENTS = ['left', 'center', 'right', 'top', 'middle', 'bottom'] as const;
/** Figma's keys: Alt+A/H/D align left/centre/right, Alt+W/V/S top/middle/bottom (by code: Option on a Mac types other letters). */
const ALIGN_KEYS: Readonly<Record<(typeof ALIGNMENTS)[number], string>> = { left: 'KeyA', center: 'KeyH', right: 'KeyD', top: 'KeyW', middle: 'KeyV', bottom: 'KeyS' };
/** Figma's Alt+Shift+H / Alt+Shift+V spread evenly across / down. */
const DISTRIBUTE_KEYS = { horizontal: 'KeyH', vertical: 'KeyV' } as const;

const at = (menu: MenuName, group: number): MenuPlace => ({ menu, group });

/** An entry as written below: its label key is its id. */
type Entry = Omit<CommandSpec, 'labelKey'>;

/**
 * Written `as const` (checked against {@link Entry}) so each entry keeps its literal id: the
 * command ids and the menu's ids below are types, and main checks its ids when it compiles.
 */
const ENTRIES = [
  // File
  { id: 'file.new', shortcuts: [{ key: 'n', mod: true, alt: true }], menu: at('file', 0), menuAccelerator: 'CmdOrCtrl+N', menuRegisters: true },
  { id: 'file.open', shortcuts: [{ key: 'o', mod: true }], menu: at('file', 0), menuAccelerator: true },
  { id: 'file.save', downloadLabelKey: 'file.download', shortcuts: [{ key: 's', mod: true }], inTextFields: true, menu: at('file', 1), menuAccelerator: true },
  { id: 'file.saveAs', shortcuts: [{ key: 's', mod: true, shift: true }], inTextFields: true, menu: at('file', 1), menuAccelerator: true },
  // Import (renderer/src/import): a spreadsheet of accounts; the first-run welcome runs it too.
  { id: 'file.import', shortcuts: [{ key: 'o', mod: true, shift: true }], menu: at('file', 2), menuAccelerator: true },
  // Export (renderer/src/export): Ctrl/⌘+Shift+E as in Figma; Copy as Image as diagrams.net has it.
  { id: 'file.export', shortcuts: [{ key: 'e', mod: true, shift: true }], inTextFields: true, menu: at('file', 2), menuAccelerator: true },
  { id: 'file.copyImage', shortcuts: [{ key: 'c', mod: true, shift: true }], menu: at('file', 2), menuAccelerator: true },
  // Print: every scenario, one per page, as the PDF export draws them; also from a text field.
  { id: 'file.print', shortcuts: [{ key: 'p', mod: true }], inTextFields: true, menu: at('file', 2) },
  // Edit
  { id: 'edit.undo', shortcuts: [{ key: 'z', mod: true }], inTextFields: true, menu: at('edit', 0), menuAccelerator: true },
  { id: 'edit.redo', shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }], inTextFields: true, menu: at('edit', 0), menuAccelerator: true },
  { id: 'edit.duplicate', shortcuts: [{ key: 'd', mod: true }], menu: at('edit', 1), menuAccelerator: true },
  { id: 'edit.delete', shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }], handledByCanvas: true, menu: at('edit', 1) },
  { id: 'edit.connect', shortcuts: [{ key: 'c' }], menu: at('edit', 1) },
  { id: 'edit.selectAll', shortcuts: [{ key: 'a', mod: true }], menu: at('edit', 2), menuAccelerator: true },
  { id: 'edit.deselect', shortcuts: [{ key: 'Escape' }], menu: at('edit', 2) },
  // Find (FindDialog.tsx): also while typing in a field, as in Figma, instead of the browser's own.
  { id: 'edit.find', shortcuts: [{ key: 'f', mod: true }], inTextFields: true, menu: at('edit', 2) },
  // Settings and look (renderer/src/settings).
  { id: 'app.settings', shortcuts: [{ key: ',', mod: true }], inTextFields: true, menu: at('app', 0) },
  // View. Figma: Shift+0 is 100 %, Shift+1 fit, Shift+2 the selection; diagrams.net: Ctrl+Shift+H.
  { id: 'view.fitView', shortcuts: [{ key: 'Digit1', shift: true, byCode: true }], menu: at('view', 0) },
  { id: 'view.zoomIn', shortcuts: [{ key: '=', mod: true }, { key: '+', mod: true }], menu: at('view', 0), menuAccelerator: true },
  { id: 'view.zoomOut', shortcuts: [{ key: '-', mod: true }], menu: at('view', 0), menuAccelerator: true },
  { id: 'view.zoom100', shortcuts: [{ key: 'Digit0', shift: true, byCode: true }, { key: 'h', mod: true, shift: true }], menu: at('view', 0) },
  { id: 'view.zoomSelection', shortcuts: [{ key: 'Digit2', shift: true, byCode: true }], menu: at('view', 0) },
  // Tidy Up (elkjs in a worker): Alt+Shift+T, by code so the Option key on a Mac cannot change it.
  { id: 'layout.tidy', shortcuts: [{ key: 'KeyT', alt: true, shift: true, byCode: true }], menu: at('view', 1) },
  // View ▸ Arrange: align and distribute the selection (diagrams.net's Arrange, Figma's alignment keys).
  ...ALIGNMENTS.map(
    (how, i) => ({
      id: `arrange.align.${how}` as const,
      shortcuts: [{ key: ALIGN_KEYS[how], alt: true, byCode: true }],
      menu: at('arrange', i < 3 ? 0 : 1),
    }),
  ),
  ...(['horizontal', 'vertical'] as const).map(
    (how) => ({
      id: `arrange.distribute.${how}` as const,
      shortcuts: [{ key: DISTRIBUTE_KEYS[how], alt: true, shift: true, byCode: true }],
      menu: at('arrange', 2),
    }),
  ),
  { id: 'view.snapToGrid', shortcuts: [{ key: "'", mod: true, shift: true }], menu: at('view', 2), menuAccelerator: true },
  { id: 'view.grid', shortcuts: [], menu: at('view', 2) },
  ...THEME_COMMANDS.map((id) => ({ id, shortcuts: [], menu: at('view', 3) })),
  // Keyboard navigation (renderer/src/navigation): from node to node, into the inspector, to the risks.
  { id: 'nav.map', shortcuts: [{ key: 'm' }], menu: at('view', 4) },
  { id: 'nav.nextNode', shortcuts: [{ key: 'n' }], menu: at('view', 4) },
  { id: 'nav.previousNode', shortcuts: [{ key: 'n', shift: true }], menu: at('view', 4) },
  { id: 'nav.inspector', shortcuts: [{ key: 'F2' }], menu: at('view', 4) },
  { id: 'nav.risks', shortcuts: [{ key: 'r' }], menu: at('view', 4) },
  // Compare side by side (renderer/src/compare) and present (renderer/src/present).
  { id: 'view.sideBySide', shortcuts: [{ key: 'KeyC', alt: true, shift: true, byCode: true }], menu: at('view', 5) },
  { id: 'view.present', shortcuts: [{ key: 'F5' }], menu: at('view', 5), menuAccelerator: true },
  // Scenario
  { id: 'scenario.add', shortcuts: [], menu: at('scenario', 0) },
  { id: 'scenario.duplicate', shortcuts: [], menu: at('scenario', 0) },
  { id: 'scenario.rename', shortcuts: [], menu: at('scenario', 0) },
  { id: 'scenario.delete', shortcuts: [], menu: at('scenario', 0) },
  { id: 'scenario.moveLeft', shortcuts: [], menu: at('scenario', 1) },
  { id: 'scenario.moveRight', shortcuts: [], menu: at('scenario', 1) },
  { id: 'view.compare', shortcuts: [], menu: at('scenario', 2) },
  // Help. The menu shows Ctrl+/ (the second shortcut): "?" has no modifier.
  { id: 'help.shortcuts', shortcuts: [{ key: '?', shift: true }, { key: '/', mod: true }], menu: at('help', 0), menuAccelerator: 'CmdOrCtrl+/' },
  // The guide to all five models; the analysis panel shows the current model's.
  { id: 'help.modelGuide', shortcuts: [], menu: at('help', 0) },
  { id: 'help.welcome', shortcuts: [], menu: at('help', 0) },
  // Windows and Linux: Help ▸ About (macOS has it in the app menu, the standard panel).
  { id: 'help.about', shortcuts: [], menu: at('help', 1) },
  // Renderer only. Help ▸ Open Log Folder in the desktop menu is main's own item.
  { id: 'help.openLogFolder', shortcuts: [] },
  { id: 'edit.copy', shortcuts: [{ key: 'c', mod: true }] },
  { id: 'edit.paste', shortcuts: [{ key: 'v', mod: true }] },
  // Open Recent where the app keeps the list (browser); the desktop has it in its File menu.
  { id: 'file.openRecent', shortcuts: [] },
  // The context menu from the keyboard (Windows' Shift+F10 and the Menu key), for what has the focus.
  { id: 'edit.contextMenu', shortcuts: [{ key: 'F10', shift: true }, { key: 'ContextMenu' }] },
] as const satisfies readonly Entry[];

/** A command id of the manifest. */
export type CommandId = (typeof ENTRIES)[number]['id'];
/** A command id the native menu shows (an entry with a menu place), and so may send to the renderer. */
export type MenuCommandId = Extract<(typeof ENTRIES)[number], { readonly menu: MenuPlace }>['id'];
/** A manifest entry the native menu shows. */
export type MenuCommandSpec = CommandSpec & { readonly id: MenuCommandId; readonly menu: MenuPlace };

export const COMMAND_MANIFEST: readonly CommandSpec[] = ENTRIES.map((entry) => ({ ...entry, labelKey: entry.id }));

const BY_ID: ReadonlyMap<string, CommandSpec> = new Map(COMMAND_MANIFEST.map((c) => [c.id, c]));

/** The manifest entry of a command id, or undefined. */
export function commandSpec(id: string): CommandSpec | undefined {
  return BY_ID.get(id);
}

/** True for an entry the native menu shows: one with a menu place (its id is a {@link MenuCommandId}). */
function isMenuCommand(spec: CommandSpec): spec is MenuCommandSpec {
  return spec.menu !== undefined;
}

/** The command ids the native menu shows (and sends to the renderer), in menu order. */
export const MENU_COMMANDS: readonly MenuCommandId[] = COMMAND_MANIFEST.filter(isMenuCommand).map((c) => c.id);

/** The commands of one group of one menu, in menu order. */
export function menuGroup(menu: MenuName, group: number): readonly MenuCommandSpec[] {
  return COMMAND_MANIFEST.filter(isMenuCommand).filter((c) => c.menu.menu === menu && c.menu.group === group);
}

/** The accelerator the native menu shows for a command before the renderer sends its own. */
export function defaultAccelerator(spec: CommandSpec): string | undefined {
  if (spec.menuAccelerator === undefined) return undefined;
  if (spec.menuAccelerator !== true) return spec.menuAccelerator;
  const first = spec.shortcuts[0];
  return first ? (toAccelerator(first) ?? undefined) : undefined;
}

const NAMED_KEYS: Readonly<Record<string, string>> = {
  '+': 'Plus',
  ' ': 'Space',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Escape: 'Escape',
  Enter: 'Enter',
  Tab: 'Tab',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
};

/**
 * The Electron accelerator (`CmdOrCtrl+Shift+S`) for a registry shortcut, for `setMenu`; null for
 * keys a menu cannot show. Pure, so the renderer can build its menu items without Electron.
 */
export function toAccelerator(shortcut: Shortcut): string | null {
  let key = shortcut.key;
  if (shortcut.byCode) {
    const code = /^(?:Digit|Key|Numpad)([0-9A-Z])$/.exec(key);
    key = code?.[1] ?? key;
  }
  let name: string | undefined = NAMED_KEYS[key];
  if (name === undefined && /^F([1-9]|1[0-9]|2[0-4])$/.test(key)) name = key;
  if (name === undefined && key.length === 1 && key >= '!' && key <= '~') name = key.toUpperCase();
  if (name === undefined) return null;
  const parts = [shortcut.mod ? 'CmdOrCtrl' : null, shortcut.ctrl ? 'Ctrl' : null, shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null];
  return [...parts.filter((p): p is string => p !== null), name].join('+');
}
