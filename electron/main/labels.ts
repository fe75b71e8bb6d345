/**
 * The shell's own words in English and Dutch: native menu labels and the dialogs main shows.
 * Command labels here are the menu's defaults; once the renderer sends its command registry
 * (`setMenu`), the registry's translated labels win for the command items.
 */
import type { Language } from '../../shared/ipc';
import type { MenuCommandId } from './menu';

type ShellKey =
  | 'menu.file'
  | 'menu.edit'
  | 'menu.view'
  | 'menu.scenario'
  | 'menu.arrange'
  | 'menu.help'
  | 'file.openRecent'
  | 'file.clearRecent'
  | 'file.noRecent'
  | 'file.close'
  | 'file.quit'
  | 'edit.cut'
  | 'edit.copy'
  | 'edit.paste'
  | 'view.fullscreen'
  | 'view.reload'
  | 'view.devtools'
  | 'app.about'
  | 'app.services'
  | 'app.hide'
  | 'app.hideOthers'
  | 'app.unhide'
  | 'app.quit'
  | 'dialog.open'
  | 'dialog.save'
  | 'dialog.export'
  | 'close.save'
  | 'close.dontSave'
  | 'close.cancel'
  | 'close.message'
  | 'close.detail'
  | 'untitled'
  | 'help.openLogFolder'
  | 'about.version'
  | 'about.description'
  | 'about.website'
  | 'about.ok';

export type LabelKey = ShellKey | MenuCommandId;

const en: Record<LabelKey, string> = {
  'menu.file': '&File',
  'menu.edit': '&Edit',
  'menu.view': '&View',
  'menu.scenario': '&Scenario',
  'menu.help': '&Help',
  'file.new': 'New',
  'file.open': 'Open…',
  'file.openRecent': 'Open Recent',
  'file.clearRecent': 'Clear Menu',
  'file.noRecent': 'No Recent Files',
  'file.save': 'Save',
  'file.saveAs': 'Save As…',
  'file.export': 'Export…',
  'file.copyImage': 'Copy as Image',
  'file.import': 'Import Spreadsheet…',
  'file.close': 'Close',
  'file.quit': 'Quit',
  'edit.undo': 'Undo',
  'edit.redo': 'Redo',
  'edit.cut': 'Cut',
  'edit.copy': 'Copy',
  'edit.paste': 'Paste',
  'edit.duplicate': 'Duplicate',
  'edit.delete': 'Delete',
  'edit.selectAll': 'Select All',
  'edit.deselect': 'Select Nothing',
  'edit.connect': 'Connect…',
  'view.fitView': 'Fit Map to Window',
  'view.zoomIn': 'Zoom In',
  'view.zoomOut': 'Zoom Out',
  'view.snapToGrid': 'Snap to Grid',
  'view.grid': 'Show Grid',
  'layout.tidy': 'Tidy Up',
  'view.theme.system': 'Theme: Follow System',
  'view.theme.light': 'Theme: Light',
  'view.theme.dark': 'Theme: Dark',
  'nav.map': 'Go to the Map',
  'nav.nextNode': 'Next Node',
  'nav.previousNode': 'Previous Node',
  'nav.inspector': 'Edit in the Inspector',
  'nav.risks': 'Go to the Risks',
  'help.welcome': 'Welcome',
  'menu.arrange': 'Arrange',
  'edit.find': 'Find…',
  'file.print': 'Print…',
  'view.zoom100': 'Zoom to 100 %',
  'view.zoomSelection': 'Zoom to Selection',
  'arrange.align.left': 'Align Left',
  'arrange.align.center': 'Align Centre',
  'arrange.align.right': 'Align Right',
  'arrange.align.top': 'Align Top',
  'arrange.align.middle': 'Align Middle',
  'arrange.align.bottom': 'Align Bottom',
  'arrange.distribute.horizontal': 'Spread Evenly Across',
  'arrange.distribute.vertical': 'Spread Evenly Down',
  'app.settings': 'Settings…',
  'view.compare': 'Compare Scenarios…',
  'view.sideBySide': 'Compare Side by Side',
  'view.present': 'Present',
  'scenario.add': 'New Scenario',
  'scenario.duplicate': 'Duplicate Scenario',
  'scenario.rename': 'Rename Scenario…',
  'scenario.delete': 'Delete Scenario…',
  'scenario.moveLeft': 'Move Scenario Left',
  'scenario.moveRight': 'Move Scenario Right',
  'view.fullscreen': 'Toggle Full Screen',
  'view.reload': 'Reload',
  'view.devtools': 'Toggle Developer Tools',
  'help.shortcuts': 'Keyboard Shortcuts',
  'help.modelGuide': 'The Five Models',
  'help.about': 'About {app}',
  'app.about': 'About {app}',
  'app.services': 'Services',
  'app.hide': 'Hide {app}',
  'app.hideOthers': 'Hide Others',
  'app.unhide': 'Show All',
  'app.quit': 'Quit {app}',
  'dialog.open': 'Open map',
  'dialog.save': 'Save map',
  'dialog.export': 'Export map',
  'close.save': 'Save',
  'close.dontSave': "Don't Save",
  'close.cancel': 'Cancel',
  'close.message': 'Do you want to save the changes you made to “{name}”?',
  'close.detail': "Your changes will be lost if you don't save them.",
  untitled: 'Untitled',
  'help.openLogFolder': 'Open Log Folder',
  'about.version': 'Version',
  'about.description': 'Map how an organisation runs social media, and see which of the five models it follows and what is at risk.',
  'about.website': 'Website',
  'about.ok': 'OK',
};

const nl: Record<LabelKey, string> = {
  'menu.file': '&Bestand',
  'menu.edit': 'Be&werken',
  'menu.view': 'Beel&d',
  'menu.scenario': '&Scenario',
  'menu.help': '&Help',
  'file.new': 'Nieuw',
  'file.open': 'Openen…',
  'file.openRecent': 'Recent geopend',
  'file.clearRecent': 'Lijst wissen',
  'file.noRecent': 'Geen recente bestanden',
  'file.save': 'Opslaan',
  'file.saveAs': 'Opslaan als…',
  'file.export': 'Exporteren…',
  'file.copyImage': 'Kopiëren als afbeelding',
  'file.import': 'Spreadsheet importeren…',
  'file.close': 'Sluiten',
  'file.quit': 'Afsluiten',
  'edit.undo': 'Ongedaan maken',
  'edit.redo': 'Opnieuw',
  'edit.cut': 'Knippen',
  'edit.copy': 'Kopiëren',
  'edit.paste': 'Plakken',
  'edit.duplicate': 'Dupliceren',
  'edit.delete': 'Verwijderen',
  'edit.selectAll': 'Alles selecteren',
  'edit.deselect': 'Niets selecteren',
  'edit.connect': 'Verbinden…',
  'view.fitView': 'Alles in beeld',
  'view.zoomIn': 'Inzoomen',
  'view.zoomOut': 'Uitzoomen',
  'view.snapToGrid': 'Uitlijnen op raster',
  'view.grid': 'Raster tonen',
  'layout.tidy': 'Opruimen',
  'view.theme.system': 'Thema: systeem volgen',
  'view.theme.light': 'Thema: licht',
  'view.theme.dark': 'Thema: donker',
  'nav.map': 'Naar de kaart',
  'nav.nextNode': 'Volgende knoop',
  'nav.previousNode': 'Vorige knoop',
  'nav.inspector': 'Eigenschappen bewerken',
  'nav.risks': 'Naar de risico’s',
  'help.welcome': 'Welkom',
  'menu.arrange': 'Schikken',
  'edit.find': 'Zoeken…',
  'file.print': 'Afdrukken…',
  'view.zoom100': 'Zoom naar 100 %',
  'view.zoomSelection': 'Zoom naar selectie',
  'arrange.align.left': 'Links uitlijnen',
  'arrange.align.center': 'Centreren',
  'arrange.align.right': 'Rechts uitlijnen',
  'arrange.align.top': 'Boven uitlijnen',
  'arrange.align.middle': 'Midden uitlijnen',
  'arrange.align.bottom': 'Onder uitlijnen',
  'arrange.distribute.horizontal': 'Gelijk verdelen in de breedte',
  'arrange.distribute.vertical': 'Gelijk verdelen in de hoogte',
  'app.settings': 'Instellingen…',
  'view.compare': 'Scenario’s vergelijken…',
  'view.sideBySide': 'Naast elkaar vergelijken',
  'view.present': 'Presenteren',
  'scenario.add': 'Nieuw scenario',
  'scenario.duplicate': 'Scenario dupliceren',
  'scenario.rename': 'Scenario hernoemen…',
  'scenario.delete': 'Scenario verwijderen…',
  'scenario.moveLeft': 'Scenario naar links',
  'scenario.moveRight': 'Scenario naar rechts',
  'view.fullscreen': 'Volledig scherm aan/uit',
  'view.reload': 'Opnieuw laden',
  'view.devtools': 'Ontwikkelhulpmiddelen aan/uit',
  'help.shortcuts': 'Sneltoetsen',
  'help.modelGuide': 'De vijf modellen',
  'help.about': 'Over {app}',
  'app.about': 'Over {app}',
  'app.services': 'Diensten',
  'app.hide': 'Verberg {app}',
  'app.hideOthers': 'Verberg andere',
  'app.unhide': 'Toon alles',
  'app.quit': 'Stop {app}',
  'dialog.open': 'Kaart openen',
  'dialog.save': 'Kaart opslaan',
  'dialog.export': 'Kaart exporteren',
  'close.save': 'Opslaan',
  'close.dontSave': 'Niet opslaan',
  'close.cancel': 'Annuleren',
  'close.message': 'Wil je de wijzigingen in “{name}” opslaan?',
  'close.detail': 'Als je niet opslaat, gaan je wijzigingen verloren.',
  untitled: 'Naamloos',
  'help.openLogFolder': 'Logmap openen',
  'about.version': 'Versie',
  'about.description': 'Breng in kaart hoe een organisatie sociale media organiseert, en zie welk van de vijf modellen ze volgt en wat er op het spel staat.',
  'about.website': 'Website',
  'about.ok': 'OK',
};

export const LABELS: Readonly<Record<Language, Readonly<Record<LabelKey, string>>>> = { en, nl };

/** One label in one language, with `{app}` / `{name}` filled in. */
export function label(language: Language, key: LabelKey, values: { readonly app?: string; readonly name?: string } = {}): string {
  return (LABELS[language][key] ?? key).replace(/\{(app|name)\}/g, (_match, field: 'app' | 'name') => values[field] ?? '');
}
