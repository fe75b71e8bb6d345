/**
 * Strings of the export feature (namespace `ui`, key `exporting.*`). Kept in their own file so the
 * feature can grow without touching the main catalogs; en.ts and nl.ts mount them.
 */
import type { Widen } from '../catalog';

export const en = {
  title: 'Export',
  format: {
    legend: 'Format',
    png: 'PNG image',
    svg: 'SVG vector image',
    pdf: 'PDF document',
    pptx: 'PowerPoint (editable)',
  },
  scale: {
    legend: 'Size',
    option: '{{scale}}×',
  },
  background: {
    legend: 'Background',
    white: 'White',
    dark: 'Dark',
    transparent: 'Transparent',
  },
  theme: {
    legend: 'Colours',
    light: 'Light',
    dark: 'Dark (as the canvas in dark mode)',
  },
  what: {
    legend: 'What',
    all: 'The whole scenario',
    selection: 'Only the selection ({{count}} nodes)',
    selectionNone: 'Only the selection (select nodes first)',
  },
  scenarios: {
    legend: 'Scenarios (one page or slide each)',
    none: 'Choose at least one scenario.',
  },
  legendOption: 'Include the legend',
  captionOption: 'Include a caption (title, scenario, model, date)',
  summaryOption: 'Add a closing summary slide (model before and after, risks resolved and introduced, next steps)',
  riskMarksOption: 'Number the risks on the nodes (as in the risk table)',
  compareMarksOption: 'Mark the changes on the target (added, changed, removed)',
  languageNote: 'Words the export adds follow the language of the app.',
  run: 'Export',
  cancel: 'Cancel',
  working: 'Exporting…',
  exported: 'Exported {{file}}',
  exportFailed: 'Could not export: {{message}}',
  scaleLowered: 'The map is large: the image was drawn at {{scale}}× to stay within {{side}} pixels a side.',
  copied: 'Copied the map as an image',
  copyFailed: 'Could not copy the image: {{message}}',
  error: {
    tooLarge: 'the image would be too large to draw',
    draw: 'the browser could not draw the image',
    clipboard: 'the clipboard does not accept images here',
  },
} as const;

export const nl: Widen<typeof en> = {
  title: 'Exporteren',
  format: {
    legend: 'Formaat',
    png: 'PNG-afbeelding',
    svg: 'SVG-vectorafbeelding',
    pdf: 'PDF-document',
    pptx: 'PowerPoint (bewerkbaar)',
  },
  scale: {
    legend: 'Grootte',
    option: '{{scale}}×',
  },
  background: {
    legend: 'Achtergrond',
    white: 'Wit',
    dark: 'Donker',
    transparent: 'Transparant',
  },
  theme: {
    legend: 'Kleuren',
    light: 'Licht',
    dark: 'Donker (zoals het canvas in het donkere thema)',
  },
  what: {
    legend: 'Wat',
    all: 'Het hele scenario',
    selection: 'Alleen de selectie ({{count}} knopen)',
    selectionNone: 'Alleen de selectie (selecteer eerst knopen)',
  },
  scenarios: {
    legend: 'Scenario’s (elk een eigen pagina of dia)',
    none: 'Kies minstens één scenario.',
  },
  legendOption: 'Legenda toevoegen',
  captionOption: 'Bijschrift toevoegen (titel, scenario, model, datum)',
  summaryOption: 'Afsluitende samenvatting toevoegen (model voor en na, opgeloste en nieuwe risico’s, volgende stappen)',
  riskMarksOption: 'Risico’s nummeren op de knopen (zoals in de risicotabel)',
  compareMarksOption: 'Wijzigingen markeren op het doel (toegevoegd, gewijzigd, verwijderd)',
  languageNote: 'Woorden die de export toevoegt volgen de taal van de app.',
  run: 'Exporteren',
  cancel: 'Annuleren',
  working: 'Bezig met exporteren…',
  exported: '{{file}} geëxporteerd',
  exportFailed: 'Exporteren is mislukt: {{message}}',
  scaleLowered: 'De kaart is groot: de afbeelding is op {{scale}}× getekend om binnen {{side}} pixels per zijde te blijven.',
  copied: 'De kaart is als afbeelding gekopieerd',
  copyFailed: 'Kopiëren van de afbeelding is mislukt: {{message}}',
  error: {
    tooLarge: 'de afbeelding zou te groot worden om te tekenen',
    draw: 'de browser kon de afbeelding niet tekenen',
    clipboard: 'het klembord neemt hier geen afbeeldingen aan',
  },
};
