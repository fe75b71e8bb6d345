import type { StateCreator } from 'zustand';
import type { TemporalState } from 'zundo';
import type { Theme } from '../../../shared/settings';
import type {
  EdgeId,
  EdgeKind,
  Goal,
  NodeId,
  NodeKind,
  OrgDocument,
  OrgEdge,
  OrgNode,
  Platform,
  Position,
  ScenarioId,
} from '../../../shared/model/types';
import type { PracticeKey, PracticeValue } from '../../../shared/model/types';

/** The edit and refusal types live with the edits in shared/model (issue 19, P1). */
export type { NodePatch, ConnectResult } from '../../../shared/model/edits';
export type { Refusal } from '../../../shared/model/rules';
import type { NodePatch, ConnectResult, ScenarioNameError } from '../../../shared/model/edits';
import type { Refusal } from '../../../shared/model/rules';

/** A short-lived message on the canvas: a refused connection, a failed open, … */
export interface Hint {
  /** A `ui:hint.*` key, or `refusal` (then `refusal` says why). */
  readonly key: string;
  readonly refusal?: Refusal;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly tone: 'info' | 'error';
  /** Increases with every hint so the same message shown twice restarts its timer. */
  readonly seq: number;
}

export interface Clipboard {
  readonly nodes: readonly OrgNode[];
  readonly edges: readonly OrgEdge[];
  /** How many times it was pasted; each paste lands a little further away. */
  readonly pastes: number;
}

/**
 * Options for a document edit. `group`: edits with the same group key that follow each other form
 * ONE undo step (a drag, a typing burst in one field): the edit's history intent is then
 * `{ merge: group }`, otherwise `'push'`. See createAppStore (index.ts).
 */
export interface EditOptions {
  readonly group?: string;
}

/**
 * What a document edit does to the undo history, said by every action that changes the document
 * and passed to the history wrapper in createAppStore (index.ts):
 * - `'push'`: a new undo step;
 * - `{ merge: group }`: part of the undo step of the previous edit in the same group when that
 *   follows right after it (a whole drag `drag:…`; a typing burst within TYPING_WINDOW_MS), else a
 *   new step that later edits of the group join;
 * - `'reset'`: the document was replaced (open, new, template, restore): the history starts afresh.
 */
export type HistoryIntent = 'push' | { readonly merge: string } | 'reset';

/** Sets `patch` (which changes the document) in one `set`, recorded in the history as `history` says. */
export type RecordEdit = (patch: Partial<AppState>, history: HistoryIntent) => void;

export interface DocumentSlice {
  /** The single source of truth: what is saved, analysed and shown. */
  document: OrgDocument;
  /** The scenario the canvas edits. Not part of the undo history. */
  scenarioId: ScenarioId;
  fileName: string | null;
  /** The document as last loaded or saved: the map is dirty when `document` is another object. */
  savedDocument: OrgDocument;
  /** Counts whole-document loads, so the canvas knows when to frame the new map. */
  loadCount: number;
  /**
   * Replaces the whole document (open, new, template, restore): clears selection and undo history.
   * `unsaved`: the document is not what is on disk (a restored recovery draft), so it starts dirty.
   */
  loadDocument(document: OrgDocument, fileName?: string | null, options?: { readonly unsaved?: boolean }): void;
  setScenario(id: ScenarioId): void;
  /** The map's title (0–200 characters). */
  setTitle(title: string, options?: EditOptions): void;
  /** Records that the current document was saved (under `fileName`). */
  markSaved(fileName: string): void;
  addNode(kind: NodeKind, position: Position, extra?: { readonly platform?: Platform; readonly handle?: string; readonly label?: string }): NodeId;
  updateNode(id: NodeId, patch: NodePatch, options?: EditOptions): void;
  moveNodes(moves: ReadonlyMap<NodeId, Position>, options?: EditOptions): void;
  /** Connects two nodes; without `kind` the relation follows from the node kinds. */
  connect(source: NodeId, target: NodeId, kind?: EdgeKind): ConnectResult;
  setEdgeKind(id: EdgeId, kind: EdgeKind): ConnectResult;
  /** Removes nodes (with their edges) and edges in ONE undo step. */
  removeElements(nodeIds: readonly NodeId[], edgeIds: readonly EdgeId[]): void;
  deleteSelection(): void;
  duplicateSelection(): void;
  copySelection(): void;
  paste(): void;
  /** Appends an empty scenario named `name` and shows it; null at the format's limit of 20. */
  addScenario(name: string): ScenarioId | null;
  /**
   * Copies a scenario (default: the active one) right after itself and shows the copy. The first
   * copy while there is no `target` becomes it (id `target`, name `names.target`).
   */
  duplicateScenario(id?: ScenarioId, names?: { readonly target: string; readonly copy: (name: string) => string }): ScenarioId | null;
  /** Renames a scenario; returns why a name was refused, or null. The id stays. */
  renameScenario(id: ScenarioId, name: string): ScenarioNameError | null;
  /** Deletes a scenario (never the last); a neighbour becomes active if it was. */
  deleteScenario(id: ScenarioId): boolean;
  /** Moves a scenario to another place in the tab order. */
  moveScenario(id: ScenarioId, index: number): void;
  /** The organisation's goals (the format's goal ids). */
  setGoals(goals: readonly Goal[]): void;
  /** Records one practice of the active scenario (`undefined`: not recorded); one undo step (issue 18). */
  setPractice(key: PracticeKey, value: PracticeValue | undefined): void;
  /**
   * Adds imported nodes and edges (already laid out) to the active scenario, or to a new scenario
   * named `into.name` that then shows, in ONE undo step, and selects nothing. Returns the
   * scenario's id, or null when a new scenario is refused (the limit of 20, or the name).
   */
  addImported(nodes: readonly OrgNode[], edges: readonly OrgEdge[], into: 'current' | { readonly name: string }): ScenarioId | null;
}

export interface SelectionSlice {
  selectedNodeIds: readonly NodeId[];
  selectedEdgeIds: readonly EdgeId[];
  /** replace: exactly these; add: these too; toggle: flip each. */
  select(nodeIds: readonly NodeId[], edgeIds?: readonly EdgeId[], mode?: 'replace' | 'add' | 'toggle'): void;
  setNodeSelected(id: NodeId, selected: boolean): void;
  setEdgeSelected(id: EdgeId, selected: boolean): void;
  clearSelection(): void;
  selectAll(): void;
}

export type Dialog =
  | { readonly type: 'account'; readonly position: Position }
  | { readonly type: 'connect'; readonly source: NodeId }
  | { readonly type: 'help' }
  | { readonly type: 'restore'; readonly offer: RestoreOffer }
  | { readonly type: 'export' }
  | { readonly type: 'settings' }
  | { readonly type: 'about' }
  | { readonly type: 'welcome' }
  | { readonly type: 'modelGuide' }
  | { readonly type: 'import' }
  /** The presentation (renderer/src/present): it has the keyboard, as a dialog does. */
  | { readonly type: 'present' }
  | { readonly type: 'find' }
  /** The context menu (canvas/ContextMenu.tsx) for a node, a relation or the pane, at window pixels. */
  | { readonly type: 'contextMenu'; readonly target: 'node' | 'edge' | 'pane'; readonly x: number; readonly y: number }
  /** File ▸ Open Recent in the browser build (document/RecentDialog.tsx). */
  | { readonly type: 'recent' }
  | null;

/** A recovery draft that was read and passed the reader, offered back at start. */
export interface RestoreOffer {
  readonly id: string;
  readonly fileName: string | null;
  /** When the draft was written, ms since the epoch. */
  readonly savedAt: number;
  readonly document: OrgDocument;
}

/** The two scenarios being compared; the canvas shows `to` with the differences marked. */
export interface CompareState {
  readonly from: ScenarioId;
  readonly to: ScenarioId;
  /** Side by side (renderer/src/compare): `from` and `to` next to each other instead of `to` marked on the canvas. */
  readonly sideBySide?: boolean;
}

/** The settings (renderer/src/settings): saved through the platform, not undoable. */
export interface SettingsSlice {
  language: 'en' | 'nl';
  snapToGrid: boolean;
  /** Colour theme, the canvas grid, the first-run welcome dismissed. */
  theme: Theme;
  showGrid: boolean;
  welcomed: boolean;
  setLanguage(language: 'en' | 'nl'): void;
  toggleSnapToGrid(): void;
  setSnapToGrid(snap: boolean): void;
  setTheme(theme: Theme): void;
  setShowGrid(show: boolean): void;
  setWelcomed(welcomed: boolean): void;
}

/** What is open over the map: a dialog, the comparison, a scenario tab's name field. */
export interface DialogSlice {
  dialog: Dialog;
  /** The comparison panel, when open. */
  compare: CompareState | null;
  /** The scenario whose tab shows a name field. */
  renamingScenario: ScenarioId | null;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  /** Opens the comparison (default: the first scenario → `target`, or the last one) and shows `to`. */
  openCompare(pair?: Partial<CompareState>): void;
  closeCompare(): void;
  startRenameScenario(id: ScenarioId | null): void;
}

/** The canvas's short-lived message. */
export interface HintSlice {
  hint: Hint | null;
  showHint(key: string, params?: Hint['params'], tone?: Hint['tone']): void;
  /** Shows why a connection was refused (worded by the UI in the current language). */
  showRefusal(refusal: Refusal): void;
  clearHint(): void;
}

/** A node drag, from React Flow's drag start to its drag stop (canvasSlice.ts). */
export interface DragState {
  /** Counts this store's drags: the drop is undo group `drag:<seq>`. */
  readonly seq: number;
  /** A node drag is in progress: the analysis waits for the drop (selectors.ts). */
  readonly active: boolean;
  /** Where the dragged nodes are until the drop (the document still has where they were), or null. */
  readonly moves: ReadonlyMap<NodeId, Position> | null;
}

/** What the canvas holds between gestures: the clipboard and the node drag (canvasSlice.ts). */
export interface CanvasSlice {
  clipboard: Clipboard | null;
  drag: DragState;
  /** A node drag begins: a new undo group. */
  startDrag(): void;
  /** A drag frame: these nodes are here now; held (with the frame before) until the drop. */
  holdDrag(frame: ReadonlyMap<NodeId, Position>): void;
  /** A drop or a keyboard nudge: the held positions and `moves` become ONE edit of the document. */
  dropMoves(moves: ReadonlyMap<NodeId, Position>): void;
  /** The drag ends: what is still held becomes an edit (the drag's undo step), and the drag is off. */
  endDrag(): void;
}

export type AppState = DocumentSlice & SelectionSlice & SettingsSlice & DialogSlice & HintSlice & CanvasSlice;

/** What the undo history records: the document only. */
export interface HistoryState {
  document: OrgDocument;
}

export type AppTemporal = TemporalState<HistoryState>;

/** A slice creator on the combined store (zustand slices pattern). */
export type Slice<T> = StateCreator<AppState, [], [], T>;
