import type { Slice, SettingsSlice } from './types';

/** The settings (renderer/src/settings) as a store starts: English, snap and grid on, the system theme, no welcome seen. */
export function initialSettingsState(
  language: 'en' | 'nl' = 'en',
): Pick<SettingsSlice, 'language' | 'snapToGrid' | 'theme' | 'showGrid' | 'welcomed'> {
  return { language, snapToGrid: true, theme: 'system', showGrid: true, welcomed: false };
}

export const createSettingsSlice: Slice<SettingsSlice> = (set, get) => ({
  ...initialSettingsState(),
  setLanguage(language) {
    set({ language });
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
});
