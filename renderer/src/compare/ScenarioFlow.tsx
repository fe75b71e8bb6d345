import { ReactFlow, ReactFlowProvider, useInternalNode, useReactFlow, useStore, ViewportPortal, type NodeChange, type ReactFlowState, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { analyze } from '../../../shared/analysis';
import type { Comparison } from '../../../shared/compare';
import { asNodeId } from '../../../shared/model/rules';
import type { Scenario } from '../../../shared/model/types';
import type { CompareMarks } from './compareMarks';
import { FlowEdgeCache, FlowNodeCache, ghostEdges, ghostNodes, GHOST_PREFIX, hubCounts, risksByNode, type OrgFlowEdge, type OrgFlowNode } from '../canvas/flow';
import { useCanvasNames } from '../canvas/names';
import { OrgEdgeView } from '../canvas/OrgEdgeView';
import { OrgNodeView } from '../canvas/OrgNodeView';
import { CanvasRouter, RoutingContext, type Routing } from '../canvas/routing';
import { useResolvedTheme } from '../settings/theme';
// Its own styles travel with it: the presentation shows it without the side-by-side view (both load lazily, app/lazy.tsx).
import './compare.css';

/** The canvas's node and edge views: the same boxes and lines as the editor. */
const nodeTypes = { org: OrgNodeView };
const edgeTypes = { org: OrgEdgeView };
const PRO_OPTIONS = { hideAttribution: true };
const NO_SELECTION: ReadonlySet<string> = new Set();
const FIT = { padding: 0.06, maxZoom: 1.2 };
const FIT_HIGHLIGHT = { padding: 0.25, maxZoom: 1, duration: 300 };
/** A framed node with more relations than this is framed without its neighbours (a hub). */
const MAX_NEIGHBOURS = 6;

export interface ScenarioFlowProps {
  readonly scenario: Scenario;
  /** How its nodes and relations are marked (compareMarks). */
  readonly marks?: CompareMarks | undefined;
  /** The comparison whose removed nodes and relations are drawn as ghosts (on the `to` side only). */
  readonly ghostsOf?: Comparison | undefined;
  /** These nodes stand out and the rest are dimmed; null or absent: nothing dimmed. */
  readonly highlight?: ReadonlySet<string> | null | undefined;
  /** A controlled view (Side by Side moves two panes as one); absent: the view fits the map or the highlight. */
  readonly viewport?: Viewport | undefined;
  readonly onViewportChange?: ((viewport: Viewport) => void) | undefined;
  /** The view is framed again whenever this changes (uncontrolled views only). */
  readonly fitKey?: string | undefined;
  readonly label: string;
  readonly testId: string;
  /** Risk numbers badged on nodes (node id → numbers), as in the deck's risk table. */
  readonly badges?: Readonly<Record<string, readonly number[]>> | undefined;
  /** Filled with the view's zoom controls, for keys handled outside (the presentation's + and -). */
  readonly controlsRef?: RefObject<ViewControls | null> | undefined;
  /** What to frame (uncontrolled views): absent, the highlight with its neighbours, else the map. */
  readonly frame?: FrameSpec | undefined;
}

/**
 * Which nodes a view frames and how tightly: `nodes` null frames the whole map; `neighbours` adds
 * the nodes one relation away (a step's change in its place). Padding as React Flow takes it
 * (a fraction of the pane, or `"24px"`).
 */
export interface FrameSpec {
  readonly nodes: ReadonlySet<string> | null;
  readonly neighbours: boolean;
  readonly padding: number | `${number}px`;
  readonly maxZoom: number;
}

/** Zoom in, out, or frame again (the highlight, else the map). */
export interface ViewControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * A scenario drawn by React Flow with the editor's own node and edge views, for looking, not
 * editing: nothing can be dragged, connected or deleted, but the view pans and zooms. Its own
 * React Flow store (ReactFlowProvider), so it never touches the editor's canvas.
 */
export function ScenarioFlow(props: ScenarioFlowProps) {
  return (
    <ReactFlowProvider>
      <ScenarioFlowInner {...props} />
    </ReactFlowProvider>
  );
}

function ScenarioFlowInner({ scenario, marks, ghostsOf, highlight, viewport, onViewportChange, fitKey, label, testId, badges, controlsRef, frame }: ScenarioFlowProps) {
  const colorMode = useResolvedTheme();
  const [nodeCache] = useState(() => new FlowNodeCache());
  const [edgeCache] = useState(() => new FlowEdgeCache());
  const { nodeNames, edgeNames } = useCanvasNames(scenario.nodes);
  const risks = analyze(scenario).risks;
  const hubs = useMemo(() => hubCounts(scenario), [scenario]);
  // The editor's routed lines (routing.ts), not React Flow's curves: the same map as the canvas and
  // the exports. Nothing moves here, so every line is routed once per scenario.
  const [router] = useState(() => new CanvasRouter());
  router.sync(scenario.nodes, hubs);
  const routing = useMemo<Routing>(() => ({ router, plainFor: null, epoch: 0 }), [router]);
  const riskMap = useMemo(() => risksByNode(risks), [risks]);
  const own = useMemo(
    () => nodeCache.derive(scenario, NO_SELECTION, hubs, riskMap, 0, marks?.nodes, nodeNames),
    [nodeCache, scenario, hubs, riskMap, marks, nodeNames],
  );
  const ownEdges = useMemo(() => edgeCache.derive(scenario, NO_SELECTION, edgeNames, marks?.edges), [edgeCache, scenario, edgeNames, marks]);
  const ghosts = useMemo(() => {
    if (!ghostsOf) return { nodes: [] as OrgFlowNode[], edges: [] as OrgFlowEdge[] };
    const removed = new Set<string>(ghostsOf.nodes.removed);
    const fromToTo = ghostsOf.nodes.fromToTo;
    return {
      nodes: ghostNodes(ghostsOf.from.nodes.filter((n) => removed.has(n.id))),
      edges: ghostEdges(ghostsOf.edges.removed, (id) => fromToTo.get(id) ?? `${GHOST_PREFIX}${id}`),
    };
  }, [ghostsOf]);
  const nodes = useMemo(() => {
    const all = ghosts.nodes.length > 0 ? [...ghosts.nodes, ...own] : own;
    if (!highlight) return all;
    return all.map((n) => ({ ...n, className: highlight.has(n.id) ? 'is-highlighted' : 'is-dimmed' }));
  }, [ghosts, own, highlight]);
  const edges = useMemo(() => {
    const all = ghosts.edges.length > 0 ? [...ghosts.edges, ...ownEdges] : ownEdges;
    if (!highlight) return all;
    return all.map((e) => (highlight.has(e.source) && highlight.has(e.target) ? e : { ...e, className: `${e.className ?? ''} is-dimmed`.trim() }));
  }, [ghosts, ownEdges, highlight]);

  // Measured sizes are kept for the next node objects (as the editor's canvas does).
  const onNodesChange = useCallback(
    (changes: NodeChange<OrgFlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions && !change.id.startsWith(GHOST_PREFIX)) {
          nodeCache.setSize(asNodeId(change.id), change.dimensions.width, change.dimensions.height);
        }
      }
    },
    [nodeCache],
  );

  const controlled = viewport !== undefined;
  return (
    <div className="scenario-flow" data-testid={testId}>
      <RoutingContext.Provider value={routing}>
        <ReactFlow<OrgFlowNode, OrgFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          // Space is the presentation's "next" (React Flow would take it to pan, and swallow it).
          panActivationKeyCode={null}
          onlyRenderVisibleElements
          {...(controlled ? { viewport, onViewportChange } : { fitView: true, fitViewOptions: FIT })}
          minZoom={0.05}
          maxZoom={3}
          proOptions={PRO_OPTIONS}
          aria-label={label}
          colorMode={colorMode}
        >
          {!controlled && <Refit fitKey={fitKey} frame={frame ?? defaultFrame(highlight)} controlsRef={controlsRef} />}
          {badges && Object.keys(badges).length > 0 && (
            <ViewportPortal>
              {Object.entries(badges).map(([id, numbers]) => (
                <NumberBadge key={id} id={id} numbers={numbers} />
              ))}
            </ViewportPortal>
          )}
        </ReactFlow>
      </RoutingContext.Provider>
    </div>
  );
}

/** A node's risk numbers in a round badge on its top-left corner (the numbers of the risk table). */
function NumberBadge({ id, numbers }: { id: string; numbers: readonly number[] }) {
  const node = useInternalNode(id);
  if (!node || numbers.length === 0) return null;
  const { x, y } = node.internals.positionAbsolute;
  return (
    <span className="scenario-flow__badge" data-testid="flow.risk-number" data-node={id} style={{ transform: `translate(${x - 10}px, ${y - 12}px)` }} aria-hidden="true">
      {numbers.join(',')}
    </span>
  );
}

const selectPaneSize = (s: ReactFlowState) => `${Math.round(s.width)}x${Math.round(s.height)}`;

/** The frame without a slide's say: the highlight with its neighbours, else the whole map. */
function defaultFrame(highlight: ReadonlySet<string> | null | undefined): FrameSpec {
  return highlight && highlight.size > 0
    ? { nodes: highlight, neighbours: true, padding: FIT_HIGHLIGHT.padding, maxZoom: FIT_HIGHLIGHT.maxZoom }
    : { nodes: null, neighbours: false, padding: FIT.padding, maxZoom: FIT.maxZoom };
}

/**
 * Frames `frame`'s nodes whenever `fitKey` changes, and when the pane changes size (full screen
 * entered or left, the speaker notes opened beside the map).
 */
function Refit({ fitKey, frame, controlsRef }: { fitKey: string | undefined; frame: FrameSpec; controlsRef: RefObject<ViewControls | null> | undefined }) {
  const flow = useReactFlow();
  const paneSize = useStore(selectPaneSize);
  const fit = useCallback(() => {
    const options = { padding: frame.padding, maxZoom: frame.maxZoom, duration: 300 };
    if (!frame.nodes || frame.nodes.size === 0) {
      void flow.fitView(options);
      return;
    }
    const ids = new Set(frame.nodes);
    if (frame.neighbours) {
      // The nodes with their direct neighbours in frame: what a step changes, in its place. Not a
      // hub's: its spokes are most of the map, and the step would be lost in it.
      const around = new Map<string, string[]>();
      for (const edge of flow.getEdges()) {
        if (frame.nodes.has(edge.source)) around.set(edge.source, [...(around.get(edge.source) ?? []), edge.target]);
        if (frame.nodes.has(edge.target)) around.set(edge.target, [...(around.get(edge.target) ?? []), edge.source]);
      }
      for (const next of around.values()) if (next.length <= MAX_NEIGHBOURS) for (const id of next) ids.add(id);
    }
    void flow.fitView({ ...options, nodes: [...ids].map((id) => ({ id })) });
  }, [flow, frame]);
  useEffect(() => {
    fit();
    // Only a new slide (fitKey) or a new pane size frames again; a zoom by the presenter stays until then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fitKey, flow, paneSize]);
  useEffect(() => {
    if (!controlsRef) return;
    controlsRef.current = { zoomIn: () => void flow.zoomIn({ duration: 150 }), zoomOut: () => void flow.zoomOut({ duration: 150 }), fit };
    return () => {
      controlsRef.current = null;
    };
  }, [controlsRef, flow, fit]);
  return null;
}
