import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AnalysisResult, Risk } from '../../../shared/analysis/types';
import type { NodeId, Position, Scenario } from '../../../shared/model/types';
import type { AppState } from '../store/types';
import { useAppStore } from '../ui/context';
import { mapBounds, useMostlyInView, type Detail } from './detail';
import { DragOverlay, FlowEdgeCache, FlowNodeCache, hubCounts, risksByNode, type OrgFlowEdge, type OrgFlowNode } from './flow';
import { splitForLayer } from './layer';
import { useCanvasNames } from './names';
import { LIVE_ROUTES, type CanvasRouter, type Routing } from './routing';
import { FAR_BOX, splitForSketch } from './sketch';
import type { CompareOverlay } from './useCompareOverlay';

const NO_RISKS: readonly Risk[] = [];

const selectSelection = (s: AppState) => ({ nodes: s.selectedNodeIds, edges: s.selectedEdgeIds });

export interface FlowElementsInput {
  readonly scenario: Scenario;
  /** Null until a big map's sketch is painted (analysisGate.ts): no risk marks in that first frame. */
  readonly analysis: AnalysisResult | null;
  readonly overlay: CompareOverlay;
  readonly sketchFirst: boolean;
  /** Where the dragged nodes are until the drop (store `drag.moves`). */
  readonly dragged: ReadonlyMap<NodeId, Position> | null;
  readonly router: CanvasRouter;
  readonly routeEpoch: number;
  readonly detail: Detail;
}

export interface FlowElements {
  /** The node cache: onNodesChange keeps measured sizes in it. */
  readonly nodeCache: FlowNodeCache;
  /** The map's nodes and the compare ghosts, as the document has them. */
  readonly nodes: OrgFlowNode[];
  /** `nodes` with the dragged nodes where the drag holds them: what React Flow gets. */
  readonly shownNodes: OrgFlowNode[];
  /** The relations and the compare ghosts. */
  readonly edges: OrgFlowEdge[];
  readonly routing: Routing;
  /** Zoomed out below TINY_ZOOM with most of the map in view (useMostlyInView). */
  readonly mostlyInView: boolean;
  /** Zoomed out below TINY_ZOOM: the relations sketched in one layer, and those kept as React Flow edges. */
  readonly split: ReturnType<typeof splitForSketch> | null;
  /** At full detail: the plain relations drawn in one shared layer (layer.ts), and those kept. */
  readonly layerSplit: ReturnType<typeof splitForLayer> | null;
  /** Sketching first: every relation (none is marked on a map just shown). */
  readonly firstSketch: ReturnType<typeof splitForSketch>['sketched'] | null;
}

/**
 * The React Flow nodes and edges of the scenario: built by the caches of flow.ts (a node keeps its
 * object while nothing it shows changes), with accessible names (names.ts), risks, hubs, compare
 * marks and ghosts, the drag overlay, and the routing of relations (routing.ts).
 */
export function useFlowElements({ scenario, analysis, overlay, sketchFirst, dragged, router, routeEpoch, detail }: FlowElementsInput): FlowElements {
  const selection = useAppStore(useShallow(selectSelection));
  const [nodeCache] = useState(() => new FlowNodeCache());
  const [edgeCache] = useState(() => new FlowEdgeCache());
  const [dragOverlay] = useState(() => new DragOverlay());
  const { ghosts, ghostEdges, nodeDiffs, edgeDiffs } = overlay;

  // Keyed on the edges array: a node move keeps it (documentSlice.moveNodes), so drags skip these.
  const scenarioEdges = scenario.edges;
  const hubs = useMemo(() => hubCounts({ edges: scenarioEdges }), [scenarioEdges]);
  const risks = analysis?.risks ?? NO_RISKS;
  const riskMap = useMemo(() => risksByNode(risks), [risks]);
  // Edge routing around the boxes (routing.ts): the index follows the document, not a drag's frames.
  router.sync(scenario.nodes, hubs);
  const selectedNodes = useMemo(() => new Set<string>(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set<string>(selection.edges), [selection.edges]);
  // Screen-reader names in the user's language (names.ts): kind, label, hub, risks; a relation's ends.
  const { nodeNames, edgeNames } = useCanvasNames(scenario.nodes);
  const ownNodes = useMemo(
    // Sketching first, no accessible names yet: the sketch has none, and thousands of them (i18next)
    // would hold up the frame that first shows the map.
    () => nodeCache.derive(scenario, selectedNodes, hubs, riskMap, 0, nodeDiffs, sketchFirst ? undefined : nodeNames),
    [nodeCache, scenario, selectedNodes, hubs, riskMap, nodeDiffs, nodeNames, sketchFirst],
  );
  const nodes = useMemo(() => (ghosts.length > 0 ? [...ghosts, ...ownNodes] : ownNodes), [ghosts, ownNodes]);
  const shownNodes = useMemo(() => dragOverlay.apply(nodes, dragged), [dragOverlay, nodes, dragged]);
  const ownEdges = useMemo(
    () => edgeCache.derive({ edges: scenarioEdges }, selectedEdges, sketchFirst ? undefined : edgeNames, edgeDiffs),
    [edgeCache, scenarioEdges, selectedEdges, edgeNames, edgeDiffs, sketchFirst],
  );
  const edges = useMemo(() => (ghostEdges.length > 0 ? [...ghostEdges, ...ownEdges] : ownEdges), [ghostEdges, ownEdges]);
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
  return { nodeCache, nodes, shownNodes, edges, routing, mostlyInView, split, layerSplit, firstSketch };
}
