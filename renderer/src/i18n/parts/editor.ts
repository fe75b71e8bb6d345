/**
 * Strings of the working-day editor features (namespace `ui`, key `editor.*`): zoom, find, align
 * and distribute, context menus, the unsaved-changes question, the toolbar's overflow. Kept in their
 * own file; en.ts and nl.ts mount them.
 */
import type { Widen } from '../catalog';

export const en = {
  recent: {
    title: 'Open Recent',
    none: 'No maps opened or saved in this browser yet.',
    help: 'Maps opened or saved here, newest first. The browser may ask again for permission to use the file.',
    clear: 'Clear the List',
    close: 'Close',
  },
  contextMenu: { node: 'Node actions', edge: 'Relation actions', pane: 'Map actions' },
  toolbar: { more: 'More', moreTitle: 'More commands (the ones that do not fit the toolbar)' },
  file: { choose: 'Choose File…', none: 'No file chosen' },
  removedEdge: 'Removed: {{name}}',
  modelPicture: 'The {{model}} template as a map',
  confirm: {
    title: 'Unsaved changes',
    message: 'Save the changes to this map before “{{action}}”?',
    detail: 'If you don’t save, your changes are lost for good (undo cannot bring them back).',
    save: 'Save',
    discard: 'Don’t Save',
    cancel: 'Cancel',
  },
  find: {
    title: 'Find',
    label: 'Find a node by name, handle or platform',
    results: 'Results',
    none: 'Nothing on this map matches “{{query}}”.',
    count_one: '{{count}} match',
    count_other: '{{count}} matches',
    help: 'Arrow keys choose, Enter shows it on the map.',
  },
  zoom: {
    level: 'Zoom level {{percent}}; click to type one',
    input: 'Zoom in percent',
  },
  legend: {
    risk: 'Risk: its number in the risk list; click it to go there',
    riskHigh: 'Red outline: a high risk, dashed orange: medium',
    compareTitle: 'Comparing scenarios',
    added: 'Green ring, “New”: added since the other scenario',
    changed: 'Orange ring, “Changed”: changed since then',
    removed: 'Faded and dashed: removed since then',
  },
};

export const nl: Widen<typeof en> = {
  recent: {
    title: 'Recent geopend',
    none: 'Nog geen kaarten geopend of opgeslagen in deze browser.',
    help: 'Kaarten die je hier opende of opsloeg, nieuwste eerst. De browser kan opnieuw om toestemming voor het bestand vragen.',
    clear: 'Lijst wissen',
    close: 'Sluiten',
  },
  contextMenu: { node: 'Acties voor de knoop', edge: 'Acties voor de relatie', pane: 'Acties voor de kaart' },
  toolbar: { more: 'Meer', moreTitle: 'Meer opdrachten (die niet in de werkbalk passen)' },
  file: { choose: 'Bestand kiezen…', none: 'Geen bestand gekozen' },
  removedEdge: 'Verwijderd: {{name}}',
  modelPicture: 'Het sjabloon {{model}} als kaart',
  confirm: {
    title: 'Niet-opgeslagen wijzigingen',
    message: 'Wijzigingen in deze kaart opslaan voor “{{action}}”?',
    detail: 'Als je niet opslaat, ben je je wijzigingen voorgoed kwijt (ongedaan maken haalt ze niet terug).',
    save: 'Opslaan',
    discard: 'Niet opslaan',
    cancel: 'Annuleren',
  },
  find: {
    title: 'Zoeken',
    label: 'Zoek een knooppunt op naam, handle of platform',
    results: 'Resultaten',
    none: 'Niets op deze kaart past bij „{{query}}”.',
    count_one: '{{count}} treffer',
    count_other: '{{count}} treffers',
    help: 'Pijltjestoetsen kiezen, Enter toont het op de kaart.',
  },
  zoom: {
    level: 'Zoomniveau {{percent}}; klik om er een te typen',
    input: 'Zoom in procenten',
  },
  legend: {
    risk: 'Risico: het nummer in de risicolijst; klik om erheen te gaan',
    riskHigh: 'Rode rand: een hoog risico, oranje gestreept: middel',
    compareTitle: 'Scenario’s vergelijken',
    added: 'Groene rand, „Nieuw”: toegevoegd sinds het andere scenario',
    changed: 'Oranje rand, „Gewijzigd”: sindsdien gewijzigd',
    removed: 'Vervaagd en gestreept: sindsdien verwijderd',
  },
};
