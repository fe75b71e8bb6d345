import { emptyDocument } from '../../../shared/model/rules';
import * as edits from '../../../shared/model/edits';
import type { OrgDocument, Scenario } from '../../../shared/model/types';
import type { AppState, DocumentSlice, EditOptions, HistoryIntent, RecordEdit, Slice } from './types';

/** How far a duplicate or paste lands from its original, in flow units. */
export const COPY_OFFSET = 40;

export function initialDocumentState(): Pick<DocumentSlice, 'document' | 'scenarioId' | 'fileName' | 'savedDocument' | 'loadCount'> {
  const document = emptyDocument('');
  const first = document.scenarios[0];
  if (!first) throw new Error('emptyDocument has a scenario');
  return { document, savedDocument: document, loadCount: 0, scenarioId: first.id, fileName: null };
}

const noSelection = { selectedNodeIds: [], selectedEdgeIds: [] } as const;

const DEFAULT_NAMES = { target: 'Target', copy: (name: string) => `${name} (copy)` } as const;

/** An edit's history intent from its options: merge into its group, or a step of its own. */
const intentOf = (options?: EditOptions): HistoryIntent => (options?.group === undefined ? 'push' : { merge: options.group });

/**
 * The document actions: each calls a shared edit (shared/model/edits.ts) and passes the change to
 * `record` with its history intent (types.ts HistoryIntent); `set` only changes what is not undoable
 * (selection, clipboard).
 */
export const createDocumentSlice = (record: RecordEdit): Slice<DocumentSlice> => (set, get) => {
  /** Applies `edit` to the active scenario; a no-op edit leaves the document (and history) alone. */
  const editScenario = (edit: (s: Scenario) => Scenario, extra?: Partial<AppState>, options?: EditOptions) => {
    const { document, scenarioId } = get();
    const scenario = edits.activeScenario(document, scenarioId);
    const next = edit(scenario);
    if (next === scenario) {
      if (extra) set(extra);
      return;
    }
    record({ document: edits.replaceScenario(document, scenario.id, next), ...extra }, intentOf(options));
  };
  /** Applies a document-wide edit as one step; a no-op edit leaves the history alone. */
  const editDocument = (next: OrgDocument) => {
    if (next !== get().document) record({ document: next }, 'push');
  };
  const current = () => edits.activeScenario(get().document, get().scenarioId);

  return {
    ...initialDocumentState(),

    loadDocument(document, fileName = null, options) {
      const first = document.scenarios[0];
      if (!first) return;
      // Unsaved: compare against a document that is never the current one, so the map is dirty.
      const savedDocument = options?.unsaved ? emptyDocument('') : document;
      record({ document, savedDocument, loadCount: get().loadCount + 1, scenarioId: first.id, fileName, ...noSelection, dialog: null, compare: null, renamingScenario: null }, 'reset');
    },

    setTitle(title, options) {
      const next = edits.setTitle(get().document, title);
      if (next !== get().document) record({ document: next }, intentOf(options));
    },

    markSaved(fileName) {
      set({ savedDocument: get().document, fileName });
    },

    setScenario(id) {
      if (get().document.scenarios.some((s) => s.id === id)) set({ scenarioId: id, ...noSelection });
    },

    addNode(kind, position, extra = {}) {
      const added = edits.addNode(current(), kind, position, extra);
      editScenario(() => added.scenario, { selectedNodeIds: [added.id], selectedEdgeIds: [] });
      return added.id;
    },

    updateNode(id, patch, options) {
      editScenario((s) => edits.updateNode(s, id, patch), undefined, options);
    },

    moveNodes(moves, options) {
      if (moves.size === 0) return;
      editScenario((s) => edits.moveNodes(s, moves), undefined, options);
    },

    connect(source, target, kind) {
      const scenario = current();
      const { scenario: next, result } = edits.connectEdges(scenario, source, target, kind);
      if (result.ok) {
        record({ document: edits.replaceScenario(get().document, scenario.id, next), selectedNodeIds: [], selectedEdgeIds: [result.edgeId] }, 'push');
      }
      return result;
    },

    setEdgeKind(id, kind) {
      const changed = edits.setEdgeKind(current(), id, kind);
      editScenario(() => changed.scenario);
      return changed.result;
    },

    removeElements(nodeIds, edgeIds) {
      const removedNodes = new Set<string>(nodeIds);
      const removedEdges = new Set<string>(edgeIds);
      const { selectedNodeIds, selectedEdgeIds } = get();
      editScenario((s) => edits.removeFromScenario(s, nodeIds, edgeIds), {
        selectedNodeIds: selectedNodeIds.filter((id) => !removedNodes.has(id)),
        selectedEdgeIds: selectedEdgeIds.filter((id) => !removedEdges.has(id)),
      });
    },

    deleteSelection() {
      const { selectedNodeIds, selectedEdgeIds } = get();
      get().removeElements(selectedNodeIds, selectedEdgeIds);
    },

    duplicateSelection() {
      const scenario = current();
      const { nodes, edges } = edits.subgraph(scenario, get().selectedNodeIds);
      if (nodes.length === 0) return;
      const inserted = edits.insertCopies(scenario, nodes, edges, { x: COPY_OFFSET, y: COPY_OFFSET });
      record(
        {
          document: edits.replaceScenario(get().document, scenario.id, inserted.scenario),
          selectedNodeIds: inserted.nodeIds,
          selectedEdgeIds: inserted.edgeIds,
        },
        'push',
      );
    },

    copySelection() {
      const { nodes, edges } = edits.subgraph(current(), get().selectedNodeIds);
      if (nodes.length === 0) return;
      set({ clipboard: { nodes, edges, pastes: 0 } });
    },

    paste() {
      const clipboard = get().clipboard;
      if (!clipboard || clipboard.nodes.length === 0) return;
      const scenario = current();
      const step = COPY_OFFSET * (clipboard.pastes + 1);
      const inserted = edits.insertCopies(scenario, clipboard.nodes, clipboard.edges, { x: step, y: step });
      record(
        {
          document: edits.replaceScenario(get().document, scenario.id, inserted.scenario),
          selectedNodeIds: inserted.nodeIds,
          selectedEdgeIds: inserted.edgeIds,
          clipboard: { ...clipboard, pastes: clipboard.pastes + 1 },
        },
        'push',
      );
    },

    addScenario(name) {
      const added = edits.addScenario(get().document, name);
      if (!added) return null;
      record({ document: added.document, scenarioId: added.id, ...noSelection }, 'push');
      return added.id;
    },

    duplicateScenario(id = get().scenarioId, names = DEFAULT_NAMES) {
      const copied = edits.duplicateScenario(get().document, id, names);
      if (!copied) return null;
      record({ document: copied.document, scenarioId: copied.id, ...noSelection }, 'push');
      return copied.id;
    },

    renameScenario(id, name) {
      const next = edits.renameScenario(get().document, id, name);
      if (typeof next === 'string') return next;
      editDocument(next);
      return null;
    },

    deleteScenario(id) {
      const { document, scenarioId, compare } = get();
      const next = edits.deleteScenario(document, id);
      if (next === document) return false;
      const index = document.scenarios.findIndex((s) => s.id === id);
      const neighbour = next.scenarios[Math.min(index, next.scenarios.length - 1)] ?? next.scenarios[0];
      const active = scenarioId === id && neighbour ? neighbour.id : scenarioId;
      const closeCompare = compare !== null && (compare.from === id || compare.to === id);
      record(
        {
          document: next,
          scenarioId: active,
          ...(scenarioId === id ? noSelection : {}),
          ...(closeCompare ? { compare: null } : {}),
        },
        'push',
      );
      return true;
    },

    moveScenario(id, index) {
      editDocument(edits.moveScenario(get().document, id, index));
    },

    setPractice(key, value) {
      editScenario((s) => edits.withPractice(s, key, value));
    },

    setGoals(goals) {
      editDocument(edits.setGoals(get().document, goals));
    },

    addImported(nodes, edges, into) {
      const imported = edits.importInto(get().document, get().scenarioId, nodes, edges, into);
      if (!imported) return null;
      // One record, so adding the scenario and filling it is one undo step.
      record({ document: imported.document, scenarioId: imported.id, ...noSelection }, 'push');
      return imported.id;
    },
  };
};

