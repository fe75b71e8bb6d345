/**
 * The words a node box prints that are not taken from the map: kind and platform names (the shared
 * words, shared/i18n/words.ts), the hub tag and the stand-in for an empty name. The layout measures
 * boxes in both languages with these; the export labels (shared/export/labels.ts) extend them.
 */
import type { NodeKind, Platform } from '../model/types';
import { WORDS } from '../i18n/words';

export interface BoxLabels {
  readonly kind: Readonly<Record<NodeKind, string>>;
  readonly platform: Readonly<Record<Platform, string>>;
  readonly hub: string;
  readonly noLabel: string;
}

export const BOX_LABELS_EN: BoxLabels = { kind: WORDS.en.kind, platform: WORDS.en.platform.name, hub: 'Hub', noLabel: '(no name)' };
export const BOX_LABELS_NL: BoxLabels = { kind: WORDS.nl.kind, platform: WORDS.nl.platform.name, hub: 'Hub', noLabel: '(geen naam)' };
