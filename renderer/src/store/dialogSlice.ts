import type { ScenarioId } from '../../../shared/model/types';
import { TARGET_ID } from '../../../shared/model/edits';
import type { DialogSlice, Slice } from './types';

export function initialDialogState(): Pick<DialogSlice, 'dialog' | 'compare' | 'renamingScenario'> {
  return { dialog: null, compare: null, renamingScenario: null };
}

export const createDialogSlice: Slice<DialogSlice> = (set, get) => ({
  ...initialDialogState(),
  openDialog(dialog) {
    set({ dialog });
  },
  closeDialog() {
    if (get().dialog) set({ dialog: null });
  },
  openCompare(pair = {}) {
    const scenarios = get().document.scenarios;
    const first = scenarios[0];
    if (!first) return;
    const ids = new Set<string>(scenarios.map((s) => s.id));
    const prev = get().compare;
    const pick = (...candidates: (ScenarioId | undefined)[]): ScenarioId => candidates.find((c) => c !== undefined && ids.has(c)) ?? first.id;
    const defaultTo = scenarios.find((s) => s.id === TARGET_ID) ?? scenarios[scenarios.length - 1] ?? first;
    const from = pick(pair.from, prev?.from, first.id);
    const to = pick(pair.to, prev?.to, defaultTo.id);
    const sideBySide = pair.sideBySide ?? prev?.sideBySide ?? false;
    // The canvas shows `to`, with what changed since `from` marked on it.
    set({ compare: { from, to, ...(sideBySide ? { sideBySide } : {}) }, scenarioId: to, selectedNodeIds: [], selectedEdgeIds: [] });
  },
  startRenameScenario(id) {
    if (get().renamingScenario !== id) set({ renamingScenario: id });
  },
  closeCompare() {
    if (get().compare) set({ compare: null });
  },
});
