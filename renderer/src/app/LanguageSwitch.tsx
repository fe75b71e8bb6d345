import { useTranslation } from 'react-i18next';
import { useAppStore } from './context';
import { LANGUAGES, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation('ui');
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        data-testid="language.switch"
        aria-label={t('language.label')}
        value={language}
        onChange={(e) => {
          const value = e.target.value;
          const next = LANGUAGES.find((l) => l === value);
          if (next) setLanguage(next as Language);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
