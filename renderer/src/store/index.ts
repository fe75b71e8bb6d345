import { temporal } from 'zundo';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { AnalysisGate } from './analysisGate';
import { createCanvasSlice } from './canvasSlice';
import { createDialogSlice } from './dialogSlice';
import { createDocumentSlice } from './documentSlice';
import { activeScenario } from '../../../shared/model/edits';
import { createHintSlice } from './hintSlice';
import { createAnalysedScenarioSelector } from './selectors';
import { createSelectionSlice } from './selectionSlice';
import { createSettingsSlice } from './settingsSlice';
import type { Scenario } from '../../../shared/model/types';
import type { AppState, AppTemporal, HistoryIntent, HistoryState, RecordEdit } from './types';

/** Edits in the same group closer together than this form one undo step (a typing burst). */
export const TYPING_WINDOW_MS = 1200;
/** Most undo steps kept. */
export const HISTORY_LIMIT = 200;

export interface HistoryControl {
  undo(): void;
  redo(): void;
  /** Ends the current group: the next edit starts a new undo step (e.g. on blur). */
  endGroup(): void;
}

export type AppStore = UseBoundStore<StoreApi<AppState>> & {
  temporal: StoreApi<AppTemporal>;
  history: HistoryControl;
  /** This store's analysed-scenario selector (selectors.ts): its drag memo is this store's alone. */
  selectAnalysedScenario: (s: AppState) => Scenario;
  /** This store's analysis gate (analysis/analysisGate.ts): which views its canvas released. */
  analysisGate: AnalysisGate;
};

/**
 * Creates the app store: typed slices combined into one store, with zundo's temporal middleware
 * recording the document only (selection, dialogs and settings are not undoable).
 *
 * History intent: every action that changes the document says what that does to the history
 * (types.ts HistoryIntent), through `record`, which hands the intent to the history wrapper below
 * for that one `set` (nothing is written into the state for it). `'push'` makes a new undo step;
 * `'reset'` (a loaded document) clears the history; `{ merge: group }` (`drag:7`,
 * `type:unit-2:label`) joins the undo step of the previously recorded edit when that was in the
 * same group, so a whole drag or a typing burst undoes at once. Drag groups are unique per drag and
 * never time out; other groups time out after TYPING_WINDOW_MS of silence.
 */
export function createAppStore(init?: Partial<Pick<AppState, 'language' | 'theme' | 'showGrid' | 'snapToGrid' | 'welcomed'>>): AppStore {
  let last: { group: string; at: number } | null = null;
  let storeRef: AppStore | null = null;
  /** The intent of the `set` under way, only while `record` runs it (null: not a recorded edit). */
  let intent: HistoryIntent | null = null;

  const store = create<AppState>()(
    temporal(
      (...a) => {
        const [set] = a;
        const record: RecordEdit = (patch, history) => {
          intent = history;
          try {
            set(patch);
          } finally {
            intent = null;
          }
        };
        return {
          ...createDocumentSlice(record)(...a),
          ...createSelectionSlice(...a),
          ...createSettingsSlice(...a),
          ...createDialogSlice(...a),
          ...createHintSlice(...a),
          ...createCanvasSlice(...a),
          ...init,
        };
      },
      {
        partialize: (state): HistoryState => ({ document: state.document }),
        equality: (past, current) => past.document === current.document,
        limit: HISTORY_LIMIT,
        // Called only when the document changed (equality above). A change not made through
        // `record` has no intent: it is a step of its own, as 'push'.
        handleSet: (handleSet) => (pastState, replace) => {
          const history = intent ?? 'push';
          if (history === 'reset') {
            last = null;
            storeRef?.temporal.getState().clear();
            return;
          }
          if (history === 'push') {
            last = null;
            handleSet(pastState, replace);
            return;
          }
          const group = history.merge;
          const now = Date.now();
          if (last !== null && last.group === group && (group.startsWith('drag:') || now - last.at < TYPING_WINDOW_MS)) {
            last = { group, at: now };
            return;
          }
          last = { group, at: now };
          handleSet(pastState, replace);
        },
      },
    ),
  ) as AppStore;

  /**
   * The active scenario is not undoable, but undo can take it away (undoing "add scenario"): then
   * show the first one. A comparison naming a scenario that is gone closes.
   */
  const repairScenario = () => {
    const state = store.getState();
    const ids = new Set<string>(state.document.scenarios.map((s) => s.id));
    const first = state.document.scenarios[0];
    const patch: Partial<AppState> = {};
    if (!ids.has(state.scenarioId) && first) Object.assign(patch, { scenarioId: first.id, selectedNodeIds: [], selectedEdgeIds: [] });
    if (state.compare && (!ids.has(state.compare.from) || !ids.has(state.compare.to))) patch.compare = null;
    if (Object.keys(patch).length > 0) store.setState(patch);
  };

  /** After undo/redo the selection may name nodes or edges that are gone; keep only what exists. */
  const pruneSelection = () => {
    repairScenario();
    const state = store.getState();
    const scenario = activeScenario(state.document, state.scenarioId);
    const nodes = new Set<string>(scenario.nodes.map((n) => n.id));
    const edges = new Set<string>(scenario.edges.map((e) => e.id));
    const selectedNodeIds = state.selectedNodeIds.filter((id) => nodes.has(id));
    const selectedEdgeIds = state.selectedEdgeIds.filter((id) => edges.has(id));
    if (selectedNodeIds.length !== state.selectedNodeIds.length || selectedEdgeIds.length !== state.selectedEdgeIds.length) {
      store.setState({ selectedNodeIds, selectedEdgeIds });
    }
  };

  store.history = {
    undo() {
      last = null;
      store.temporal.getState().undo();
      pruneSelection();
    },
    redo() {
      last = null;
      store.temporal.getState().redo();
      pruneSelection();
    },
    endGroup() {
      last = null;
    },
  };
  store.selectAnalysedScenario = createAnalysedScenarioSelector();
  store.analysisGate = new AnalysisGate();
  storeRef = store;
  return store;
}

export type { AppState } from './types';
