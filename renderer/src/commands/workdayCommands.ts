/**
 * The registry's commands of a strategist's working day (issue #16): zoom levels, find, align and
 * distribute, the context menu. Kept beside commands.ts, which lists them with the rest, so menus,
 * shortcuts, the help sheet and the context menu all read them.
 */
import type { CommandBehaviour, CommandContext } from './commands';
import type { AppState } from '../store/types';
import type { EdgeId, NodeId } from '../../../shared/model/types';
import { selectScenario } from '../store/selectors';
import { alignMoves, distributeMoves, type Alignment, type Distribution, type SizedBox } from '../layout/align';
import { NEW_NODE_SIZE } from '../canvas/placement';
import '../export/print.css';

const always = () => true;
const hasNodeSelection = (s: AppState) => s.selectedNodeIds.length > 0;

/** The selected nodes with their measured sizes (the planned size where not measured yet). */
function selectedBoxes(ctx: CommandContext): SizedBox[] {
  const state = ctx.store.getState();
  const selected = new Set<string>(state.selectedNodeIds);
  return selectScenario(state)
    .nodes.filter((n) => selected.has(n.id))
    .map((n) => {
      const measured = ctx.flow.getInternalNode(n.id)?.measured;
      return { id: n.id, ...n.position, width: measured?.width ?? NEW_NODE_SIZE.width, height: measured?.height ?? NEW_NODE_SIZE.height };
    });
}

const alignCommand = (how: Alignment): CommandBehaviour => ({
  id: `arrange.align.${how}`,
  enabled: (s) => s.selectedNodeIds.length > 1,
  // One moveNodes call: one edit, one undo step.
  run: (ctx) => ctx.store.getState().moveNodes(alignMoves(selectedBoxes(ctx), how)),
});

const distributeCommand = (how: Distribution): CommandBehaviour => ({
  id: `arrange.distribute.${how}`,
  enabled: (s) => s.selectedNodeIds.length > 2,
  run: (ctx) => ctx.store.getState().moveNodes(distributeMoves(selectedBoxes(ctx), how)),
});

/** The Arrange group, in menu order (the context menu of a selection shows them too). */
export const ARRANGE_COMMAND_IDS = [
  ...(['left', 'center', 'right', 'top', 'middle', 'bottom'] as const).map((a) => `arrange.align.${a}`),
  'arrange.distribute.horizontal',
  'arrange.distribute.vertical',
] as const;

export const WORKDAY_COMMANDS: readonly CommandBehaviour[] = [
  // Figma: Shift+0 is 100 %, Shift+1 fit (view.fitView), Shift+2 the selection; diagrams.net: Ctrl+Shift+H.
  {
    id: 'view.zoom100',
    enabled: always,
    run: (ctx) => void ctx.flow.zoomTo(1, { duration: 150 }),
  },
  {
    id: 'view.zoomSelection',
    enabled: hasNodeSelection,
    run: (ctx) => {
      const ids = ctx.store.getState().selectedNodeIds;
      void ctx.flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.3, duration: 200, maxZoom: 1.5 });
    },
  },
  // Find (FindDialog.tsx): also while typing in a field, as in Figma, instead of the browser's own.
  {
    id: 'edit.find',
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'find' }),
  },
  ...(['left', 'center', 'right', 'top', 'middle', 'bottom'] as const).map(alignCommand),
  ...(['horizontal', 'vertical'] as const).map(distributeCommand),
  // Print: every scenario, one per page, as the PDF export draws them; also from a text field.
  {
    id: 'file.print',
    enabled: always,
    run: (ctx) => {
      const { document, language } = ctx.store.getState();
      // The SVG renderer and the fonts load with the first print, not with the app.
      void Promise.all([import('../export/fonts'), import('../export/print')]).then(async ([{ fontFaceCss, withFonts }, { printDocument, printPages }]) => {
        const css = await fontFaceCss().catch(() => '');
        const now = new Date();
        const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        await printDocument(printPages(document, language, date), (svg) => Promise.resolve(css ? withFonts(svg, css) : svg));
      });
    },
  },
  // Open Recent where the app keeps the list (browser); the desktop has it in its File menu.
  {
    id: 'file.openRecent',
    enabled: (_s, ctx) => ctx.platform.recent !== undefined,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'recent' }),
  },
  // The context menu from the keyboard (Windows' Shift+F10 and the Menu key), for what has the focus.
  {
    id: 'edit.contextMenu',
    enabled: always,
    run: (ctx) => openContextMenuFromKeyboard(ctx),
  },
];

/** Opens the context menu for the focused node or relation, else the selected nodes, else the pane. */
function openContextMenuFromKeyboard(ctx: CommandContext): void {
  const state = ctx.store.getState();
  const active = document.activeElement instanceof Element ? document.activeElement : null;
  const centre = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const node = active?.closest<HTMLElement>('.react-flow__node');
  const nodeId = node?.dataset.id;
  if (node && nodeId) {
    if (!state.selectedNodeIds.includes(nodeId as NodeId)) state.select([nodeId as NodeId], []);
    state.openDialog({ type: 'contextMenu', target: 'node', ...centre(node) });
    return;
  }
  const edge = active?.closest<SVGElement>('.react-flow__edge');
  const edgeId = edge?.dataset.id;
  if (edge && edgeId) {
    if (!state.selectedEdgeIds.includes(edgeId as EdgeId)) state.select([], [edgeId as EdgeId]);
    state.openDialog({ type: 'contextMenu', target: 'edge', ...centre(edge) });
    return;
  }
  const firstSelected = state.selectedNodeIds[0];
  const selectedEl = firstSelected ? document.querySelector(`.react-flow__node[data-id="${CSS.escape(firstSelected)}"]`) : null;
  if (selectedEl) {
    state.openDialog({ type: 'contextMenu', target: 'node', ...centre(selectedEl) });
    return;
  }
  const pane = document.querySelector('.react-flow__pane') ?? document.body;
  state.openDialog({ type: 'contextMenu', target: 'pane', ...centre(pane) });
}
