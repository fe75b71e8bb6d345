/**
 * The registry's commands of a strategist's working day (issue #16): zoom levels, find, align and
 * distribute, the context menu. Kept beside commands.ts, which lists them with the rest, so menus,
 * shortcuts, the help sheet and the context menu all read them.
 */
import type { Command } from './commands';
import type { AppState } from '../store/types';

const always = () => true;
const hasNodeSelection = (s: AppState) => s.selectedNodeIds.length > 0;

export const WORKDAY_COMMANDS: readonly Command[] = [
  // Figma: Shift+0 is 100 %, Shift+1 fit (view.fitView), Shift+2 the selection; diagrams.net: Ctrl+Shift+H.
  {
    id: 'view.zoom100',
    labelKey: 'editor.cmd.zoom100',
    shortcuts: [{ key: 'Digit0', shift: true, byCode: true }, { key: 'h', mod: true, shift: true }],
    enabled: always,
    run: (ctx) => void ctx.flow.zoomTo(1, { duration: 150 }),
  },
  {
    id: 'view.zoomSelection',
    labelKey: 'editor.cmd.zoomSelection',
    shortcuts: [{ key: 'Digit2', shift: true, byCode: true }],
    enabled: hasNodeSelection,
    run: (ctx) => {
      const ids = ctx.store.getState().selectedNodeIds;
      void ctx.flow.fitView({ nodes: ids.map((id) => ({ id })), padding: 0.3, duration: 200, maxZoom: 1.5 });
    },
  },
  // Find (FindDialog.tsx): also while typing in a field, as in Figma, instead of the browser's own.
  {
    id: 'edit.find',
    labelKey: 'editor.cmd.find',
    shortcuts: [{ key: 'f', mod: true }],
    inTextFields: true,
    enabled: always,
    run: (ctx) => ctx.store.getState().openDialog({ type: 'find' }),
  },
];
