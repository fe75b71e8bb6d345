import { useTranslation } from 'react-i18next';
import { version } from '../../../package.json';
import { useServices } from '../ui/context';
import { Modal } from '../ui/Modal';

/** Help ▸ About where the shell has no About box of its own (the browser). */
export function AboutDialog() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  return (
    <Modal title={t('look.about.title')} testId="about" onClose={() => store.getState().closeDialog()}>
      <p className="about__name">
        <strong>{t('app.name')}</strong> <span data-testid="about.version">{t('look.about.version', { version })}</span>
      </p>
      <p>{t('look.about.description')}</p>
      <p className="panel-help">{t('look.about.models')}</p>
      <div className="modal__actions">
        <button type="button" className="primary" data-autofocus onClick={() => store.getState().closeDialog()}>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
