/**
 * A JSON Schema (draft 2020-12) for the current `.orgmap` format, built from the field tables of
 * fields.ts (issue 19), so the published docs/orgmap.schema.json cannot drift from the types and the
 * reader: `npm run schema` writes it, jsonSchema.test.ts checks the committed file against this.
 *
 * The schema is for other tools (editors, scripts that generate maps). parse.ts stays the authority:
 * every document of the current version the schema refuses, the reader refuses too, but the reader
 * also refuses what a schema cannot express (NOT_CHECKED below), and its messages are its own.
 *
 * Pure: builds a plain JSON value; no reading or writing here.
 */
import { RECORDS, type Field, type RecordFields, type RecordName } from './fields';
import { MAX_DEPTH, MAX_FILE_CHARS } from './parse';
import { EDGE_RULES, FILE_EXTENSION, FORMAT_NAME, FORMAT_VERSION, ID_PATTERN, LIMITS, MEDIA_TYPE } from './types';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** The draft the schema is written in (ajv's `ajv/dist/2020` validates it). */
export const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** 20000 → "20,000" (as the format doc writes numbers). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const connectionRules = Object.entries(EDGE_RULES)
  .map(([kind, rule]) => `"${kind}" from ${rule.source.join('/')} to ${rule.target.join('/')}`)
  .join('; ');

/** What the reader refuses that this schema does not check (also listed in docs/orgmap-format.md). */
export const NOT_CHECKED: readonly string[] = [
  'ids are unique: scenario ids within the document, node and edge ids within their scenario',
  "each edge's source and target is the id of a node of the same scenario",
  `the connection rules: ${connectionRules}`,
  'no edge joins a node to itself, and no two edges of a scenario have the same kind, source and target',
  `the file itself: UTF-8 (one leading byte-order mark allowed), at most ${grouped(MAX_FILE_CHARS)} characters, objects and arrays nested at most ${MAX_DEPTH} levels deep (the document object is level 1) and numbers within the range of a double (not 1e400), unknown fields included`,
  `older format versions: Orgmap upgrades them before reading (there are none yet); this schema describes version ${FORMAT_VERSION} only`,
];

const DOCUMENT_DESCRIPTION = [
  `An Orgmap map, \`${FILE_EXTENSION}\` format version ${FORMAT_VERSION} (media type ${MEDIA_TYPE}; the contract is docs/orgmap-format.md).`,
  'Generated from shared/model/fields.ts by `npm run schema`; do not edit by hand.',
  "Orgmap's own reader is the authority: a version-1 document this schema refuses, Orgmap refuses too, but Orgmap also refuses documents that break rules a JSON Schema cannot express:",
  ...NOT_CHECKED.map((rule) => `- ${rule}.`),
  'String lengths count Unicode code points, as Orgmap does.',
  'Unknown fields are allowed at every level; Orgmap keeps them on a round trip, except the keys __proto__, constructor and prototype, which it drops.',
].join('\n');

const RECORD_DESCRIPTIONS: Readonly<Record<Exclude<RecordName, 'document'>, string>> = {
  scenario: 'One scenario of the organisation. By convention the first is the current structure and one with id "target" the target.',
  practices: 'Governance practices of the scenario. A missing key means "not recorded". Unknown keys are kept.',
  node: 'A department, business unit, team, account or group of employees.',
  position: "The node's place on the canvas.",
  edge: 'A relation between two nodes of the same scenario.',
};

/** The field of `table` that tells the kinds apart (the node's `kind`), for fields limited to one kind. */
function kindField(table: RecordFields, kind: string): Field {
  const found = table.fields.find((f) => f.type === 'choice' && f.onlyKind === null && f.values.includes(kind));
  if (found === undefined) throw new Error(`fields.ts: ${table.name} has a field only for "${kind}" but no field of that kind`);
  return found;
}

function ref(name: RecordName | null): JsonObject {
  if (name === null) throw new Error('fields.ts: a list or record field without its items table');
  return { $ref: `#/$defs/${name}` };
}

function lengths(min: number, max: number): JsonObject {
  return min > 0 ? { minLength: min, maxLength: max } : { maxLength: max };
}

/** The schema of one field, from its table entry. */
function fieldSchema(f: Field): JsonObject {
  const only: JsonObject =
    f.onlyKind === null
      ? {}
      : { description: `Only on nodes of kind "${f.onlyKind}"${f.requiredForKind === null ? '' : ', and required there'}.` };
  switch (f.type) {
    case 'constant':
      return { type: typeof f.constant === 'number' ? 'integer' : 'string', const: f.constant };
    case 'id':
      return {
        type: 'string',
        pattern: ID_PATTERN.source,
        description: `1–${LIMITS.idMax} of A–Z a–z 0–9 _ -; unique among the ${f.noun}s of ${f.noun === 'scenario' ? 'the document' : 'its scenario'} (not checked by this schema).`,
      };
    case 'text':
      return { type: 'string', ...lengths(f.min, f.max), ...only };
    case 'choice':
    case 'practice':
      return { type: 'string', enum: f.values, ...only };
    case 'goals':
      return { type: 'array', items: { type: 'string', enum: f.values }, uniqueItems: true };
    case 'list':
      return { type: 'array', ...(f.min > 0 ? { minItems: f.min } : {}), maxItems: f.max, items: ref(f.items) };
    case 'record':
      return ref(f.items);
    case 'coordinate':
      return { type: 'number', minimum: -f.max, maximum: f.max };
    case 'endpoint':
      // Node ids match ID_PATTERN, so an end that does not can name no node: the reader refuses it.
      return { type: 'string', pattern: ID_PATTERN.source, description: 'The id of a node of the same scenario (that it exists is not checked by this schema).' };
  }
}

/** Fields only some kinds may have: required for that kind when the table says so, absent on the others. */
function kindRules(table: RecordFields): JsonObject[] {
  const kinds = [...new Set(table.fields.flatMap((f) => (f.onlyKind === null ? [] : [f.onlyKind])))];
  return kinds.map((kind) => {
    const discriminant = kindField(table, kind).key;
    const fields = table.fields.filter((f) => f.onlyKind === kind);
    return {
      if: { properties: { [discriminant]: { const: kind } }, required: [discriminant] },
      then: { required: fields.filter((f) => f.requiredForKind !== null).map((f) => f.key) },
      else: { properties: Object.fromEntries(fields.map((f) => [f.key, false])) },
    };
  });
}

/** The schema of one record: its fields in the writer's order; unknown keys allowed (the reader keeps them). */
function recordSchema(table: RecordFields, description: string): JsonObject {
  const required = table.fields.filter((f) => f.required !== null).map((f) => f.key);
  const rules = kindRules(table);
  return {
    description,
    type: 'object',
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(table.fields.map((f) => [f.key, fieldSchema(f)])),
    ...(rules.length > 0 ? { allOf: rules } : {}),
  };
}

/** The JSON Schema (draft 2020-12) of the current `.orgmap` format, built from fields.ts. */
export function buildOrgmapSchema(): JsonObject {
  const defs: Record<string, JsonObject> = {};
  for (const name of Object.keys(RECORD_DESCRIPTIONS) as (keyof typeof RECORD_DESCRIPTIONS)[]) {
    defs[name] = recordSchema(RECORDS[name], RECORD_DESCRIPTIONS[name]);
  }
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: `Orgmap document (format "${FORMAT_NAME}", version ${FORMAT_VERSION})`,
    ...recordSchema(RECORDS.document, DOCUMENT_DESCRIPTION),
    $defs: defs,
  };
}

/** The text of docs/orgmap.schema.json: the schema, pretty-printed with 2-space indent and a final newline. */
export function orgmapSchemaText(): string {
  return `${JSON.stringify(buildOrgmapSchema(), null, 2)}\n`;
}
