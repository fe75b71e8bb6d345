/**
 * Help ▸ About (the app menu's About on macOS): name, version, the Electron / Chrome / Node
 * versions it runs on, and the project's website. macOS shows its standard About panel, filled in
 * with `app.setAboutPanelOptions`; Windows and Linux get a message box built from the same content,
 * with a button that opens the website — through `openExternalSafely`, with the website's host as
 * the only allowed host. `aboutContent()` is pure, so the words are unit-tested without Electron.
 */
import type { AboutPanelOptionsOptions, MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/ipc';
import type { IpcRegistry } from './ipc';
import { noArgs } from './ipc';
import { shellText } from '../../shared/i18n/shell';
import { openExternalSafely, type ShellLike } from './links';

/** The project's website. Placeholder until there is a public site; also in electron-builder.yml (extraMetadata.homepage). */
export const PROJECT_URL = 'https://orgmap.invalid/';
/** The About box may open this host and no other. */
export const ABOUT_HOSTS: readonly string[] = [new URL(PROJECT_URL).hostname];

export interface AboutFacts {
  readonly name: string;
  readonly version: string;
  /** `process.versions`: electron, chrome, node. */
  readonly versions: { readonly electron?: string; readonly chrome?: string; readonly node?: string };
  readonly copyright?: string;
}

export interface AboutContent {
  readonly title: string;
  readonly name: string;
  readonly version: string;
  /** `Electron 45.5.0 · Chrome 142.0 · Node 22.20.0`. */
  readonly runtime: string;
  readonly description: string;
  readonly copyright: string;
  readonly url: string;
}

export function aboutContent(facts: AboutFacts, language: Language): AboutContent {
  const { electron = '?', chrome = '?', node = '?' } = facts.versions;
  return {
    title: shellText(language, 'about.title', { app: facts.name }),
    name: facts.name,
    version: `${shellText(language, 'about.version')} ${facts.version}`,
    runtime: `Electron ${electron} · Chrome ${chrome} · Node ${node}`,
    description: shellText(language, 'about.description'),
    copyright: facts.copyright ?? 'Copyright © Orgmap contributors',
    url: PROJECT_URL,
  };
}

/** macOS's About panel (and the Linux fields, harmless elsewhere). */
export function aboutPanelOptions(content: AboutContent): AboutPanelOptionsOptions {
  return {
    applicationName: content.name,
    applicationVersion: content.version,
    version: content.runtime,
    copyright: content.copyright,
    credits: `${content.description}\n${content.url}`,
    website: content.url,
  };
}

/** The message box Windows and Linux show; button 1 opens the website. */
export function aboutMessageBox(content: AboutContent, language: Language): MessageBoxOptions {
  return {
    type: 'info',
    title: content.title,
    message: `${content.name} ${content.version}`,
    detail: `${content.description}\n\n${content.runtime}\n${content.copyright}\n${content.url}`,
    buttons: [shellText(language, 'about.ok'), shellText(language, 'about.website')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export interface AboutDeps {
  readonly platform: string;
  readonly facts: AboutFacts;
  readonly language: () => Language;
  readonly app: { setAboutPanelOptions(options: AboutPanelOptionsOptions): void; showAboutPanel(): void };
  readonly showMessageBox: (options: MessageBoxOptions) => Promise<{ response: number }>;
  readonly shell: ShellLike;
  readonly log?: (message: string) => void;
}

/** Keeps macOS's About panel in the current language (call at start and on language changes). */
export function applyAboutPanel(deps: Pick<AboutDeps, 'facts' | 'language' | 'app'>): void {
  deps.app.setAboutPanelOptions(aboutPanelOptions(aboutContent(deps.facts, deps.language())));
}

/** Shows the About box: the standard panel on macOS, a message box elsewhere. */
export async function showAbout(deps: AboutDeps): Promise<void> {
  if (deps.platform === 'darwin') {
    applyAboutPanel(deps);
    deps.app.showAboutPanel();
    return;
  }
  const language = deps.language();
  const content = aboutContent(deps.facts, language);
  const { response } = await deps.showMessageBox(aboutMessageBox(content, language));
  if (response === 1) await openExternalSafely(deps.shell, content.url, ABOUT_HOSTS, deps.log);
}

export function setupAbout(registry: IpcRegistry, deps: AboutDeps): void {
  applyAboutPanel(deps);
  registry.handle('showAbout', noArgs, () => showAbout(deps));
}
