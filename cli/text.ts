/**
 * The words the command line adds around the analysis (labels, counts), in English and Dutch.
 * The analysis texts themselves (reasons, risks, advice, steps) come from shared/i18n.
 */
import type { Lang } from './lang';

export interface CliText {
  readonly scenario: string;
  readonly model: string;
  readonly confidence: string;
  readonly tentative: string;
  readonly scores: string;
  readonly reasons: string;
  readonly risks: string;
  readonly noneFound: string;
  readonly nodes: string;
  readonly advice: string;
  readonly survey: string;
  readonly ok: string;
  readonly compare: string;
  readonly unchanged: string;
  readonly accounts: string;
  readonly hubs: string;
  readonly nodesRow: string;
  readonly lines: string;
  readonly changes: string;
  readonly risksResolved: string;
  readonly risksIntroduced: string;
  readonly none: string;
  readonly goals: string;
  readonly path: string;
  readonly practices: string;
  /** The line `orgmap export` prints, and its note when a PNG's scale was lowered. */
  readonly exported: string;
  readonly scaleLowered: string;
  /** The summary `orgmap import` prints; `_one` / `_other` by count. */
  readonly import: ImportText;
}

export interface ImportText {
  /** The name of the one scenario an import makes (as the app's "Current"). */
  readonly scenarioName: string;
  readonly imported: string;
  readonly rowsRead: string;
  readonly emptyRows: string;
  readonly separator: string;
  readonly separators: Readonly<Record<'comma' | 'semicolon' | 'tab', string>>;
  readonly columns: string;
  readonly column: string;
  readonly headerless: string;
  readonly accounts: string;
  readonly merged_one: string;
  readonly merged_other: string;
  readonly owners: string;
  readonly layout: string;
  readonly layoutFailed: string;
  readonly rejected: string;
  readonly rejectsHint: string;
  readonly rejectsWritten: string;
  readonly warnings: string;
  readonly row: string;
  readonly file: string;
  readonly more: string;
}

export const CLI_TEXT: Readonly<Record<Lang, CliText>> = {
  en: {
    scenario: 'Scenario',
    model: 'Model',
    confidence: 'confidence',
    tentative: 'tentative: add the accounts and who runs them',
    scores: 'Scores',
    reasons: 'Reasons',
    risks: 'Risks',
    noneFound: 'none found',
    nodes: 'nodes',
    advice: 'advice',
    survey: 'Survey',
    ok: 'ok',
    compare: 'Compare',
    unchanged: 'unchanged',
    accounts: 'Accounts',
    hubs: 'Hubs',
    nodesRow: 'Nodes',
    lines: 'Lines',
    changes: '{{added}} added, {{removed}} removed, {{changed}} changed',
    risksResolved: 'Risks resolved',
    risksIntroduced: 'Risks introduced',
    none: 'none',
    goals: 'Goals',
    path: 'Path',
    practices: 'Practices',
    exported: 'Exported {{scenarios}} → {{output}}',
    scaleLowered: '; scale lowered to {{scale}} to stay within 8,192 px and 32 megapixels',
    import: {
      scenarioName: 'Current',
      imported: 'Imported {{file}} → {{output}}',
      rowsRead: 'Rows read: {{rows}}',
      emptyRows: ' (and {{count}} empty, skipped)',
      separator: 'separator: {{separator}}',
      separators: { comma: 'comma', semicolon: 'semicolon', tab: 'tab' },
      columns: 'Columns: {{columns}}',
      column: 'column {{column}}',
      headerless: ' (the first row looks like data, so the file was read as having no header row)',
      accounts: 'Accounts: {{accounts}} ({{orphans}} without an owner)',
      merged_one: ', one repeated row merged into an account listed earlier',
      merged_other: ', {{count}} repeated rows merged into accounts listed earlier',
      owners: 'Owners: {{owners}}, hubs: {{hubs}}; {{nodes}} nodes, {{edges}} connections',
      layout: 'Layout',
      layoutFailed: 'the automatic layout failed, so the nodes were put in a grid',
      rejected: 'Rejected rows',
      rejectsHint: ' (--rejects FILE.csv writes them with the reason)',
      rejectsWritten: ' (written to {{file}})',
      warnings: 'Warnings',
      row: 'row {{row}}',
      file: 'file',
      more: '… and {{count}} more',
    },
  },
  nl: {
    scenario: 'Scenario',
    model: 'Model',
    confidence: 'zekerheid',
    tentative: 'voorlopig: voeg de accounts toe en wie ze beheert',
    scores: 'Scores',
    reasons: 'Redenen',
    risks: 'Risico’s',
    noneFound: 'geen gevonden',
    nodes: 'knooppunten',
    advice: 'advies',
    survey: 'Onderzoek',
    ok: 'in orde',
    compare: 'Vergelijking',
    unchanged: 'ongewijzigd',
    accounts: 'Accounts',
    hubs: 'Hubs',
    nodesRow: 'Knooppunten',
    lines: 'Lijnen',
    changes: '{{added}} toegevoegd, {{removed}} verwijderd, {{changed}} gewijzigd',
    risksResolved: 'Risico’s opgelost',
    risksIntroduced: 'Risico’s erbij',
    none: 'geen',
    goals: 'Doelen',
    path: 'Route',
    practices: 'Werkwijze',
    exported: '{{scenarios}} geëxporteerd → {{output}}',
    scaleLowered: '; schaal verlaagd naar {{scale}} om binnen 8.192 px en 32 megapixel te blijven',
    import: {
      scenarioName: 'Huidig',
      imported: '{{file}} geïmporteerd → {{output}}',
      rowsRead: 'Rijen gelezen: {{rows}}',
      emptyRows: ' (plus {{count}} lege, overgeslagen)',
      separator: 'scheidingsteken: {{separator}}',
      separators: { comma: 'komma', semicolon: 'puntkomma', tab: 'tab' },
      columns: 'Kolommen: {{columns}}',
      column: 'kolom {{column}}',
      headerless: ' (de eerste rij lijkt gegevens te bevatten, dus het bestand is gelezen zonder kopregel)',
      accounts: 'Accounts: {{accounts}} ({{orphans}} zonder beheerder)',
      merged_one: ', één herhaalde rij samengevoegd met een eerder genoemd account',
      merged_other: ', {{count}} herhaalde rijen samengevoegd met eerder genoemde accounts',
      owners: 'Beheerders: {{owners}}, hubs: {{hubs}}; {{nodes}} knooppunten, {{edges}} verbindingen',
      layout: 'Indeling',
      layoutFailed: 'de automatische indeling is mislukt, dus de knooppunten staan in een raster',
      rejected: 'Geweigerde rijen',
      rejectsHint: ' (--rejects BESTAND.csv schrijft ze weg met de reden)',
      rejectsWritten: ' (weggeschreven naar {{file}})',
      warnings: 'Waarschuwingen',
      row: 'rij {{row}}',
      file: 'bestand',
      more: '… en nog {{count}}',
    },
  },
};
