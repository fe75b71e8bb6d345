import { useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { elementSelectionKeys, getEdgePosition, isEdgeVisible, type Transform } from '@xyflow/system';
import { memo, useCallback, useMemo, type KeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { laneOf } from '../../../shared/layout/route';
import type { EdgeId, NodeId } from '../../../shared/model/types';
import { useServices } from '../ui/context';
import { EDGE_COLORS, type OrgFlowEdge, type OrgFlowNode } from './flow';
import { draw, EDGE_WIDTH, EndMark, HIT_WIDTH } from './OrgEdgeView';
import { useRouting } from './routing';

/** A relation of the layer in view, with its ends where React Flow would put them. */
interface Placed {
  readonly edge: OrgFlowEdge;
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
}

const samePlaced = (a: readonly Placed[], b: readonly Placed[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const p = a[i];
    const q = b[i];
    if (!p || !q || p.edge !== q.edge || p.sx !== q.sx || p.sy !== q.sy || p.tx !== q.tx || p.ty !== q.ty) return false;
  }
  return true;
};

/** The margin around the view, in screen pixels, within which relations are drawn (snappedView). */
export const VIEW_MARGIN = 256;

/**
 * The view grown by at least VIEW_MARGIN on each side, its edges snapped to multiples of the
 * margin, as the transform, width and height React Flow's `isEdgeVisible` takes. So the set of
 * relations drawn changes once every VIEW_MARGIN pixels of a pan, not in every frame: each change
 * re-records the layer's paint.
 */
export function snappedView(transform: Transform, width: number, height: number): { transform: Transform; width: number; height: number } {
  const [x, y, zoom] = transform;
  const left = Math.floor(-x / VIEW_MARGIN) * VIEW_MARGIN - VIEW_MARGIN;
  const top = Math.floor(-y / VIEW_MARGIN) * VIEW_MARGIN - VIEW_MARGIN;
  const right = Math.ceil((width - x) / VIEW_MARGIN) * VIEW_MARGIN + VIEW_MARGIN;
  const bottom = Math.ceil((height - y) / VIEW_MARGIN) * VIEW_MARGIN + VIEW_MARGIN;
  return { transform: [-left, -top, zoom], width: right - left, height: bottom - top };
}

/** The id React Flow gives its description of how to use an edge (aria-describedby). */
const selectDescribedBy = (s: ReactFlowState) => `react-flow__edge-desc-${s.rfId}`;

/**
 * Gives the keyboard focus to the React Flow edge of `id` once it is drawn (a relation chosen in the
 * layer becomes an edge: see layer.ts), so a keyboard user stays on the relation they chose.
 */
function focusEdgeWhenDrawn(id: string, tries = 10): void {
  requestAnimationFrame(() => {
    const edge = document.querySelector<SVGGElement>(`.react-flow__edges .react-flow__edge[data-id="${CSS.escape(id)}"]`);
    if (edge) edge.focus({ preventScroll: true });
    else if (tries > 1) focusEdgeWhenDrawn(id, tries - 1);
  });
}

interface RelationProps extends Placed {
  readonly describedBy: string;
  readonly onContextMenu: (event: ReactMouseEvent, edge: OrgFlowEdge) => void;
}

/**
 * One relation of the layer: the same paths as its React Flow edge (OrgEdgeView, routed), in a
 * `<g>` that takes a click, a right-click and the keyboard (Enter or Space selects it, as React
 * Flow's edges do) and carries the edge's classes, role and name, so the relation looks, reads and
 * answers as before.
 */
function LayerRelationImpl({ edge, sx, sy, tx, ty, describedBy, onContextMenu }: RelationProps) {
  const { store } = useServices();
  const flowStore = useStoreApi<OrgFlowNode, OrgFlowEdge>();
  const { router, epoch } = useRouting();
  const kind = edge.data?.edge.kind ?? 'coordinates';
  const routed = useMemo(
    () => (router ? draw(router.route(edge.source, edge.target, sx, sy, tx, ty, false, laneOf(kind)), kind) : null),
    // `epoch`: after a move of the view, the routes left as plain elbows during it are searched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [router, edge.source, edge.target, sx, sy, tx, ty, kind, epoch],
  );
  const choose = useCallback(
    (target: Element) => {
      // As React Flow's edge click: add to the selection while a multi-selection key is held, else select only this.
      const { multiSelectionActive } = flowStore.getState();
      flowStore.setState({ nodesSelectionActive: false });
      const state = store.getState();
      if (multiSelectionActive) state.select(state.selectedNodeIds, [...state.selectedEdgeIds, edge.id as EdgeId]);
      else state.select([] as NodeId[], [edge.id as EdgeId]);
      if (document.activeElement === target) focusEdgeWhenDrawn(edge.id);
    },
    [flowStore, store, edge.id],
  );
  const onClick = useCallback((event: ReactMouseEvent<SVGGElement>) => choose(event.currentTarget), [choose]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>) => {
      if (event.key === 'Escape' || !elementSelectionKeys.includes(event.key)) return;
      event.preventDefault();
      choose(event.currentTarget);
    },
    [choose],
  );
  const onMenu = useCallback((event: ReactMouseEvent) => onContextMenu(event, edge), [onContextMenu, edge]);
  if (!routed) return null;
  const style = { stroke: EDGE_COLORS[kind], strokeWidth: EDGE_WIDTH[kind] };
  const className = `react-flow__edge-path org-edge org-edge--${kind}`;
  return (
    <g
      className={`react-flow__edge react-flow__edge-org selectable nopan org-relation${edge.className ? ` ${edge.className}` : ''}`}
      tabIndex={0}
      role={edge.ariaRole ?? 'group'}
      aria-roledescription="edge"
      data-id={edge.id}
      data-testid={`rf__edge-${edge.id}`}
      aria-label={edge.ariaLabel ?? undefined}
      aria-describedby={describedBy}
      {...edge.domAttributes}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onContextMenu={onMenu}
    >
      {routed.pieces.map((d, i) => (
        <path key={i} {...(i === 0 ? { id: edge.id } : {})} d={d} fill="none" className={className} style={style} />
      ))}
      {routed.end && <EndMark kind={kind} shape={routed.end} opacity={undefined} />}
      <path d={routed.hit} fill="none" strokeOpacity={0} strokeWidth={HIT_WIDTH} className="react-flow__edge-interaction" />
    </g>
  );
}

export const LayerRelation = memo(LayerRelationImpl);

interface RelationLayerProps {
  /** The relations to draw here (splitForLayer's `layered`): only those in view are drawn. */
  readonly edges: readonly OrgFlowEdge[];
  readonly onContextMenu: (event: ReactMouseEvent, edge: OrgFlowEdge) => void;
}

/**
 * The plain relations at full detail, in ONE `<svg>` in React Flow's viewport (so a pan moves it
 * with the nodes), under the edges React Flow still draws and the nodes (see layer.ts for why). As
 * React Flow does with `onlyRenderVisibleElements`, only the relations whose ends' boxes reach the
 * view are drawn, with their ends where React Flow puts an edge's (`getEdgePosition`).
 */
function RelationLayerImpl({ edges, onContextMenu }: RelationLayerProps) {
  const select = useCallback(
    (s: ReactFlowState): Placed[] => {
      const out: Placed[] = [];
      if (!s.width || !s.height) return out;
      const view = snappedView(s.transform, s.width, s.height);
      for (const edge of edges) {
        const sourceNode = s.nodeLookup.get(edge.source);
        const targetNode = s.nodeLookup.get(edge.target);
        if (!sourceNode || !targetNode) continue;
        if (!isEdgeVisible({ sourceNode, targetNode, ...view })) continue;
        const at = getEdgePosition({ id: edge.id, sourceNode, targetNode, sourceHandle: null, targetHandle: null, connectionMode: s.connectionMode });
        if (at) out.push({ edge, sx: at.sourceX, sy: at.sourceY, tx: at.targetX, ty: at.targetY });
      }
      return out;
    },
    [edges],
  );
  const placed = useStore(select, samePlaced);
  const describedBy = useStore(selectDescribedBy);
  return (
    <ViewportPortal>
      <svg className="relation-layer" data-testid="relation-layer" data-edges={placed.length}>
        {placed.map((p) => (
          <LayerRelation key={p.edge.id} {...p} describedBy={describedBy} onContextMenu={onContextMenu} />
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const RelationLayer = memo(RelationLayerImpl);
