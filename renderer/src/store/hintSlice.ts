import type { HintSlice, Slice } from './types';

export const createHintSlice: Slice<HintSlice> = (set, get) => {
  /** Numbers this store's hints, so the same hint shown twice still re-shows (one counter per store). */
  let hintSeq = 0;
  return {
    hint: null,
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
  };
};
