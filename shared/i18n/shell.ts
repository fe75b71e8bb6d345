/**
 * The `shell` namespace: the main process's own words in English and Dutch (menu names, the items
 * with an Electron role, Open Recent, the file dialogs' titles, the close question, the About box).
 * The command items' words are the `commands` namespace (commands.ts). Menu names keep their `&`
 * mnemonics; `{{app}}` and `{{name}}` are filled in by `shellText`.
 */
import { interpolate } from './format';

export const en = {
  'menu.file': '&File',
  'menu.edit': '&Edit',
  'menu.view': '&View',
  'menu.scenario': '&Scenario',
  'menu.arrange': 'Arrange',
  'menu.help': '&Help',
  'file.openRecent': 'Open Recent',
  'file.clearRecent': 'Clear Menu',
  'file.noRecent': 'No Recent Files',
  'file.close': 'Close',
  'file.quit': 'Quit',
  'edit.cut': 'Cut',
  'edit.copy': 'Copy',
  'edit.paste': 'Paste',
  'view.fullscreen': 'Toggle Full Screen',
  'view.reload': 'Reload',
  'view.devtools': 'Toggle Developer Tools',
  'app.about': 'About {{app}}',
  'app.services': 'Services',
  'app.hide': 'Hide {{app}}',
  'app.hideOthers': 'Hide Others',
  'app.unhide': 'Show All',
  'app.quit': 'Quit {{app}}',
  'dialog.open': 'Open map',
  'dialog.save': 'Save map',
  'dialog.export': 'Export map',
  'close.save': 'Save',
  'close.dontSave': "Don't Save",
  'close.cancel': 'Cancel',
  'close.message': 'Do you want to save the changes you made to “{{name}}”?',
  'close.detail': "Your changes will be lost if you don't save them.",
  untitled: 'Untitled',
  'about.version': 'Version',
  'about.description': 'Map how an organisation runs social media, and see which of the five models it follows and what is at risk.',
  'about.website': 'Website',
  'about.ok': 'OK',
  'about.title': 'About {{app}}',
} as const;

export type ShellKey = keyof typeof en;
export type ShellWords = Readonly<Record<ShellKey, string>>;

export const nl: ShellWords = {
  'menu.file': '&Bestand',
  'menu.edit': 'Be&werken',
  'menu.view': 'Beel&d',
  'menu.scenario': '&Scenario',
  'menu.arrange': 'Schikken',
  'menu.help': '&Help',
  'file.openRecent': 'Recent geopend',
  'file.clearRecent': 'Lijst wissen',
  'file.noRecent': 'Geen recente bestanden',
  'file.close': 'Sluiten',
  'file.quit': 'Afsluiten',
  'edit.cut': 'Knippen',
  'edit.copy': 'Kopiëren',
  'edit.paste': 'Plakken',
  'view.fullscreen': 'Volledig scherm aan/uit',
  'view.reload': 'Opnieuw laden',
  'view.devtools': 'Ontwikkelhulpmiddelen aan/uit',
  'app.about': 'Over {{app}}',
  'app.services': 'Diensten',
  'app.hide': 'Verberg {{app}}',
  'app.hideOthers': 'Verberg andere',
  'app.unhide': 'Toon alles',
  'app.quit': 'Stop {{app}}',
  'dialog.open': 'Kaart openen',
  'dialog.save': 'Kaart opslaan',
  'dialog.export': 'Kaart exporteren',
  'close.save': 'Opslaan',
  'close.dontSave': 'Niet opslaan',
  'close.cancel': 'Annuleren',
  'close.message': 'Wil je de wijzigingen in “{{name}}” opslaan?',
  'close.detail': 'Als je niet opslaat, gaan je wijzigingen verloren.',
  untitled: 'Naamloos',
  'about.version': 'Versie',
  'about.description': 'Breng in kaart hoe een organisatie sociale media organiseert, en zie welk van de vijf modellen ze volgt en wat er op het spel staat.',
  'about.website': 'Website',
  'about.ok': 'OK',
  'about.title': 'Over {{app}}',
};

/** The shell's words by language. */
export const SHELL_WORDS: Readonly<Record<'en' | 'nl', ShellWords>> = { en, nl };

/** One of the shell's words in one language, with `{{app}}` / `{{name}}` filled in. */
export function shellText(language: 'en' | 'nl', key: ShellKey, values: { readonly app?: string; readonly name?: string } = {}): string {
  return interpolate(SHELL_WORDS[language][key], { app: values.app ?? '', name: values.name ?? '' });
}
