/** The unsaved-changes question (confirmDiscard.ts): Save, Don't Save, Cancel; Save has the focus. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { answerDiscard, discardQuestion, subscribeDiscardQuestion } from './confirmDiscard';

export function ConfirmDiscardDialog() {
  const { t } = useTranslation('ui');
  const question = useSyncExternalStore(subscribeDiscardQuestion, discardQuestion);
  if (!question) return null;
  return (
    <Modal title={t('editor.confirm.title')} testId="confirm-discard" onClose={() => answerDiscard('cancel')}>
      <p data-testid="confirm-discard.message">{t('editor.confirm.message', { action: question.action })}</p>
      <p className="confirm__detail">{t('editor.confirm.detail')}</p>
      <div className="modal__actions confirm__actions">
        {question.canSave && (
          <button type="button" className="primary" data-testid="confirm-discard.save" data-autofocus onClick={() => answerDiscard('save')}>
            {t('editor.confirm.save')}
          </button>
        )}
        <button type="button" data-testid="confirm-discard.discard" {...(question.canSave ? {} : { 'data-autofocus': true })} onClick={() => answerDiscard('discard')}>
          {t('editor.confirm.discard')}
        </button>
        <button type="button" data-testid="confirm-discard.cancel" onClick={() => answerDiscard('cancel')}>
          {t('editor.confirm.cancel')}
        </button>
      </div>
    </Modal>
  );
}
