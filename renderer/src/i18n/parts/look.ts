/**
 * Strings of the look feature (namespace `ui`, key `look.*`): settings, themes, the first-run
 * welcome, the Help menu, the model guide and the About box. Kept in their own file so the feature
 * can grow without touching the main catalogs; en.ts and nl.ts mount them.
 */
import type { Widen } from '../catalog';

export const en = {
  settings: {
    title: 'Settings',
    language: 'Language',
    theme: 'Theme',
    themes: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
    canvas: 'Canvas',
    grid: 'Show the grid',
    snap: 'Snap nodes to the grid',
    keptDesktop: 'Settings are kept with Orgmap’s data on this computer, never in a map file.',
    keptBrowser: 'Settings are kept in this browser, never in a map file.',
    done: 'Done',
  },
  helpMenu: { label: 'Help' },
  welcome: {
    title: 'Welcome to Orgmap',
    intro:
      'Orgmap maps how an organisation runs social media: its departments, teams and accounts, and who coordinates whom. It tells you which of Altimeter’s five models the map follows, what risks it carries and how to get to the model you want.',
    templates: 'Start from an example of one of the five models',
    template: 'Open the example map',
    other: 'Or',
    empty: 'Start with an empty map',
    open: 'Open a map…',
    import: 'Import an inventory…',
    later: 'You can come back here any time from Help ▸ Welcome.',
  },
  guide: {
    title: 'The five models',
    intro: 'Altimeter’s five ways an organisation can run social media. The analysis panel shows which one your map follows.',
  },
  about: {
    title: 'About Orgmap',
    version: 'Version {{version}}',
    description: 'Map how your organisation runs social media, see which of the five models it follows, and plan the next step.',
    models: 'The five models are Altimeter Group’s (Jeremiah Owyang, 2010).',
  },
} as const;

export const nl: Widen<typeof en> = {
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    theme: 'Thema',
    themes: { system: 'Systeem volgen', light: 'Licht', dark: 'Donker' },
    canvas: 'Canvas',
    grid: 'Raster tonen',
    snap: 'Knooppunten op het raster uitlijnen',
    keptDesktop: 'Instellingen worden bewaard bij de gegevens van Orgmap op deze computer, nooit in een kaartbestand.',
    keptBrowser: 'Instellingen worden in deze browser bewaard, nooit in een kaartbestand.',
    done: 'Klaar',
  },
  helpMenu: { label: 'Help' },
  welcome: {
    title: 'Welkom bij Orgmap',
    intro:
      'Orgmap brengt in kaart hoe een organisatie sociale media organiseert: afdelingen, teams en accounts, en wie wie coördineert. Het vertelt je welk van de vijf modellen van Altimeter de kaart volgt, welke risico’s erin zitten en hoe je bij het gewenste model komt.',
    templates: 'Begin met een voorbeeld van een van de vijf modellen',
    template: 'Open de voorbeeldkaart',
    other: 'Of',
    empty: 'Begin met een lege kaart',
    open: 'Kaart openen…',
    import: 'Inventaris importeren…',
    later: 'Je kunt hier altijd terugkomen via Help ▸ Welkom.',
  },
  guide: {
    title: 'De vijf modellen',
    intro: 'De vijf manieren van Altimeter waarop een organisatie sociale media kan organiseren. Het analysepaneel toont welke jouw kaart volgt.',
  },
  about: {
    title: 'Over Orgmap',
    version: 'Versie {{version}}',
    description: 'Breng in kaart hoe je organisatie sociale media organiseert, zie welk van de vijf modellen ze volgt en plan de volgende stap.',
    models: 'De vijf modellen zijn van de Altimeter Group (Jeremiah Owyang, 2010).',
  },
};
