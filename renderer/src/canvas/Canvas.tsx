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
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { analyze } from '../../../shared/analysis';
import { compareScenarios } from '../../../shared/compare';
import { asNodeId } from '../../../shared/model/rules';
import type { NodeId, NodeKind, OrgEdge, OrgNode, Position, Scenario } from '../../../shared/model/types';
import { NODE_KINDS } from '../../../shared/model/types';
import { useAppStore, useServices } from '../app/context';
import { checkConnection } from '../store/edit';
import { selectAnalysedScenario, selectScenario, selectShowGrid, selectSnap } from '../store/selectors';
import { useResolvedTheme } from '../settings/theme';
import type { AppStore } from '../store';
import type { AppState } from '../store/types';
import { DragOverlay, FlowEdgeCache, FlowNodeCache, ghostEdges, ghostNodes, GHOST_PREFIX, hubCounts, risksByNode, type NodeDiff, type OrgFlowEdge, type OrgFlowNode } from './flow';
import { OrgEdgeView } from './OrgEdgeView';
import { OrgNodeView } from './OrgNodeView';
import { EdgeMarkers } from './EdgeMarkers';
import { DetailLevel, mapBounds, opensFar, opensTiny, TINY_ZOOM, useDetail, useMostlyInView } from './detail';
import { EdgeSketch, NodeSketch } from './SketchLayers';
import { FAR_BOX, splitForSketch } from './sketch';
import { Overview } from './Overview';
import { edgeName, useCanvasNames } from './names';
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
  const analysed = useAppStore(selectAnalysedScenario);
  const selection = useAppStore(useShallow(selectSelection));
  const snap = useAppStore(selectSnap);
  const showGrid = useAppStore(selectShowGrid);
  const colorMode = useResolvedTheme();
  const analysis = analyze(analysed);

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
  useEffect(() => {
    const { loadCount, scenarioId } = store.getState();
    const prev = shown.current;
    // The viewport has not moved yet: it is still the one of the scenario shown before.
    if (prev && prev.load === loadCount) viewports.current.set(prev.scenario, flow.getViewport());
    else viewports.current.clear();
    shown.current = { load: loadCount, scenario: scenarioId };
    const saved = viewports.current.get(scenarioId);
    if (saved) void flow.setViewport(saved);
    // React Flow queues the fit until the new nodes are measured.
    else if (selectScenario(store.getState()).nodes.length > 0) void flow.fitView(LOAD_FIT);
    // An empty map starts at 100 %, not at the zoom the previous map was left at.
    else void flow.setViewport(DEFAULT_VIEWPORT);
  }, [viewKey, flow, store]);

  // Comparing: mark what was added or changed since `from`, and ghost what was removed.
  const compareFrom = useAppStore(selectCompareFrom);
  const comparison = useMemo(() => (compareFrom ? compareScenarios(compareFrom, analysed) : null), [compareFrom, analysed]);
  const diffs = useMemo(() => {
    if (!comparison) return undefined;
    const map = new Map<string, NodeDiff>();
    for (const id of comparison.nodes.added) map.set(id, 'added');
    for (const change of comparison.nodes.changed) map.set(change.to, 'changed');
    return map;
  }, [comparison]);
  const removedKey = comparison ? comparison.nodes.removed.join('\u0000') : '';
  const ghosts = useMemo(() => {
    if (!compareFrom || removedKey === '') return NO_GHOSTS;
    const removed = new Set(removedKey.split('\u0000'));
    return ghostNodes(compareFrom.nodes.filter((n: OrgNode) => removed.has(n.id)));
  }, [compareFrom, removedKey]);

  // Keyed on the edges array: a node move keeps it (documentSlice.moveNodes), so drags skip these.
  const scenarioEdges = scenario.edges;
  const hubs = useMemo(() => hubCounts({ edges: scenarioEdges }), [scenarioEdges]);
  const riskMap = useMemo(() => risksByNode(analysis.risks), [analysis.risks]);
  const selectedNodes = useMemo(() => new Set<string>(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set<string>(selection.edges), [selection.edges]);
  // Screen-reader names in the user's language (names.ts): kind, label, hub, risks; a relation's ends.
  const { nodeNames, edgeNames } = useCanvasNames(scenario.nodes);
  const ownNodes = useMemo(
    () => nodeCache.derive(scenario, selectedNodes, hubs, riskMap, 0, diffs, nodeNames),
    [nodeCache, scenario, selectedNodes, hubs, riskMap, diffs, nodeNames],
  );
  const nodes = useMemo(() => (ghosts.length > 0 ? [...ghosts, ...ownNodes] : ownNodes), [ghosts, ownNodes]);
  const shownNodes = useMemo(() => dragOverlay.apply(nodes, dragged), [dragOverlay, nodes, dragged]);
  const edgeDiffs = useMemo(() => {
    if (!comparison) return undefined;
    const map = new Map<string, NodeDiff>();
    for (const edge of comparison.edges.added) map.set(edge.id, 'added');
    for (const change of comparison.edges.changed) map.set(change.to, 'changed');
    return map;
  }, [comparison]);
  const ownEdges = useMemo(
    () => edgeCache.derive({ edges: scenarioEdges }, selectedEdges, edgeNames, edgeDiffs),
    [edgeCache, scenarioEdges, selectedEdges, edgeNames, edgeDiffs],
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
  const bounds = useMemo(() => (detail.tiny ? mapBounds(scenario.nodes, FAR_BOX) : null), [detail.tiny, scenario.nodes]);
  // Held while the view moves: a pan across the line would mount or unmount thousands of nodes at once.
  const mostlyInView = useMostlyInView(bounds, detail.moving);
  // Zoomed out below TINY_ZOOM most relations are sketched in one layer, not drawn as React Flow edges.
  const split = useMemo(() => (detail.tiny ? splitForSketch(edges) : null), [detail.tiny, edges]);
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('flow.moved', { direction: t(`flow.direction.${direction}`, { defaultValue: direction }), x, y }),
      'edge.a11yDescription.default': t('flow.edgeHelp'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('cmd.view.zoomIn'),
      'controls.zoomOut.ariaLabel': t('cmd.view.zoomOut'),
      'controls.fitView.ariaLabel': t('cmd.view.fitView'),
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
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
    gestureFrom.current = event ? viewport : null;
  }, []);
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
    if (!movingRef.current) return;
    movingRef.current = false;
    setMoving(false);
  }, []);
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
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <EdgeMarkers />
      <DetailLevel detail={detail}>
        <ReactFlow<OrgFlowNode, OrgFlowEdge>
          nodes={shownNodes}
          edges={split ? split.kept : edges}
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
          minZoom={0.05}
          maxZoom={3}
          proOptions={PRO_OPTIONS}
          aria-label={t('canvas.label')}
          ariaLabelConfig={ariaLabelConfig}
          colorMode={colorMode}
        >
          {showGrid && <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />}
          {split && <EdgeSketch edges={split.sketched} nodes={scenario.nodes} ghosts={ghosts} dragged={dragged} />}
          {detail.moving && <NodeSketch nodes={nodes} />}
          <Overview colors={MINIMAP_COLORS} ariaLabel={t('flow.minimap')} paused={dragged !== null && nodes.length > LIVE_MINIMAP_NODES} />
          <ZoomControls />
        </ReactFlow>
      </DetailLevel>
    </div>
  );
}
