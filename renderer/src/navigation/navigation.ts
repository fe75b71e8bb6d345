/**
 * Keyboard navigation between the parts of the editor: the map's nodes (in reading order), the
 * inspector and the risk list. The commands that use these are in commands.ts (so they are in the
 * help sheet and the menus); the keys that only mean something on a focused node or inside the
 * inspector are in useKeyboardNavigation.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { asNodeId } from '../../../shared/model/rules';
import type { NodeId, OrgNode } from '../../../shared/model/types';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import type { AppStore } from '../store';
import { selectScenario } from '../store/selectors';

/** Nodes whose tops are this close count as one row when reading the map (flow pixels). */
const ROW = 40;

/**
 * The nodes in reading order: rows from top to bottom, left to right within a row. Next / previous
 * node follow this order rather than the order the nodes were added in, which is invisible.
 */
export function readingOrder(nodes: readonly OrgNode[]): NodeId[] {
  return [...nodes]
    .sort((a, b) => Math.round(a.position.y / ROW) - Math.round(b.position.y / ROW) || a.position.x - b.position.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => n.id);
}

/**
 * The node `delta` steps from `current` in reading order, wrapping round; from nowhere, the
 * first (forwards) or last (backwards) node. Undefined on an empty map.
 */
export function stepNode(nodes: readonly OrgNode[], current: NodeId | undefined, delta: 1 | -1): NodeId | undefined {
  const order = readingOrder(nodes);
  if (order.length === 0) return undefined;
  const index = current === undefined ? -1 : order.indexOf(current);
  if (index < 0) return delta > 0 ? order[0] : order[order.length - 1];
  return order[(index + delta + order.length) % order.length];
}

function nodeElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/**
 * Puts the keyboard focus on a node of the canvas, first bringing it into view: the canvas only
 * renders the nodes in view, so a node off screen has no element to focus until the view moves.
 */
export function focusNode(flow: ReactFlowInstance<OrgFlowNode, OrgFlowEdge>, id: NodeId): void {
  const internal = flow.getInternalNode(id);
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (internal && pane) {
    const width = internal.measured.width ?? 160;
    const height = internal.measured.height ?? 48;
    const { x, y } = internal.internals.positionAbsolute;
    const topLeft = flow.flowToScreenPosition({ x, y });
    const bottomRight = flow.flowToScreenPosition({ x: x + width, y: y + height });
    const inView = topLeft.x >= pane.left && topLeft.y >= pane.top && bottomRight.x <= pane.right && bottomRight.y <= pane.bottom;
    if (!inView) void flow.setCenter(x + width / 2, y + height / 2, { zoom: flow.getZoom() });
  }
  // The element appears a frame or two after the view moved; give up quietly if it never does.
  let frames = 0;
  const attempt = () => {
    const element = nodeElement(id);
    if (element) element.focus();
    else if (frames++ < 30) requestAnimationFrame(attempt);
  };
  attempt();
}

const FIELDS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Moves the focus into the inspector: its first field (a node's name, a relation's kind, or the
 * map's title when nothing is selected), with the text selected so typing replaces it.
 */
export function focusInspector(): boolean {
  const inspector = document.querySelector<HTMLElement>('[data-testid="inspector"]');
  if (!inspector) return false;
  const field = inspector.querySelector<HTMLElement>(FIELDS);
  if (!field) {
    inspector.focus();
    return true;
  }
  field.focus();
  if (field instanceof HTMLInputElement) field.select();
  return true;
}

/** Moves the focus to the first risk of the risk list, or to the list itself when there is none. */
export function focusRisks(): boolean {
  const list = document.querySelector<HTMLElement>('[data-testid="risks"]');
  if (!list) return false;
  const first = list.querySelector<HTMLElement>('[data-testid="risk"]');
  (first ?? list).focus();
  (first ?? list).scrollIntoView({ block: 'nearest' });
  return true;
}

/** Whether the element is (inside) a node of the canvas; its node id if so. */
export function nodeIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof HTMLElement)) return null;
  return target.closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null;
}

/**
 * Goes to the map: the keyboard focus on the selected node, or on the first node in reading order
 * (selecting it), or on the canvas itself when the map is empty.
 */
export function focusMap(store: AppStore, flow: ReactFlowInstance<OrgFlowNode, OrgFlowEdge>): void {
  const state = store.getState();
  const nodes = selectScenario(state).nodes;
  const selected = nodes.find((n) => state.selectedNodeIds.includes(n.id))?.id;
  const target = selected ?? stepNode(nodes, undefined, 1);
  if (!target) {
    document.getElementById('canvas-region')?.focus();
    return;
  }
  if (!selected) state.select([target], []);
  focusNode(flow, target);
}

/** The node that has the keyboard focus (the node element itself or something inside it), if any. */
export function focusedNodeId(): NodeId | undefined {
  if (typeof document === 'undefined') return undefined;
  const id = nodeIdOf(document.activeElement);
  return id === null ? undefined : asNodeId(id);
}
