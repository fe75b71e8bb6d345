/**
 * The document's life in the renderer: New, Open (the chooser, a file dropped on the window, a file
 * the shell opens on its own) and Save / Save As. The renderer's half of
 * electron/main/documents.ts: the shell reads and writes the bytes (or the browser adapter does),
 * this module decides what the app does with them. The same four names as main's module.
 *
 * The work is in plain functions of {@link DocumentServices} (tested without React in
 * useDocumentActions.test.ts); {@link useDocumentActions} wires them to the services, the platform's
 * "a document arrived" event and the unsaved-changes dialog's Save button.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DOCUMENT_TITLE_NAME, safeFileName } from '../../../shared/io/fileName';
import type { OpenResult } from '../../../shared/ipc';
import { emptyDocument, parseDocument, serializeDocument } from '../../../shared/model';
import type { Platform } from '../platform';
import { parsedDocumentOf } from '../platform/mapReader';
import type { AppStore } from '../store';
import { useServices } from '../ui/context';
import type { RecoveryControl } from '../recovery/useRecovery';
import { confirmDiscard, registerDiscardSaver } from './confirmDiscard';

/** New, Open, Save and a dropped file: the document commands of the registry's AppActions. */
export interface DocumentActions {
  newDocument(): void;
  openDocument(): void;
  saveDocument(saveAs?: boolean): void;
  openDroppedFile(file: File): void;
}

/** What the document actions work with. */
export interface DocumentServices {
  readonly store: AppStore;
  readonly platform: Platform;
  readonly t: TFunction<'ui'>;
}

/** The services with only the platform calls a function makes (tests pass a stand-in). */
type Slice<K extends keyof Platform> = Omit<DocumentServices, 'platform'> & { readonly platform: Pick<Platform, K> };

/** A file name for a download: the title made safe, or "map". */
export function suggestedName(title: string, fileName: string | null): string {
  if (fileName) return fileName.endsWith('.orgmap') ? fileName : `${fileName}.orgmap`;
  return safeFileName(title, 'orgmap', DOCUMENT_TITLE_NAME);
}

/**
 * A file the platform opened (chosen, dropped, or opened by the shell): shown once it parses and the
 * user lets go of unsaved changes; a refused file changes nothing and says why.
 */
export function acceptOpened({ store, platform, t }: Slice<'adoptDocument'>, result: OpenResult): void {
  if (result.canceled) return;
  // A refused file changes nothing: not the document, not where Save writes.
  if ('error' in result) {
    store.getState().showHint('openFailed', { message: result.error }, 'error');
    return;
  }
  // Parsed and validated already where the platform did it off the main thread (the web build's open worker).
  const known = parsedDocumentOf(result);
  const parsed = known ? ({ ok: true, document: known } as const) : parseDocument(result.text, result.name);
  if (!parsed.ok) {
    store.getState().showHint('openFailed', { message: parsed.error.message }, 'error');
    return;
  }
  void confirmDiscard(store, t('dialog.discardOpen', { file: result.name })).then((ok) => {
    if (!ok) return;
    store.getState().loadDocument(parsed.document, result.name);
    platform.adoptDocument(result);
    store.getState().showHint('opened', { file: result.name });
  });
}

/** Saves (or downloads) the map; true when it was written. */
export async function saveMap(
  { store, platform }: Omit<Slice<'saveDocument'>, 't'>,
  recovery: Pick<RecoveryControl, 'draftId'>,
  saveAs: boolean,
): Promise<boolean> {
  const { document, fileName } = store.getState();
  const text = serializeDocument(document);
  const recoveryId = recovery.draftId();
  const r = await platform.saveDocument({ text, suggestedName: suggestedName(document.title, fileName), saveAs, ...(recoveryId ? { recoveryId } : {}) });
  if (r.canceled) return false;
  if ('error' in r) {
    store.getState().showHint('saveFailed', { message: r.error }, 'error');
    return false;
  }
  // Only if nothing changed while the save was in flight.
  if (store.getState().document === document) store.getState().markSaved(r.name);
  store.getState().showHint('saved', { file: r.name });
  return true;
}

/** File ▸ New: an empty map with one scenario, once unsaved changes are let go; Save then asks where. */
export function newMap({ store, platform, t }: Slice<'adoptDocument'>): void {
  void confirmDiscard(store, t('commands:file.new')).then((ok) => {
    if (!ok) return;
    store.getState().loadDocument(emptyDocument('', t('app.current')), null);
    platform.adoptDocument(null);
  });
}

/**
 * The document actions for the shell's command context. Also listens for documents the platform
 * opens on its own, and lets the unsaved-changes dialog's Save button save the same way.
 */
export function useDocumentActions(recovery: RecoveryControl): DocumentActions {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();

  const handleOpened = useCallback((result: OpenResult) => acceptOpened({ store, platform, t }, result), [store, platform, t]);

  useEffect(() => platform.onDocumentOpened(handleOpened), [platform, handleOpened]);

  const save = useCallback((saveAs: boolean): Promise<boolean> => saveMap({ store, platform }, recovery, saveAs), [store, platform, recovery]);
  // The unsaved-changes dialog's Save button saves the same way.
  useEffect(() => registerDiscardSaver(() => save(false)), [save]);

  return useMemo(
    () => ({
      newDocument() {
        newMap({ store, platform, t });
      },
      openDocument() {
        void platform.openDocument().then(handleOpened);
      },
      saveDocument(saveAs = false) {
        void save(saveAs);
      },
      openDroppedFile(file: File) {
        void platform.openDroppedFile(file).then(handleOpened);
      },
    }),
    [store, platform, handleOpened, save, t],
  );
}
