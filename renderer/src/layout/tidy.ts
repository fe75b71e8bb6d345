/**
 * Tidy Up: lays out the active scenario — or, when two or more nodes are selected, only those —
 * with the one layout (shared/layout, elkjs in the worker) and moves the nodes in ONE undo step.
 * The layout keeps the map's top-left corner (the selection's, when tidying a selection); the view
 * then frames what was tidied at a readable zoom (canvas/frame.ts).
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { layoutNodes, type ElkLayout } from '../../../shared/layout';
import type { NodeId } from '../../../shared/model/types';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { frameReadable } from '../canvas/frame';
import type { AppStore } from '../store';
import { activeScenario } from '../../../shared/model/edits';
import { elkInWorker } from './elkWorker';

let running = false;

/** Resolves once the nodes moved (or nothing was to be done). A second call while one runs does nothing. */
export async function tidyUp(store: AppStore, flow?: Pick<ReactFlowInstance<OrgFlowNode, OrgFlowEdge>, 'setViewport'>, elk: ElkLayout = elkInWorker): Promise<void> {
  if (running) return;
  const state = store.getState();
  const scenario = activeScenario(state.document, state.scenarioId);
  if (scenario.nodes.length === 0) {
    state.showHint('importing.hint.nothing');
    return;
  }
  const selected = new Set<NodeId>(state.selectedNodeIds);
  const only = selected.size >= 2 ? selected : undefined;
  let minX = Infinity;
  let minY = Infinity;
  for (const n of scenario.nodes) {
    if (only && !only.has(n.id)) continue;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
  }
  running = true;
  try {
    const { positions, fallback, reason } = await layoutNodes(scenario.nodes, scenario.edges, elk, { ...(only ? { only } : {}), origin: { x: minX, y: minY } });
    const now = store.getState();
    // The user switched scenarios while the worker ran: these positions belong to another one.
    if (now.scenarioId !== scenario.id) return;
    // The grid still tidies; the log says why ELK's layout was not used.
    if (fallback) console.warn(`Tidy Up: grid layout used: ${reason ?? 'unknown reason'}`);
    now.moveNodes(positions);
    now.showHint(fallback ? 'importing.hint.fallback' : 'importing.hint.tidied', { count: positions.size }, fallback ? 'error' : 'info');
    // Framed at a readable zoom: the whole map when it fits, else the part around the top hub.
    if (flow) {
      requestAnimationFrame(() => {
        const after = store.getState();
        if (after.scenarioId === scenario.id) frameReadable(flow, activeScenario(after.document, after.scenarioId), only);
      });
    }
  } finally {
    running = false;
  }
}
