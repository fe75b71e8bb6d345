import { useTranslation } from 'react-i18next';
import type { RestoreOffer } from '../store/types';
import { Modal } from '../ui/Modal';
import { formatTime, type RecoveryControl } from './useRecovery';

/** The offer to restore unsaved work from an earlier run: Restore, Discard, or close to decide later. */
export function RestoreDialog({ offer, control }: { offer: RestoreOffer; control: RecoveryControl }) {
  const { t, i18n } = useTranslation('ui');
  const nodes = offer.document.scenarios.reduce((n, s) => n + s.nodes.length, 0);
  return (
    <Modal title={t('recovery.title')} testId="restore-dialog" onClose={() => control.later()}>
      <p>{t('recovery.intro')}</p>
      <dl className="restore-facts">
        <dt>{t('recovery.map')}</dt>
        <dd data-testid="restore.title">{offer.document.title || t('app.untitled')}</dd>
        {offer.fileName !== null && (
          <>
            <dt>{t('recovery.file')}</dt>
            <dd data-testid="restore.file">{offer.fileName}</dd>
          </>
        )}
        <dt>{t('recovery.savedAt')}</dt>
        <dd>
          <time data-testid="restore.savedAt" dateTime={new Date(offer.savedAt).toISOString()}>
            {formatTime(offer.savedAt, i18n.language)}
          </time>
        </dd>
        <dt>{t('recovery.nodes')}</dt>
        <dd data-testid="restore.nodes">{nodes}</dd>
      </dl>
      <p className="panel-help">{t('recovery.discardHelp')}</p>
      <div className="modal__actions">
        <button type="button" data-testid="restore.discard" onClick={() => void control.discard(offer)}>
          {t('recovery.discard')}
        </button>
        <button type="button" className="primary" data-testid="restore.restore" data-autofocus="" onClick={() => control.restore(offer)}>
          {t('recovery.restore')}
        </button>
      </div>
    </Modal>
  );
}
