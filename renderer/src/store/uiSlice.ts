import type { ScenarioId } from '../../../shared/model/types';
import { TARGET_ID } from './scenarios';
import type { Slice, UiSlice } from './types';

export function initialUiState(
  language: 'en' | 'nl' = 'en',
): Pick<UiSlice, 'language' | 'hint' | 'clipboard' | 'dragging' | 'snapToGrid' | 'theme' | 'showGrid' | 'welcomed' | 'dialog' | 'compare' | 'renamingScenario'> {
  return { language, hint: null, clipboard: null, dragging: false, snapToGrid: true, theme: 'system', showGrid: true, welcomed: false, dialog: null, compare: null, renamingScenario: null };
}

export const createUiSlice: Slice<UiSlice> = (set, get) => {
  /** Numbers this store's hints, so the same hint shown twice still re-shows (one counter per store). */
  let hintSeq = 0;
  return {
    ...initialUiState(),
    setLanguage(language) {
      set({ language });
    },
    showHint(key, params, tone = 'info') {
      hintSeq += 1;
      set({ hint: { key, tone, seq: hintSeq, ...(params ? { params } : {}) } });
    },
    showRefusal(refusal) {
      hintSeq += 1;
      set({ hint: { key: 'refusal', refusal, tone: 'error', seq: hintSeq } });
    },
    clearHint() {
      if (get().hint) set({ hint: null });
    },
    setDragging(dragging) {
      if (get().dragging !== dragging) set({ dragging });
    },
    toggleSnapToGrid() {
      set({ snapToGrid: !get().snapToGrid });
    },
    setSnapToGrid(snapToGrid) {
      if (get().snapToGrid !== snapToGrid) set({ snapToGrid });
    },
    setTheme(theme) {
      if (get().theme !== theme) set({ theme });
    },
    setShowGrid(showGrid) {
      if (get().showGrid !== showGrid) set({ showGrid });
    },
    setWelcomed(welcomed) {
      if (get().welcomed !== welcomed) set({ welcomed });
    },
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
  };
};
