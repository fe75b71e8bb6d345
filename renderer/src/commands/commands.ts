/**
 * The command registry: what each command does (when it is enabled, whether it is checked, what it
 * runs). What it is called, its shortcuts and its place in the native menu come from the command
 * manifest (shared/commands/manifest.ts), which the main process reads too. Keyboard shortcuts,
 * toolbar buttons and their tooltips, the help sheet and the native menu all read the merged list.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { THEMES } from '../../../shared/settings';
import { commandSpec, toAccelerator, type CommandSpec, type Shortcut } from '../../../shared/commands/manifest';
import { LIMITS, type NodeId } from '../../../shared/model/types';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { selectScenario } from '../store/selectors';
import { focusedNodeId, focusInspector, focusMap, focusNode, focusRisks, nodeIdOf, stepNode } from '../navigation/navigation';
import type { Platform } from '../platform';
import type { AppStore } from '../store';
import type { AppState } from '../store/types';
import { stepZoom } from '../canvas/zoom';
import { WORKDAY_COMMANDS } from './workdayCommands';

export type { Shortcut };

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

/** What the registry itself says about a command: the rest is in the manifest, by id. */
export interface CommandBehaviour {
  readonly id: string;
  /** A toggle's state or the chosen one of a group: the native menu shows a check mark. */
  checked?(state: AppState): boolean;
  enabled(state: AppState, ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}

/** A command as its users see it: the manifest's entry and the registry's behaviour. */
export type Command = CommandSpec & CommandBehaviour;

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

const BEHAVIOURS: readonly CommandBehaviour[] = [
  {
    id: 'file.new',
    enabled: always,
    run: (ctx) => ctx.actions.newDocument(),
  },
  {
    id: 'file.open',
    enabled: always,
    run: (ctx) => ctx.actions.openDocument(),
  },
  {
    id: 'file.save',
    enabled: always,
    run: (ctx) => ctx.actions.saveDocument(),
  },
  {
    id: 'file.saveAs',
    enabled: always,
    run: (ctx) => ctx.actions.saveDocument(true),
  },
  // Export (renderer/src/export): Ctrl/⌘+Shift+E as in Figma; Copy as Image as diagrams.net has it.
  {
    id: 'file.export',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'export' }),
  },
  {
    id: 'file.copyImage',
    enabled: always,
    run: (ctx) => ctx.actions.copyImage(),
  },
  // Import (renderer/src/import): a spreadsheet of accounts; the first-run welcome runs it too.
  {
    id: 'file.import',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'import' }),
  },
  {
    id: 'edit.undo',
    enabled: (_s, ctx) => ctx.store.temporal.getState().pastStates.length > 0,
    run: (ctx) => ctx.store.history.undo(),
  },
  {
    id: 'edit.redo',
    enabled: (_s, ctx) => ctx.store.temporal.getState().futureStates.length > 0,
    run: (ctx) => ctx.store.history.redo(),
  },
  {
    id: 'edit.delete',
    enabled: hasSelection,
    run: (ctx) => ctx.store.getState().deleteSelection(),
  },
  {
    id: 'edit.duplicate',
    enabled: hasNodeSelection,
    run: (ctx) => ctx.store.getState().duplicateSelection(),
  },
  {
    id: 'edit.copy',
    enabled: hasNodeSelection,
    run: (ctx) => ctx.store.getState().copySelection(),
  },
  {
    id: 'edit.paste',
    enabled: (s) => (s.clipboard?.nodes.length ?? 0) > 0,
    run: (ctx) => ctx.store.getState().paste(),
  },
  {
    id: 'edit.deselect',
    enabled: hasSelection,
    run: (ctx) => ctx.store.getState().clearSelection(),
  },
  {
    id: 'edit.selectAll',
    enabled: always,
    run: (ctx) => ctx.store.getState().selectAll(),
  },
  {
    id: 'edit.connect',
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
    enabled: (s) => scenarioNodeCount(s) > 0,
    run: (ctx) => stepSelection(ctx, 1),
  },
  {
    id: 'nav.previousNode',
    enabled: (s) => scenarioNodeCount(s) > 0,
    run: (ctx) => stepSelection(ctx, -1),
  },
  {
    id: 'nav.map',
    enabled: always,
    run: (ctx) => focusMap(ctx.store, ctx.flow),
  },
  {
    id: 'nav.inspector',
    enabled: always,
    run: () => void focusInspector(),
  },
  {
    id: 'nav.risks',
    enabled: always,
    run: () => void focusRisks(),
  },
  {
    id: 'view.fitView',
    enabled: always,
    run: (ctx) => void ctx.flow.fitView({ padding: 0.15, duration: 200, maxZoom: 1.5 }),
  },
  {
    id: 'view.zoomIn',
    enabled: always,
    run: (ctx) => stepZoom(ctx.flow, 1),
  },
  {
    id: 'view.zoomOut',
    enabled: always,
    run: (ctx) => stepZoom(ctx.flow, -1),
  },
  {
    id: 'view.snapToGrid',
    checked: (s) => s.snapToGrid,
    enabled: always,
    run: (ctx) => ctx.store.getState().toggleSnapToGrid(),
  },
  // Tidy Up (elkjs in a worker): Alt+Shift+T, by code so the Option key on a Mac cannot change it.
  {
    id: 'layout.tidy',
    enabled: (s) => selectScenario(s).nodes.length > 0,
    // The layout (and its worker's glue) loads with the first tidy-up, not with the app.
    run: (ctx) => void import('../layout/tidy').then(({ tidyUp }) => tidyUp(ctx.store, ctx.flow)),
  },
  {
    id: 'scenario.add',
    enabled: canAddScenario,
    run: (ctx) => ctx.actions.addScenario(),
  },
  {
    id: 'scenario.duplicate',
    enabled: canAddScenario,
    run: (ctx) => ctx.actions.duplicateScenario(),
  },
  {
    id: 'scenario.rename',
    enabled: always,
    run: (ctx) => ctx.store.getState().startRenameScenario(ctx.store.getState().scenarioId),
  },
  {
    id: 'scenario.delete',
    enabled: (s) => s.document.scenarios.length > LIMITS.scenariosMin,
    run: (ctx) => ctx.actions.deleteScenario(),
  },
  {
    id: 'scenario.moveLeft',
    enabled: (s) => scenarioIndex(s) > 0,
    run: (ctx) => moveActive(ctx, -1),
  },
  {
    id: 'scenario.moveRight',
    enabled: (s) => scenarioIndex(s) < s.document.scenarios.length - 1,
    run: (ctx) => moveActive(ctx, 1),
  },
  {
    id: 'view.compare',
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
    checked: (s) => s.compare?.sideBySide === true,
    enabled: (s) => s.document.scenarios.length > 1,
    run: (ctx) => ctx.store.getState().openCompare({ sideBySide: ctx.store.getState().compare?.sideBySide !== true }),
  },
  {
    id: 'view.present',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'present' }),
  },
  {
    id: 'help.shortcuts',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'help' }),
  },
  {
    id: 'help.modelGuide',
    enabled: always,
    // The guide to all five models; the analysis panel shows the current model's.
    run: (ctx) => ctx.store.getState().openDialog({ type: 'modelGuide' }),
  },
  {
    id: 'help.about',
    enabled: always,
    run: (ctx) => ctx.actions.showAbout(),
  },
  // Settings and look (renderer/src/settings): the setting lives in the store, the port keeps it.
  {
    id: 'app.settings',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'settings' }),
  },
  ...THEMES.map(
    (theme): CommandBehaviour => ({
      id: `view.theme.${theme}`,
      checked: (s) => s.theme === theme,
      enabled: always,
      run: (ctx) => ctx.store.getState().setTheme(theme),
    }),
  ),
  {
    id: 'view.grid',
    checked: (s) => s.showGrid,
    enabled: always,
    run: (ctx) => ctx.store.getState().setShowGrid(!ctx.store.getState().showGrid),
  },
  {
    id: 'help.welcome',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'welcome' }),
  },
  {
    id: 'help.openLogFolder',
    // Only where the shell has a log folder (desktop); the browser has none.
    enabled: (_s, ctx) => ctx.platform.openLogFolder !== null,
    run: (ctx) => ctx.platform.openLogFolder?.(),
  },
  // Zoom levels, find, align and distribute, context menu (issue #16): workdayCommands.ts.
  ...WORKDAY_COMMANDS,
];

/** Every command: the registry's behaviour joined to its manifest entry (a missing entry is a programming error). */
export const COMMANDS: readonly Command[] = BEHAVIOURS.map((behaviour): Command => {
  const spec = commandSpec(behaviour.id);
  if (!spec) throw new Error(`command ${behaviour.id} is not in shared/commands/manifest.ts`);
  return { ...spec, ...behaviour };
});

/**
 * What the commands' enabled and checked states read from the store, for components that must
 * render again when one changes (toolbar buttons, the native menu); compare with `useShallow`.
 */
export const selectCommandInputs = (s: AppState) => ({
  nodes: s.selectedNodeIds.length,
  edges: s.selectedEdgeIds.length,
  clipboard: s.clipboard !== null,
  language: s.language,
  snap: s.snapToGrid,
  grid: s.showGrid,
  theme: s.theme,
  scenario: s.scenarioId,
  scenarios: s.document.scenarios.length,
  compare: s.compare !== null,
});

/** The i18next key (namespace `commands`, shared/i18n/commands.ts) of the label a command shows on this platform. */
export function labelKeyOf(command: Command, platform: Pick<Platform, 'saveMode'>): string {
  return `commands:${platform.saveMode === 'download' && command.downloadLabelKey ? command.downloadLabelKey : command.labelKey}`;
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
