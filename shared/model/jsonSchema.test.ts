import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentArb } from '../../test-support/model/arbitraries';
import { RECORDS } from './fields';
import { JSON_SCHEMA_DRAFT, NOT_CHECKED, buildOrgmapSchema, orgmapSchemaText, type JsonObject } from './jsonSchema';
import { parseDocument, validateDocument } from './parse';
import { LIMITS } from './types';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** A real validator; strictSchema: an unknown keyword or a misspelt one fails to compile. */
function compile(): ValidateFunction {
  const ajv = new Ajv2020({ strictSchema: true, strictNumbers: true, allErrors: false });
  return ajv.compile(JSON.parse(read('docs/orgmap.schema.json')) as object);
}
const validate = compile();

/** An ajv error as the reader writes paths: `/scenarios/0/nodes/1/label` → `scenarios[0].nodes[1].label`. */
function readerPath(error: ErrorObject): string {
  const pointer = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

function schemaAccepts(value: unknown): boolean {
  return validate(value);
}

/** A small valid document: one of each node kind, one edge of each kind, practices, goals, notes. */
function base(): Record<string, unknown> {
  return {
    format: 'orgmap',
    version: 1,
    title: 'Acme',
    goals: ['branding', 'sales'],
    notes: 'n',
    scenarios: [
      {
        id: 'current',
        name: 'Current',
        nodes: [
          { id: 'mkt', kind: 'department', label: 'Marketing', position: { x: -200, y: -150 } },
          { id: 'smt', kind: 'team', label: 'Social Media Team', position: { x: 0, y: 0 }, notes: 'hub' },
          { id: 'bu', kind: 'unit', label: 'BU NL', position: { x: 200, y: 150 } },
          { id: 'acc', kind: 'account', label: 'Acme NL', platform: 'x', handle: '@acme_nl', position: { x: 200, y: 300 } },
          { id: 'emp', kind: 'employees', label: 'Staff', position: { x: 0, y: 300 } },
        ],
        edges: [
          { id: 'e1', kind: 'member', source: 'mkt', target: 'smt' },
          { id: 'e2', kind: 'coordinates', source: 'smt', target: 'bu' },
          { id: 'e3', kind: 'owns', source: 'bu', target: 'acc' },
        ],
        practices: { guidelines: 'yes', training: 'partly' },
      },
    ],
  };
}

type Json = Record<string, unknown>;
const scenario = (doc: Json): Json => (doc.scenarios as Json[])[0] as Json;
const node = (doc: Json, i: number): Json => (scenario(doc).nodes as Json[])[i] as Json;
const edge = (doc: Json, i: number): Json => (scenario(doc).edges as Json[])[i] as Json;

/** Documents both refuse; `path` is the reader's error path, and a schema error is at that place. */
const BROKEN: readonly { name: string; path: string; schemaPath?: string; change: (doc: Json) => unknown }[] = [
  { name: 'top level not an object', path: '', change: () => [] },
  { name: 'missing format', path: 'format', change: (d) => void delete d.format },
  { name: 'wrong format', path: 'format', change: (d) => void (d.format = 'orgmap2') },
  { name: 'missing version', path: 'version', change: (d) => void delete d.version },
  { name: 'version as a string', path: 'version', change: (d) => void (d.version = '1') },
  { name: 'a newer version', path: 'version', change: (d) => void (d.version = 2) },
  { name: 'missing title', path: 'title', change: (d) => void delete d.title },
  { name: 'too-long title', path: 'title', change: (d) => void (d.title = 't'.repeat(LIMITS.titleMax + 1)) },
  { name: 'unknown goal', path: 'goals[1]', change: (d) => void (d.goals = ['sales', 'fame']) },
  { name: 'duplicate goal', path: 'goals[1]', schemaPath: 'goals', change: (d) => void (d.goals = ['sales', 'sales']) },
  { name: 'too-long document notes', path: 'notes', change: (d) => void (d.notes = 'n'.repeat(LIMITS.documentNotesMax + 1)) },
  { name: 'no scenarios', path: 'scenarios', change: (d) => void (d.scenarios = []) },
  {
    name: 'too many scenarios',
    path: 'scenarios',
    change: (d) => void (d.scenarios = Array.from({ length: LIMITS.scenariosMax + 1 }, (_, i) => ({ id: `s${i}`, name: 'S', nodes: [], edges: [] }))),
  },
  { name: 'missing scenario id', path: 'scenarios[0].id', change: (d) => void delete scenario(d).id },
  { name: 'empty scenario name', path: 'scenarios[0].name', change: (d) => void (scenario(d).name = '') },
  { name: 'missing nodes', path: 'scenarios[0].nodes', change: (d) => void delete scenario(d).nodes },
  { name: 'edges not an array', path: 'scenarios[0].edges', change: (d) => void (scenario(d).edges = {}) },
  { name: 'practice value', path: 'scenarios[0].practices.training', change: (d) => void (scenario(d).practices = { training: 'maybe' }) },
  { name: 'missing node id', path: 'scenarios[0].nodes[1].id', change: (d) => void delete node(d, 1).id },
  { name: 'node id with a space', path: 'scenarios[0].nodes[1].id', change: (d) => void (node(d, 1).id = 'a b') },
  { name: 'node id too long', path: 'scenarios[0].nodes[1].id', change: (d) => void (node(d, 1).id = 'a'.repeat(LIMITS.idMax + 1)) },
  { name: 'wrong node kind', path: 'scenarios[0].nodes[1].kind', change: (d) => void (node(d, 1).kind = 'committee') },
  { name: 'empty label', path: 'scenarios[0].nodes[1].label', change: (d) => void (node(d, 1).label = '') },
  { name: 'too-long label', path: 'scenarios[0].nodes[1].label', change: (d) => void (node(d, 1).label = 'l'.repeat(LIMITS.labelMax + 1)) },
  { name: 'too-long label in emoji', path: 'scenarios[0].nodes[1].label', change: (d) => void (node(d, 1).label = '😀'.repeat(LIMITS.labelMax + 1)) },
  { name: 'missing position', path: 'scenarios[0].nodes[1].position', change: (d) => void delete node(d, 1).position },
  { name: 'missing y', path: 'scenarios[0].nodes[1].position.y', change: (d) => void (node(d, 1).position = { x: 0 }) },
  { name: 'x out of range', path: 'scenarios[0].nodes[1].position.x', change: (d) => void (node(d, 1).position = { x: LIMITS.coordinateMax + 1, y: 0 }) },
  { name: 'y as a string', path: 'scenarios[0].nodes[1].position.y', change: (d) => void (node(d, 1).position = { x: 0, y: '0' }) },
  { name: 'account without platform', path: 'scenarios[0].nodes[3].platform', change: (d) => void delete node(d, 3).platform },
  { name: 'unknown platform', path: 'scenarios[0].nodes[3].platform', change: (d) => void (node(d, 3).platform = 'myspace') },
  { name: 'too-long handle', path: 'scenarios[0].nodes[3].handle', change: (d) => void (node(d, 3).handle = 'h'.repeat(LIMITS.handleMax + 1)) },
  { name: 'platform on a team', path: 'scenarios[0].nodes[1].platform', change: (d) => void (node(d, 1).platform = 'x') },
  { name: 'handle on employees', path: 'scenarios[0].nodes[4].handle', change: (d) => void (node(d, 4).handle = '@staff') },
  { name: 'null node notes', path: 'scenarios[0].nodes[1].notes', change: (d) => void (node(d, 1).notes = null) },
  { name: 'too-long node notes', path: 'scenarios[0].nodes[1].notes', change: (d) => void (node(d, 1).notes = 'n'.repeat(LIMITS.nodeNotesMax + 1)) },
  { name: 'missing edge id', path: 'scenarios[0].edges[0].id', change: (d) => void delete edge(d, 0).id },
  { name: 'wrong edge kind', path: 'scenarios[0].edges[0].kind', change: (d) => void (edge(d, 0).kind = 'reports') },
  { name: 'missing source', path: 'scenarios[0].edges[0].source', change: (d) => void delete edge(d, 0).source },
  { name: 'target not a string', path: 'scenarios[0].edges[0].target', change: (d) => void (edge(d, 0).target = 1) },
  { name: 'target that can be no node id', path: 'scenarios[0].edges[0].target', change: (d) => void (edge(d, 0).target = 'no such node') },
];

/** Valid documents at the edges of the rules: both accept. */
const ACCEPTED: readonly { name: string; change: (doc: Json) => void }[] = [
  { name: 'as it is', change: () => undefined },
  { name: 'an empty title, no goals, no notes', change: (d) => Object.assign(d, { title: '', goals: undefined, notes: undefined }) },
  { name: 'a label of 200 emoji (code points, not UTF-16 units)', change: (d) => void (node(d, 1).label = '😀'.repeat(LIMITS.labelMax)) },
  { name: 'coordinates at the bounds', change: (d) => void (node(d, 1).position = { x: -LIMITS.coordinateMax, y: LIMITS.coordinateMax }) },
  { name: 'an account without a handle', change: (d) => void delete node(d, 3).handle },
  { name: 'a scenario without nodes, edges or practices', change: (d) => void (d.scenarios = [{ id: 'empty', name: 'E', nodes: [], edges: [] }]) },
  {
    name: 'unknown fields at every level',
    change: (d) => {
      d.future = { deep: [1, 'two', null] };
      scenario(d).layer = 'x';
      scenario(d).practices = { guidelines: 'no', newPractice: 'yes' };
      node(d, 0).colour = '#fff';
      node(d, 0).position = { x: 1, y: 2, z: 3 };
      edge(d, 0).weight = 2;
    },
  },
];

const deep = (levels: number): unknown => (levels === 0 ? 0 : [deep(levels - 1)]);
const same = (text: string): string => text;

/** Documents the reader refuses for a rule NOT_CHECKED lists: the schema accepts them. */
const UNCHECKED: readonly { name: string; path: string; change: (doc: Json) => unknown; edit: (text: string) => string }[] = [
  { name: 'duplicate scenario id', path: 'scenarios[1].id', change: (d) => void (d.scenarios = [scenario(d), { ...scenario(d) }]), edit: same },
  { name: 'duplicate node id', path: 'scenarios[0].nodes[4].id', change: (d) => void (node(d, 4).id = 'mkt'), edit: same },
  { name: 'duplicate edge id', path: 'scenarios[0].edges[1].id', change: (d) => void (edge(d, 1).id = 'e1'), edit: same },
  { name: 'an edge end that names no node', path: 'scenarios[0].edges[0].target', change: (d) => void (edge(d, 0).target = 'nobody'), edit: same },
  { name: 'a connection rule broken', path: 'scenarios[0].edges[2].target', change: (d) => void (edge(d, 2).target = 'emp'), edit: same },
  { name: 'a self-loop', path: 'scenarios[0].edges[1].target', change: (d) => void (edge(d, 1).target = 'smt'), edit: same },
  {
    name: 'a duplicate edge',
    path: 'scenarios[0].edges[3]',
    change: (d) => void (scenario(d).edges as Json[]).push({ id: 'e4', kind: 'member', source: 'mkt', target: 'smt' }),
    edit: same,
  },
  { name: 'an unknown field nested too deeply', path: `deep${'[0]'.repeat(63)}`, change: (d) => void (d.deep = deep(70)), edit: same },
  { name: 'a number beyond a double in an unknown field', path: 'big', change: (d) => void (d.big = 12345), edit: (t) => t.replace('12345', '1e400') },
];

function changed(change: (doc: Json) => unknown): unknown {
  const doc = base();
  const replaced = change(doc);
  return JSON.parse(JSON.stringify(replaced ?? doc)) as unknown;
}

describe('docs/orgmap.schema.json, the published JSON Schema', () => {
  it('is the schema buildOrgmapSchema() builds from fields.ts now (run `npm run schema` after changing the tables)', () => {
    expect(read('docs/orgmap.schema.json')).toBe(orgmapSchemaText());
    expect(orgmapSchemaText()).toBe(`${JSON.stringify(buildOrgmapSchema(), null, 2)}\n`);
  });

  it('has one property per field of each table of fields.ts, in the writer\'s order, and requires the required ones', () => {
    const schema = buildOrgmapSchema() as { properties: JsonObject; required: string[]; $defs: Record<string, { properties: JsonObject; required?: string[] }> };
    for (const table of Object.values(RECORDS)) {
      const def = table.name === 'document' ? schema : schema.$defs[table.name];
      expect(Object.keys(def?.properties ?? {}), table.name).toEqual(table.keys);
      expect(def?.required ?? [], table.name).toEqual(table.fields.filter((f) => f.required !== null).map((f) => f.key));
    }
  });

  it('is draft 2020-12 and says what it does not check', () => {
    const schema = buildOrgmapSchema();
    expect(schema.$schema).toBe(JSON_SCHEMA_DRAFT);
    for (const rule of NOT_CHECKED) expect(schema.description).toContain(rule);
    expect(read('docs/orgmap-format.md')).toContain('orgmap.schema.json');
  });

  it('accepts every starter template and every fixture the reader accepts', () => {
    const dirs = ['assets/templates/', 'cli/fixtures/', 'shared/model/fixtures/'];
    let accepted = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.orgmap'))) {
        const text = read(dir + file);
        if (!parseDocument(text, file).ok) continue;
        expect(schemaAccepts(JSON.parse(text)), `${dir}${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        accepted++;
      }
    }
    expect(accepted).toBeGreaterThanOrEqual(12);
  });

  it.each(UNCHECKED)('accepts what only the reader refuses (listed in its description): $name', ({ change, edit, path }) => {
    const text = edit(JSON.stringify(changed(change)));
    const result = parseDocument(text);
    expect(result.ok ? '(accepted)' : result.error.path).toBe(path);
    expect(schemaAccepts(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses the newer-version fixture, and accepts the dangling edge end it cannot check', () => {
    const newer = JSON.parse(read('cli/fixtures/version-2.orgmap')) as unknown;
    expect(schemaAccepts(newer)).toBe(false);
    expect(validate.errors?.map(readerPath)).toContain('version');
    const dangling = read('cli/fixtures/invalid-edge-target.orgmap');
    expect(parseDocument(dangling).ok).toBe(false);
    expect(schemaAccepts(JSON.parse(dangling))).toBe(true);
  });

  it.each(ACCEPTED)('accepts what the reader accepts: $name', ({ change }) => {
    const doc = changed(change);
    expect(validateDocument(doc).ok).toBe(true);
    expect(schemaAccepts(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(BROKEN)('refuses what the reader refuses, at the same place: $name', ({ change, path, schemaPath }) => {
    const doc = changed(change);
    const result = validateDocument(doc);
    expect(result.ok ? '(accepted)' : result.error.path).toBe(path);
    expect(schemaAccepts(doc)).toBe(false);
    expect(validate.errors?.map(readerPath)).toContain(schemaPath ?? path);
  });

  it('never refuses a mutated document the reader accepts, and accepts one the reader refuses only for a rule it does not check', () => {
    const values = fc.oneof(
      fc.constantFrom<unknown>(null, true, 0, -0.5, 1, 2, 1e7, '', 'x', 'account', 'team', 'owns', 'yes', 'maybe', 'sales', 'orgmap', [], {}),
      fc.string({ maxLength: 3 }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }),
    );
    fc.assert(
      fc.property(documentArb, fc.nat(), values, fc.boolean(), (document, pick, value, remove) => {
        const doc = JSON.parse(JSON.stringify(document)) as Json;
        // Every object in the document and one of its keys (known or not) to change or delete.
        const places: [Json, string][] = [];
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(walk);
          else if (typeof v === 'object' && v !== null) {
            for (const [k, item] of Object.entries(v)) {
              places.push([v as Json, k]);
              walk(item);
            }
          }
        };
        walk(doc);
        const [target, key] = places[pick % places.length] as [Json, string];
        if (remove) delete target[key];
        else target[key] = value;
        const reader = validateDocument(doc);
        const schema = schemaAccepts(doc);
        if (reader.ok) {
          if (!schema) expect.fail(`the reader accepts what the schema refuses: ${JSON.stringify(validate.errors)} in ${JSON.stringify(doc)}`);
        } else if (schema) {
          // Only a rule the schema lists as not checked: a duplicate id (at an id), an edge end
          // that names no node, breaks a connection rule or is the other end (at source or target),
          // a duplicate edge (at the edge).
          expect(reader.error.path).toMatch(/(\.id|\.source|\.target|\.edges\[\d+\])$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
