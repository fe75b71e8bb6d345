import { asNodeId, emptyDocument } from '../../../shared/model/rules';
import type { OrgNode } from '../../../shared/model/types';
import {
  activeScenario,
  applyNodePatch,
  checkConnection,
  clampPosition,
  connectEdges,
  freshId,
  insertCopies,
  removeFromScenario,
  replaceScenario,
  takenIds,
} from './edit';
import * as scenarios from './scenarios';
import { withPractice } from './practices';
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
 * The document actions. Every change of the document goes through `record` with its history intent
 * (types.ts HistoryIntent); `set` only changes what is not undoable (selection, clipboard).
 */
export const createDocumentSlice = (record: RecordEdit): Slice<DocumentSlice> => (set, get) => {
  /** Applies `edit` to the active scenario; a no-op edit leaves the document (and history) alone. */
  const editScenario = (
    edit: (s: ReturnType<typeof activeScenario>) => ReturnType<typeof activeScenario>,
    extra?: Partial<AppState>,
    options?: EditOptions,
  ) => {
    const { document, scenarioId } = get();
    const scenario = activeScenario(document, scenarioId);
    const next = edit(scenario);
    if (next === scenario) {
      if (extra) set(extra);
      return;
    }
    record({ document: replaceScenario(document, scenario.id, next), ...extra }, intentOf(options));
  };

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
      const next = title.slice(0, 200);
      if (next === get().document.title) return;
      record({ document: { ...get().document, title: next } }, intentOf(options));
    },

    markSaved(fileName) {
      set({ savedDocument: get().document, fileName });
    },

    setScenario(id) {
      if (get().document.scenarios.some((s) => s.id === id)) set({ scenarioId: id, ...noSelection });
    },

    addNode(kind, position, extra = {}) {
      const scenario = activeScenario(get().document, get().scenarioId);
      const id = asNodeId(freshId(kind, takenIds(scenario)));
      let node: OrgNode = { id, kind, label: (extra.label ?? kind).slice(0, 200) || kind, position: clampPosition(position) };
      if (kind === 'account') {
        node = { ...node, platform: extra.platform ?? 'other' };
        if (extra.handle) node = { ...node, handle: extra.handle.slice(0, 100) };
      }
      editScenario((s) => ({ ...s, nodes: [...s.nodes, node] }), { selectedNodeIds: [id], selectedEdgeIds: [] });
      return id;
    },

    updateNode(id, patch, options) {
      editScenario((s) => {
        const index = s.nodes.findIndex((n) => n.id === id);
        const node = s.nodes[index];
        if (!node) return s;
        const next = applyNodePatch(node, patch);
        const nodes = s.nodes.slice();
        nodes[index] = next;
        return { ...s, nodes };
      }, undefined, options);
    },

    moveNodes(moves, options) {
      if (moves.size === 0) return;
      editScenario((s) => {
        let changed = false;
        // Only moved nodes get new objects: the canvas keeps every other React Flow node as is.
        const nodes = s.nodes.map((n) => {
          const p = moves.get(n.id);
          if (!p) return n;
          const position = clampPosition(p);
          if (position.x === n.position.x && position.y === n.position.y) return n;
          changed = true;
          return { ...n, position };
        });
        return changed ? { ...s, nodes } : s;
      }, undefined, options);
    },

    connect(source, target, kind) {
      const scenario = activeScenario(get().document, get().scenarioId);
      const { scenario: next, result } = connectEdges(scenario, source, target, kind);
      if (result.ok) {
        record({ document: replaceScenario(get().document, scenario.id, next), selectedNodeIds: [], selectedEdgeIds: [result.edgeId] }, 'push');
      }
      return result;
    },

    setEdgeKind(id, kind) {
      const scenario = activeScenario(get().document, get().scenarioId);
      const edge = scenario.edges.find((e) => e.id === id);
      if (!edge) return { ok: false, reason: 'missing' };
      const check = checkConnection(scenario, edge.source, edge.target, kind, edge.id);
      if (!check.ok) return check;
      if (edge.kind !== kind) {
        editScenario((s) => ({ ...s, edges: s.edges.map((e) => (e.id === id ? { ...e, kind } : e)) }));
      }
      return { ok: true, edgeId: id, kind };
    },

    removeElements(nodeIds, edgeIds) {
      const removedNodes = new Set<string>(nodeIds);
      const removedEdges = new Set<string>(edgeIds);
      const { selectedNodeIds, selectedEdgeIds } = get();
      editScenario((s) => removeFromScenario(s, nodeIds, edgeIds), {
        selectedNodeIds: selectedNodeIds.filter((id) => !removedNodes.has(id)),
        selectedEdgeIds: selectedEdgeIds.filter((id) => !removedEdges.has(id)),
      });
    },

    deleteSelection() {
      const { selectedNodeIds, selectedEdgeIds } = get();
      get().removeElements(selectedNodeIds, selectedEdgeIds);
    },

    duplicateSelection() {
      const scenario = activeScenario(get().document, get().scenarioId);
      const selected = new Set<string>(get().selectedNodeIds);
      const nodes = scenario.nodes.filter((n) => selected.has(n.id));
      if (nodes.length === 0) return;
      const edges = scenario.edges.filter((e) => selected.has(e.source) && selected.has(e.target));
      const inserted = insertCopies(scenario, nodes, edges, { x: COPY_OFFSET, y: COPY_OFFSET });
      record(
        {
          document: replaceScenario(get().document, scenario.id, inserted.scenario),
          selectedNodeIds: inserted.nodeIds,
          selectedEdgeIds: inserted.edgeIds,
        },
        'push',
      );
    },

    copySelection() {
      const scenario = activeScenario(get().document, get().scenarioId);
      const selected = new Set<string>(get().selectedNodeIds);
      const nodes = scenario.nodes.filter((n) => selected.has(n.id));
      if (nodes.length === 0) return;
      const edges = scenario.edges.filter((e) => selected.has(e.source) && selected.has(e.target));
      set({ clipboard: { nodes, edges, pastes: 0 } });
    },

    paste() {
      const clipboard = get().clipboard;
      if (!clipboard || clipboard.nodes.length === 0) return;
      const scenario = activeScenario(get().document, get().scenarioId);
      const step = COPY_OFFSET * (clipboard.pastes + 1);
      const inserted = insertCopies(scenario, clipboard.nodes, clipboard.edges, { x: step, y: step });
      record(
        {
          document: replaceScenario(get().document, scenario.id, inserted.scenario),
          selectedNodeIds: inserted.nodeIds,
          selectedEdgeIds: inserted.edgeIds,
          clipboard: { ...clipboard, pastes: clipboard.pastes + 1 },
        },
        'push',
      );
    },

    addScenario(name) {
      const added = scenarios.addScenario(get().document, name);
      if (!added) return null;
      record({ document: added.document, scenarioId: added.id, ...noSelection }, 'push');
      return added.id;
    },

    duplicateScenario(id = get().scenarioId, names = DEFAULT_NAMES) {
      const copied = scenarios.duplicateScenario(get().document, id, names);
      if (!copied) return null;
      record({ document: copied.document, scenarioId: copied.id, ...noSelection }, 'push');
      return copied.id;
    },

    renameScenario(id, name) {
      const next = scenarios.renameScenario(get().document, id, name);
      if (typeof next === 'string') return next;
      if (next !== get().document) record({ document: next }, 'push');
      return null;
    },

    deleteScenario(id) {
      const { document, scenarioId, compare } = get();
      const next = scenarios.deleteScenario(document, id);
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
      const next = scenarios.moveScenario(get().document, id, index);
      if (next !== get().document) record({ document: next }, 'push');
    },

    setPractice(key, value) {
      editScenario((s) => withPractice(s, key, value));
    },

    setGoals(goals) {
      const next = scenarios.setGoals(get().document, goals);
      if (next !== get().document) record({ document: next }, 'push');
    },

    addImported(nodes, edges, into) {
      let document = get().document;
      let id = get().scenarioId;
      if (into !== 'current') {
        const added = scenarios.addScenario(document, into.name);
        if (!added) return null;
        document = added.document;
        id = added.id;
      }
      const scenario = activeScenario(document, id);
      const next = { ...scenario, nodes: [...scenario.nodes, ...nodes], edges: [...scenario.edges, ...edges] };
      // One `set`, so adding the scenario and filling it is one undo step.
      record({ document: replaceScenario(document, scenario.id, next), scenarioId: scenario.id, ...noSelection }, 'push');
      return scenario.id;
    },
  };
};

