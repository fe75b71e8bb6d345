/**
 * The `words` namespace: the names of the map's things, once per language. Node kinds, platforms
 * and relation kinds are named here and nowhere else: the editor's `ui` catalog, the analysis
 * catalog (its `platforms`, used inside sentences), the export labels and the spreadsheet import's
 * default account names all take them from this table.
 *
 * A platform has two forms: `name`, the label on its own (a node, the inspector, an export:
 * "X (Twitter)", "Other platform"), and `inText`, the word inside a sentence ("two accounts on X",
 * "imported as other platform"). `inText` differs from `name` only where written below.
 */
import type { EdgeKind, NodeKind, Platform } from '../model/types';

export interface Words {
  readonly kind: Readonly<Record<NodeKind, string>>;
  readonly platform: {
    readonly name: Readonly<Record<Platform, string>>;
    readonly inText: Readonly<Record<Platform, string>>;
  };
  readonly relation: Readonly<Record<EdgeKind, string>>;
}

const BRANDS = {
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  pinterest: 'Pinterest',
  snapchat: 'Snapchat',
  whatsapp: 'WhatsApp',
} as const satisfies Partial<Record<Platform, string>>;

const enPlatform = { x: 'X (Twitter)', ...BRANDS, other: 'Other platform' } as const;
const nlPlatform = { x: 'X (Twitter)', ...BRANDS, other: 'Ander platform' } as const;

export const en: Words = {
  kind: { department: 'Department', unit: 'Business unit', team: 'Social media team', employees: 'Employee group', account: 'Account' },
  platform: { name: enPlatform, inText: { ...enPlatform, x: 'X', other: 'other platform' } },
  relation: { coordinates: 'coordinates', owns: 'owns', member: 'member of' },
};

export const nl: Words = {
  kind: { department: 'Afdeling', unit: 'Bedrijfsonderdeel', team: 'Socialmediateam', employees: 'Medewerkersgroep', account: 'Account' },
  platform: { name: nlPlatform, inText: { ...nlPlatform, x: 'X', other: 'ander platform' } },
  relation: { coordinates: 'coördineert', owns: 'beheert', member: 'lid van' },
};

/** The words by language. */
export const WORDS: Readonly<Record<'en' | 'nl', Words>> = { en, nl };
