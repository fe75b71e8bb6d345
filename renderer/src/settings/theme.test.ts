// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyTheme, DARK_QUERY, resolveTheme, systemPrefersDark } from './theme';

const media = (dark: boolean) => ({ matchMedia: (q: string) => ({ matches: q === DARK_QUERY && dark }) as MediaQueryList });

describe('theme', () => {
  it('follows the system only when set to system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('reads the system preference, light where it cannot be asked', () => {
    expect(systemPrefersDark(media(true))).toBe(true);
    expect(systemPrefersDark(media(false))).toBe(false);
    expect(systemPrefersDark({} as Pick<Window, 'matchMedia'>)).toBe(false);
  });

  it('puts the theme on the root element', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.colorScheme).toBe('dark');
    applyTheme(root, 'light');
    expect(root.getAttribute('data-theme')).toBe('light');
  });
});
