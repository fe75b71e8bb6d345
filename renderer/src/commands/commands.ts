/**
 * The command registry: one place that says what each command is called (a `ui:cmd.*` key), its
 * shortcuts, when it is enabled and what it does. Keyboard shortcuts, toolbar buttons and their
 * tooltips, the help dialog and (later) native menus all read it.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { THEMES, toAccelerator } from '../../../shared/ipc';
import { LIMITS, type NodeId } from '../../../shared/model/types';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { selectScenario } from '../store/selectors';
import { focusedNodeId, focusInspector, focusMap, focusNode, focusRisks, nodeIdOf, stepNode } from '../navigation/navigation';
import type { Platform } from '../platform';
import type { AppStore } from '../store';
import type { AppState } from '../store/types';
import { stepZoom } from '../canvas/zoom';
import { WORKDAY_COMMANDS } from './workdayCommands';

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

export interface CommandContext {
  readonly store: AppStore;
  readonly platform: Platform;
  readonly flow: ReactFlowInstance<OrgFlowNode, OrgFlowEdge>;
  /** App-level actions that need React or i18n (opening, saving, the centre of the view). */
  readonly actions: AppActions;
}

/**
 * A shortcut in Electron's accelerator syntax, for the native menu. Only commands that also act
 * inside text fields get one: a menu accelerator fires before the page sees the key, so Delete
 * or Ctrl+A in the menu would stop working for text in the inspector.
 */
export function acceleratorFor(command: Command): string | undefined {
  const shortcut = command.shortcuts[0];
  if (!shortcut || !command.inTextFields) return undefined;
  return toAccelerator(shortcut) ?? undefined;
}

export interface AppActions {
  newDocument(): void;
  openDocument(): void;
  saveDocument(saveAs?: boolean): void;
  showAbout(): void;
  openDroppedFile(file: File): void;
  /** Copy as Image: the active scenario (or the selection) as PNG on the clipboard. */
  copyImage(): void;
  /** Scenario actions that need translated names or a confirmation. */
  addScenario(): void;
  duplicateScenario(): void;
  deleteScenario(): void;
}

export interface Command {
  readonly id: string;
  /** `ui:` key of the label. */
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
  /** A toggle's state or the chosen one of a group: the native menu shows a check mark. */
  checked?(state: AppState): boolean;
  enabled(state: AppState, ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}

const always = () => true;
const canAddScenario = (s: AppState) => s.document.scenarios.length < LIMITS.scenariosMax;
const scenarioIndex = (s: AppState) => s.document.scenarios.findIndex((sc) => sc.id === s.scenarioId);
const moveActive = (ctx: CommandContext, delta: number) => {
  const state = ctx.store.getState();
  state.moveScenario(state.scenarioId, scenarioIndex(state) + delta);
};
const hasNodeSelection = (s: AppState) => s.selectedNodeIds.length > 0;
const scenarioNodeCount = (s: AppState) => selectScenario(s).nodes.length;
/** Selects the next (or previous) node in reading order and puts the keyboard focus on it. */
const stepSelection = (ctx: CommandContext, delta: 1 | -1) => {
  const state = ctx.store.getState();
  const nodes = selectScenario(state).nodes;
  // From the focused node if there is one (Tab may have moved on from the selection).
  const focused = nodeIdOf(document.activeElement);
  const from = nodes.find((n) => n.id === (focused ?? state.selectedNodeIds[state.selectedNodeIds.length - 1]))?.id;
  const next = stepNode(nodes, from, delta);
  if (!next) return;
  state.select([next], []);
  focusNode(ctx.flow, next);
};
const connectSource = (s: AppState): NodeId | undefined => {
  const focused = focusedNodeId();
  if (focused && selectScenario(s).nodes.some((n) => n.id === focused)) return focused;
  return s.selectedNodeIds.length === 1 ? s.selectedNodeIds[0] : undefined;
};
const hasSelection = (s: AppState) => s.selectedNodeIds.length > 0 || s.selectedEdgeIds.length > 0;

export const COMMANDS: readonly Command[] = [
  {
    id: 'file.new',
    labelKey: 'cmd.file.new',
    shortcuts: [{ key: 'n', mod: true, alt: true }],
    enabled: always,
    run: (ctx) => ctx.actions.newDocument(),
  },
  {
    id: 'file.open',
    labelKey: 'cmd.file.open',
    shortcuts: [{ key: 'o', mod: true }],
    enabled: always,
    run: (ctx) => ctx.actions.openDocument(),
  },
  {
    id: 'file.save',
    labelKey: 'cmd.file.save',
    downloadLabelKey: 'cmd.file.download',
    shortcuts: [{ key: 's', mod: true }],
    inTextFields: true,
    enabled: always,
    run: (ctx) => ctx.actions.saveDocument(),
  },
  {
    id: 'file.saveAs',
    labelKey: 'cmd.file.saveAs',
    shortcuts: [{ key: 's', mod: true, shift: true }],
    inTextFields: true,
    enabled: always,
    run: (ctx) => ctx.actions.saveDocument(true),
  },
  // Export (renderer/src/export): Ctrl/⌘+Shift+E as in Figma; Copy as Image as diagrams.net has it.
  {
    id: 'file.export',
    labelKey: 'exporting.cmd.export',
    shortcuts: [{ key: 'e', mod: true, shift: true }],
    inTextFields: true,
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'export' }),
  },
  {
    id: 'file.copyImage',
    labelKey: 'exporting.cmd.copyImage',
    shortcuts: [{ key: 'c', mod: true, shift: true }],
    enabled: always,
    run: (ctx) => ctx.actions.copyImage(),
  },
  // Import (renderer/src/import): a spreadsheet of accounts; the first-run welcome runs it too.
  {
    id: 'file.import',
    labelKey: 'importing.cmd.import',
    shortcuts: [{ key: 'o', mod: true, shift: true }],
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'import' }),
  },
  {
    id: 'edit.undo',
    labelKey: 'cmd.edit.undo',
    shortcuts: [{ key: 'z', mod: true }],
    inTextFields: true,
    enabled: (_s, ctx) => ctx.store.temporal.getState().pastStates.length > 0,
    run: (ctx) => ctx.store.history.undo(),
  },
  {
    id: 'edit.redo',
    labelKey: 'cmd.edit.redo',
    shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }],
    inTextFields: true,
    enabled: (_s, ctx) => ctx.store.temporal.getState().futureStates.length > 0,
    run: (ctx) => ctx.store.history.redo(),
  },
  {
    id: 'edit.delete',
    labelKey: 'cmd.edit.delete',
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    handledByCanvas: true,
    enabled: hasSelection,
    run: (ctx) => ctx.store.getState().deleteSelection(),
  },
  {
    id: 'edit.duplicate',
    labelKey: 'cmd.edit.duplicate',
    shortcuts: [{ key: 'd', mod: true }],
    enabled: hasNodeSelection,
    run: (ctx) => ctx.store.getState().duplicateSelection(),
  },
  {
    id: 'edit.copy',
    labelKey: 'cmd.edit.copy',
    shortcuts: [{ key: 'c', mod: true }],
    enabled: hasNodeSelection,
    run: (ctx) => ctx.store.getState().copySelection(),
  },
  {
    id: 'edit.paste',
    labelKey: 'cmd.edit.paste',
    shortcuts: [{ key: 'v', mod: true }],
    enabled: (s) => (s.clipboard?.nodes.length ?? 0) > 0,
    run: (ctx) => ctx.store.getState().paste(),
  },
  {
    id: 'edit.deselect',
    labelKey: 'cmd.edit.deselect',
    shortcuts: [{ key: 'Escape' }],
    enabled: hasSelection,
    run: (ctx) => ctx.store.getState().clearSelection(),
  },
  {
    id: 'edit.selectAll',
    labelKey: 'cmd.edit.selectAll',
    shortcuts: [{ key: 'a', mod: true }],
    enabled: always,
    run: (ctx) => ctx.store.getState().selectAll(),
  },
  {
    id: 'edit.connect',
    labelKey: 'cmd.edit.connect',
    shortcuts: [{ key: 'c' }],
    // The focused node (a keyboard user's "this one"), else the one selected node.
    enabled: (s) => s.selectedNodeIds.length === 1 || connectSource(s) !== undefined,
    run: (ctx) => {
      const source = connectSource(ctx.store.getState());
      if (source) ctx.store.getState().openDialog({ type: 'connect', source });
    },
  },
  // Keyboard navigation (navigation.ts): from node to node, into the inspector, to the risks.
  {
    id: 'nav.nextNode',
    labelKey: 'cmd.nav.nextNode',
    shortcuts: [{ key: 'n' }],
    enabled: (s) => scenarioNodeCount(s) > 0,
    run: (ctx) => stepSelection(ctx, 1),
  },
  {
    id: 'nav.previousNode',
    labelKey: 'cmd.nav.previousNode',
    shortcuts: [{ key: 'n', shift: true }],
    enabled: (s) => scenarioNodeCount(s) > 0,
    run: (ctx) => stepSelection(ctx, -1),
  },
  {
    id: 'nav.map',
    labelKey: 'cmd.nav.map',
    shortcuts: [{ key: 'm' }],
    enabled: always,
    run: (ctx) => focusMap(ctx.store, ctx.flow),
  },
  {
    id: 'nav.inspector',
    labelKey: 'cmd.nav.inspector',
    shortcuts: [{ key: 'F2' }],
    enabled: always,
    run: () => void focusInspector(),
  },
  {
    id: 'nav.risks',
    labelKey: 'cmd.nav.risks',
    shortcuts: [{ key: 'r' }],
    enabled: always,
    run: () => void focusRisks(),
  },
  {
    id: 'view.fitView',
    labelKey: 'cmd.view.fitView',
    shortcuts: [{ key: 'Digit1', shift: true, byCode: true }],
    enabled: always,
    run: (ctx) => void ctx.flow.fitView({ padding: 0.15, duration: 200, maxZoom: 1.5 }),
  },
  {
    id: 'view.zoomIn',
    labelKey: 'cmd.view.zoomIn',
    shortcuts: [{ key: '=', mod: true }, { key: '+', mod: true }],
    enabled: always,
    run: (ctx) => stepZoom(ctx.flow, 1),
  },
  {
    id: 'view.zoomOut',
    labelKey: 'cmd.view.zoomOut',
    shortcuts: [{ key: '-', mod: true }],
    enabled: always,
    run: (ctx) => stepZoom(ctx.flow, -1),
  },
  {
    id: 'view.snapToGrid',
    labelKey: 'cmd.view.snapToGrid',
    shortcuts: [{ key: "'", mod: true, shift: true }],
    checked: (s) => s.snapToGrid,
    enabled: always,
    run: (ctx) => ctx.store.getState().toggleSnapToGrid(),
  },
  // Tidy Up (elkjs in a worker): Alt+Shift+T, by code so the Option key on a Mac cannot change it.
  {
    id: 'layout.tidy',
    labelKey: 'importing.cmd.tidy',
    shortcuts: [{ key: 'KeyT', alt: true, shift: true, byCode: true }],
    enabled: (s) => selectScenario(s).nodes.length > 0,
    // The layout (and its worker's glue) loads with the first tidy-up, not with the app.
    run: (ctx) => void import('../layout/tidy').then(({ tidyUp }) => tidyUp(ctx.store, ctx.flow)),
  },
  {
    id: 'scenario.add',
    labelKey: 'cmd.scenario.add',
    shortcuts: [],
    enabled: canAddScenario,
    run: (ctx) => ctx.actions.addScenario(),
  },
  {
    id: 'scenario.duplicate',
    labelKey: 'cmd.scenario.duplicate',
    shortcuts: [],
    enabled: canAddScenario,
    run: (ctx) => ctx.actions.duplicateScenario(),
  },
  {
    id: 'scenario.rename',
    labelKey: 'cmd.scenario.rename',
    shortcuts: [],
    enabled: always,
    run: (ctx) => ctx.store.getState().startRenameScenario(ctx.store.getState().scenarioId),
  },
  {
    id: 'scenario.delete',
    labelKey: 'cmd.scenario.delete',
    shortcuts: [],
    enabled: (s) => s.document.scenarios.length > LIMITS.scenariosMin,
    run: (ctx) => ctx.actions.deleteScenario(),
  },
  {
    id: 'scenario.moveLeft',
    labelKey: 'cmd.scenario.moveLeft',
    shortcuts: [],
    enabled: (s) => scenarioIndex(s) > 0,
    run: (ctx) => moveActive(ctx, -1),
  },
  {
    id: 'scenario.moveRight',
    labelKey: 'cmd.scenario.moveRight',
    shortcuts: [],
    enabled: (s) => scenarioIndex(s) < s.document.scenarios.length - 1,
    run: (ctx) => moveActive(ctx, 1),
  },
  {
    id: 'view.compare',
    labelKey: 'cmd.view.compare',
    shortcuts: [],
    enabled: (s) => s.document.scenarios.length > 1,
    run: (ctx) => {
      const state = ctx.store.getState();
      if (state.compare) state.closeCompare();
      else state.openCompare();
    },
  },
  // Compare side by side (renderer/src/compare) and present (renderer/src/present).
  {
    id: 'view.sideBySide',
    labelKey: 'presenting.cmd.sideBySide',
    shortcuts: [{ key: 'KeyC', alt: true, shift: true, byCode: true }],
    checked: (s) => s.compare?.sideBySide === true,
    enabled: (s) => s.document.scenarios.length > 1,
    run: (ctx) => ctx.store.getState().openCompare({ sideBySide: ctx.store.getState().compare?.sideBySide !== true }),
  },
  {
    id: 'view.present',
    labelKey: 'presenting.cmd.present',
    shortcuts: [{ key: 'F5' }],
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'present' }),
  },
  {
    id: 'help.shortcuts',
    labelKey: 'cmd.help.shortcuts',
    shortcuts: [{ key: '?', shift: true }, { key: '/', mod: true }],
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'help' }),
  },
  {
    id: 'help.modelGuide',
    labelKey: 'cmd.help.modelGuide',
    shortcuts: [],
    enabled: always,
    // The guide to all five models; the analysis panel shows the current model's.
    run: (ctx) => ctx.store.getState().openDialog({ type: 'modelGuide' }),
  },
  {
    id: 'help.about',
    labelKey: 'cmd.help.about',
    shortcuts: [],
    enabled: always,
    run: (ctx) => ctx.actions.showAbout(),
  },
  // Settings and look (renderer/src/settings): the setting lives in the store, the port keeps it.
  {
    id: 'app.settings',
    labelKey: 'look.cmd.settings',
    shortcuts: [{ key: ',', mod: true }],
    inTextFields: true,
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'settings' }),
  },
  ...THEMES.map(
    (theme): Command => ({
      id: `view.theme.${theme}`,
      labelKey: `look.cmd.theme.${theme}`,
      shortcuts: [],
      checked: (s) => s.theme === theme,
      enabled: always,
      run: (ctx) => ctx.store.getState().setTheme(theme),
    }),
  ),
  {
    id: 'view.grid',
    labelKey: 'look.cmd.grid',
    shortcuts: [],
    checked: (s) => s.showGrid,
    enabled: always,
    run: (ctx) => ctx.store.getState().setShowGrid(!ctx.store.getState().showGrid),
  },
  {
    id: 'help.welcome',
    labelKey: 'look.cmd.welcome',
    shortcuts: [],
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'welcome' }),
  },
  {
    id: 'help.openLogFolder',
    labelKey: 'look.cmd.openLogFolder',
    shortcuts: [],
    // Only where the shell has a log folder (desktop); the browser has none.
    enabled: (_s, ctx) => ctx.platform.openLogFolder !== null,
    run: (ctx) => ctx.platform.openLogFolder?.(),
  },
  // Zoom levels, find, align and distribute, context menu (issue #16): workdayCommands.ts.
  ...WORKDAY_COMMANDS,
];

/** The label key a command shows on this platform. */
export function labelKeyOf(command: Command, platform: Pick<Platform, 'saveMode'>): string {
  return platform.saveMode === 'download' && command.downloadLabelKey ? command.downloadLabelKey : command.labelKey;
}

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

export function getCommand(id: string): Command | undefined {
  return BY_ID.get(id);
}

/** Runs a command by id if it exists and is enabled; returns whether it ran. */
export function runCommand(id: string, ctx: CommandContext): boolean {
  const command = BY_ID.get(id);
  if (!command || !command.enabled(ctx.store.getState(), ctx)) return false;
  command.run(ctx);
  return true;
}

export function matchesShortcut(shortcut: Shortcut, event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, isMac: boolean): boolean {
  const modPressed = isMac ? event.metaKey : event.ctrlKey;
  const wantCtrl = shortcut.ctrl === true || (shortcut.mod === true && !isMac);
  const wantMeta = shortcut.mod === true && isMac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta) return false;
  if (shortcut.mod && !modPressed) return false;
  if (event.altKey !== (shortcut.alt === true)) return false;
  // Shift is part of some printable keys ("?" and "+"); require it only when the shortcut says so.
  if (shortcut.shift === true && !event.shiftKey) return false;
  if (shortcut.shift !== true && event.shiftKey && event.key.length > 1) return false;
  // A letter, by key or by code (Alt+H is not Alt+Shift+H).
  if (shortcut.shift !== true && event.shiftKey && /^(?:[a-z]|Key[A-Z])$/i.test(shortcut.key)) return false;
  if (shortcut.byCode) return event.code === shortcut.key;
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
}

/** Finds the command a key press means, honouring the text-field rule. */
export function commandForEvent(event: KeyboardEvent, isMac: boolean, inTextField: boolean): Command | undefined {
  for (const command of COMMANDS) {
    if (command.handledByCanvas) continue;
    if (inTextField && !command.inTextFields) continue;
    if (command.shortcuts.some((s) => matchesShortcut(s, event, isMac))) return command;
  }
  return undefined;
}

const KEY_NAMES: Readonly<Record<string, string>> = { Digit0: '0', Digit1: '1', Digit2: '2', ContextMenu: 'Menu', Delete: 'Del', Backspace: '⌫', '=': '+', Escape: 'Esc' };

/** How a shortcut is written for people: "Ctrl+Shift+Z", "⌘⇧Z". */
export function formatShortcut(shortcut: Shortcut, isMac: boolean): string {
  const key = KEY_NAMES[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : /^Key[A-Z]$/.test(shortcut.key) ? shortcut.key.slice(3) : shortcut.key);
  if (isMac) {
    return `${shortcut.ctrl ? '⌃' : ''}${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${shortcut.mod ? '⌘' : ''}${key}`;
  }
  const parts: string[] = [];
  if (shortcut.mod || shortcut.ctrl) parts.push('Ctrl');
  if (shortcut.alt) parts.push('Alt');
  if (shortcut.shift) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}
