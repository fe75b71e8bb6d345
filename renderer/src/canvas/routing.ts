import { createContext, useContext } from 'react';
import { canvasNodeSize, type Size } from '../../../shared/layout';
import { BoxIndex, HANDLE_OFFSET, routeEdge, type Rect, type Route } from '../../../shared/layout/route';
import type { NodeId, OrgNode } from '../../../shared/model/types';

/**
 * The canvas's edge routing (shared/layout/route.ts): every node's box in a grid-hash index, kept
 * in step with the document by {@link CanvasRouter.sync}, which the canvas calls when its nodes
 * change (a drop, an edit, Tidy Up — not during a drag, whose positions stay out of the document
 * until the drop). Boxes are the layout's (`canvasNodeSize`: the larger of the English and Dutch
 * wording, at least the zoomed-out box), so a line keeps clear of a box in either language.
 *
 * An edge routes itself when its ends move (OrgEdgeView memoises on its end points). Edges whose
 * ends did not move keep their route: a node dropped onto another relation's line does not re-route
 * that line until one of its ends moves (Tidy Up moves them all).
 */
const sizes = new WeakMap<OrgNode, { hub: boolean; size: Size }>();

/**
 * The box the layout gives a node (`canvasNodeSize`), cached per node object. The canvas draws
 * nodes at least this wide (OrgNodeView), so a handle (the middle of the box) is where the
 * layout centred it: an owner's line runs straight down into an account right below it, whatever
 * the label's length or language.
 */
export function layoutBox(node: OrgNode, hub: boolean): Size {
  const known = sizes.get(node);
  if (known && known.hub === hub) return known.size;
  const size = canvasNodeSize(node, hub);
  sizes.set(node, { hub, size });
  return size;
}

export class CanvasRouter {
  readonly index = new BoxIndex();
  private nodes: readonly OrgNode[] | null = null;
  private hubs: ReadonlyMap<NodeId, number> | null = null;

  /** Brings the index up to date with `nodes` (cheap when the array or the hubs did not change). O(nodes). */
  sync(nodes: readonly OrgNode[], hubs: ReadonlyMap<NodeId, number>): void {
    if (nodes === this.nodes && hubs === this.hubs) return;
    this.nodes = nodes;
    this.hubs = hubs;
    const live = new Set<string>();
    for (const n of nodes) {
      live.add(n.id);
      const s = this.sizeOf(n, (hubs.get(n.id) ?? 0) > 0);
      this.index.set(n.id, { x: n.position.x, y: n.position.y, width: s.width, height: s.height });
    }
    if (live.size !== this.index.size) for (const id of [...this.index.ids()]) if (!live.has(id)) this.index.delete(id);
  }

  /** A node's box size (cached per node object). */
  sizeOf(node: OrgNode, hub: boolean): Size {
    return layoutBox(node, hub);
  }

  /** The size of a node in the index (the zoomed-out box for one it does not know, such as a ghost). */
  sizeOfId(id: string): Size {
    const box = this.index.get(id);
    return box ? { width: box.width, height: box.height } : FALLBACK;
  }

  /**
   * The route between the handle points React Flow gives an edge (bottom middle of the source,
   * top middle of the target, HANDLE_OFFSET px out). The boxes are placed from those points, so
   * during a drag the moving end is where the pointer has it.
   */
  route(source: string, target: string, sourceX: number, sourceY: number, targetX: number, targetY: number, cheap: boolean, lane = 0): Route {
    const s = this.sizeOfId(source);
    const t = this.sizeOfId(target);
    const sourceBox: Rect = { x: sourceX - s.width / 2, y: sourceY - HANDLE_OFFSET - s.height, width: s.width, height: s.height };
    const targetBox: Rect = { x: targetX - t.width / 2, y: targetY + HANDLE_OFFSET, width: t.width, height: t.height };
    return routeEdge(this.index, { id: source, box: sourceBox }, { id: target, box: targetBox }, { cheap, maxObstacles: MAX_OBSTACLES, lane });
  }
}

const FALLBACK: Size = { width: 200, height: 52 };

/**
 * The canvas gives up the grid search in a window with more boxes than this and draws the plain
 * elbow: a relation across a map of thousands of nodes (rare: an account with a second owner far
 * away) would cost tens of milliseconds.
 */
const MAX_OBSTACLES = 250;

/**
 * Up to this many relations of the nodes being dragged are routed around boxes in every frame;
 * more (a regional hub with its whole region) are drawn as plain elbows until the drop.
 */
export const LIVE_ROUTES = 60;

export interface Routing {
  readonly router: CanvasRouter | null;
  /** The nodes being dragged when their relations are too many to route in every frame, else null. */
  readonly plainFor: ReadonlySet<string> | null;
}

export const RoutingContext = createContext<Routing>({ router: null, plainFor: null });

export function useRouting(): Routing {
  return useContext(RoutingContext);
}
