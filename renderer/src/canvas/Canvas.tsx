import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnDelete,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { compareScenarios } from '../../../shared/compare';
import { asNodeId } from '../../../shared/model/rules';
import type { Risk } from '../../../shared/analysis/types';
import type { NodeId, NodeKind, OrgEdge, OrgNode, Position, Scenario } from '../../../shared/model/types';
import { NODE_KINDS } from '../../../shared/model/types';
import { useAppStore, useServices } from '../ui/context';
import { checkConnection } from '../store/edit';
import { selectScenario, selectShowGrid, selectSnap } from '../store/selectors';
import { useResolvedTheme } from '../settings/theme';
import type { AppStore } from '../store';
import type { AppState } from '../store/types';
import { DragOverlay, FlowEdgeCache, FlowNodeCache, ghostEdges, ghostNodes, GHOST_PREFIX, hubCounts, risksByNode, type OrgFlowEdge, type OrgFlowNode } from './flow';
import { compareMarks } from '../compare/compareMarks';
import { OrgEdgeView } from './OrgEdgeView';
import { OrgNodeView } from './OrgNodeView';
import { DetailLevel, guessFit, mapBounds, opensFar, opensTiny, TINY_ZOOM, useDetail, useMostlyInView } from './detail';
import { EdgeSketch, NodeSketch } from './SketchLayers';
import { RelationLayer } from './RelationLayer';
import { splitForLayer } from './layer';
import { FAR_BOX, splitForSketch } from './sketch';
import { Overview } from './Overview';
import { edgeName, useCanvasNames } from './names';
import { showSketchFirst, trackReadiness } from './ready';
import { registerCanvas, releaseAnalysis, SKETCH_FIRST_NODES } from '../analysis/analysisGate';
import { useAnalysis } from '../analysis/useAnalysis';
import { CanvasRouter, LIVE_ROUTES, RoutingContext, type Routing } from './routing';
import { ZoomControls } from './ZoomControls';
import { useContextMenuHandlers } from './contextMenuHandlers';

/** Module-level so React Flow never sees new type maps (it would remount every node). */
const nodeTypes = { org: OrgNodeView };
const edgeTypes = { org: OrgEdgeView };

export const GRID = 16;
export const PALETTE_MIME = 'application/x-orgmap-kind';
const DELETE_KEYS = ['Backspace', 'Delete'];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const SNAP_GRID: [number, number] = [GRID, GRID];
const PRO_OPTIONS = { hideAttribution: true };
/**
 * No `fitView` prop: on an empty map it would zoom onto the first node dropped. Instead the canvas
 * frames the map when it mounts, when a map is loaded and when the scenario changes.
 */
const DEFAULT_VIEWPORT = { x: 0, y: 0, zoom: 1 };
const LOAD_FIT = { padding: 0.15, maxZoom: 1.2 };

/** Up to this many nodes the minimap follows a drag frame by frame; a bigger map's catches up at the drop. */
const LIVE_MINIMAP_NODES = 2000;

/**
 * From this many nodes a map just loaded (or a scenario just shown) is first painted as a sketch of
 * the whole map (NodeSketch, EdgeSketch: a few paths), and React Flow gets its nodes only after
 * that paint: the map is on screen (`data-ready=visible`) long before thousands of nodes are
 * rendered, measured and framed (`interactive`). SKETCH_FIRST_NODES lives in analysis/analysisGate.ts:
 * the analysis of such a map waits for that paint too.
 */
const NO_NODES: OrgFlowNode[] = [];
const NO_EDGES: OrgFlowEdge[] = [];
const NO_RISKS: readonly Risk[] = [];

const selectViewKey = (s: AppState) => `${s.loadCount}\u0000${s.scenarioId}`;

const MINIMAP_COLORS: Readonly<Record<NodeKind, string>> = {
  department: '#f59e0b',
  unit: '#0ea5e9',
  team: '#6366f1',
  employees: '#14b8a6',
  account: '#64748b',
};

const selectSelection = (s: AppState) => ({ nodes: s.selectedNodeIds, edges: s.selectedEdgeIds });

/** While comparing with the `to` scenario on the canvas: the `from` scenario, else null. */
const selectCompareFrom = (s: AppState): Scenario | null => {
  const c = s.compare;
  if (!c || c.to !== s.scenarioId) return null;
  return s.document.scenarios.find((x) => x.id === c.from) ?? null;
};

const NO_GHOSTS: OrgFlowNode[] = [];
const NO_GHOST_EDGES: OrgFlowEdge[] = [];

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

export function Canvas() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const flow = useReactFlow<OrgFlowNode, OrgFlowEdge>();
  const scenario = useAppStore(selectScenario);
  const contextMenu = useContextMenuHandlers(store);
  /** A big map opens zoomed out: render it plainly from the start (see DetailLevel). */
  const [initialFar] = useState(() => opensFar(scenario.nodes));
  const [initialTiny] = useState(() => opensTiny(scenario.nodes));
  /** The view is being moved by the user (a pan or a zoom), from React Flow's onMoveStart to onMoveEnd. */
  const [moving, setMoving] = useState(false);
  const movingRef = useRef(false);
  const detail = useDetail(initialFar, initialTiny, moving);
  const analysed = useAppStore(store.selectAnalysedScenario);
  const selection = useAppStore(useShallow(selectSelection));
  const snap = useAppStore(selectSnap);
  const showGrid = useAppStore(selectShowGrid);
  const colorMode = useResolvedTheme();
  // Null until a big map's sketch is painted (analysisGate.ts): no risk marks in that first frame.
  const analysis = useAnalysis();

  const [nodeCache] = useState(() => new FlowNodeCache());
  const [edgeCache] = useState(() => new FlowEdgeCache());
  const dragSeq = useRef(0);
  /**
   * Where the nodes being dragged are, until the drop: a drag frame changes only this (and React
   * Flow's nodes through DragOverlay); the document gets the positions once, at the drop.
   */
  const [dragged, setDragged] = useState<ReadonlyMap<NodeId, Position> | null>(null);
  const draggedRef = useRef<ReadonlyMap<NodeId, Position> | null>(null);
  const [dragOverlay] = useState(() => new DragOverlay());

  const viewKey = useAppStore(selectViewKey);
  /** Each scenario's last viewport, so switching tabs back and forth keeps where the user was. */
  const viewports = useRef(new Map<string, Viewport>());
  const shown = useRef<{ load: number; scenario: string } | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const flowStore = useStoreApi<OrgFlowNode, OrgFlowEdge>();
  /** The view whose nodes React Flow has; until then a big map is only sketched (SKETCH_FIRST_NODES). */
  const [released, setReleased] = useState<string | null>(null);
  const sketchFirst = released !== viewKey && scenario.nodes.length >= SKETCH_FIRST_NODES;
  const sketchedView = useRef<string | null>(null);
  // A big map just loaded: framed from its positions before React Flow renders its nodes (guessFit).
  useLayoutEffect(() => {
    if (shown.current?.load === store.getState().loadCount) return; // a scenario switch
    const guess = guessFit(selectScenario(store.getState()).nodes, flowStore.getState(), LOAD_FIT);
    if (guess) void flow.setViewport(guess);
  }, [viewKey, flow, store, flowStore]);
  useEffect(() => {
    const { loadCount, scenarioId } = store.getState();
    const prev = shown.current;
    // Run again for the same view when a sketched map is handed to React Flow.
    if (prev?.load !== loadCount || prev.scenario !== scenarioId) {
      // The viewport has not moved yet: it is still the one of the scenario shown before.
      if (prev && prev.load === loadCount) viewports.current.set(prev.scenario, flow.getViewport());
      else viewports.current.clear();
      shown.current = { load: loadCount, scenario: scenarioId };
    }
    const saved = viewports.current.get(scenarioId);
    if (sketchFirst) {
      if (saved) void flow.setViewport(saved);
      sketchedView.current = viewKey;
      // data-ready: loading, then visible once the sketch is painted (ready.ts).
      return showSketchFirst(canvasRef.current, () => {
        // The map is visible: now its analysis, before React Flow gets the nodes (interactive no later).
        releaseAnalysis(store.analysisGate, viewKey);
        setReleased(viewKey);
      });
    }
    let framed: Promise<unknown>;
    if (saved) framed = flow.setViewport(saved);
    // React Flow queues the fit until the new nodes are measured.
    else if (selectScenario(store.getState()).nodes.length > 0) framed = flow.fitView(LOAD_FIT);
    // An empty map starts at 100 %, not at the zoom the previous map was left at.
    else framed = flow.setViewport(DEFAULT_VIEWPORT);
    // data-ready on the canvas element, for harnesses that time opening (ready.ts).
    return trackReadiness(canvasRef.current, framed, sketchedView.current === viewKey);
  }, [viewKey, flow, store, sketchFirst]);

  // Comparing: mark what was added or changed since `from`, and ghost what was removed.
  const compareFrom = useAppStore(selectCompareFrom);
  const comparison = useMemo(() => (compareFrom ? compareScenarios(compareFrom, analysed) : null), [compareFrom, analysed]);
  const marks = useMemo(() => (comparison ? compareMarks(comparison, 'to') : undefined), [comparison]);
  const diffs = marks?.nodes;
  const removedKey = comparison ? comparison.nodes.removed.join('\u0000') : '';
  const ghosts = useMemo(() => {
    if (!compareFrom || removedKey === '') return NO_GHOSTS;
    const removed = new Set(removedKey.split('\u0000'));
    return ghostNodes(compareFrom.nodes.filter((n: OrgNode) => removed.has(n.id)));
  }, [compareFrom, removedKey]);

  // Keyed on the edges array: a node move keeps it (documentSlice.moveNodes), so drags skip these.
  const scenarioEdges = scenario.edges;
  const hubs = useMemo(() => hubCounts({ edges: scenarioEdges }), [scenarioEdges]);
  const risks = analysis?.risks ?? NO_RISKS;
  const riskMap = useMemo(() => risksByNode(risks), [risks]);
  useEffect(() => registerCanvas(store.analysisGate), [store]);
  // Edge routing around the boxes (routing.ts): the index follows the document, not a drag's frames.
  const [router] = useState(() => new CanvasRouter());
  // Bumped when a move of the view ends with relations drawn as plain elbows (CanvasRouter.hurry).
  const [routeEpoch, setRouteEpoch] = useState(0);
  router.sync(scenario.nodes, hubs);
  const selectedNodes = useMemo(() => new Set<string>(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set<string>(selection.edges), [selection.edges]);
  // Screen-reader names in the user's language (names.ts): kind, label, hub, risks; a relation's ends.
  const { nodeNames, edgeNames } = useCanvasNames(scenario.nodes);
  const ownNodes = useMemo(
    // Sketching first, no accessible names yet: the sketch has none, and thousands of them (i18next)
    // would hold up the frame that first shows the map.
    () => nodeCache.derive(scenario, selectedNodes, hubs, riskMap, 0, diffs, sketchFirst ? undefined : nodeNames),
    [nodeCache, scenario, selectedNodes, hubs, riskMap, diffs, nodeNames, sketchFirst],
  );
  const nodes = useMemo(() => (ghosts.length > 0 ? [...ghosts, ...ownNodes] : ownNodes), [ghosts, ownNodes]);
  const shownNodes = useMemo(() => dragOverlay.apply(nodes, dragged), [dragOverlay, nodes, dragged]);
  const edgeDiffs = marks?.edges;
  const ownEdges = useMemo(
    () => edgeCache.derive({ edges: scenarioEdges }, selectedEdges, sketchFirst ? undefined : edgeNames, edgeDiffs),
    [edgeCache, scenarioEdges, selectedEdges, edgeNames, edgeDiffs, sketchFirst],
  );
  // The removed relations and where their ends are on the canvas: the ghosts change only with it.
  const removedEdgesKey = comparison
    ? comparison.edges.removed.map((e) => `${e.id}>${comparison.nodes.fromToTo.get(e.source) ?? ''}>${comparison.nodes.fromToTo.get(e.target) ?? ''}`).join('\u0000')
    : '';
  const ghostEdgeList = useMemo(() => {
    if (!compareFrom || !comparison || removedEdgesKey === '') return NO_GHOST_EDGES;
    const fromToTo = comparison.nodes.fromToTo;
    const fromLabels = new Map(compareFrom.nodes.map((n) => [n.id, n.label] as const));
    const removedName = (edge: OrgEdge) => t('editor.removedEdge', { name: edgeName(t, edge, (id) => fromLabels.get(id) || t('node.noLabel')) });
    return ghostEdges(comparison.edges.removed, (id) => fromToTo.get(id) ?? `${GHOST_PREFIX}${id}`, removedName);
    // Rebuilt only when the set of removed relations changes, not on every edit of `to`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compareFrom, removedEdgesKey, t]);
  const edges = useMemo(() => (ghostEdgeList.length > 0 ? [...ghostEdgeList, ...ownEdges] : ownEdges), [ghostEdgeList, ownEdges]);
  // A drag of nodes with many relations (a hub and its region) draws them as plain elbows until the drop.
  const draggedKey = dragged ? [...dragged.keys()].join('\u0000') : '';
  const routing = useMemo<Routing>(() => {
    if (draggedKey === '') return { router, plainFor: null, epoch: routeEpoch };
    const ids = new Set(draggedKey.split('\u0000'));
    let count = 0;
    for (const e of scenarioEdges) if (ids.has(e.source) || ids.has(e.target)) count += 1;
    return { router, plainFor: count > LIVE_ROUTES ? ids : null, epoch: routeEpoch, dragged: ids };
  }, [router, draggedKey, scenarioEdges, routeEpoch]);
  const bounds = useMemo(() => (detail.tiny ? mapBounds(scenario.nodes, FAR_BOX) : null), [detail.tiny, scenario.nodes]);
  // Held while the view moves: a pan across the line would mount or unmount thousands of nodes at once.
  const mostlyInView = useMostlyInView(bounds, detail.moving);
  // Zoomed out below TINY_ZOOM most relations are sketched in one layer, not drawn as React Flow edges.
  const split = useMemo(() => (detail.tiny ? splitForSketch(edges) : null), [detail.tiny, edges]);
  // At full detail the plain relations are drawn in one shared layer, not as React Flow edges (layer.ts).
  const layerSplit = useMemo(
    () => (detail.far || detail.tiny || sketchFirst ? null : splitForLayer(edges, routing.dragged)),
    [detail.far, detail.tiny, sketchFirst, edges, routing.dragged],
  );
  // Sketching first: every relation (none is marked on a map just shown).
  const firstSketch = useMemo(() => (sketchFirst ? (split ?? splitForSketch(edges)).sketched : null), [sketchFirst, split, edges]);
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('flow.moved', { direction: t(`flow.direction.${direction}`, { defaultValue: direction }), x, y }),
      'edge.a11yDescription.default': t('flow.edgeHelp'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('commands:view.zoomIn'),
      'controls.zoomOut.ariaLabel': t('commands:view.zoomOut'),
      'controls.fitView.ariaLabel': t('commands:view.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<OrgFlowNode>[]) => {
      const state = store.getState();
      const moves = new Map<NodeId, Position>();
      let dragMoves: Map<NodeId, Position> | null = null;
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if ('id' in change && change.id.startsWith(GHOST_PREFIX)) continue;
        if (change.type === 'position' && change.position) {
          // A drag frame: held on the canvas until the drop. A drop or a keyboard nudge: an edit.
          if (change.dragging) (dragMoves ??= new Map(draggedRef.current ?? [])).set(asNodeId(change.id), change.position);
          else moves.set(asNodeId(change.id), change.position);
        }
        else if (change.type === 'dimensions' && change.dimensions) {
          // Kept for the next object of that node: React Flow keeps a measured size itself while it
          // gets the same node object, so a size is no reason to rebuild the map's nodes (on a big
          // map, nodes newly in view at full detail are measured in every pan frame).
          nodeCache.setSize(asNodeId(change.id), change.dimensions.width, change.dimensions.height);
        } else if (change.type === 'select') {
          selected ??= new Set<string>(state.selectedNodeIds);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
        // 'remove' is handled by onDelete, so nodes and their edges go in ONE undo step.
      }
      if (dragMoves) {
        draggedRef.current = dragMoves;
        setDragged(dragMoves);
      }
      if (moves.size) {
        // The drop: every node the drag moved, in ONE edit (one undo step).
        const held = draggedRef.current;
        const all = held ? new Map([...held, ...moves]) : moves;
        draggedRef.current = null;
        setDragged(null);
        state.moveNodes(all, { group: state.dragging ? `drag:${dragSeq.current}` : 'nudge' });
      }
      if (selected) state.select([...selected].map(asNodeId), state.selectedEdgeIds);
    },
    [store, nodeCache],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<OrgFlowEdge>[]) => {
      const state = store.getState();
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'select') {
          selected ??= new Set<string>(state.selectedEdgeIds);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (selected) {
        const ids = selectScenario(state).edges.filter((e) => selected.has(e.id)).map((e) => e.id);
        state.select(state.selectedNodeIds, ids);
      }
    },
    [store],
  );

  const onDelete: OnDelete<OrgFlowNode, OrgFlowEdge> = useCallback(
    ({ nodes: gone, edges: goneEdges }) => {
      const scenarioNow = selectScenario(store.getState());
      const edgeIds = scenarioNow.edges.filter((e) => goneEdges.some((g) => g.id === e.id)).map((e) => e.id);
      store.getState().removeElements(
        gone.map((n) => asNodeId(n.id)),
        edgeIds,
      );
    },
    [store],
  );

  // A box selection selects the relations of the nodes in the box (React Flow's rule); those drawn
  // in the relation layer are not React Flow's edges, so they are added here when the box is let go.
  const onSelectionEnd = useCallback(() => {
    const state = store.getState();
    if (state.selectedNodeIds.length === 0) return;
    const inBox = new Set<string>(state.selectedNodeIds);
    const touching = selectScenario(state).edges.filter((e) => inBox.has(e.source) || inBox.has(e.target)).map((e) => e.id);
    if (touching.some((id) => !state.selectedEdgeIds.includes(id))) state.select(state.selectedNodeIds, touching, 'add');
  }, [store]);

  const isValidConnection = useCallback(
    (c: Connection | OrgFlowEdge) => checkConnection(selectScenario(store.getState()), asNodeId(c.source), asNodeId(c.target)).ok,
    [store],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      const result = store.getState().connect(asNodeId(c.source), asNodeId(c.target));
      if (!result.ok) store.getState().showRefusal(result);
    },
    [store],
  );

  /** A drop on a handle the rules refuse: say why instead of silently doing nothing. */
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode || !state.fromHandle) return;
      const fromIsSource = state.fromHandle.type === 'source';
      const source = asNodeId(fromIsSource ? state.fromNode.id : state.toNode.id);
      const target = asNodeId(fromIsSource ? state.toNode.id : state.fromNode.id);
      const check = checkConnection(selectScenario(store.getState()), source, target);
      if (!check.ok) store.getState().showRefusal(check);
    },
    [store],
  );

  const startDrag = useCallback(() => {
    dragSeq.current += 1;
    store.getState().setDragging(true);
  }, [store]);
  const stopDrag = useCallback(() => {
    // React Flow reports the drop's positions first; whatever it did not is committed here.
    const held = draggedRef.current;
    if (held) {
      draggedRef.current = null;
      setDragged(null);
      store.getState().moveNodes(held, { group: `drag:${dragSeq.current}` });
    }
    store.getState().setDragging(false);
  }, [store]);

  // Zoomed out below TINY_ZOOM, a pan or zoom by the user shows the node sketch in place of React
  // Flow's nodes (see NodeSketch) once the view has actually moved (a click on the pane starts a
  // gesture too), and not while a node is dragged or a connection drawn (their nodes must stay).
  // Skipped content cannot hold the keyboard focus: a node that had it gets it back when the move
  // ends, if it is still in view (React Flow would pan back to a focused node out of view).
  const rf = useStoreApi<OrgFlowNode, OrgFlowEdge>();
  const gestureFrom = useRef<Viewport | null>(null);
  const focusBeforeMove = useRef<HTMLElement | null>(null);
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      gestureFrom.current = event ? viewport : null;
      // By hand: relations coming into view skip the grid search until the move ends (routing.ts).
      if (event) router.hurry(true);
    },
    [router],
  );
  const onMove = useCallback(
    (_event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      const from = gestureFrom.current;
      if (!from || viewport.zoom >= TINY_ZOOM || movingRef.current) return;
      if (from.x === viewport.x && from.y === viewport.y && from.zoom === viewport.zoom) return;
      if (draggedRef.current || store.getState().dragging || rf.getState().connection.inProgress) return;
      const active = document.activeElement;
      focusBeforeMove.current = active instanceof HTMLElement && active.closest('.react-flow__nodes') ? active : null;
      movingRef.current = true;
      setMoving(true);
    },
    [rf, store],
  );
  const onMoveEnd = useCallback(() => {
    gestureFrom.current = null;
    if (router.hurry(false)) setRouteEpoch((n) => n + 1);
    if (!movingRef.current) return;
    movingRef.current = false;
    setMoving(false);
  }, [router]);
  useEffect(() => {
    if (detail.moving) return;
    const node = focusBeforeMove.current;
    focusBeforeMove.current = null;
    if (!node?.isConnected || document.activeElement === node) return;
    const box = node.getBoundingClientRect();
    const pane = rf.getState().domNode?.getBoundingClientRect();
    if (pane && box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom) node.focus({ preventScroll: true });
  }, [detail.moving, rf]);

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

  return (
    <div ref={canvasRef} className="canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <DetailLevel detail={detail}>
        <RoutingContext.Provider value={routing}>
          <ReactFlow<OrgFlowNode, OrgFlowEdge>
            nodes={sketchFirst ? NO_NODES : shownNodes}
            edges={sketchFirst ? NO_EDGES : split ? split.kept : layerSplit ? layerSplit.kept : edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onDelete={onDelete}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            onNodeDragStart={startDrag}
            onNodeDragStop={stopDrag}
            onSelectionDragStart={startDrag}
            onSelectionDragStop={stopDrag}
            onSelectionEnd={onSelectionEnd}
            onNodeContextMenu={contextMenu.onNodeContextMenu}
            onEdgeContextMenu={contextMenu.onEdgeContextMenu}
            onPaneContextMenu={contextMenu.onPaneContextMenu}
            onSelectionContextMenu={contextMenu.onSelectionContextMenu}
            connectionMode={ConnectionMode.Strict}
            deleteKeyCode={DELETE_KEYS}
            multiSelectionKeyCode={MULTI_KEYS}
            selectionKeyCode="Shift"
            snapToGrid={snap}
            snapGrid={SNAP_GRID}
            // Zoomed out below TINY_ZOOM with most of the map in view, finding the visible nodes on
            // every frame of a pan costs more than it saves (useMostlyInView).
            onlyRenderVisibleElements={!(detail.tiny && mostlyInView)}
            onMoveStart={onMoveStart}
            onMove={onMove}
            onMoveEnd={onMoveEnd}
            defaultViewport={DEFAULT_VIEWPORT}
            // Low enough to frame a 20,000-node map in the canvas between the side panels.
            minZoom={0.01}
            maxZoom={3}
            proOptions={PRO_OPTIONS}
            aria-label={t('canvas.label')}
            ariaLabelConfig={ariaLabelConfig}
            colorMode={colorMode}
          >
            {showGrid && <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />}
            {firstSketch ? (
              <EdgeSketch edges={firstSketch} nodes={scenario.nodes} ghosts={ghosts} dragged={dragged} />
            ) : (
              split && <EdgeSketch edges={split.sketched} nodes={scenario.nodes} ghosts={ghosts} dragged={dragged} />
            )}
            {layerSplit && <RelationLayer edges={layerSplit.layered} onContextMenu={contextMenu.onEdgeContextMenu} />}
            {(detail.moving || sketchFirst) && <NodeSketch nodes={nodes} />}
            <Overview colors={MINIMAP_COLORS} ariaLabel={t('flow.minimap')} paused={dragged !== null && nodes.length > LIVE_MINIMAP_NODES} />
            <ZoomControls />
          </ReactFlow>
        </RoutingContext.Provider>
      </DetailLevel>
    </div>
  );
}
