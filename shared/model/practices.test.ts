/** The `practices` scenario field (issue 18): reader, writer, old files. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument, type OrgDocument, type Scenario } from './index';
import { serializeWithWriter } from './serialize';

const base = (practices?: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'orgmap',
    version: 1,
    title: 'T',
    scenarios: [
      { id: 'current', name: 'Current', nodes: [], edges: [] },
      { id: 'target', name: 'Target', nodes: [], edges: [], ...(practices === undefined ? {} : { practices }), ...extra },
    ],
  });

function read(text: string): OrgDocument {
  const r = parseDocument(text, 'p.orgmap');
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

function refusal(practices: unknown): { path: string; reason: string } {
  const r = parseDocument(base(practices), 'p.orgmap');
  if (r.ok) throw new Error('accepted');
  return { path: r.error.path, reason: r.error.reason };
}

const target = (doc: OrgDocument) => doc.scenarios[1] as Scenario;

describe('practices: reading', () => {
  it('reads the recorded practices; a missing key stays missing (not recorded, never "no")', () => {
    const doc = read(base({ training: 'partly', guidelines: 'yes', boardCommitment: 'no' }));
    expect(target(doc).practices).toEqual({ guidelines: 'yes', training: 'partly', boardCommitment: 'no' });
    expect(Object.keys(target(doc).practices ?? {})).toEqual(['guidelines', 'training', 'boardCommitment']);
    expect(target(doc).practices?.accountRules).toBeUndefined();
    expect(doc.scenarios[0]?.practices).toBeUndefined();
    expect('practices' in (doc.scenarios[0] as object)).toBe(false);
  });

  it('accepts every key with every value, and an empty object', () => {
    const all = { guidelines: 'yes', accountRules: 'partly', training: 'no', crisisProcedure: 'yes', boardCommitment: 'partly', knowledgeBank: 'no' };
    expect(target(read(base(all))).practices).toEqual(all);
    expect(target(read(base({}))).practices).toEqual({});
  });

  it.each([
    ['null', null, 'scenarios[1].practices', 'must be an object of practices (guidelines, accountRules, training, crisisProcedure, boardCommitment, knowledgeBank), not null'],
    ['an array', ['guidelines'], 'scenarios[1].practices', 'must be an object of practices (guidelines, accountRules, training, crisisProcedure, boardCommitment, knowledgeBank), not an array'],
    ['a string', 'yes', 'scenarios[1].practices', 'must be an object of practices (guidelines, accountRules, training, crisisProcedure, boardCommitment, knowledgeBank), not a string'],
    ['an unknown value', { guidelines: 'maybe' }, 'scenarios[1].practices.guidelines', 'must be "yes", "partly", "no" (leave it out when not recorded), not "maybe"'],
    ['a boolean', { accountRules: true }, 'scenarios[1].practices.accountRules', 'must be "yes", "partly", "no" (leave it out when not recorded), not a boolean'],
    ['null for a key', { knowledgeBank: null }, 'scenarios[1].practices.knowledgeBank', 'must be "yes", "partly", "no" (leave it out when not recorded), not null'],
    ['wrong case', { training: 'Yes' }, 'scenarios[1].practices.training', 'must be "yes", "partly", "no" (leave it out when not recorded), not "Yes"'],
  ])('refuses %s with the exact place', (_what, practices, path, reason) => {
    expect(refusal(practices)).toEqual({ path, reason });
  });

  it('names the whole message with the file', () => {
    const r = parseDocument(base({ crisisProcedure: 'sometimes' }), 'acme.orgmap');
    expect(!r.ok && r.error.message).toBe(
      'acme.orgmap: scenarios[1].practices.crisisProcedure: must be "yes", "partly", "no" (leave it out when not recorded), not "sometimes"',
    );
  });

  it('keeps unknown practice keys (a newer release) with any JSON value, and drops __proto__', () => {
    const text = base(undefined).replace('"edges":[]}]', '"edges":[],"practices":{"guidelines":"yes","mentoring":"yes","x-score":{"a":[1,2]},"__proto__":{"polluted":true}}}]');
    const p = target(read(text)).practices as Record<string, unknown>;
    expect(p).toEqual({ guidelines: 'yes', mentoring: 'yes', 'x-score': { a: [1, 2] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown practice key nested too deeply, with its path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    const r = parseDocument(base({ future: deep }), 'p.orgmap');
    expect(!r.ok && r.error.path.startsWith('scenarios[1].practices.future[0]')).toBe(true);
  });
});

describe('practices: writing', () => {
  it('writes practices after edges, known keys in the documented order, then unknown keys sorted', () => {
    const doc = read(base({ zz: 1, knowledgeBank: 'no', aa: 'x', guidelines: 'partly' }, { viewport: { zoom: 1 } }));
    const text = serializeDocument(doc);
    expect(text).toContain(`      "edges": [],
      "practices": {
        "guidelines": "partly",
        "knowledgeBank": "no",
        "aa": "x",
        "zz": 1
      },
      "viewport": {
        "zoom": 1
      }
    }`);
    expect(serializeWithWriter(doc)).toBe(text);
    expect(read(text)).toEqual(doc);
    expect(serializeDocument(read(text))).toBe(text);
  });

  it('writes an empty practices object as {} and leaves the field out when absent', () => {
    const text = serializeDocument(read(base({})));
    expect(text).toContain('"practices": {}');
    expect(serializeWithWriter(read(base({})))).toBe(text);
    expect(serializeDocument(read(base(undefined)))).not.toContain('practices');
  });

  it('the hand-written printer agrees when an index-like unknown key forces it', () => {
    const doc = read(base({ training: 'yes', '7': 'index-like' }));
    const text = serializeDocument(doc);
    expect(text).toBe(serializeWithWriter(doc));
    expect(text.indexOf('"training"')).toBeLessThan(text.indexOf('"7"'));
  });

  it('an edit made with spread keeps unknown practice keys', () => {
    const doc = read(base({ guidelines: 'no', mentoring: 'yes' }));
    const s = target(doc);
    const edited: OrgDocument = { ...doc, scenarios: [doc.scenarios[0] as Scenario, { ...s, practices: { ...s.practices, guidelines: 'yes' } }] };
    const again = target(read(serializeDocument(edited))).practices as Record<string, unknown>;
    expect(again).toEqual({ guidelines: 'yes', mentoring: 'yes' });
  });
});

describe('old files without practices', () => {
  const at = (path: string) => new URL(`../../${path}`, import.meta.url);
  /** Golden fixtures written by Orgmap before practices existed: they must save byte for byte. */
  const golden = ['shared/model/fixtures/v1-example.orgmap', 'cli/fixtures/current-target.orgmap', 'cli/fixtures/two-scenarios.orgmap'];
  /** Hand-written fixtures (not in the writer's layout): read as not recorded, gain nothing. */
  const handWritten = ['shared/model/fixtures/hostile.orgmap', 'cli/fixtures/escape-label.orgmap', 'cli/fixtures/hub-and-spoke.orgmap'];

  it.each(golden)('%s reads as "not recorded" and saves byte-identical', (path) => {
    const text = readFileSync(at(path), 'utf8');
    const doc = read(text);
    for (const s of doc.scenarios) expect('practices' in s).toBe(false);
    expect(serializeDocument(doc)).toBe(text);
    expect(serializeWithWriter(doc)).toBe(text);
  });

  it.each(handWritten)('%s reads as "not recorded" and is written without a practices field', (path) => {
    const doc = read(readFileSync(at(path), 'utf8'));
    for (const s of doc.scenarios) expect(s.practices).toBeUndefined();
    const written = serializeDocument(doc);
    expect(written).not.toContain('"practices"');
    expect(serializeDocument(read(written))).toBe(written);
  });

  it('every .orgmap fixture of the CLI (but practices.orgmap, made to carry them) either is refused or reads without practices', () => {
    const names = readdirSync(at('cli/fixtures/')).filter((f) => f.endsWith('.orgmap') && f !== 'practices.orgmap');
    expect(names.length).toBeGreaterThan(4);
    for (const f of names) {
      const r = parseDocument(readFileSync(at(`cli/fixtures/${f}`), 'utf8'));
      if (r.ok) for (const s of r.document.scenarios) expect(s.practices, f).toBeUndefined();
    }
  });
});

describe('practices and migrations', () => {
  it('are additive to version 1: no migration step, the document keeps version 1', async () => {
    const { FORMAT_VERSION, MIGRATIONS } = await import('./index');
    expect(FORMAT_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
    const text = serializeDocument(read(base({ guidelines: 'yes' })));
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
  });
});
