/**
 * Edge curves and whole scenes as the canvas draws them (OrgEdgeView, the relation layer): the
 * boxes of shared/look/box.ts and the lines routed around them (route.ts), computed without a DOM
 * so every exporter lays out the same way.
 */
import type { NodeId, OrgEdge, Scenario } from '../model/types';
import { NODE, nodeBox, type NodeBox } from '../look/box';
import type { BoxLabels } from '../look/labels';
import { BoxIndex, laneOf, routeEdge, type Point } from './route';

export interface EdgeCurve {
  readonly edge: OrgEdge;
  readonly sx: number;
  readonly sy: number;
  readonly c1x: number;
  readonly c1y: number;
  readonly c2x: number;
  readonly c2y: number;
  readonly tx: number;
  readonly ty: number;
  /**
   * The line as drawn: the canvas's orthogonal route around the other boxes (shared/layout/route.ts),
   * from the source's side to the target's; `sx…ty` are its first and last points.
   */
  readonly points: readonly Point[];
}

function controlOffset(distance: number, curvature: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

/**
 * The line of a relation, routed around the boxes in `index` as the canvas routes it (bottom of
 * the source to top of the target, or the facing sides). Without an index: the plain elbow. The
 * `c1`/`c2` control points are those of React Flow's bezier between the route's ends (kept for
 * callers that draw one curve).
 */
export function edgeCurve(edge: OrgEdge, source: NodeBox, target: NodeBox, index: BoxIndex = new BoxIndex(), maxObstacles?: number): EdgeCurve {
  const route = routeEdge(index, { id: edge.source, box: source }, { id: edge.target, box: target }, { lane: laneOf(edge.kind), ...(maxObstacles !== undefined ? { maxObstacles } : {}) });
  const first = route.points[0] ?? { x: source.x + source.width / 2, y: source.y + source.height + NODE.handleOffset };
  const last = route.points[route.points.length - 1] ?? { x: target.x + target.width / 2, y: target.y - NODE.handleOffset };
  const { x: sx, y: sy } = first;
  const { x: tx, y: ty } = last;
  const curvature = 0.25;
  return { edge, sx, sy, c1x: sx, c1y: sy + controlOffset(ty - sy, curvature), c2x: tx, c2y: ty - controlOffset(ty - sy, curvature), tx, ty, points: route.points };
}

export interface SceneLayout {
  readonly boxes: readonly NodeBox[];
  readonly curves: readonly EdgeCurve[];
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Up to this many boxes every exported line is routed with the full search (see layoutScene). */
export const ROUTE_ALL_UP_TO = 400;
/** Above it, the route search gives up in a window holding more boxes than this. */
export const MAX_OBSTACLES_BIG = 60;

/** Boxes and curves of a scenario (or of the selected nodes and the edges between them). */
export function layoutScene(scenario: Scenario, labels: BoxLabels, selection?: readonly NodeId[]): SceneLayout {
  const chosen = selection && selection.length > 0 ? new Set<string>(selection) : null;
  const hubs = new Set<string>();
  for (const e of scenario.edges) if (e.kind === 'coordinates') hubs.add(e.source);
  const boxes: NodeBox[] = [];
  const byId = new Map<string, NodeBox>();
  for (const node of scenario.nodes) {
    if (chosen && !chosen.has(node.id)) continue;
    const box = nodeBox(node, hubs.has(node.id), labels);
    boxes.push(box);
    byId.set(node.id, box);
  }
  const index = new BoxIndex();
  for (const b of boxes) index.set(b.node.id, { x: b.x, y: b.y, width: b.width, height: b.height });
  // Maps of a few hundred nodes get every line routed clear of the boxes; on bigger ones a line
  // whose search window holds more than MAX_OBSTACLES_BIG boxes (a relation across the map) takes
  // the plain elbow, so exporting thousands of nodes stays within seconds (npm run bench -- export).
  const maxObstacles = boxes.length > ROUTE_ALL_UP_TO ? MAX_OBSTACLES_BIG : undefined;
  const curves: EdgeCurve[] = [];
  for (const edge of scenario.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (s && t) curves.push(edgeCurve(edge, s, t, index, maxObstacles));
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x - 4);
    minY = Math.min(minY, b.y - NODE.handleOffset - 4);
    maxX = Math.max(maxX, b.x + b.width + 4);
    maxY = Math.max(maxY, b.y + b.height + NODE.handleOffset + 4);
  }
  for (const c of curves) {
    for (const p of c.points) {
      minX = Math.min(minX, p.x - 4);
      minY = Math.min(minY, p.y - 4);
      maxX = Math.max(maxX, p.x + 4);
      maxY = Math.max(maxY, p.y + 4);
    }
  }
  if (boxes.length === 0) {
    minX = 0;
    minY = 0;
    maxX = 0;
    maxY = 0;
  }
  return { boxes, curves, minX, minY, maxX, maxY };
}
