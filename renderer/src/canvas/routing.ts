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
  private readonly boxes = new BoxIndex();
  private nodes: readonly OrgNode[] | null = null;
  private hubs: ReadonlyMap<NodeId, number> | null = null;
  /** {@link sync} was given nodes the box index does not hold yet (built on first use, {@link index}). */
  private stale = false;
  /**
   * The last route of each relation (by its ends and lane) with the points it was routed from.
   * React Flow unmounts the edges that leave the view (`onlyRenderVisibleElements`), so without
   * this a hand-driven pan searched a way around the boxes again for every relation that came back
   * into view (most of the main thread's script at zoom 1; issue 17). A route is a pure function of
   * the boxes and those points, so the cache is emptied whenever the boxes change ({@link sync}).
   * One entry per relation: a drag overwrites, it does not grow the cache.
   */
  private readonly routes = new Map<string, { readonly from: string; readonly route: Route; readonly provisional: boolean }>();
  /** The user is moving the view (see {@link hurry}). */
  private hurried = false;
  /** Routes given as plain elbows during a move, still to be searched. */
  private provisional = 0;

  /**
   * Takes `nodes` as the boxes to route around (cheap when the array or the hubs did not change).
   * O(1): the box index is brought up to date on its first use after this ({@link index}, the
   * first {@link route} or {@link sizeOfId}), not here, so the frame that first shows a big map as
   * a sketch (no React Flow edge, nothing routed) does not size every node's box (issue 17).
   */
  sync(nodes: readonly OrgNode[], hubs: ReadonlyMap<NodeId, number>): void {
    if (nodes === this.nodes && hubs === this.hubs) return;
    this.nodes = nodes;
    this.hubs = hubs;
    this.stale = true;
    this.routes.clear();
    this.provisional = 0;
  }

  /** Every node's box (of the last {@link sync}) in a grid-hash index, built or updated here when stale. O(nodes) then. */
  get index(): BoxIndex {
    if (this.stale) this.build();
    return this.boxes;
  }

  /** Whether the box index still has to be brought up to date with the last {@link sync} (for tests). */
  get pending(): boolean {
    return this.stale;
  }

  private build(): void {
    this.stale = false;
    const nodes = this.nodes ?? [];
    const hubs = this.hubs ?? NO_HUBS;
    const live = new Set<string>();
    for (const n of nodes) {
      live.add(n.id);
      const s = this.sizeOf(n, (hubs.get(n.id) ?? 0) > 0);
      this.boxes.set(n.id, { x: n.position.x, y: n.position.y, width: s.width, height: s.height });
    }
    if (live.size !== this.boxes.size) for (const id of [...this.boxes.ids()]) if (!live.has(id)) this.boxes.delete(id);
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
    const relation = `${source}\u0000${target}\u0000${lane}`;
    const from = `${sourceX},${sourceY},${targetX},${targetY},${cheap ? 1 : 0}`;
    const known = this.routes.get(relation);
    if (known?.from === from && (this.hurried || !known.provisional)) return known.route;
    if (known?.provisional) this.provisional -= 1;
    // While the view moves, only the elbows are tried (no grid search, which can take a tenth of a
    // second for a long relation across a crowded map): a relation coming into view that needs the
    // search is drawn as a plain elbow until the move ends, as a drag draws a hub's many relations.
    const route = this.search(source, target, sourceX, sourceY, targetX, targetY, cheap, lane, this.hurried ? 0 : MAX_OBSTACLES);
    const provisional = this.hurried && !cheap && !route.clear;
    if (provisional) this.provisional += 1;
    this.routes.set(relation, { from, route, provisional });
    return route;
  }

  /**
   * Whether the user is moving the view (a pan or zoom by hand, React Flow's onMoveStart to
   * onMoveEnd). Ending a move answers whether routes were left as plain elbows during it: the
   * canvas then has its edges ask again ({@link Routing.epoch}), and those are searched.
   */
  hurry(on: boolean): boolean {
    this.hurried = on;
    return !on && this.provisional > 0;
  }

  private search(source: string, target: string, sourceX: number, sourceY: number, targetX: number, targetY: number, cheap: boolean, lane: number, maxObstacles: number): Route {
    const s = this.sizeOfId(source);
    const t = this.sizeOfId(target);
    const sourceBox: Rect = { x: sourceX - s.width / 2, y: sourceY - HANDLE_OFFSET - s.height, width: s.width, height: s.height };
    const targetBox: Rect = { x: targetX - t.width / 2, y: targetY + HANDLE_OFFSET, width: t.width, height: t.height };
    return routeEdge(this.index, { id: source, box: sourceBox }, { id: target, box: targetBox }, { cheap, maxObstacles, lane });
  }
}

const FALLBACK: Size = { width: 200, height: 52 };
const NO_HUBS: ReadonlyMap<NodeId, number> = new Map();

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
  /** Counts the moves of the view that left plain elbows to search (CanvasRouter.hurry): edges re-route when it changes. */
  readonly epoch: number;
  /**
   * The nodes being dragged, else null or absent. Their relations leave out the hit area until the
   * drop: nothing takes the pointer from a drag, and the 20 px wide hit area was one more path to
   * update and to invalidate in every drag frame (issue 17).
   */
  readonly dragged?: ReadonlySet<string> | null;
}

export const RoutingContext = createContext<Routing>({ router: null, plainFor: null, epoch: 0 });

export function useRouting(): Routing {
  return useContext(RoutingContext);
}
