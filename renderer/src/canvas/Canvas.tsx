import { Background, BackgroundVariant, ConnectionMode, ReactFlow, useReactFlow } from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_COLORS } from '../../../shared/look/palette';
import { useAppStore, useServices } from '../ui/context';
import { selectScenario, selectShowGrid, selectSnap } from '../store/selectors';
import { useResolvedTheme } from '../settings/theme';
import { NO_EDGES, NO_NODES, type OrgFlowEdge, type OrgFlowNode } from './flow';
import { OrgEdgeView } from './OrgEdgeView';
import { OrgNodeView } from './OrgNodeView';
import { DetailLevel, opensFar, opensTiny } from './detail';
import { EdgeSketch, NodeSketch } from './SketchLayers';
import { RelationLayer } from './RelationLayer';
import { Overview } from './Overview';
import { useAnalysis } from '../analysis/useAnalysis';
import { CanvasRouter, RoutingContext } from './routing';
import { ZoomControls } from './ZoomControls';
import { useContextMenuHandlers } from './contextMenuHandlers';
import { useCompareOverlay } from './useCompareOverlay';
import { useConnect } from './useConnect';
import { useDrag } from './useDrag';
import { useEdgeChanges } from './useEdgeChanges';
import { useFlowAriaLabels } from './useFlowAriaLabels';
import { useFlowElements } from './useFlowElements';
import { useNodeChanges } from './useNodeChanges';
import { GRID, usePaletteDrop } from './usePaletteDrop';
import { useSketchFirst } from './useSketchFirst';
import { useViewGesture } from './useViewGesture';
import { DEFAULT_VIEWPORT, useViewportMemory } from './useViewportMemory';

export { addFromPalette, defaultLabel, GRID, PALETTE_MIME } from './usePaletteDrop';

/** Module-level so React Flow never sees new type maps (it would remount every node). */
const nodeTypes = { org: OrgNodeView };
const edgeTypes = { org: OrgEdgeView };

const DELETE_KEYS = ['Backspace', 'Delete'];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const SNAP_GRID: [number, number] = [GRID, GRID];
const PRO_OPTIONS = { hideAttribution: true };

/** Up to this many nodes the minimap follows a drag frame by frame; a bigger map's catches up at the drop. */
const LIVE_MINIMAP_NODES = 2000;

/**
 * The map on the canvas: React Flow fed from the store, one hook per job (issue 19, P5 step 1):
 * what is sketched first and how the view is framed (useSketchFirst, useViewportMemory), the
 * comparison's marks and ghosts (useCompareOverlay), the nodes and edges (useFlowElements), React
 * Flow's changes, connections and drags as store actions (useNodeChanges, useEdgeChanges,
 * useConnect, useDrag), the user's pans and zooms (useViewGesture) and drops from the palette
 * (usePaletteDrop).
 */
export function Canvas() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const flow = useReactFlow<OrgFlowNode, OrgFlowEdge>();
  const scenario = useAppStore(selectScenario);
  const contextMenu = useContextMenuHandlers(store);
  /** A big map opens zoomed out: render it plainly from the start (see DetailLevel). */
  const [initialFar] = useState(() => opensFar(scenario.nodes));
  const [initialTiny] = useState(() => opensTiny(scenario.nodes));
  // Edge routing around the boxes (routing.ts): the index follows the document, not a drag's frames.
  const [router] = useState(() => new CanvasRouter());
  const { detail, routeEpoch, onMoveStart, onMove, onMoveEnd } = useViewGesture(store, router, initialFar, initialTiny);
  const analysed = useAppStore(store.selectAnalysedScenario);
  const snap = useAppStore(selectSnap);
  const showGrid = useAppStore(selectShowGrid);
  const colorMode = useResolvedTheme();
  // Null until a big map's sketch is painted (analysisGate.ts): no risk marks in that first frame.
  const analysis = useAnalysis();
  const { dragged, startDrag, stopDrag } = useDrag(store);
  const canvasRef = useRef<HTMLDivElement>(null);
  const view = useSketchFirst(store, scenario.nodes.length);
  const { sketchFirst } = view;
  useViewportMemory(store, flow, canvasRef, view);
  const overlay = useCompareOverlay(analysed, t);
  const { nodeCache, nodes, shownNodes, edges, routing, mostlyInView, split, layerSplit, firstSketch } = useFlowElements({
    scenario,
    analysis,
    overlay,
    sketchFirst,
    dragged,
    router,
    routeEpoch,
    detail,
  });
  const ariaLabelConfig = useFlowAriaLabels(t);
  // Translated once per language, not in every drag frame's render.
  const labels = useMemo(() => ({ canvas: t('canvas.label'), minimap: t('flow.minimap') }), [t]);
  const { onNodesChange, onDelete } = useNodeChanges(store, nodeCache);
  const { onEdgesChange, onSelectionEnd } = useEdgeChanges(store);
  const { isValidConnection, onConnect, onConnectEnd } = useConnect(store);
  const { onDragOver, onDrop } = usePaletteDrop(store, flow, t);

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
            aria-label={labels.canvas}
            ariaLabelConfig={ariaLabelConfig}
            colorMode={colorMode}
          >
            {showGrid && <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />}
            {firstSketch ? (
              <EdgeSketch edges={firstSketch} nodes={scenario.nodes} ghosts={overlay.ghosts} dragged={dragged} />
            ) : (
              split && <EdgeSketch edges={split.sketched} nodes={scenario.nodes} ghosts={overlay.ghosts} dragged={dragged} />
            )}
            {layerSplit && <RelationLayer edges={layerSplit.layered} onContextMenu={contextMenu.onEdgeContextMenu} />}
            {(detail.moving || sketchFirst) && <NodeSketch nodes={nodes} />}
            <Overview colors={KIND_COLORS} ariaLabel={labels.minimap} paused={dragged !== null && nodes.length > LIVE_MINIMAP_NODES} />
            <ZoomControls />
          </ReactFlow>
        </RoutingContext.Provider>
      </DetailLevel>
    </div>
  );
}
