import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { NODE } from '../../../shared/look/box';
import { canvasNodeSize } from '../../../shared/layout';
import type { NodeId, Scenario } from '../../../shared/model/types';
import type { OrgFlowEdge, OrgFlowNode } from './flow';

/** Labels are NODE.labelSize (14 px) in flow units: at this zoom they are 11 px on screen. */
export const READABLE_ZOOM = 11 / NODE.labelSize;
/** Never zoom in past 100 % to frame a small map. */
const MAX_FRAME_ZOOM = 1;
/** Screen px kept free around the map. */
const PAD = 40;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The view after an import or a Tidy Up: the whole map when it fits at a readable zoom (labels
 * at least 11 px on screen; at most 100 %), else the part around `anchor` (the top hub) at that
 * zoom, the anchor centred near the top and the view kept over the map. Pure.
 */
export function readableView(map: Box, anchor: Box | null, pane: { readonly width: number; readonly height: number }): Viewport {
  const w = Math.max(1, pane.width - 2 * PAD);
  const h = Math.max(1, pane.height - 2 * PAD);
  const fit = Math.min(w / Math.max(1, map.width), h / Math.max(1, map.height), MAX_FRAME_ZOOM);
  if (fit >= READABLE_ZOOM || anchor === null) {
    return { zoom: fit, x: pane.width / 2 - (map.x + map.width / 2) * fit, y: pane.height / 2 - (map.y + map.height / 2) * fit };
  }
  const zoom = READABLE_ZOOM;
  let x = pane.width / 2 - (anchor.x + anchor.width / 2) * zoom;
  // Keep the map's edges at the window's sides rather than empty space beyond them.
  x = Math.min(x, PAD - map.x * zoom);
  x = Math.max(x, pane.width - PAD - (map.x + map.width) * zoom);
  // The anchor near the top: in the layout the top hub is above what it coordinates.
  const y = PAD - anchor.y * zoom;
  return { zoom, x, y };
}

/**
 * The top hub of a scenario: among the nodes nothing coordinates, the one coordinating the most;
 * else the top-left node. Null for an empty scenario.
 */
export function topHub(scenario: Pick<Scenario, 'nodes' | 'edges'>, only?: ReadonlySet<NodeId>): NodeId | null {
  const spokes = new Map<NodeId, number>();
  const coordinated = new Set<NodeId>();
  for (const e of scenario.edges) {
    if (e.kind !== 'coordinates') continue;
    spokes.set(e.source, (spokes.get(e.source) ?? 0) + 1);
    coordinated.add(e.target);
  }
  let best: NodeId | null = null;
  let bestScore = -1;
  let topLeft: { id: NodeId; x: number; y: number } | null = null;
  for (const n of scenario.nodes) {
    if (only && !only.has(n.id)) continue;
    if (!topLeft || n.position.y < topLeft.y || (n.position.y === topLeft.y && n.position.x < topLeft.x)) topLeft = { id: n.id, ...n.position };
    const score = coordinated.has(n.id) ? -1 : (spokes.get(n.id) ?? 0);
    if (score > bestScore) {
      best = n.id;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : (topLeft?.id ?? null);
}

/** The boxes of the scenario's nodes (or `only`): the whole map's extent and the top hub's box. */
export function mapAndAnchor(scenario: Pick<Scenario, 'nodes' | 'edges'>, only?: ReadonlySet<NodeId>): { map: Box; anchor: Box | null } | null {
  const hubs = new Set<NodeId>(scenario.edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  const anchorId = topHub(scenario, only);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let anchor: Box | null = null;
  for (const n of scenario.nodes) {
    if (only && !only.has(n.id)) continue;
    const s = canvasNodeSize(n, hubs.has(n.id));
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + s.width);
    maxY = Math.max(maxY, n.position.y + s.height);
    if (n.id === anchorId) anchor = { x: n.position.x, y: n.position.y, ...s };
  }
  if (minX === Infinity) return null;
  return { map: { x: minX, y: minY, width: maxX - minX, height: maxY - minY }, anchor };
}

/** The canvas pane's size on screen (the window's when the canvas is not mounted). */
function paneSize(): { width: number; height: number } {
  const pane = document.querySelector('.canvas .react-flow');
  const r = pane?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : { width: window.innerWidth, height: window.innerHeight };
}

/** Frames the scenario (after an import or a Tidy Up) at a readable zoom; see {@link readableView}. */
export function frameReadable(flow: Pick<ReactFlowInstance<OrgFlowNode, OrgFlowEdge>, 'setViewport'>, scenario: Pick<Scenario, 'nodes' | 'edges'>, only?: ReadonlySet<NodeId>): void {
  const found = mapAndAnchor(scenario, only);
  if (!found) return;
  void flow.setViewport(readableView(found.map, found.anchor, paneSize()), { duration: 200 });
}
