import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import { useAppStore, useServices } from '../ui/context';
import { selectLanguage } from '../store/selectors';
import { switchLanguage } from '../i18n';

/** Keeps i18next, <html lang> and the store's language in step. */
export function LanguageSync({ i18n }: { i18n: I18n }) {
  const { platform } = useServices();
  const language = useAppStore(selectLanguage);
  useEffect(() => {
    void switchLanguage(i18n, language);
    document.documentElement.lang = language;
    platform.setLanguage(language);
  }, [i18n, language, platform]);
  return null;
}
