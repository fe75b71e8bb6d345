/** switchLanguage (issue 17): no `languageChanged`, so no re-render, when the language stays. */
import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage } from '.';

describe('switchLanguage', () => {
  it('announces nothing when the instance already has the language', async () => {
    const i18n = createI18n('nl');
    let announced = 0;
    i18n.on('languageChanged', () => (announced += 1));
    await switchLanguage(i18n, 'nl');
    expect(announced).toBe(0);
    expect(i18n.language).toBe('nl');
  });

  it('changes and announces a different language, then translates in it', async () => {
    const i18n = createI18n('en');
    const heard: string[] = [];
    i18n.on('languageChanged', (lng: string) => heard.push(lng));
    const english = i18n.t('app.untitled');
    await switchLanguage(i18n, 'nl');
    expect(heard).toEqual(['nl']);
    expect(i18n.language).toBe('nl');
    expect(i18n.t('app.untitled')).not.toBe(english);
    await switchLanguage(i18n, 'en');
    expect(heard).toEqual(['nl', 'en']);
    expect(i18n.t('app.untitled')).toBe(english);
  });
});
