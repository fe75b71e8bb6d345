import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeDocument } from '../../../shared/model';
import type { Platform } from '../platform';
import { RecoveryStorageError } from './browserStore';
import { newDraftId } from './draft';
import { findOffer } from './offer';
import { createRecoveryWriter, type RecoveryWriter } from './writer';
import type { AppStore } from '../store';
import type { RestoreOffer } from '../store/types';
import { confirmDiscard } from '../document/confirmDiscard';

export interface RecoveryControl {
  /** The id of this document's draft, sent with a save so the shell removes it. */
  draftId(): string;
  /** Loads the offered draft as an unsaved map; its draft stays until the map is saved. */
  restore(offer: RestoreOffer): void;
  /** Deletes the offered draft for good, then offers the next one (if any). */
  discard(offer: RestoreOffer): Promise<void>;
  /** Closes the offer and keeps the draft for the next start. */
  later(): void;
}

export function formatTime(ms: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
}

function reasonText(t: TFunction<'ui'>, error: unknown): string {
  if (error instanceof RecoveryStorageError) return t(`recovery.reason.${error.reason}`);
  return t('recovery.reason.other', { message: error instanceof Error ? error.message : String(error) });
}

/**
 * Recovery, the app's half: keeps a draft of unsaved work through the platform (debounced, see
 * recovery/writer.ts), removes it once nothing is unsaved, and at start offers the drafts an
 * earlier run left behind, newest first. A draft that cannot be read or that the reader refuses
 * is reported in words and removed; it never reaches the store.
 */
export function useRecovery(store: AppStore, platform: Platform): RecoveryControl {
  // The i18n instance is stable; words are looked up when needed, in the language of that moment.
  const { i18n } = useTranslation('ui');
  const words = useMemo(() => () => ({ t: i18n.getFixedT(null, 'ui') as TFunction<'ui'>, language: i18n.language }), [i18n]);
  // Read through a ref: the writer and its draft id must live as long as the window, whatever
  // re-renders (a language switch) hand us; a new writer would offer this window's own draft back.
  const wordsRef = useRef(words);
  useEffect(() => {
    wordsRef.current = words;
  }, [words]);
  const writerRef = useRef<RecoveryWriter | null>(null);
  const offerNextRef = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => {
    const writer = createRecoveryWriter({
      sink: platform.recovery,
      id: newDraftId(),
      snapshot: () => {
        const s = store.getState();
        return s.document === s.savedDocument ? null : { text: serializeDocument(s.document), fileName: s.fileName };
      },
      onError: (error) => store.getState().showHint('recoveryFailed', { reason: reasonText(wordsRef.current().t, error) }, 'error'),
      onRecovered: () => store.getState().showHint('recoveryResumed'),
    });
    writerRef.current = writer;

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.document === prev.document && s.savedDocument === prev.savedDocument) return;
      if (s.document !== s.savedDocument) writer.schedule();
      else void writer.clear();
    });
    const onHide = () => void writer.flush();
    window.addEventListener('pagehide', onHide);

    let cancelled = false;
    const seen = new Set<string>();

    offerNextRef.current = async () => {
      const { t, language } = wordsRef.current();
      const offer = await findOffer(
        platform.recovery,
        (id) => cancelled || id === writer.id || seen.has(id),
        (problem) =>
          store.getState().showHint(
            'draftRefused',
            {
              message:
                problem.kind === 'refused'
                  ? problem.message
                  : t('recovery.unreadable', { when: problem.savedAt > 0 ? formatTime(problem.savedAt, language) : t('recovery.unknownTime') }),
            },
            'error',
          ),
        t('app.untitled'),
      );
      if (cancelled || !offer) return;
      seen.add(offer.id);
      store.getState().openDialog({ type: 'restore', offer });
    };
    void offerNextRef.current();

    return () => {
      cancelled = true;
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      void writer.flush();
      writer.dispose();
      writerRef.current = null;
    };
  }, [store, platform]);

  return useMemo(
    () => ({
      draftId: () => writerRef.current?.id ?? '',
      restore(offer) {
        const writer = writerRef.current;
        const { t: tt, language } = words();
        if (!writer) return;
        void confirmDiscard(store, tt('recovery.action')).then((ok) => {
          if (!ok) return;
          // From now on the restored map's draft is the one kept (and removed when it is saved).
          // This window's own draft (if it wrote one) goes; the writer keeps the offered one up to date.
          void writer.clear();
          writer.setId(offer.id);
          store.getState().loadDocument(offer.document, offer.fileName, { unsaved: true });
          platform.adoptDocument(null);
          store.getState().showHint('restored', { time: formatTime(offer.savedAt, language) });
        });
      },
      async discard(offer) {
        store.getState().closeDialog();
        await platform.recovery.clear(offer.id).catch(() => undefined);
        await offerNextRef.current();
      },
      later() {
        store.getState().closeDialog();
      },
    }),
    [store, platform, words],
  );
}
