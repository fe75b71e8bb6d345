/** File ▸ Open Recent in the browser build: the maps opened or saved here, newest first. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useServices } from '../ui/context';
import { Modal } from '../ui/Modal';
import { selectLanguage } from '../store/selectors';

type Entry = { readonly id: string; readonly name: string; readonly openedAt: number };

export function RecentDialog() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  const language = useAppStore(selectLanguage);
  const [entries, setEntries] = useState<readonly Entry[] | null>(null);
  const recent = platform.recent;
  useEffect(() => {
    let live = true;
    void recent?.list().then((list) => {
      if (live) setEntries(list);
    });
    return () => {
      live = false;
    };
  }, [recent]);
  // The list arrives after the dialog opened: the newest entry gets the focus then.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [entries]);
  const close = () => store.getState().closeDialog();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Modal title={t('editor.recent.title')} testId="recent-dialog" onClose={close}>
      <p className="panel-help">{t('editor.recent.help')}</p>
      {entries && entries.length === 0 && <p data-testid="recent.none">{t('editor.recent.none')}</p>}
      {entries && entries.length > 0 && (
        <ul className="recent__list">
          {entries.map((entry, index) => (
            <li key={entry.id}>
              <button
                type="button"
                className="recent__item"
                data-testid="recent.item"
                ref={index === 0 ? first : undefined}
                onClick={() => {
                  close();
                  // The adapter hands the file to the app like any opened file (asks about unsaved changes).
                  void recent?.open(entry.id);
                }}
              >
                <span className="recent__name">{entry.name}</span>
                <span className="recent__when">{when.format(entry.openedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal__actions">
        {entries && entries.length > 0 && (
          <button
            type="button"
            data-testid="recent.clear"
            onClick={() => {
              void recent?.clear().then(() => setEntries([]));
            }}
          >
            {t('editor.recent.clear')}
          </button>
        )}
        <button type="button" className="primary" onClick={close}>
          {t('editor.recent.close')}
        </button>
      </div>
    </Modal>
  );
}
