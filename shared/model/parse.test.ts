import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_FILE_CHARS, characterCount, parseDocument, serializeDocument, validateDocument, type ParseError } from './index';

/** The example of docs/orgmap-format.md, as a fresh mutable value each time. */
function example(): Raw {
  return {
    format: 'orgmap',
    version: 1,
    title: 'Acme — social media organisation',
    goals: ['branding', 'customer-service'],
    scenarios: [
      {
        id: 'current',
        name: 'Current',
        nodes: [
          { id: 'smt', kind: 'team', label: 'Social Media Team', position: { x: 0, y: 0 } },
          { id: 'mkt', kind: 'department', label: 'Marketing', position: { x: -200, y: -150 } },
          { id: 'bu-nl', kind: 'unit', label: 'BU Netherlands', position: { x: 200, y: 150 } },
          { id: 'acc-1', kind: 'account', label: 'Acme NL on X', platform: 'x', handle: '@acme_nl', position: { x: 200, y: 300 } },
        ],
        edges: [
          { id: 'e1', kind: 'member', source: 'mkt', target: 'smt' },
          { id: 'e2', kind: 'coordinates', source: 'smt', target: 'bu-nl' },
          { id: 'e3', kind: 'owns', source: 'bu-nl', target: 'acc-1' },
        ],
      },
    ],
  };
}

type Raw = Record<string, unknown>;
type Mutation = (doc: Raw) => void;

/** 'scenarios[0].nodes[1].id' → ['scenarios', 0, 'nodes', 1, 'id'] */
function keys(path: string): (string | number)[] {
  return path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
}

/** The container holding the last key of `path`, and that key. */
function locate(doc: Raw, path: string): [Record<string | number, unknown>, string | number] {
  const ks = keys(path);
  let at = doc as Record<string | number, unknown>;
  for (const k of ks.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  return [at, ks[ks.length - 1] as string | number];
}

const set = (path: string, value: unknown): Mutation => (doc) => {
  const [at, k] = locate(doc, path);
  at[k] = value;
};
const del = (path: string): Mutation => (doc) => {
  const [at, k] = locate(doc, path);
  delete at[k];
};
const get = (path: string) => (doc: Raw): unknown => {
  const [at, k] = locate(doc, path);
  return at[k];
};
const push = (path: string, value: unknown): Mutation => (doc) => {
  (get(path)(doc) as unknown[]).push(value);
};

function refusal(mutate: Mutation, file = 'acme.orgmap'): ParseError {
  const doc = example();
  mutate(doc);
  const result = parseDocument(JSON.stringify(doc), file);
  if (result.ok) throw new Error('expected a refusal, the document was accepted');
  return result.error;
}

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseDocument accepts', () => {
  it('the example of the format doc', () => {
    const result = parseDocument(JSON.stringify(example()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.scenarios[0]?.nodes.map((n) => n.id)).toEqual(['smt', 'mkt', 'bu-nl', 'acc-1']);
    expect(result.document.scenarios[0]?.nodes[3]).toEqual({
      id: 'acc-1',
      kind: 'account',
      label: 'Acme NL on X',
      platform: 'x',
      handle: '@acme_nl',
      position: { x: 200, y: 300 },
    });
  });

  it('the golden v1 fixture, forever, and writes it back byte for byte', () => {
    const text = fixture('v1-example.orgmap');
    const result = parseDocument(text, 'v1-example.orgmap');
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.document;
    expect(doc.scenarios.map((s) => s.id)).toEqual(['current', 'target', 'empty_1']);
    expect(doc.goals).toEqual(['branding', 'customer-service', 'recruitment']);
    const [current] = doc.scenarios;
    expect(current?.nodes).toHaveLength(6);
    expect(current?.edges).toHaveLength(5);
    // Unknown fields survive at every level.
    expect((doc as unknown as Record<string, unknown>).createdWith).toEqual({
      app: 'orgmap',
      release: '9.9.0',
      features: ['layers', { name: 'comments', count: 2 }],
    });
    expect((doc as unknown as Record<string, unknown>)['x-future']).toBeNull();
    expect((current as unknown as Record<string, unknown>).viewport).toEqual({ x: 10, y: -20, zoom: 0.75 });
    expect((current?.nodes[2]?.position as unknown as Record<string, unknown>).z).toBe(3);
    expect((current?.nodes[3] as unknown as Record<string, unknown>).color).toBe('#ff8800');
    expect((current?.edges[1] as unknown as Record<string, unknown>).style).toEqual({ dashed: true, width: 2 });
    expect(serializeDocument(doc)).toBe(text);
  });

  it('a leading byte-order mark', () => {
    expect(parseDocument(`\uFEFF${JSON.stringify(example())}`).ok).toBe(true);
  });

  it('a node id that is also an edge id (separate namespaces), and the same ids in two scenarios', () => {
    const doc = example();
    set('scenarios[0].edges[0].id', 'smt')(doc);
    push('scenarios', { ...(get('scenarios[0]')(doc) as object), id: 'target' })(doc);
    expect(parseDocument(JSON.stringify(doc)).ok).toBe(true);
  });

  it('counts characters as code points: 200 emoji are a legal label', () => {
    const doc = example();
    set('scenarios[0].nodes[0].label', '😀'.repeat(200))(doc);
    expect(parseDocument(JSON.stringify(doc)).ok).toBe(true);
    set('scenarios[0].nodes[0].label', '😀'.repeat(201))(doc);
    const result = parseDocument(JSON.stringify(doc), 'a.orgmap');
    expect(!result.ok && result.error.message).toBe(
      'a.orgmap: scenarios[0].nodes[0].label: is too long: 201 characters; the limit is 200',
    );
  });

  it('the limits exactly: empty title, 200/100/5000/20000 characters, ±1,000,000, 20 scenarios', () => {
    const doc = example();
    set('title', '')(doc);
    set('notes', 'n'.repeat(20_000))(doc);
    set('scenarios[0].name', 'n'.repeat(100))(doc);
    set('scenarios[0].nodes[0].label', 'l'.repeat(200))(doc);
    set('scenarios[0].nodes[0].notes', 'n'.repeat(5_000))(doc);
    set('scenarios[0].nodes[3].handle', 'h'.repeat(100))(doc);
    set('scenarios[0].nodes[1].position', { x: 1_000_000, y: -1_000_000 })(doc);
    set('scenarios[0].id', 'i'.repeat(64))(doc);
    for (let i = 1; i < 20; i++) push('scenarios', { id: `s${i}`, name: 'S', nodes: [], edges: [] })(doc);
    const result = parseDocument(JSON.stringify(doc));
    expect(result.ok ? 'ok' : result.error.message).toBe('ok');
  });

  it('an account may have more than one owner', () => {
    const doc = example();
    push('scenarios[0].edges', { id: 'e4', kind: 'owns', source: 'smt', target: 'acc-1' })(doc);
    expect(parseDocument(JSON.stringify(doc)).ok).toBe(true);
  });
});

describe('parseDocument refuses every rule with its exact place', () => {
  it('formats the message as file: path: reason', () => {
    const error = refusal(set('scenarios[0].edges[2].target', 'bu-x'));
    expect(error).toEqual({
      file: 'acme.orgmap',
      path: 'scenarios[0].edges[2].target',
      reason: 'no node "bu-x" in scenario "current"',
      message: 'acme.orgmap: scenarios[0].edges[2].target: no node "bu-x" in scenario "current"',
    });
  });

  // [what, mutation, path, reason (exact)]
  const cases: [string, Mutation, string, string][] = [
    ['format missing', del('format'), 'format', 'is missing: this is not an orgmap document (expected "format": "orgmap")'],
    ['format wrong', set('format', 'drawio'), 'format', 'must be "orgmap", not "drawio": this is not an orgmap document'],
    ['version missing', del('version'), 'version', 'is missing: the format version is required'],
    ['version a string', set('version', '1'), 'version', 'must be a number, not a string'],
    ['version 0', set('version', 0), 'version', 'must be 1 or higher, not 0'],
    ['version -3', set('version', -3), 'version', 'must be 1 or higher, not -3'],
    ['version 1.5', set('version', 1.5), 'version', 'must be a whole number, not 1.5'],
    [
      'version 2 (newer)',
      set('version', 2),
      'version',
      'this file was made by a newer release of Orgmap (format version 2); this release reads format version 1 and older — please update Orgmap',
    ],
    ['title missing', del('title'), 'title', 'is missing: a title (possibly empty) is required'],
    ['title a number', set('title', 5), 'title', 'must be a string (0–200 characters), not a number'],
    ['title too long', set('title', 't'.repeat(201)), 'title', 'is too long: 201 characters; the limit is 200'],
    ['title far too long', set('title', 't'.repeat(1000)), 'title', 'is too long: 1,000 characters; the limit is 200'],
    ['goals not an array', set('goals', 'branding'), 'goals', 'must be an array of goal ids, not a string'],
    [
      'unknown goal',
      push('goals', 'world-domination'),
      'goals[2]',
      'unknown goal "world-domination"; expected one of branding, connecting, customer-service, sales, recruitment, internal-communication, co-creation',
    ],
    ['duplicate goal', push('goals', 'branding'), 'goals[2]', 'duplicate goal "branding" (also goals[0])'],
    ['document notes too long', set('notes', 'n'.repeat(20_001)), 'notes', 'is too long: 20,001 characters; the limit is 20,000'],
    ['document notes null', set('notes', null), 'notes', 'must be a string (0–20,000 characters), not null'],
    ['scenarios missing', del('scenarios'), 'scenarios', 'is missing: a list of 1–20 scenarios is required'],
    ['scenarios an object', set('scenarios', {}), 'scenarios', 'must be an array, not an object'],
    ['no scenarios', set('scenarios', []), 'scenarios', 'must hold at least 1 scenario'],
    [
      '21 scenarios',
      (d) => {
        for (let i = 1; i < 21; i++) push('scenarios', { id: `s${i}`, name: 'S', nodes: [], edges: [] })(d);
      },
      'scenarios',
      'too many scenarios: 21; the limit is 20',
    ],
    ['scenario not an object', push('scenarios', []), 'scenarios[1]', 'must be an object, not an array'],
    ['scenario id missing', del('scenarios[0].id'), 'scenarios[0].id', 'is missing: a scenario id is required'],
    [
      'scenario id bad',
      set('scenarios[0].id', 'cur rent'),
      'scenarios[0].id',
      'scenario id "cur rent" is not valid: use 1–64 of the characters A–Z a–z 0–9 _ -',
    ],
    [
      'scenario id too long',
      set('scenarios[0].id', 'a'.repeat(65)),
      'scenarios[0].id',
      `scenario id "${'a'.repeat(57)}…" is not valid: use 1–64 of the characters A–Z a–z 0–9 _ -`,
    ],
    [
      'duplicate scenario id',
      push('scenarios', { id: 'current', name: 'Again', nodes: [], edges: [] }),
      'scenarios[1].id',
      'duplicate scenario id "current" (also scenarios[0])',
    ],
    ['scenario name empty', set('scenarios[0].name', ''), 'scenarios[0].name', 'must not be empty (1–100 characters)'],
    ['scenario name too long', set('scenarios[0].name', 'n'.repeat(101)), 'scenarios[0].name', 'is too long: 101 characters; the limit is 100'],
    ['nodes missing', del('scenarios[0].nodes'), 'scenarios[0].nodes', 'is missing: a list of nodes (possibly empty) is required'],
    ['edges not an array', set('scenarios[0].edges', 'none'), 'scenarios[0].edges', 'must be an array, not a string'],
    ['node not an object', set('scenarios[0].nodes[1]', null), 'scenarios[0].nodes[1]', 'must be an object, not null'],
    ['node id missing', del('scenarios[0].nodes[1].id'), 'scenarios[0].nodes[1].id', 'is missing: a node id is required'],
    ['node id a number', set('scenarios[0].nodes[1].id', 7), 'scenarios[0].nodes[1].id', 'node id must be a string, not a number'],
    [
      'node id with markup',
      set('scenarios[0].nodes[1].id', '<b>'),
      'scenarios[0].nodes[1].id',
      'node id "<b>" is not valid: use 1–64 of the characters A–Z a–z 0–9 _ -',
    ],
    ['duplicate node id', set('scenarios[0].nodes[2].id', 'smt'), 'scenarios[0].nodes[2].id', 'duplicate node id "smt" (also nodes[0])'],
    // The earlier node is named by its place, wherever it is (an account is a copy, the others are kept).
    ['duplicate node id, earlier not first', set('scenarios[0].nodes[3].id', 'mkt'), 'scenarios[0].nodes[3].id', 'duplicate node id "mkt" (also nodes[1])'],
    [
      'duplicate node id of an account',
      push('scenarios[0].nodes', { id: 'acc-1', kind: 'team', label: 'Again', position: { x: 0, y: 0 } }),
      'scenarios[0].nodes[4].id',
      'duplicate node id "acc-1" (also nodes[3])',
    ],
    [
      'node kind unknown',
      set('scenarios[0].nodes[0].kind', 'squad'),
      'scenarios[0].nodes[0].kind',
      'unknown node kind "squad"; expected one of department, unit, team, account, employees',
    ],
    ['label missing', del('scenarios[0].nodes[0].label'), 'scenarios[0].nodes[0].label', 'is missing: a label is required'],
    ['label empty', set('scenarios[0].nodes[0].label', ''), 'scenarios[0].nodes[0].label', 'must not be empty (1–200 characters)'],
    ['label too long', set('scenarios[0].nodes[0].label', 'l'.repeat(201)), 'scenarios[0].nodes[0].label', 'is too long: 201 characters; the limit is 200'],
    ['position missing', del('scenarios[0].nodes[0].position'), 'scenarios[0].nodes[0].position', 'is missing: a position {x, y} is required'],
    ['position an array', set('scenarios[0].nodes[0].position', [0, 0]), 'scenarios[0].nodes[0].position', 'must be an object {x, y}, not an array'],
    ['x missing', del('scenarios[0].nodes[0].position.x'), 'scenarios[0].nodes[0].position.x', 'is missing: a coordinate is required'],
    ['y a string', set('scenarios[0].nodes[0].position.y', '0'), 'scenarios[0].nodes[0].position.y', 'must be a number, not a string'],
    [
      'x out of range',
      set('scenarios[0].nodes[0].position.x', 1_000_001),
      'scenarios[0].nodes[0].position.x',
      'is out of range: 1000001; coordinates must be within ±1,000,000',
    ],
    [
      'y out of range (1e308)',
      set('scenarios[0].nodes[0].position.y', -1e308),
      'scenarios[0].nodes[0].position.y',
      'is out of range: -1e+308; coordinates must be within ±1,000,000',
    ],
    [
      'platform missing on an account',
      del('scenarios[0].nodes[3].platform'),
      'scenarios[0].nodes[3].platform',
      'is missing: accounts need a platform, one of x, facebook, linkedin, instagram, youtube, tiktok, threads, bluesky, mastodon, pinterest, snapchat, whatsapp, other',
    ],
    [
      'platform unknown',
      set('scenarios[0].nodes[3].platform', 'myspace'),
      'scenarios[0].nodes[3].platform',
      'unknown platform "myspace"; expected one of x, facebook, linkedin, instagram, youtube, tiktok, threads, bluesky, mastodon, pinterest, snapchat, whatsapp, other',
    ],
    [
      'platform on a team',
      set('scenarios[0].nodes[0].platform', 'x'),
      'scenarios[0].nodes[0].platform',
      'only accounts have a platform; "smt" is a team',
    ],
    [
      'handle on a unit',
      set('scenarios[0].nodes[2].handle', '@nl'),
      'scenarios[0].nodes[2].handle',
      'only accounts have a handle; "bu-nl" is a unit',
    ],
    ['handle too long', set('scenarios[0].nodes[3].handle', 'h'.repeat(101)), 'scenarios[0].nodes[3].handle', 'is too long: 101 characters; the limit is 100'],
    ['node notes too long', set('scenarios[0].nodes[0].notes', 'n'.repeat(5001)), 'scenarios[0].nodes[0].notes', 'is too long: 5,001 characters; the limit is 5,000'],
    ['scenario name missing', del('scenarios[0].name'), 'scenarios[0].name', 'is missing: a name is required'],
    ['edges missing', del('scenarios[0].edges'), 'scenarios[0].edges', 'is missing: a list of edges (possibly empty) is required'],
    ['node kind missing', del('scenarios[0].nodes[2].kind'), 'scenarios[0].nodes[2].kind', 'is missing: a node kind is required'],
    [
      'node kind not a string',
      set('scenarios[0].nodes[2].kind', ['unit']),
      'scenarios[0].nodes[2].kind',
      'must be a string, not an array; expected one of department, unit, team, account, employees',
    ],
    ['handle a number', set('scenarios[0].nodes[3].handle', 42), 'scenarios[0].nodes[3].handle', 'must be a string (0–100 characters), not a number'],
    ['node notes a boolean', set('scenarios[0].nodes[1].notes', true), 'scenarios[0].nodes[1].notes', 'must be a string (0–5,000 characters), not a boolean'],
    ['edge kind missing', del('scenarios[0].edges[0].kind'), 'scenarios[0].edges[0].kind', 'is missing: an edge kind is required'],
    ['target missing', del('scenarios[0].edges[2].target'), 'scenarios[0].edges[2].target', 'is missing: a target node id is required'],
    ['edge id bad', set('scenarios[0].edges[2].id', ''), 'scenarios[0].edges[2].id', 'edge id "" is not valid: use 1–64 of the characters A–Z a–z 0–9 _ -'],
    ['edge not an object', set('scenarios[0].edges[0]', 'e1'), 'scenarios[0].edges[0]', 'must be an object, not a string'],
    ['edge id missing', del('scenarios[0].edges[0].id'), 'scenarios[0].edges[0].id', 'is missing: an edge id is required'],
    ['duplicate edge id', set('scenarios[0].edges[2].id', 'e1'), 'scenarios[0].edges[2].id', 'duplicate edge id "e1" (also edges[0])'],
    ['duplicate edge id, earlier not first', set('scenarios[0].edges[2].id', 'e2'), 'scenarios[0].edges[2].id', 'duplicate edge id "e2" (also edges[1])'],
    [
      'edge kind unknown',
      set('scenarios[0].edges[0].kind', 'reports-to'),
      'scenarios[0].edges[0].kind',
      'unknown edge kind "reports-to"; expected one of coordinates, owns, member',
    ],
    ['source missing', del('scenarios[0].edges[1].source'), 'scenarios[0].edges[1].source', 'is missing: a source node id is required'],
    ['target a number', set('scenarios[0].edges[1].target', 3), 'scenarios[0].edges[1].target', 'must be a node id (a string), not a number'],
    ['source unknown', set('scenarios[0].edges[0].source', 'nobody'), 'scenarios[0].edges[0].source', 'no node "nobody" in scenario "current"'],
    [
      'self-loop',
      set('scenarios[0].edges[1].target', 'smt'),
      'scenarios[0].edges[1].target',
      'an edge cannot start and end at the same node ("smt")',
    ],
    [
      'member from an account',
      push('scenarios[0].edges', { id: 'e9', kind: 'member', source: 'acc-1', target: 'smt' }),
      'scenarios[0].edges[3].source',
      'a "member" edge must start at a department or unit, not at account "acc-1"',
    ],
    [
      'owns ending at a unit',
      push('scenarios[0].edges', { id: 'e9', kind: 'owns', source: 'smt', target: 'bu-nl' }),
      'scenarios[0].edges[3].target',
      'an "owns" edge must end at an account, not at unit "bu-nl"',
    ],
    [
      'coordinates ending at an account',
      push('scenarios[0].edges', { id: 'e9', kind: 'coordinates', source: 'smt', target: 'acc-1' }),
      'scenarios[0].edges[3].target',
      'a "coordinates" edge must end at a department, unit, team or employees group, not at account "acc-1"',
    ],
    [
      'duplicate (kind, source, target)',
      push('scenarios[0].edges', { id: 'e9', kind: 'owns', source: 'bu-nl', target: 'acc-1' }),
      'scenarios[0].edges[3]',
      'duplicate edge: edges[2] already is a "owns" edge from "bu-nl" to "acc-1"',
    ],
    [
      'deep unknown nesting',
      (d) => {
        let deep: unknown = 'bottom';
        for (let i = 0; i < 100; i++) deep = { next: deep };
        set('scenarios[0].nodes[1].extra', deep)(d);
      },
      `scenarios[0].nodes[1].extra${'.next'.repeat(MAX_DEPTH - 5)}`,
      `is nested too deeply: the limit is ${MAX_DEPTH} levels`,
    ],
  ];

  it.each(cases)('%s', (_what, mutate, path, reason) => {
    const error = refusal(mutate);
    expect({ path: error.path, reason: error.reason }).toEqual({ path, reason });
    expect(error.message).toBe(`acme.orgmap: ${path}: ${reason}`);
  });

  it('too many nodes and edges', () => {
    const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, kind: 'team', label: 'T', position: { x: 0, y: 0 } }));
    expect(refusal(set('scenarios[0].nodes', nodes)).message).toBe(
      'acme.orgmap: scenarios[0].nodes: too many nodes: 20,001; the limit is 20,000 per scenario',
    );
    const edges = Array.from({ length: 50_001 }, (_, i) => ({ id: `e${i}`, kind: 'owns', source: 'smt', target: 'acc-1' }));
    expect(refusal(set('scenarios[0].edges', edges)).message).toBe(
      'acme.orgmap: scenarios[0].edges: too many edges: 50,001; the limit is 50,000 per scenario',
    );
  });

  it('reports paths of odd unknown keys in brackets', () => {
    const error = refusal((d) => {
      let deep: unknown = 1;
      for (let i = 0; i < 70; i++) deep = [deep];
      d['my key'] = { 'a.b': deep };
    });
    expect(error.path.startsWith('["my key"]["a.b"][0][0]')).toBe(true);
  });

  it('whole-file problems have an empty path', () => {
    const bad = parseDocument('{"format": "orgmap",', 'broken.orgmap');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.path).toBe('');
    expect(bad.error.message.startsWith('broken.orgmap: not valid JSON')).toBe(true);
    const empty = parseDocument('  \n', 'e.orgmap');
    expect(!empty.ok && empty.error.message).toBe('e.orgmap: the file is empty');
    const array = parseDocument('[]', 'a.orgmap');
    expect(!array.ok && array.error.message).toBe('a.orgmap: not an orgmap document: expected a JSON object at the top level, found an array');
  });

  it('refuses text over MAX_FILE_CHARS before parsing, stating the limit', () => {
    const huge = ' '.repeat(MAX_FILE_CHARS + 1);
    const result = parseDocument(huge, 'huge.orgmap');
    expect(!result.ok && result.error.message).toBe(
      'huge.orgmap: the file is too large: 67,108,865 characters; the limit is 67,108,864 (64 Mi)',
    );
  });

  it('refuses absurd nesting of the whole file without a stack overflow', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const valid = JSON.stringify(example()).slice(0, -1);
    const result = parseDocument(`${valid},"x":${deep}}`, 'deep.orgmap');
    expect(!result.ok && result.error.message).toBe(
      `deep.orgmap: x${'[0]'.repeat(MAX_DEPTH - 1)}: is nested too deeply: the limit is ${MAX_DEPTH} levels`,
    );
    const objects = '{"a":'.repeat(500_000) + '1' + '}'.repeat(500_000);
    const deeper = parseDocument(`${valid},"x":${objects}}`);
    expect(!deeper.ok && deeper.error.path.startsWith('x.a.a.a')).toBe(true);
  });
});

describe('validateDocument (already parsed values)', () => {
  it('refuses non-finite numbers anywhere', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const doc = example();
      set('scenarios[0].nodes[0].position.x', bad)(doc);
      const result = validateDocument(doc, 'v.orgmap');
      expect(!result.ok && result.error.path).toBe('scenarios[0].nodes[0].position.x');
      const doc2 = example();
      set('extra', { list: [1, bad] })(doc2);
      const result2 = validateDocument(doc2, 'v.orgmap');
      expect(!result2.ok && result2.error.message).toBe(`v.orgmap: extra.list[1]: must be a finite number, not ${String(bad)}`);
    }
    const doc = example();
    set('version', NaN)(doc);
    const result = validateDocument(doc);
    expect(!result.ok && result.error.reason).toBe('must be a whole number, not NaN');
  });

  it('refuses values JSON cannot hold, and survives cycles, getters that throw and proxies', () => {
    const withFn = example();
    set('extra', () => 1)(withFn);
    expect(!validateDocument(withFn).ok && 'refused').toBe('refused');
    const withDate = example();
    set('scenarios[0].nodes[0].when', new Date(0))(withDate);
    const dateResult = validateDocument(withDate);
    expect(!dateResult.ok && dateResult.error.path).toBe('scenarios[0].nodes[0].when');
    const cyclic = example();
    set('self', cyclic)(cyclic);
    expect(validateDocument(cyclic).ok).toBe(false);
    const throwing = example();
    Object.defineProperty(get('scenarios[0]')(throwing) as object, 'name', { enumerable: true, get: () => { throw new Error('boom'); } });
    const thrown = validateDocument(throwing, 't.orgmap');
    expect(!thrown.ok && thrown.error.message).toBe('t.orgmap: could not be read: boom');
    const proxy = new Proxy(example(), { ownKeys: () => { throw new TypeError('no keys'); } });
    expect(validateDocument(proxy).ok).toBe(false);
    expect(validateDocument(undefined).ok).toBe(false);
    expect(parseDocument(undefined as unknown as string).ok).toBe(false);
  });

  it('treats undefined optional fields as absent, and does not mutate its input', () => {
    const doc = example();
    set('notes', undefined)(doc);
    set('scenarios[0].nodes[0].notes', undefined)(doc);
    set('scenarios[0].nodes[0].extra', undefined)(doc);
    const before = JSON.stringify(doc);
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect('notes' in result.document).toBe(false);
    expect(Object.keys(result.document.scenarios[0]?.nodes[0] ?? {})).toEqual(['id', 'kind', 'label', 'position']);
    expect(JSON.stringify(doc)).toBe(before);
    expect(result.document.scenarios[0]?.nodes[0]).not.toBe(get('scenarios[0].nodes[0]')(doc));
  });

  it('keeps a problem\'s path when a getter reads another document meanwhile (no key stack shared between reads)', () => {
    const doc = example();
    const inner = {
      get b(): number {
        expect(validateDocument(example()).ok).toBe(true);
        return NaN;
      },
    };
    set('extra', { a: inner })(doc);
    const result = validateDocument(doc, 'v.orgmap');
    expect(!result.ok && result.error.message).toBe('v.orgmap: extra.a.b: must be a finite number, not NaN');
  });

  it('normalises -0 to 0 (JSON cannot keep it)', () => {
    const doc = example();
    set('scenarios[0].nodes[0].position', { x: -0, y: 0 })(doc);
    const result = validateDocument(doc);
    expect(result.ok && Object.is(result.document.scenarios[0]?.nodes[0]?.position.x, 0)).toBe(true);
  });
});

describe('hostile content', () => {
  it('keeps markup verbatim, drops __proto__/constructor/prototype keys, pollutes nothing', () => {
    const text = fixture('hostile.orgmap');
    const result = parseDocument(text, 'hostile.orgmap');
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.document;
    const nodes = doc.scenarios[0]?.nodes ?? [];
    expect(nodes[0]?.label).toBe('<img src=x onerror=alert(1)>');
    expect(doc.title).toBe("<script>alert('title')</script>");
    expect(nodes[2]?.handle).toBe('@${7*7}<a href="javascript:alert(5)">x</a>');
    expect(characterCount(nodes[3]?.label ?? '')).toBeLessThanOrEqual(200);

    // Nothing leaked into the prototypes.
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');

    // Every object has a normal prototype and no own forbidden key.
    const forbidden = ['__proto__', 'constructor', 'prototype'];
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
      for (const key of forbidden) expect(Object.prototype.hasOwnProperty.call(value, key)).toBe(false);
      for (const child of Object.values(value)) walk(child);
    };
    walk(doc);
    expect(Object.getPrototypeOf(nodes[0])).toBe(Object.prototype);
    expect(nodes[0]?.constructor).toBe(Object);
    expect(doc.scenarios[0]?.edges[0]?.kind).toBe('coordinates');

    // Unknown fields (other than the forbidden keys) survive, including deep ones.
    const extra = (nodes[1] as unknown as { extra: { a: { b: { c: Record<string, unknown> } } } }).extra.a.b.c;
    expect(Object.keys(extra)).toEqual(['d']);
    expect(extra.d).toEqual(['<svg onload=alert(3)>', { toString: 'x', valueOf: 1, hasOwnProperty: false }]);
    expect((doc.scenarios[0]?.edges[1] as unknown as Record<string, unknown>).onclick).toBe('alert(6)');

    // Written back: still verbatim, forbidden keys gone, and stable.
    const out = serializeDocument(doc);
    expect(out).toContain('"label": "<img src=x onerror=alert(1)>"');
    expect(out).not.toContain('__proto__');
    expect(out).not.toContain('"constructor"');
    const again = parseDocument(out);
    expect(again.ok && serializeDocument(again.document)).toBe(out);
  });
});

describe('parseDocument keeps the objects its own JSON.parse made (issue 17)', () => {
  /** Every node, position and edge, with the keys in the order they are enumerated. */
  const shape = (value: unknown): string => JSON.stringify(value);

  it('gives the same document, key order included, as validating a copy', () => {
    const doc = example();
    const nodes = get('scenarios[0].nodes')(doc) as Raw[];
    nodes.push({ id: 'hr', kind: 'department', label: 'HR', position: { x: 1, y: 2 }, notes: 'Runs no account' });
    nodes.push({ id: 'odd', kind: 'department', position: { y: 2, x: 1 }, label: 'Odd order' });
    nodes.push({ id: 'ext', kind: 'unit', label: 'Extra', position: { x: 3, y: 4, z: 5 }, extra: { a: 1 } });
    nodes.push({ id: 'acc-2', kind: 'account', label: 'Acme on Threads', platform: 'threads', position: { x: 5, y: 6 }, notes: 'n' });
    push('scenarios[0].edges', { id: 'e4', source: 'hr', kind: 'owns', target: 'acc-2' })(doc);
    push('scenarios[0].edges', { id: 'e5', kind: 'owns', source: 'ext', target: 'acc-2', note: 'kept' })(doc);
    const text = JSON.stringify(doc, null, 2);
    const parsed = parseDocument(text);
    const copied = validateDocument(JSON.parse(text));
    expect(parsed.ok && copied.ok).toBe(true);
    if (!parsed.ok || !copied.ok) return;
    expect(shape(parsed.document)).toBe(shape(copied.document));
    const keysOf = (o: object | undefined): string[] => Object.keys(o ?? {});
    const [a, b] = [parsed.document.scenarios[0], copied.document.scenarios[0]];
    a?.nodes.forEach((node, i) => {
      expect(keysOf(node)).toEqual(keysOf(b?.nodes[i]));
      expect(keysOf(node.position)).toEqual(keysOf(b?.nodes[i]?.position));
      expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    });
    a?.edges.forEach((edge, i) => expect(keysOf(edge)).toEqual(keysOf(b?.edges[i])));
    expect(keysOf(a?.nodes[3])).toEqual(['id', 'kind', 'label', 'position', 'platform', 'handle']);
  });

  it('still turns -0 into 0 and still refuses what a copy would refuse', () => {
    const text = JSON.stringify(example()).replace('"x":0,"y":0', '"x":-0,"y":-0');
    expect(text).toContain('-0');
    const result = parseDocument(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.is(result.document.scenarios[0]?.nodes[0]?.position.x, 0)).toBe(true);
    expect(Object.is(result.document.scenarios[0]?.nodes[0]?.position.y, 0)).toBe(true);
    // A node in the writer's key order that breaks a rule after its position: refused as before.
    expect(refusal(set('scenarios[0].nodes[0].notes', 7)).path).toBe('scenarios[0].nodes[0].notes');
    const platformless = refusal(del('scenarios[0].nodes[3].platform'));
    expect(platformless.path).toBe('scenarios[0].nodes[3].platform');
    expect(refusal(set('scenarios[0].nodes[1].handle', '@x')).reason).toBe('only accounts have a handle; "mkt" is a department');
    // An edge whose end breaks the kind rules (the reader's mask test), worded by the rules.
    expect(refusal(set('scenarios[0].edges[2].target', 'mkt')).reason).toBe('an "owns" edge must end at an account, not at department "mkt"');
    expect(refusal(set('scenarios[0].edges[0].source', 'acc-1')).reason).toBe('a "member" edge must start at a department or unit, not at account "acc-1"');
  });
});
