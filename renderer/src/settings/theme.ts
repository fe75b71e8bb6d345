import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../shared/ipc';
import { useAppStore } from '../ui/context';

/** The theme the page shows: the setting, with `system` resolved by the OS preference. */
export type ResolvedTheme = 'light' | 'dark';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Theme, systemDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

export function systemPrefersDark(win: Pick<Window, 'matchMedia'> | undefined = globalThis.window): boolean {
  return typeof win?.matchMedia === 'function' ? win.matchMedia(DARK_QUERY).matches : false;
}

/**
 * Puts the theme on the root element: `data-theme` selects the colour variables in styles.css;
 * `color-scheme` gives form controls and scroll bars the matching look.
 */
export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}

function subscribeSystem(callback: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', callback);
  return () => query.removeEventListener('change', callback);
}

const getSystemDark = () => systemPrefersDark();

/** Whether the OS prefers dark, following its changes. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeSystem, getSystemDark, () => false);
}

const selectTheme = (s: { theme: Theme }) => s.theme;

/** The theme in effect now (the setting, or the OS preference when it is `system`). */
export function useResolvedTheme(): ResolvedTheme {
  const theme = useAppStore(selectTheme);
  return resolveTheme(theme, useSystemDark());
}
