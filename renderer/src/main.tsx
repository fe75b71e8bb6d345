import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n, systemLanguage } from './i18n';
import { createPlatform } from './platform';
import { createAppStore } from './store';

const language = systemLanguage();
const store = createAppStore({ language });
const i18n = createI18n(language);
const platform = createPlatform();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} platform={platform} i18n={i18n} />
    </StrictMode>,
  );
}
