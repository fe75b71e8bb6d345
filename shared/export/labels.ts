import type { Severity } from '../analysis/types';
import type { EdgeKind, NodeKind, Platform } from '../model/types';
import { WORDS } from '../i18n/words';

/** Every word an export prints that is not taken from the map. The app fills it from its catalog. */
export interface ExportLabels {
  readonly kind: Readonly<Record<NodeKind, string>>;
  readonly platform: Readonly<Record<Platform, string>>;
  readonly edgeKind: Readonly<Record<EdgeKind, string>>;
  readonly edgeKindHelp: Readonly<Record<EdgeKind, string>>;
  readonly hub: string;
  readonly legendTitle: string;
  readonly legendHub: string;
  readonly noLabel: string;
  readonly scenario: string;
  readonly model: string;
  /** PDF summary and PPTX risks slide. */
  readonly risks: string;
  readonly noRisks: string;
  /** `{{count}}` more risks than the slide lists. */
  readonly moreRisks: string;
  /** Severity tags in the risk lists. */
  readonly severity: Readonly<Record<Severity, string>>;
}

/** English export labels. Kinds, platforms and relations are the shared words (shared/i18n/words.ts), as on the canvas. */
export const EXPORT_LABELS_EN: ExportLabels = {
  kind: WORDS.en.kind,
  platform: WORDS.en.platform.name,
  edgeKind: WORDS.en.relation,
  edgeKindHelp: {
    coordinates: 'The source is a hub that guides, trains and supports the target',
    owns: 'The source runs the account',
    member: 'The source sends people into the team',
  },
  hub: 'Hub',
  legendTitle: 'Legend',
  legendHub: 'Hub: coordinates others',
  noLabel: '(no name)',
  scenario: 'Scenario',
  model: 'Model',
  risks: 'Risks',
  noRisks: 'No risks found.',
  moreRisks: '… and {{count}} more',
  severity: { high: 'high', medium: 'medium', low: 'low' },
};

/** Dutch export labels. */
export const EXPORT_LABELS_NL: ExportLabels = {
  kind: WORDS.nl.kind,
  platform: WORDS.nl.platform.name,
  edgeKind: WORDS.nl.relation,
  edgeKindHelp: {
    coordinates: 'De bron is een hub die het doel begeleidt, traint en ondersteunt',
    owns: 'De bron beheert het account',
    member: 'De bron levert mensen aan het team',
  },
  hub: 'Hub',
  legendTitle: 'Legenda',
  legendHub: 'Hub: coördineert anderen',
  noLabel: '(geen naam)',
  scenario: 'Scenario',
  model: 'Model',
  risks: 'Risico’s',
  noRisks: 'Geen risico’s gevonden.',
  moreRisks: '… en nog {{count}}',
  severity: { high: 'hoog', medium: 'middel', low: 'laag' },
};
