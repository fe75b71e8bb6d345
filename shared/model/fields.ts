/**
 * The fields of each `.orgmap` record, in one table per record (issue 19, P1 step 6): the key, the
 * writer's order (the order of the table), the type and its limits, whether it is required, and the
 * order in which the reader checks it. serialize.ts and parse.ts take their key orders from these
 * tables; parse.ts's hand-written readers check in the tables' order (fields.test.ts holds them to it;
 * a reader driven by the tables read a fresh process's first map slower, docs/bench.md). docs/orgmap-format.md is the contract;
 * the words of a refusal are parse.ts's (these tables hold only the nouns it fills in).
 *
 * Pure data: no reading code here.
 */
import {
  EDGE_KINDS,
  GOALS,
  LIMITS,
  NODE_KINDS,
  PLATFORMS,
  PRACTICES,
  PRACTICE_VALUES,
  type NodeKind,
  type OrgDocument,
  type OrgEdge,
  type OrgNode,
  type Position,
  type Practices,
  type Scenario,
} from './types';

/** What a field holds; parse.ts checks each type in one place. */
export type FieldType =
  /** `format` and `version`: checked (and migrated) before the other fields are read. */
  | 'constant'
  /** An id (ID_PATTERN), unique among the records of its list. */
  | 'id'
  /** A string of `min`–`max` characters. */
  | 'text'
  /** One string of `values`. */
  | 'choice'
  /** The document's goals: distinct goal ids. */
  | 'goals'
  /** An array of `min`–`max` records of the table `items`. */
  | 'list'
  /** A nested record (the table `record`). */
  | 'record'
  /** A finite number within ±`max`. */
  | 'coordinate'
  /** An edge end: the id of a node of the same scenario. */
  | 'endpoint'
  /** One practice's value: one of `values`. */
  | 'practice';

export interface Field {
  readonly key: string;
  /** The field's place in the writer's order (its index in its table). */
  readonly at: number;
  readonly type: FieldType;
  /**
   * Where the reader checks this field among the record's fields (0 first). The writer's order
   * (the table's order) is not the check order everywhere: a node's position is checked before
   * an account's platform, as the documented rules read.
   */
  readonly check: number;
  /** The "is missing: … is required" noun phrase; null when the field may be left out. */
  readonly required: string | null;
  /** Only records of this node kind may have the field (an account's platform and handle). */
  readonly onlyKind: NodeKind | null;
  /** With `onlyKind`: the records of that kind must have it; the "is missing: …" text for them. */
  readonly requiredForKind: string | null;
  readonly min: number;
  readonly max: number;
  /** 'choice', 'practice': the allowed strings. */
  readonly values: readonly string[];
  /** `values` as a set. */
  readonly allowed: ReadonlySet<string>;
  /** 'id': the record noun ("node"); 'choice': what the value is ("node kind"); 'list': the items' noun, plural ("nodes"). */
  readonly noun: string;
  /** 'list' and 'record': the table of the items or of the nested record. */
  readonly items: RecordName | null;
  /** 'list': the limit is per scenario (worded "…; the limit is 20,000 per scenario", digits grouped). */
  readonly perScenario: boolean;
  /** Checked after the record's lists have been read (a scenario's practices come after its nodes and edges). */
  readonly late: boolean;
  /** 'constant': the value every read document has. */
  readonly constant: string | number | null;
  /** A 'text' or 'choice' field that every record may have (no `onlyKind`): a string checked on its own. */
  readonly plain: boolean;
}

export type RecordName = 'document' | 'scenario' | 'practices' | 'node' | 'position' | 'edge';

export interface RecordFields<K extends string = string> {
  readonly name: RecordName;
  /** The fields in the writer's order (docs/orgmap-format.md); unknown keys follow, sorted. */
  readonly fields: readonly Field[];
  /** The field keys in the writer's order. */
  readonly keys: readonly K[];
  /** The fields in the reader's check order. */
  readonly checks: readonly Field[];
  /**
   * The fields in the order a copy made by the reader has them: the required ones in check order,
   * then the optional ones in check order, then unknown keys in the order of the file.
   */
  readonly built: readonly Field[];
  /** Nesting level of the record in a file (the document object is level 1). */
  readonly level: number;
  /**
   * Each field is checked as it is met, in the order of the file, rather than in check order
   * (practices: the first bad value in the file is the one reported).
   */
  readonly checkInFileOrder: boolean;
  /** A record `JSON.parse` made may be kept as it is when a copy would be the same (nodes, positions, edges). */
  readonly keepable: boolean;
}

type Spec = Partial<Omit<Field, 'key' | 'type' | 'check' | 'allowed' | 'at' | 'plain'>> & Pick<Field, 'key' | 'type' | 'check'>;

/** Every field object has every property, so the reader's loops see one shape. */
function field(spec: Spec, at: number): Field {
  return {
    key: spec.key,
    at,
    type: spec.type,
    check: spec.check,
    required: spec.required ?? null,
    onlyKind: spec.onlyKind ?? null,
    requiredForKind: spec.requiredForKind ?? null,
    min: spec.min ?? 0,
    max: spec.max ?? 0,
    values: spec.values ?? [],
    allowed: new Set(spec.values ?? []),
    noun: spec.noun ?? '',
    items: spec.items ?? null,
    perScenario: spec.perScenario ?? false,
    late: spec.late ?? false,
    constant: spec.constant ?? null,
    plain: (spec.type === 'text' || spec.type === 'choice') && spec.onlyKind === undefined,
  };
}

function record<K extends string>(
  name: RecordName,
  level: number,
  fields: readonly (Field & { readonly key: K })[],
  options: { checkInFileOrder?: boolean; keepable?: boolean } = {},
): RecordFields<K> {
  const checks = [...fields].sort((a, b) => a.check - b.check);
  const built = [...checks.filter((f) => f.required !== null), ...checks.filter((f) => f.required === null)];
  return {
    name,
    fields,
    keys: fields.map((f) => f.key),
    checks,
    built,
    level,
    checkInFileOrder: options.checkInFileOrder ?? false,
    keepable: options.keepable ?? false,
  };
}

/** Every key of `T` is a field of the table, and every field a key of `T` (checked by the compiler). */
type Covers<T, K extends string> = [Exclude<keyof T, K>, Exclude<K, keyof T>] extends [never, never] ? true : false;
type KeysOf<F extends readonly { readonly key: string }[]> = F[number]['key'];
const keyed = <const K extends string>(specs: readonly (Spec & { readonly key: K })[]): readonly (Field & { readonly key: K })[] =>
  specs.map((s, at) => field(s, at) as Field & { readonly key: K });

const DOCUMENT = keyed([
  { key: 'format', type: 'constant', check: 0, required: 'the format name', constant: 'orgmap' },
  { key: 'version', type: 'constant', check: 1, required: 'the format version', constant: 1 },
  { key: 'title', type: 'text', check: 2, required: 'a title (possibly empty)', min: 0, max: LIMITS.titleMax },
  { key: 'goals', type: 'goals', check: 3, values: GOALS },
  { key: 'notes', type: 'text', check: 4, min: 0, max: LIMITS.documentNotesMax },
  {
    key: 'scenarios',
    type: 'list',
    check: 5,
    required: `a list of ${LIMITS.scenariosMin}–${LIMITS.scenariosMax} scenarios`,
    min: LIMITS.scenariosMin,
    max: LIMITS.scenariosMax,
    noun: 'scenarios',
    items: 'scenario',
  },
]);

const SCENARIO = keyed([
  { key: 'id', type: 'id', check: 0, required: 'a scenario id', noun: 'scenario' },
  { key: 'name', type: 'text', check: 1, required: 'a name', min: 1, max: LIMITS.scenarioNameMax },
  { key: 'nodes', type: 'list', check: 2, required: 'a list of nodes (possibly empty)', max: LIMITS.nodesMax, noun: 'nodes', items: 'node', perScenario: true },
  { key: 'edges', type: 'list', check: 3, required: 'a list of edges (possibly empty)', max: LIMITS.edgesMax, noun: 'edges', items: 'edge', perScenario: true },
  { key: 'practices', type: 'record', check: 4, items: 'practices', late: true },
]);

const PRACTICE_FIELDS = keyed(PRACTICES.map((key, check) => ({ key, type: 'practice' as const, check, values: PRACTICE_VALUES })));

const NODE = keyed([
  { key: 'id', type: 'id', check: 0, required: 'a node id', noun: 'node' },
  { key: 'kind', type: 'choice', check: 1, required: 'a node kind', values: NODE_KINDS, noun: 'node kind' },
  { key: 'label', type: 'text', check: 2, required: 'a label', min: 1, max: LIMITS.labelMax },
  {
    key: 'platform',
    type: 'choice',
    check: 4,
    values: PLATFORMS,
    noun: 'platform',
    onlyKind: 'account',
    requiredForKind: `accounts need a platform, one of ${PLATFORMS.join(', ')}`,
  },
  { key: 'handle', type: 'text', check: 5, min: 0, max: LIMITS.handleMax, onlyKind: 'account' },
  { key: 'position', type: 'record', check: 3, required: 'a position {x, y}', items: 'position' },
  { key: 'notes', type: 'text', check: 6, min: 0, max: LIMITS.nodeNotesMax },
]);

const POSITION = keyed([
  { key: 'x', type: 'coordinate', check: 0, required: 'a coordinate', max: LIMITS.coordinateMax },
  { key: 'y', type: 'coordinate', check: 1, required: 'a coordinate', max: LIMITS.coordinateMax },
]);

const EDGE = keyed([
  { key: 'id', type: 'id', check: 0, required: 'an edge id', noun: 'edge' },
  { key: 'kind', type: 'choice', check: 1, required: 'an edge kind', values: EDGE_KINDS, noun: 'edge kind' },
  { key: 'source', type: 'endpoint', check: 2, required: 'a source node id' },
  { key: 'target', type: 'endpoint', check: 3, required: 'a target node id' },
]);

// The compiler checks each table against types.ts: no field missing, none extra.
const documentCovered: Covers<OrgDocument, KeysOf<typeof DOCUMENT>> = true;
const scenarioCovered: Covers<Scenario, KeysOf<typeof SCENARIO>> = true;
const practicesCovered: Covers<Required<Practices>, KeysOf<typeof PRACTICE_FIELDS>> = true;
const nodeCovered: Covers<OrgNode, KeysOf<typeof NODE>> = true;
const positionCovered: Covers<Position, KeysOf<typeof POSITION>> = true;
const edgeCovered: Covers<OrgEdge, KeysOf<typeof EDGE>> = true;
/** @internal For the test that the tables cover types.ts (the value is always true; the compiler checks it). */
export const COVERED = documentCovered && scenarioCovered && practicesCovered && nodeCovered && positionCovered && edgeCovered;

export const DOCUMENT_FIELDS = record('document', 1, DOCUMENT);
export const SCENARIO_FIELDS = record('scenario', 3, SCENARIO);
export const PRACTICES_FIELDS = record('practices', 4, PRACTICE_FIELDS, { checkInFileOrder: true });
export const NODE_FIELDS = record('node', 5, NODE, { keepable: true });
export const POSITION_FIELDS = record('position', 6, POSITION, { keepable: true });
export const EDGE_FIELDS = record('edge', 5, EDGE, { keepable: true });

/** The tables by name (a 'list' or 'record' field names its items' table). */
export const RECORDS: Readonly<Record<RecordName, RecordFields>> = {
  document: DOCUMENT_FIELDS,
  scenario: SCENARIO_FIELDS,
  practices: PRACTICES_FIELDS,
  node: NODE_FIELDS,
  position: POSITION_FIELDS,
  edge: EDGE_FIELDS,
};
