import { useEffect } from 'react';
import { useServices } from '../ui/context';
import { persistSettings } from './settings';
import { applyTheme, useResolvedTheme } from './theme';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps the settings: puts the theme in effect on <html>, saves every settings change through the
 * platform, and opens the welcome on the first start.
 */
export function SettingsSync() {
  const { store, platform } = useServices();
  const theme = useResolvedTheme();

  useEffect(() => applyTheme(document.documentElement, theme), [theme]);

  useEffect(
    () => persistSettings(store, platform.settings, (error) => store.getState().showHint('settingsFailed', { message: message(error) }, 'error')),
    [store, platform],
  );

  useEffect(() => {
    const state = store.getState();
    if (!state.welcomed && state.dialog === null) state.openDialog({ type: 'welcome' });
  }, [store]);

  // A map that arrives while the welcome shows (a file double-clicked to start the app, a template)
  // is a start: loading closes the welcome, and it counts as dismissed.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.loadCount !== previous.loadCount && previous.dialog?.type === 'welcome') state.setWelcomed(true);
      }),
    [store],
  );

  return null;
}
