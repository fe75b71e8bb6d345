/**
 * The `.orgmap` document model, version 1. See docs/orgmap-format.md (the public contract).
 *
 * Objects produced by the parser may carry extra, unknown keys at run time (fields written by a
 * newer release). Code that edits a document must copy objects with spread (`{ ...node, label }`)
 * so those keys survive; the serializer writes them after the known keys.
 */

declare const brand: unique symbol;
/** A string that can only be obtained by a cast, so ids of different things cannot be mixed up. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type NodeId = Brand<string, 'NodeId'>;
export type EdgeId = Brand<string, 'EdgeId'>;
export type ScenarioId = Brand<string, 'ScenarioId'>;

export const FORMAT_NAME = 'orgmap';
export const FORMAT_VERSION = 1;
export const MEDIA_TYPE = 'application/vnd.orgmap+json';
export const FILE_EXTENSION = '.orgmap';

export const NODE_KINDS = ['department', 'unit', 'team', 'account', 'employees'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['coordinates', 'owns', 'member'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const PLATFORMS = [
  'x',
  'facebook',
  'linkedin',
  'instagram',
  'youtube',
  'tiktok',
  'threads',
  'bluesky',
  'mastodon',
  'pinterest',
  'snapchat',
  'whatsapp',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const GOALS = [
  'branding',
  'connecting',
  'customer-service',
  'sales',
  'recruitment',
  'internal-communication',
  'co-creation',
] as const;
export type Goal = (typeof GOALS)[number];

/** Which node kinds may stand at each end of each edge kind. */
export const EDGE_RULES: Readonly<
  Record<EdgeKind, { readonly source: readonly NodeKind[]; readonly target: readonly NodeKind[] }>
> = {
  coordinates: { source: ['department', 'unit', 'team'], target: ['department', 'unit', 'team', 'employees'] },
  owns: { source: ['department', 'unit', 'team', 'employees'], target: ['account'] },
  member: { source: ['department', 'unit'], target: ['team'] },
};

export const LIMITS = {
  titleMax: 200,
  documentNotesMax: 20_000,
  scenariosMin: 1,
  scenariosMax: 20,
  scenarioNameMax: 100,
  nodesMax: 20_000,
  edgesMax: 50_000,
  labelMax: 200,
  handleMax: 100,
  nodeNotesMax: 5_000,
  idMax: 64,
  coordinateMax: 1_000_000,
} as const;

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface OrgNode {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly label: string;
  readonly position: Position;
  /** Accounts only, required there. */
  readonly platform?: Platform;
  /** Accounts only. */
  readonly handle?: string;
  readonly notes?: string;
}

export interface OrgEdge {
  readonly id: EdgeId;
  readonly kind: EdgeKind;
  readonly source: NodeId;
  readonly target: NodeId;
}

/**
 * Governance practices of a scenario (issue 18): what makes a model work beyond its structure.
 * Keys in the order of docs/orgmap-format.md; the writer keeps that order.
 */
export const PRACTICES = ['guidelines', 'accountRules', 'training', 'crisisProcedure', 'boardCommitment', 'knowledgeBank'] as const;
export type PracticeKey = (typeof PRACTICES)[number];

export const PRACTICE_VALUES = ['yes', 'partly', 'no'] as const;
export type PracticeValue = (typeof PRACTICE_VALUES)[number];

/**
 * A missing key means "not recorded", never "no". Objects read from a file may also carry unknown
 * keys (a newer release's practices); copy with spread so they survive.
 */
export type Practices = { readonly [K in PracticeKey]?: PracticeValue };

export interface Scenario {
  readonly id: ScenarioId;
  readonly name: string;
  readonly nodes: readonly OrgNode[];
  readonly edges: readonly OrgEdge[];
  /** Absent in files that never recorded practices (read as "not recorded"). */
  readonly practices?: Practices;
}

export interface OrgDocument {
  readonly format: typeof FORMAT_NAME;
  readonly version: typeof FORMAT_VERSION;
  readonly title: string;
  readonly goals?: readonly Goal[];
  readonly notes?: string;
  readonly scenarios: readonly Scenario[];
}
