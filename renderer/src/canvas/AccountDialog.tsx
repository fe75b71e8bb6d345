import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS, type Position } from '../../../shared/model/types';
import { selectScenario } from '../store/selectors';
import { PlatformMark } from './marks';
import { useServices } from '../ui/context';
import { Modal } from '../ui/Modal';

/** A new account asks for its platform (and, optionally, its handle) before it is added. */
export function AccountDialog({ position }: { position: Position }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const [handle, setHandle] = useState('');
  const close = () => store.getState().closeDialog();
  const countOnPlatform = (platform: string) => selectScenario(store.getState()).nodes.filter((n) => n.platform === platform).length;
  return (
    <Modal title={t('dialog.accountTitle')} testId="account-dialog" onClose={close}>
      <label className="field">
        <span>{t('inspector.handle')}</span>
        <input
          data-testid="account.handle"
          // The handle first: a strategist types it, then picks the platform (Enter goes there).
          data-autofocus=""
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            e.currentTarget.closest('dialog')?.querySelector<HTMLElement>('[data-testid^="account.platform."]')?.focus();
          }}
          value={handle} maxLength={100} placeholder={t('inspector.handlePlaceholder')} onChange={(e) => setHandle(e.target.value)} />
      </label>
      <p className="panel-help">{t('dialog.accountHelp')}</p>
      <ul className="platform-grid">
        {PLATFORMS.map((platform) => (
          <li key={platform}>
            <button
              type="button"
              data-testid={`account.platform.${platform}`}
              onClick={() => {
                const name = t(`platform.${platform}`);
                store.getState().closeDialog();
                store.getState().addNode('account', position, {
                  platform,
                  label: handle.trim() || `${name} ${countOnPlatform(platform) + 1}`,
                  ...(handle.trim() ? { handle: handle.trim() } : {}),
                });
              }}
            >
              <PlatformMark platform={platform} size={24} />
              <span>{t(`platform.${platform}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="modal__actions">
        <button type="button" onClick={close}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
