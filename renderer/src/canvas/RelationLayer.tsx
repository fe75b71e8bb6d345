import { useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import {
  elementSelectionKeys,
  getEdgePosition,
  isEdgeVisible,
  type ConnectionMode,
  type InternalNodeBase,
  type Transform,
} from '@xyflow/system';
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
  if (a === b) return true;
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

/** What the layer reads from React Flow's store to place its relations. */
export interface PlaceState {
  readonly nodeLookup: ReadonlyMap<string, InternalNodeBase>;
  readonly transform: Transform;
  readonly width: number;
  readonly height: number;
  readonly connectionMode: ConnectionMode;
}

const NOTHING_PLACED: readonly Placed[] = [];

/**
 * Which relations of the layer are in view and where their ends are, remembered between calls.
 * React Flow runs the layer's selector on every change of its store: every pan frame, and several
 * times in every drag frame, where the layer's relations do not move (those of the dragged nodes
 * are React Flow edges, layer.ts). React Flow replaces a node's internal object whenever its
 * position, size or handles change (adoptUserNodes, updateNodeInternals; a drag moves copies, and
 * updateAbsolutePositions writes back the same place for a node without a parent, which ours are),
 * so a relation whose two end objects and snapped view are the ones of the call before is
 * not tested (`isEdgeVisible`) or placed (`getEdgePosition`) again, and when nothing changed the
 * very same array is returned. O(edges) map look-ups per call; the tests and the placing only for
 * what changed (bench/trace-canvas.ts: this selector was most of the zoom-1 pan's script).
 */
export class LayerPlacer {
  private readonly sources: (InternalNodeBase | undefined)[] = [];
  private readonly targets: (InternalNodeBase | undefined)[] = [];
  private readonly shown: boolean[] = [];
  /** Where each relation's ends are: undefined until asked, null when React Flow cannot place it. */
  private readonly places: (Placed | null | undefined)[] = [];
  private viewKey = '';
  private mode: ConnectionMode | undefined;
  private last: readonly Placed[] = NOTHING_PLACED;

  constructor(
    private readonly edges: readonly OrgFlowEdge[],
    private readonly visible: typeof isEdgeVisible = isEdgeVisible,
    private readonly position: typeof getEdgePosition = getEdgePosition,
  ) {}

  place(s: PlaceState): readonly Placed[] {
    if (!s.width || !s.height) return (this.last = NOTHING_PLACED);
    const view = snappedView(s.transform, s.width, s.height);
    const viewKey = `${view.transform.join(',')},${view.width},${view.height}`;
    const sameView = viewKey === this.viewKey;
    this.viewKey = viewKey;
    if (s.connectionMode !== this.mode) {
      this.mode = s.connectionMode;
      this.sources.length = 0;
      this.targets.length = 0;
    }
    const out: Placed[] = [];
    let same = true;
    const last = this.last;
    const { edges, sources, targets, shown, places } = this;
    for (let i = 0; i < edges.length; i += 1) {
      const edge = edges[i];
      if (!edge) continue;
      const sourceNode = s.nodeLookup.get(edge.source);
      const targetNode = s.nodeLookup.get(edge.target);
      if (!sourceNode || !targetNode) {
        sources[i] = undefined;
        targets[i] = undefined;
        continue;
      }
      const moved = sourceNode !== sources[i] || targetNode !== targets[i];
      if (moved) {
        sources[i] = sourceNode;
        targets[i] = targetNode;
        const before = places[i];
        places[i] = before === undefined ? undefined : this.placeOf(edge, sourceNode, targetNode, s.connectionMode, before);
      }
      if (moved || !sameView) shown[i] = this.visible({ sourceNode, targetNode, ...view });
      if (!shown[i]) continue;
      let placed = places[i];
      if (placed === undefined) placed = places[i] = this.placeOf(edge, sourceNode, targetNode, s.connectionMode, null);
      if (!placed) continue;
      if (last[out.length] !== placed) same = false;
      out.push(placed);
    }
    if (same && out.length === last.length) return last;
    return (this.last = out);
  }

  /** The relation's ends where React Flow puts an edge's; `before` again if they did not move. */
  private placeOf(
    edge: OrgFlowEdge,
    sourceNode: InternalNodeBase,
    targetNode: InternalNodeBase,
    connectionMode: ConnectionMode,
    before: Placed | null,
  ): Placed | null {
    const at = this.position({ id: edge.id, sourceNode, targetNode, sourceHandle: null, targetHandle: null, connectionMode });
    if (!at) return null;
    if (before && before.sx === at.sourceX && before.sy === at.sourceY && before.tx === at.targetX && before.ty === at.targetY) return before;
    return { edge, sx: at.sourceX, sy: at.sourceY, tx: at.targetX, ty: at.targetY };
  }
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
  const placer = useMemo(() => new LayerPlacer(edges), [edges]);
  const select = useCallback((s: ReactFlowState) => placer.place(s), [placer]);
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
