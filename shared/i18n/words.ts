/**
 * The `words` namespace: the names of the map's things, once per language. Node kinds, platforms,
 * relation kinds and risk severities are named here and nowhere else: the editor's `ui` catalog,
 * the analysis catalog (its `platforms`, `severity`, the comparison's `compare.kinds` and
 * `compare.relations`, the import's `import.kind`), the export labels, the deck words and the
 * spreadsheet import's default account names all take them from this table.
 *
 * A platform has two forms: `name`, the label on its own (a node, the inspector, an export:
 * "X (Twitter)", "Other platform"), and `inText`, the word inside a sentence ("two accounts on X",
 * "imported as other platform"). `inText` differs from `name` only where written below.
 */
import type { Severity } from '../analysis/types';
import type { EdgeKind, NodeKind, Platform } from '../model/types';

export interface Words {
  readonly kind: Readonly<Record<NodeKind, string>>;
  /**
   * A kind inside a sentence: `noun` ("imported as business unit") and `withArticle` ("Bring Sales
   * (a department) into …"). The noun is the lower-cased label except where written below.
   */
  readonly kindInText: {
    readonly noun: Readonly<Record<NodeKind, string>>;
    readonly withArticle: Readonly<Record<NodeKind, string>>;
  };
  readonly platform: {
    readonly name: Readonly<Record<Platform, string>>;
    readonly inText: Readonly<Record<Platform, string>>;
  };
  readonly relation: Readonly<Record<EdgeKind, string>>;
  /** A relation inside a sentence ("change “runs” into “coordinates”"): `relation` except where written below. */
  readonly relationInText: Readonly<Record<EdgeKind, string>>;
  /** A risk's severity: `name`, the label ("High"), and `inText`, lower case ("high": the export's risk tags). */
  readonly severity: {
    readonly name: Readonly<Record<Severity, string>>;
    readonly inText: Readonly<Record<Severity, string>>;
  };
}

/** Each word of `table` in lower case, under the same keys. */
function lowerCase<K extends string>(table: Readonly<Record<K, string>>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(table).map(([key, word]) => [key, word.toLowerCase()])) as Record<K, string>;
}

/**
 * A kind's words inside a sentence, in the order of `articles`: its noun (the lower-cased label, or
 * the word in `nouns`) and the noun after its indefinite article ("a" + "department").
 */
function kindInText(
  label: Readonly<Record<NodeKind, string>>,
  articles: Readonly<Record<NodeKind, string>>,
  nouns: Readonly<Partial<Record<NodeKind, string>>>,
): Words['kindInText'] {
  const kinds = Object.keys(articles) as NodeKind[];
  const noun = Object.fromEntries(kinds.map((kind) => [kind, nouns[kind] ?? label[kind].toLowerCase()])) as Record<NodeKind, string>;
  return { noun, withArticle: Object.fromEntries(kinds.map((kind) => [kind, `${articles[kind]} ${noun[kind]}`])) as Record<NodeKind, string> };
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

const enKind = { department: 'Department', unit: 'Business unit', team: 'Social media team', employees: 'Employee group', account: 'Account' } as const;
const nlKind = { department: 'Afdeling', unit: 'Bedrijfsonderdeel', team: 'Socialmediateam', employees: 'Medewerkersgroep', account: 'Account' } as const;
const enRelation = { coordinates: 'coordinates', owns: 'owns', member: 'member of' } as const;
const nlRelation = { coordinates: 'coördineert', owns: 'beheert', member: 'lid van' } as const;
const enSeverity = { high: 'High', medium: 'Medium', low: 'Low' } as const;
const nlSeverity = { high: 'Hoog', medium: 'Middel', low: 'Laag' } as const;

export const en: Words = {
  kind: enKind,
  kindInText: kindInText(enKind, { department: 'a', unit: 'a', team: 'a', account: 'an', employees: 'an' }, { team: 'team' }),
  platform: { name: enPlatform, inText: { ...enPlatform, x: 'X', other: 'other platform' } },
  relation: enRelation,
  relationInText: { ...enRelation, owns: 'runs' },
  severity: { name: enSeverity, inText: lowerCase(enSeverity) },
};

export const nl: Words = {
  kind: nlKind,
  kindInText: kindInText(nlKind, { department: 'een', unit: 'een', team: 'een', account: 'een', employees: 'een' }, { unit: 'businessunit', team: 'team' }),
  platform: { name: nlPlatform, inText: { ...nlPlatform, x: 'X', other: 'ander platform' } },
  relation: nlRelation,
  relationInText: nlRelation,
  severity: { name: nlSeverity, inText: lowerCase(nlSeverity) },
};

/** The words by language. */
export const WORDS: Readonly<Record<'en' | 'nl', Words>> = { en, nl };
