import type { EdgeKind, Position } from '../../../shared/model/types';
import { EDGE_KINDS } from '../../../shared/model/types';
import { EDGE_COLORS, type OrgFlowEdge, type OrgFlowNode } from './flow';

/**
 * The relations of a map zoomed out below TINY_ZOOM, sketched: one SVG path per relation kind
 * instead of one React Flow edge each (SketchLayers.tsx). There a node is ten screen pixels wide and
 * an edge a hairline; as React Flow edges, thousands of them cost a store subscription, three SVG
 * elements and a paint chunk each in every pan and drag frame, more than the nodes themselves.
 */

/** A zoomed-out node's box (styles.css `.org-node--far`, border-box): the handles sit mid-top and mid-bottom. */
export const FAR_BOX = { width: 200, height: 52 } as const;

/** The same offset React Flow's getBezierPath gives a control point (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** How a sketched relation looks: as its React Flow edge does zoomed out (styles.css `.is-far`). */
export type SketchLook = 'plain' | 'selected' | 'added' | 'changed' | 'removed';

/** A relation to sketch, between the nodes on the canvas (a removed one between ghosts). */
export interface SketchEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  readonly look: SketchLook;
}

/** Painting order of the looks: marked relations over plain ones. */
const LOOKS: readonly SketchLook[] = ['plain', 'removed', 'changed', 'added', 'selected'];

/**
 * React Flow ends an edge at the outer side of a handle: the handles (styles.css `.org-handle`,
 * 12 px) straddle the box's border, so 6 px below the source's box and above the target's.
 */
const HANDLE_OVERHANG = 6;

/**
 * The sketch's paths: one per look and kind, each relation as React Flow's bezier from the bottom
 * middle of its source's box to the top middle of its target's, rounded to whole units (invisible
 * at that zoom); in painting order. A relation with an end that `at` does not know is left out.
 * O(edges).
 */
export function sketchPaths(edges: readonly SketchEdge[], at: (id: string) => Position | undefined): SketchLayer[] {
  const parts = new Map<string, string[]>();
  const half = FAR_BOX.width / 2;
  for (const e of edges) {
    const s = at(e.source);
    const t = at(e.target);
    if (!s || !t) continue;
    const sx = Math.round(s.x + half);
    const sy = Math.round(s.y + FAR_BOX.height + HANDLE_OVERHANG);
    const tx = Math.round(t.x + half);
    const ty = Math.round(t.y - HANDLE_OVERHANG);
    const off = Math.round(controlOffset(ty - sy));
    const key = `${e.look} ${e.kind}`;
    const d = `M${sx} ${sy}C${sx} ${sy + off} ${tx} ${ty - off} ${tx} ${ty}`;
    const part = parts.get(key);
    if (part) part.push(d);
    else parts.set(key, [d]);
  }
  const out: SketchLayer[] = [];
  for (const look of LOOKS) {
    for (const kind of EDGE_KINDS) {
      const d = parts.get(`${look} ${kind}`);
      if (d) out.push({ key: `${look} ${kind}`, className: `react-flow__edge-path org-edge org-edge--${kind} edge-sketch--${look}`, d: d.join(''), stroke: EDGE_COLORS[kind] });
    }
  }
  return out;
}

/**
 * Up to this many marked relations (selected, or marked by a comparison) stay React Flow edges
 * when sketching, so they keep their label and can be clicked. More (after Select All, or comparing
 * two very different scenarios) are sketched too, in their look: as edges they would cost what the
 * sketch saves.
 */
export const KEEP_MARKED = 200;

/** How a relation looks on the canvas, from its React Flow edge. */
function lookOf(e: OrgFlowEdge): SketchLook {
  const diff = e.data?.diff;
  if (diff) return diff;
  return e.selected ? 'selected' : 'plain';
}

/**
 * Which relations stay React Flow edges when sketching (the marked ones, up to KEEP_MARKED) and
 * which are sketched (the rest).
 */
export function splitForSketch(edges: readonly OrgFlowEdge[]): { readonly kept: OrgFlowEdge[]; readonly sketched: SketchEdge[] } {
  const marked: OrgFlowEdge[] = [];
  const sketched: SketchEdge[] = [];
  const sketch = (e: OrgFlowEdge) => {
    const kind = e.data?.edge.kind;
    if (kind) sketched.push({ source: e.source, target: e.target, kind, look: lookOf(e) });
  };
  for (const e of edges) {
    if (lookOf(e) === 'plain' && e.data) sketch(e);
    else marked.push(e);
  }
  if (marked.length <= KEEP_MARKED) return { kept: marked, sketched };
  for (const e of marked) sketch(e);
  return { kept: [], sketched };
}

/** One path of a sketch, styled by its class (styles.css `.edge-sketch`, `.node-sketch`). */
export interface SketchLayer {
  readonly key: string;
  readonly className: string;
  readonly d: string;
  /** A relation's colour (its kind's, as on its React Flow edge; the dark theme overrides it in CSS). */
  readonly stroke?: string;
}

/** Greeked label: width per character and at most (FarNode's label room, OrgNodeView.tsx). */
const GREEK_CHAR = 8;
const GREEK_MAX = 150;
const GREEK_MAX_RISK = 124;

const PAINT_ORDER = ['node-sketch__box', 'node-sketch__text', 'node-sketch__mark', 'node-sketch__dot'];

const SEVERITY_ORDER = ['high', 'medium', 'low'] as const;

const rect = (x: number, y: number, w: number, h: number): string => `M${Math.round(x)} ${Math.round(y)}h${w}v${h}h${-w}z`;
/** A dot of radius 10 centred at x, y (styles.css `.org-node--far.has-risk::after`). */
const dot = (x: number, y: number): string => `M${Math.round(x - 10)} ${Math.round(y)}a10 10 0 1 0 20 0a10 10 0 1 0 -20 0`;

/**
 * The nodes of a map zoomed out below TINY_ZOOM as a few paths, drawn while the view moves in place
 * of React Flow's nodes (which are then skipped by the browser, see Canvas.tsx): each far box with
 * its kind's border (thicker for a hub) and its label greeked, the selection's outline, a comparison's marks and the worst
 * risk's dot, where the real boxes have them. O(nodes); layers in painting order.
 */
export function nodeSketch(nodes: readonly OrgFlowNode[]): SketchLayer[] {
  const parts = new Map<string, { className: string; d: string[] }>();
  const add = (key: string, className: string, d: string) => {
    const part = parts.get(key);
    if (part) part.d.push(d);
    else parts.set(key, { className, d: [d] });
  };
  const { width: w, height: h } = FAR_BOX;
  for (const n of nodes) {
    const { x, y } = n.position;
    const { node, hub, risks, diff } = n.data;
    const faded = diff === 'removed' ? ' is-removed' : '';
    add(`${node.kind}${hub ? '-hub' : ''}${faded}`, `node-sketch__box node-sketch--${node.kind}${hub ? ' is-hub' : ''}${faded}`, rect(x, y, w, h));
    // The label as a grey bar of about its length (unreadable at that zoom anyway), as a design tool greeks text.
    const text = Math.min(Math.max(node.label.length, 4) * GREEK_CHAR, risks.length ? GREEK_MAX_RISK : GREEK_MAX);
    add('text', 'node-sketch__text', `M${Math.round(x + 10)} ${Math.round(y + 20)}h${text}v12h${-text}z`);
    if (diff === 'added' || diff === 'changed') add(`diff-${diff}`, `node-sketch__mark node-sketch--diff-${diff}`, rect(x - 3, y - 3, w + 6, h + 6));
    if (n.selected) add('selected', 'node-sketch__mark node-sketch--selected', rect(x - 3.5, y - 3.5, w + 7, h + 7));
    const worst = SEVERITY_ORDER.find((s) => risks.some((r) => r.severity === s));
    if (worst) add(`risk-${worst}`, `node-sketch__dot node-sketch--risk-${worst}`, dot(x + w - 18, y + 25));
  }
  const rank = (className: string) => PAINT_ORDER.findIndex((c) => className.startsWith(c));
  return [...parts].map(([key, { className, d }]) => ({ key, className, d: d.join('') })).sort((a, b) => rank(a.className) - rank(b.className));
}
