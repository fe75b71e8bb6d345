/**
 * What the context menu offers (issue #16): command ids from the registry (commands.ts), so its
 * labels, shortcuts and enabled states are the menus' and the keys'. `'-'` is a separator.
 */
import type { NodeId, EdgeId } from '../../../shared/model/types';
import type { AppState } from '../store/types';
import { ARRANGE_COMMAND_IDS } from '../commands/workdayCommands';

export type ContextTarget = 'node' | 'edge' | 'pane';
export const SEPARATOR = '-';

export interface ContextMenuRequest {
  readonly target: ContextTarget;
  /** Where it opens, in window (client) pixels. */
  readonly x: number;
  readonly y: number;
}

/** The entries for what was right-clicked, given the selection it made. */
export function contextMenuEntries(target: ContextTarget, state: Pick<AppState, 'selectedNodeIds'>): string[] {
  if (target === 'edge') return ['edit.delete', SEPARATOR, 'nav.inspector'];
  if (target === 'pane') return ['edit.paste', 'edit.selectAll', SEPARATOR, 'edit.find', 'view.fitView', 'view.zoom100', 'layout.tidy', SEPARATOR, 'view.snapToGrid'];
  const several = state.selectedNodeIds.length > 1;
  return [
    'edit.connect',
    'edit.duplicate',
    'edit.copy',
    'edit.delete',
    SEPARATOR,
    'view.zoomSelection',
    'nav.inspector',
    // Align and distribute only mean something for two nodes or more.
    ...(several ? [SEPARATOR, ...ARRANGE_COMMAND_IDS.slice(0, 3), SEPARATOR, ...ARRANGE_COMMAND_IDS.slice(3, 6), SEPARATOR, ...ARRANGE_COMMAND_IDS.slice(6)] : []),
  ];
}

/**
 * What a right-click does to the selection before the menu opens (as in Figma and diagrams.net):
 * a node or relation outside the selection becomes the selection; inside it, the selection stays.
 */
export function selectionForContext(
  state: Pick<AppState, 'selectedNodeIds' | 'selectedEdgeIds'>,
  hit: { readonly node?: NodeId; readonly edge?: EdgeId },
): { nodes: NodeId[]; edges: EdgeId[] } | null {
  if (hit.node !== undefined) return state.selectedNodeIds.includes(hit.node) ? null : { nodes: [hit.node], edges: [] };
  if (hit.edge !== undefined) return state.selectedEdgeIds.includes(hit.edge) ? null : { nodes: [], edges: [hit.edge] };
  return null;
}
