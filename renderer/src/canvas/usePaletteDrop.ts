import type { ReactFlowInstance } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useCallback, type DragEvent } from 'react';
import type { NodeKind, Position } from '../../../shared/model/types';
import { NODE_KINDS } from '../../../shared/model/types';
import type { AppStore } from '../store';
import { selectScenario } from '../store/selectors';
import type { OrgFlowEdge, OrgFlowNode } from './flow';

export const GRID = 16;
export const PALETTE_MIME = 'application/x-orgmap-kind';

function isKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/** The default label of a new node: the kind's name and a number ("Business unit 3"). */
export function defaultLabel(store: AppStore, kind: NodeKind, name: string): string {
  const count = selectScenario(store.getState()).nodes.filter((n) => n.kind === kind).length;
  return `${name} ${count + 1}`;
}

/** Adds a node of `kind` at `position`, or asks for the platform first when it is an account. */
export function addFromPalette(store: AppStore, kind: NodeKind, position: Position, name: string): void {
  const state = store.getState();
  const at = state.snapToGrid ? { x: Math.round(position.x / GRID) * GRID, y: Math.round(position.y / GRID) * GRID } : position;
  if (kind === 'account') state.openDialog({ type: 'account', position: at });
  else state.addNode(kind, at, { label: defaultLabel(store, kind, name) });
}

export interface PaletteDrop {
  readonly onDragOver: (event: DragEvent) => void;
  readonly onDrop: (event: DragEvent) => void;
}

/** A kind dragged from the palette (Palette.tsx) and dropped on the canvas becomes a node there. */
export function usePaletteDrop(store: AppStore, flow: ReactFlowInstance<OrgFlowNode, OrgFlowEdge>, t: TFunction<'ui'>): PaletteDrop {
  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(PALETTE_MIME)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isKind(kind)) return;
      event.preventDefault();
      const p = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // The pointer holds the node roughly by its middle.
      addFromPalette(store, kind, { x: p.x - 80, y: p.y - 24 }, t(`kind.${kind}`));
    },
    [flow, store, t],
  );
  return { onDragOver, onDrop };
}
