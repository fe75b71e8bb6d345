import { useTranslation } from 'react-i18next';
import { useAppStore } from '../ui/context';
import { LANGUAGES } from '../i18n';
import { selectLanguage, selectSetLanguage } from '../store/selectors';

export function LanguageSwitch() {
  const { t } = useTranslation('ui');
  const language = useAppStore(selectLanguage);
  const setLanguage = useAppStore(selectSetLanguage);
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
          if (next) setLanguage(next);
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
