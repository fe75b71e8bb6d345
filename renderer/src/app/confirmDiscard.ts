import type { TFunction } from 'i18next';
import type { AppStore } from '../store';

/**
 * Replacing the map (new, template, open) clears the undo history, so unsaved work would be lost
 * for good: ask first. Returns true when there is nothing to lose or the user agrees.
 */
export function confirmDiscard(store: AppStore, t: TFunction<'ui'>, action: string): boolean {
  const { document, savedDocument } = store.getState();
  if (document === savedDocument) return true;
  return window.confirm(t('dialog.discard', { action }));
}
