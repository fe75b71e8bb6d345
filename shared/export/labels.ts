import type { Severity } from '../analysis/types';
import type { EdgeKind } from '../model/types';
import { WORDS } from '../i18n/words';
import { BOX_LABELS_EN, BOX_LABELS_NL, type BoxLabels } from '../look/labels';

/** Every word an export prints that is not taken from the map. The app fills it from its catalog. */
export interface ExportLabels extends BoxLabels {
  readonly edgeKind: Readonly<Record<EdgeKind, string>>;
  readonly edgeKindHelp: Readonly<Record<EdgeKind, string>>;
  readonly legendTitle: string;
  readonly legendHub: string;
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

/** English export labels. Kinds, platforms, relations and severities are the shared words (shared/i18n/words.ts), as on the canvas. */
export const EXPORT_LABELS_EN: ExportLabels = {
  kind: BOX_LABELS_EN.kind,
  platform: BOX_LABELS_EN.platform,
  edgeKind: WORDS.en.relation,
  edgeKindHelp: {
    coordinates: 'The source is a hub that guides, trains and supports the target',
    owns: 'The source runs the account',
    member: 'The source sends people into the team',
  },
  hub: BOX_LABELS_EN.hub,
  legendTitle: 'Legend',
  legendHub: 'Hub: coordinates others',
  noLabel: BOX_LABELS_EN.noLabel,
  scenario: 'Scenario',
  model: 'Model',
  risks: 'Risks',
  noRisks: 'No risks found.',
  moreRisks: '… and {{count}} more',
  severity: WORDS.en.severity.inText,
};

/** Dutch export labels. */
export const EXPORT_LABELS_NL: ExportLabels = {
  kind: BOX_LABELS_NL.kind,
  platform: BOX_LABELS_NL.platform,
  edgeKind: WORDS.nl.relation,
  edgeKindHelp: {
    coordinates: 'De bron is een hub die het doel begeleidt, traint en ondersteunt',
    owns: 'De bron beheert het account',
    member: 'De bron levert mensen aan het team',
  },
  hub: BOX_LABELS_NL.hub,
  legendTitle: 'Legenda',
  legendHub: 'Hub: coördineert anderen',
  noLabel: BOX_LABELS_NL.noLabel,
  scenario: 'Scenario',
  model: 'Model',
  risks: 'Risico’s',
  noRisks: 'Geen risico’s gevonden.',
  moreRisks: '… en nog {{count}}',
  severity: WORDS.nl.severity.inText,
};
