import '@xyflow/react/dist/style.css';
import './styles.css';
import './a11y.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadViews } from './app/lazy';
import { createI18n, systemLanguage } from './i18n';
import { createPlatform } from './platform';
import { defaultSettings, loadSettings, stateOf } from './settings/settings';
import { applyTheme, resolveTheme, systemPrefersDark } from './settings/theme';
import { createAppStore } from './store';

/**
 * Settings are read before the first render, so the first frame already has the user's theme and
 * language (no flash of the light theme or of the system language).
 */
async function start(): Promise<void> {
  const platform = createPlatform();
  const settings = await loadSettings(platform.settings, defaultSettings(systemLanguage()));
  applyTheme(document.documentElement, resolveTheme(settings.theme, systemPrefersDark()));
  document.documentElement.lang = settings.language;
  const store = createAppStore(stateOf(settings));
  const i18n = createI18n(settings.language);

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App store={store} platform={platform} i18n={i18n} />
      </StrictMode>,
    );
  }
  // The views an empty map does not need (app/lazy.tsx) are fetched a while after the start, when
  // the browser is idle, so a dialog opened later need not wait and the start does not share with them.
  setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(preloadViews, { timeout: 5000 });
    else preloadViews();
  }, 3000);
}

void start();
