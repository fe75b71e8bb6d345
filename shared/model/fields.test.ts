import { describe, expect, it } from 'vitest';
import { DOCUMENT_FIELDS, EDGE_FIELDS, NODE_FIELDS, POSITION_FIELDS, PRACTICES_FIELDS, RECORDS, SCENARIO_FIELDS, type RecordFields } from './fields';
import { parseDocument, validateDocument } from './parse';
import { serializeDocument } from './serialize';
import { PRACTICES, type OrgDocument } from './types';

/** A document with every optional field of every record present, in a shuffled key order. */
const FULL = {
  notes: 'doc notes',
  scenarios: [
    {
      practices: { knowledgeBank: 'no', guidelines: 'yes', training: 'partly', accountRules: 'yes', crisisProcedure: 'no', boardCommitment: 'yes' },
      edges: [{ target: 'a', source: 't', kind: 'owns', id: 'e1' }],
      nodes: [
        { notes: 'n', position: { y: 2, x: 1 }, label: 'Team', kind: 'team', id: 't' },
        { notes: 'm', handle: '@a', position: { y: 0, x: 0 }, platform: 'x', kind: 'account', label: 'A', id: 'a' },
      ],
      name: 'Now',
      id: 'now',
    },
  ],
  goals: ['sales'],
  title: 'T',
  version: 1,
  format: 'orgmap',
};

function read(value: unknown): OrgDocument {
  const result = validateDocument(value);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

const builtKeys = (table: RecordFields): string[] => table.built.map((f) => f.key);

describe('fields.ts, the one field table per record', () => {
  it('lists each record once, with distinct keys and a check order that covers every field', () => {
    for (const table of Object.values(RECORDS)) {
      expect(new Set(table.keys).size).toBe(table.keys.length);
      expect(table.checks.map((f) => f.check)).toEqual(table.keys.map((_, i) => i));
      expect([...table.checks].sort((a, b) => a.at - b.at)).toEqual(table.fields);
      expect(table.fields.map((f) => f.at)).toEqual(table.keys.map((_, i) => i));
    }
    expect(PRACTICES_FIELDS.keys).toEqual(PRACTICES);
  });

  it('gives the writer its key order at every level', () => {
    const written: unknown = JSON.parse(serializeDocument(read(FULL)));
    const doc = written as { scenarios: { practices: object; nodes: { position: object }[]; edges: object[] }[] };
    expect(Object.keys(doc)).toEqual(DOCUMENT_FIELDS.keys);
    const scenario = doc.scenarios[0]!;
    expect(Object.keys(scenario)).toEqual(SCENARIO_FIELDS.keys);
    expect(Object.keys(scenario.practices)).toEqual(PRACTICES_FIELDS.keys);
    expect(Object.keys(scenario.nodes[1]!)).toEqual(NODE_FIELDS.keys);
    expect(Object.keys(scenario.nodes[1]!.position)).toEqual(POSITION_FIELDS.keys);
    expect(Object.keys(scenario.edges[0]!)).toEqual(EDGE_FIELDS.keys);
  });

  it("makes the reader's copies in each table's `built` order (required fields, then optional ones, then unknown keys)", () => {
    const doc = read({ ...FULL, zeta: 1 });
    expect(Object.keys(doc)).toEqual([...builtKeys(DOCUMENT_FIELDS), 'zeta']);
    expect(builtKeys(DOCUMENT_FIELDS)).toEqual(['format', 'version', 'title', 'scenarios', 'goals', 'notes']);
    const scenario = doc.scenarios[0]!;
    expect(Object.keys(scenario)).toEqual(builtKeys(SCENARIO_FIELDS));
    expect(Object.keys(scenario.practices!)).toEqual(builtKeys(PRACTICES_FIELDS));
    expect(Object.keys(scenario.nodes[1]!)).toEqual(builtKeys(NODE_FIELDS));
    expect(builtKeys(NODE_FIELDS)).toEqual(['id', 'kind', 'label', 'position', 'platform', 'handle', 'notes']);
    expect(Object.keys(scenario.nodes[0]!)).toEqual(['id', 'kind', 'label', 'position', 'notes']);
    expect(Object.keys(scenario.nodes[0]!.position)).toEqual(builtKeys(POSITION_FIELDS));
    expect(Object.keys(scenario.edges[0]!)).toEqual(builtKeys(EDGE_FIELDS));
  });

  it('checks the fields of a record in check order, whatever their order in the file', () => {
    // Every field of the account is wrong; the position is checked before the platform.
    const node = { notes: 7, handle: 7, platform: 'nope', position: 'here', label: 'A', kind: 'account', id: 'a' };
    const refusal = (n: object): string => {
      const r = validateDocument({ ...FULL, scenarios: [{ id: 's', name: 'S', nodes: [n], edges: [] }] });
      return r.ok ? 'accepted' : r.error.path;
    };
    expect(refusal(node)).toBe('scenarios[0].nodes[0].position');
    expect(refusal({ ...node, position: { x: 0, y: 0 } })).toBe('scenarios[0].nodes[0].platform');
    expect(refusal({ ...node, position: { x: 0, y: 0 }, platform: 'x' })).toBe('scenarios[0].nodes[0].handle');
    expect(refusal({ ...node, position: { x: 0, y: 0 }, platform: 'x', handle: '@a' })).toBe('scenarios[0].nodes[0].notes');
    // Practices: the first bad value in the file is the one reported.
    const practices = (p: object): string => {
      const r = validateDocument({ ...FULL, scenarios: [{ id: 's', name: 'S', nodes: [], edges: [], practices: p }] });
      return r.ok ? 'accepted' : r.error.path;
    };
    expect(practices({ training: 'maybe', guidelines: 'maybe' })).toBe('scenarios[0].practices.training');
    expect(practices({ guidelines: 'maybe', training: 'maybe' })).toBe('scenarios[0].practices.guidelines');
  });

  it('keeps the objects JSON.parse made only when a copy would be the same, key order included', () => {
    const text = serializeDocument(read(FULL));
    const result = parseDocument(text);
    if (!result.ok) throw new Error(result.error.message);
    const [team, account] = result.document.scenarios[0]!.nodes;
    // The account's platform comes before its position in the file, not in a copy: copied.
    expect(Object.keys(account!)).toEqual(builtKeys(NODE_FIELDS));
    expect(Object.keys(team!)).toEqual(['id', 'kind', 'label', 'position', 'notes']);
  });
});
