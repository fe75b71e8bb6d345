import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { THEMES } from '../../../shared/settings';
import { LANGUAGES } from '../i18n';
import type { AppState } from '../store/types';
import { useAppStore, useServices } from '../ui/context';
import { Modal } from '../ui/Modal';

const selectSettings = (s: AppState) => ({ language: s.language, theme: s.theme, showGrid: s.showGrid, snap: s.snapToGrid });

/**
 * Settings (command `app.settings`, Ctrl/⌘+,): language, theme, grid and snap. A change applies at
 * once and is kept by the platform (see settings/settings.ts); there is nothing to confirm.
 */
export function SettingsDialog() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  const settings = useAppStore(useShallow(selectSettings));
  const state = store.getState;
  return (
    <Modal title={t('look.settings.title')} testId="settings" onClose={() => state().closeDialog()}>
      <div className="settings">
        <label className="field">
          <span>{t('look.settings.language')}</span>
          <select
            data-testid="settings.language"
            data-autofocus
            value={settings.language}
            onChange={(e) => {
              const next = LANGUAGES.find((l) => l === e.target.value);
              if (next) state().setLanguage(next);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="settings__group">
          <legend>{t('look.settings.theme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="settings__choice">
              <input
                type="radio"
                name="settings-theme"
                value={theme}
                data-testid={`settings.theme.${theme}`}
                checked={settings.theme === theme}
                onChange={() => state().setTheme(theme)}
              />
              {t(`look.settings.themes.${theme}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="settings__group">
          <legend>{t('look.settings.canvas')}</legend>
          <label className="settings__choice">
            <input type="checkbox" data-testid="settings.grid" checked={settings.showGrid} onChange={(e) => state().setShowGrid(e.target.checked)} />
            {t('look.settings.grid')}
          </label>
          <label className="settings__choice">
            <input type="checkbox" data-testid="settings.snap" checked={settings.snap} onChange={(e) => state().setSnapToGrid(e.target.checked)} />
            {t('look.settings.snap')}
          </label>
        </fieldset>
        <p className="panel-help">{t(platform.kind === 'electron' ? 'look.settings.keptDesktop' : 'look.settings.keptBrowser')}</p>
      </div>
      <div className="modal__actions">
        <button type="button" className="primary" data-testid="settings.done" onClick={() => state().closeDialog()}>
          {t('look.settings.done')}
        </button>
      </div>
    </Modal>
  );
}
