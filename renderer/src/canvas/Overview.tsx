import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
// React Flow's own minimap behaviour (drag to pan, wheel to zoom); @xyflow/react depends on it.
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { shallow } from 'zustand/shallow';
import type { NodeKind } from '../../../shared/model/types';
import type { OrgFlowNode } from './flow';

const WIDTH = 200;
const HEIGHT = 150;
const OFFSET_SCALE = 5;
/** Before React Flow has measured a node. */
const GUESS_W = 160;
const GUESS_H = 52;
const KINDS: readonly NodeKind[] = ['department', 'unit', 'team', 'employees', 'account'];

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeLayer {
  readonly bounds: Rect | null;
  /** One path per kind: every node of that kind as a sub-path. */
  readonly paths: ReadonlyArray<readonly [NodeKind, string]>;
}

export function nodeLayer(nodes: readonly OrgFlowNode[]): NodeLayer {
  const parts = new Map<NodeKind, string[]>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    if (n.hidden) continue;
    const w = n.measured?.width ?? n.width ?? GUESS_W;
    const h = n.measured?.height ?? n.height ?? GUESS_H;
    const { x, y } = n.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w);
    maxY = Math.max(maxY, y + h);
    const kind = n.data.node.kind;
    let list = parts.get(kind);
    if (!list) parts.set(kind, (list = []));
    list.push(`M${x},${y}h${w}v${h}h${-w}z`);
  }
  return {
    bounds: minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    paths: KINDS.flatMap((k) => {
      const list = parts.get(k);
      return list ? [[k, list.join('')] as const] : [];
    }),
  };
}

/** The minimap's nodes in two layers: those holding still, and those being dragged (React Flow's `dragging`). */
export interface NodeLayers {
  readonly still: NodeLayer;
  readonly moving: NodeLayer | null;
}

function sameNodes(a: readonly OrgFlowNode[], b: readonly OrgFlowNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function union(a: Rect | null, b: Rect | null): Rect | null {
  if (!a || !b) return a ?? b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * While nodes are dragged, the layer of the nodes holding still is kept (the same object while
 * those node objects stay, as the canvas's drag frames keep them) and only the dragged nodes are
 * drawn again in each frame: no path of every node rebuilt, re-recorded and rasterised per drag
 * frame (issue 17). Without a drag: one layer of all nodes, as before.
 */
export class OverviewLayers {
  private stillNodes: readonly OrgFlowNode[] = [];
  private stillLayer: NodeLayer | null = null;

  split(nodes: readonly OrgFlowNode[]): NodeLayers {
    const moving: OrgFlowNode[] = [];
    const still: OrgFlowNode[] = [];
    for (const n of nodes) (n.dragging ? moving : still).push(n);
    if (moving.length === 0) {
      this.stillNodes = [];
      this.stillLayer = null;
      return { still: nodeLayer(nodes), moving: null };
    }
    if (!this.stillLayer || !sameNodes(still, this.stillNodes)) {
      this.stillNodes = still;
      this.stillLayer = nodeLayer(still);
    }
    return { still: this.stillLayer, moving: nodeLayer(moving) };
  }
}

/** The extent of both layers. */
export function layersBounds(layers: NodeLayers): Rect | null {
  return union(layers.still.bounds, layers.moving?.bounds ?? null);
}

/**
 * The node layer in an SVG of its own under the one with the viewport mask (styles.css
 * `.overview__nodes`): a pan moves only the mask, so this neither re-renders nor is re-recorded
 * in a pan frame while the view stays inside the map (the viewBox holds).
 */
const NodeLayerSvg = memo(function NodeLayerSvg({ viewBox, layers, colors }: { viewBox: string; layers: NodeLayers; colors: Readonly<Record<NodeKind, string>> }) {
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={viewBox} className="overview__nodes" aria-hidden="true">
      {layers.still.paths.map(([kind, d]) => (
        <path key={kind} d={d} fill={colors[kind]} stroke="none" shapeRendering="crispEdges" />
      ))}
      {layers.moving?.paths.map(([kind, d]) => (
        <path key={`moving-${kind}`} d={d} fill={colors[kind]} stroke="none" shapeRendering="crispEdges" />
      ))}
    </svg>
  );
});

const selectNodes = (s: ReactFlowState) => s.nodes as OrgFlowNode[];
const selectView = (s: ReactFlowState) => [s.transform[0], s.transform[1], s.transform[2], s.width, s.height, s.panZoom, s.translateExtent, s.rfId] as const;

/**
 * The minimap, drawn as one path per node kind. React Flow's <MiniMap> renders a component with
 * its own store subscription per node and recomputes the bounds of every node on every viewport
 * change: on a big map that is O(nodes) work in every pan and drag frame. Here the node layer is
 * rebuilt only when the nodes change; a pan frame moves the viewport mask and nothing else.
 * Same classes, panning and zooming (React Flow's XYMinimap) and accessible name as <MiniMap>.
 * Memoised: the canvas renders again in every drag frame; the minimap follows React Flow's nodes
 * and viewport through its own subscriptions, so a render for the canvas's sake would be a second
 * one per frame.
 */
export const Overview = memo(function Overview({ colors, ariaLabel, paused = false }: { colors: Readonly<Record<NodeKind, string>>; ariaLabel: string; paused?: boolean }) {
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);
  const current = useStore(selectNodes);
  // Paused (nodes of a big map being dragged): the node layer holds still and catches up at the
  // drop, instead of being rebuilt from every node in every drag frame.
  const [held, setHeld] = useState<OrgFlowNode[] | null>(null);
  if (paused && held === null) setHeld(current);
  if (!paused && held !== null) setHeld(null);
  // At low priority: while a node is dragged, the drag frames come first and the minimap catches up.
  const nodes = useDeferredValue(paused ? (held ?? current) : current);
  const [layerCache] = useState(() => new OverviewLayers());
  const layers = useMemo(() => layerCache.split(nodes), [layerCache, nodes]);
  const [tx, ty, zoom, flowWidth, flowHeight, panZoom, translateExtent, rfId] = useStore(selectView, shallow);

  const viewBB: Rect = { x: -tx / zoom, y: -ty / zoom, width: flowWidth / zoom, height: flowHeight / zoom };
  const b = layersBounds(layers);
  const box: Rect = b
    ? (() => {
        const x = Math.min(b.x, viewBB.x);
        const y = Math.min(b.y, viewBB.y);
        return { x, y, width: Math.max(b.x + b.width, viewBB.x + viewBB.width) - x, height: Math.max(b.y + b.height, viewBB.y + viewBB.height) - y };
      })()
    : viewBB;
  const viewScale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const viewWidth = viewScale * WIDTH;
  const viewHeight = viewScale * HEIGHT;
  const offset = OFFSET_SCALE * viewScale;
  const x = box.x - (viewWidth - box.width) / 2 - offset;
  const y = box.y - (viewHeight - box.height) / 2 - offset;
  const width = viewWidth + offset * 2;
  const height = viewHeight + offset * 2;

  const viewScaleRef = useRef(0);
  useEffect(() => {
    viewScaleRef.current = viewScale;
  });
  const minimap = useRef<XYMinimapInstance | null>(null);
  useEffect(() => {
    if (!svg.current || !panZoom) return undefined;
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => viewScaleRef.current,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent, width: flowWidth, height: flowHeight, pannable: true, zoomable: true, zoomStep: 1, inversePan: false });
  }, [panZoom, translateExtent, flowWidth, flowHeight]);

  const labelledBy = `react-flow__minimap-desc-${rfId}`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <NodeLayerSvg viewBox={`${x} ${y} ${width} ${height}`} layers={layers} colors={colors} />
      <svg ref={svg} width={WIDTH} height={HEIGHT} viewBox={`${x} ${y} ${width} ${height}`} className="react-flow__minimap-svg overview__mask" role="img" aria-labelledby={labelledBy}>
        <title id={labelledBy}>{ariaLabel}</title>
        <path
          className="react-flow__minimap-mask"
          d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z M${viewBB.x},${viewBB.y}h${viewBB.width}v${viewBB.height}h${-viewBB.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
