import { describe, expect, it, vi } from 'vitest';
import { ABOUT_HOSTS, PROJECT_URL, aboutContent, aboutMessageBox, aboutPanelOptions, showAbout, type AboutDeps } from './about';

const facts = { name: 'Orgmap', version: '0.1.0', versions: { electron: '45.5.0', chrome: '142.0.7444.52', node: '22.20.0' } };

function deps(overrides: Partial<AboutDeps> = {}) {
  return {
    platform: 'linux',
    facts,
    language: () => 'en' as const,
    app: { setAboutPanelOptions: vi.fn(), showAboutPanel: vi.fn() },
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    shell: { openExternal: vi.fn(async () => {}) },
    ...overrides,
  };
}

describe('the About box', () => {
  it('names the app, its version, the Electron / Chrome / Node versions and the website, in both languages', () => {
    expect(aboutContent(facts, 'en')).toEqual({
      title: 'About Orgmap',
      name: 'Orgmap',
      version: 'Version 0.1.0',
      runtime: 'Electron 45.5.0 · Chrome 142.0.7444.52 · Node 22.20.0',
      description: expect.stringContaining('social media'),
      copyright: 'Copyright © Orgmap contributors',
      url: PROJECT_URL,
    });
    const nl = aboutContent(facts, 'nl');
    expect(nl.title).toBe('Over Orgmap');
    expect(nl.version).toBe('Versie 0.1.0');
    expect(nl.description).toContain('sociale media');
    expect(aboutContent({ ...facts, versions: {} }, 'en').runtime).toBe('Electron ? · Chrome ? · Node ?');
  });

  it('fills the macOS panel and the Windows/Linux message box from the same content', () => {
    const content = aboutContent(facts, 'en');
    expect(aboutPanelOptions(content)).toMatchObject({ applicationName: 'Orgmap', applicationVersion: 'Version 0.1.0', version: content.runtime, website: PROJECT_URL });
    const box = aboutMessageBox(content, 'en');
    expect(box.message).toBe('Orgmap Version 0.1.0');
    expect(box.detail).toContain(content.runtime);
    expect(box.detail).toContain(PROJECT_URL);
    expect(box.buttons).toEqual(['OK', 'Website']);
    expect(box.cancelId).toBe(0);
  });

  it('the website is https and the only host the box may open', () => {
    expect(new URL(PROJECT_URL).protocol).toBe('https:');
    expect(ABOUT_HOSTS).toEqual([new URL(PROJECT_URL).hostname]);
  });

  it('on Windows/Linux shows the box and opens the website only when asked', async () => {
    const quiet = deps();
    await showAbout(quiet);
    expect(quiet.showMessageBox).toHaveBeenCalledTimes(1);
    expect(quiet.shell.openExternal).not.toHaveBeenCalled();
    const visit = deps({ platform: 'win32', showMessageBox: vi.fn(async () => ({ response: 1 })) });
    await showAbout(visit);
    expect(visit.shell.openExternal).toHaveBeenCalledWith(PROJECT_URL);
  });

  it('on macOS shows the standard panel, in the current language', async () => {
    const mac = deps({ platform: 'darwin', language: () => 'nl' });
    await showAbout(mac);
    expect(mac.app.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationVersion: 'Versie 0.1.0' }));
    expect(mac.app.showAboutPanel).toHaveBeenCalled();
    expect(mac.showMessageBox).not.toHaveBeenCalled();
  });
});
