/**
 * Copy as Image (command `file.copyImage`): the active scenario, or only the selected nodes, as a
 * 2× PNG on a white background, put on the clipboard by the platform (the Clipboard API in a
 * browser, Electron's clipboard through the bridge on the desktop). The drawing code loads on
 * first use; the clipboard write starts at once, within the key press or click that asked.
 */
import type { TFunction } from 'i18next';
import type { Platform } from '../platform';
import type { AppStore } from '../store';

export function copyAsImage(store: AppStore, platform: Platform, t: TFunction<'ui'>): Promise<void> {
  const { document, scenarioId, selectedNodeIds, language } = store.getState();
  const png = import('./run').then((m) => m.clipboardPng(document, scenarioId, selectedNodeIds, language));
  // The outcome is reported below; this keeps an early rejection from counting as unhandled.
  png.catch(() => undefined);
  return platform.copyImage(png).then(
    async (result) => {
      if (result.ok) {
        store.getState().showHint('exporting.copied');
        return;
      }
      const drawing = await png.then(
        () => null,
        (error: unknown) => error,
      );
      const key = drawing instanceof Error && (drawing.message === 'tooLarge' || drawing.message === 'draw') ? `exporting.error.${drawing.message}` : null;
      store.getState().showHint('exporting.copyFailed', { message: key ? t(key) : result.error }, 'error');
    },
    (error: unknown) => store.getState().showHint('exporting.copyFailed', { message: error instanceof Error ? error.message : String(error) }, 'error'),
  );
}
