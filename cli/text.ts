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
  },
};
