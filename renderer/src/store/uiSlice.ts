import type { Slice, UiSlice } from './types';

export function initialUiState(language: 'en' | 'nl' = 'en'): Pick<UiSlice, 'language' | 'hint' | 'clipboard' | 'dragging' | 'snapToGrid' | 'dialog'> {
  return { language, hint: null, clipboard: null, dragging: false, snapToGrid: true, dialog: null };
}

let hintSeq = 0;

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
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
  openDialog(dialog) {
    set({ dialog });
  },
  closeDialog() {
    if (get().dialog) set({ dialog: null });
  },
});
