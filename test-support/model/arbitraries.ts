/**
 * fast-check arbitraries for valid `.orgmap` documents, unknown fields included.
 * (Not a test file itself; imported by the property tests.)
 */
import fc from 'fast-check';
import { EDGE_KINDS, GOALS, NODE_KINDS, PLATFORMS, PRACTICES, PRACTICE_VALUES, canConnect, type EdgeKind, type OrgDocument, type OrgEdge, type OrgNode, type Scenario } from '../../shared/model/index';

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'.split('');
export const idArb = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 6 });

/** Any text, including astral characters, markup and control characters. */
const text = (minLength: number, maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', minLength, maxLength }),
    fc.string({ unit: 'grapheme', minLength, maxLength }),
    fc.constantFrom('<img src=x onerror=alert(1)>', '"}]}', '\u202e\u0000\n\t').filter((s) => s.length >= minLength),
  );

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Removes what the reader normalises away, so round trips can be compared with toEqual. */
export function cleanJson(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (Array.isArray(value)) return value.map(cleanJson);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!FORBIDDEN.has(k)) Object.defineProperty(out, k, { value: cleanJson(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

const unknownValue = fc.jsonValue({ maxDepth: 3 }).map(cleanJson);

/** Up to two unknown fields whose names are not among `known`. */
function unknownFields(known: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('x-extra', '7', 'zz', 'Z')).filter((k) => !known.includes(k) && !FORBIDDEN.has(k));
  return fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(key, unknownValue, { maxKeys: 2 }) });
}

/** Spreads `extra` after the known fields (spread defines keys; it never sets a prototype). */
function withExtra<T extends object>(known: T, extra: Record<string, unknown>): T {
  return { ...known, ...extra };
}

const coordinate = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }).map((n) => n + 0));

const positionArb = fc
  .tuple(coordinate, coordinate, unknownFields(['x', 'y']))
  .map(([x, y, extra]) => withExtra({ x, y }, extra));

const NODE_KNOWN = ['id', 'kind', 'label', 'platform', 'handle', 'position', 'notes'];

function nodeArb(id: string): fc.Arbitrary<OrgNode> {
  return fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      label: text(1, 12),
      position: positionArb,
      platform: fc.constantFrom(...PLATFORMS),
      handle: fc.option(text(0, 10), { nil: undefined }),
      notes: fc.option(text(0, 20), { nil: undefined }),
      extra: unknownFields(NODE_KNOWN),
    })
    .map(({ kind, label, position, platform, handle, notes, extra }) => {
      const node: Record<string, unknown> = { id, kind, label, position };
      if (kind === 'account') {
        node.platform = platform;
        if (handle !== undefined) node.handle = handle;
      }
      if (notes !== undefined) node.notes = notes;
      return withExtra(node, extra) as unknown as OrgNode;
    });
}

const EDGE_KNOWN = ['id', 'kind', 'source', 'target'];

/** Practices (issue 18): any subset of the known keys, in any order, sometimes unknown keys too. */
const practicesArb = fc
  .tuple(fc.shuffledSubarray([...PRACTICES]), fc.array(fc.constantFrom(...PRACTICE_VALUES), { minLength: 6, maxLength: 6 }), unknownFields(PRACTICES))
  .map(([keys, values, extra]) => withExtra(Object.fromEntries(keys.map((k, i) => [k, values[i]])), extra));

function scenarioArb(): fc.Arbitrary<Scenario> {
  return fc
    .uniqueArray(idArb, { maxLength: 8 })
    .chain((ids) =>
      fc.record({
        id: idArb,
        name: text(1, 12),
        nodes: fc.tuple(...ids.map(nodeArb)),
        wanted: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...EDGE_KINDS), idArb, unknownFields(EDGE_KNOWN)), { maxLength: 12 }),
        practices: fc.option(practicesArb, { nil: undefined }),
        extra: unknownFields(['id', 'name', 'nodes', 'edges', 'practices']),
      }),
    )
    .map(({ id, name, nodes, wanted, practices, extra }) => {
      // Keep only the wanted edges the rules allow: that way every generated scenario is valid.
      const edges: OrgEdge[] = [];
      const edgeIds = new Set<string>();
      const triples = new Set<string>();
      for (const [a, b, kind, eid, more] of wanted) {
        const s = nodes[a % Math.max(nodes.length, 1)];
        const t = nodes[b % Math.max(nodes.length, 1)];
        if (s === undefined || t === undefined || s === t) continue;
        if (!canConnect(s.kind, t.kind, kind as EdgeKind) || edgeIds.has(eid)) continue;
        const triple = `${kind} ${s.id} ${t.id}`;
        if (triples.has(triple)) continue;
        edgeIds.add(eid);
        triples.add(triple);
        edges.push(withExtra({ id: eid, kind, source: s.id, target: t.id } as OrgEdge, more));
      }
      const known: Record<string, unknown> = { id, name, nodes, edges };
      if (practices !== undefined) known.practices = practices;
      return withExtra(known as unknown as Scenario, extra);
    });
}

/** A valid document: 1–3 scenarios with up to 8 nodes and 12 edges, every optional field sometimes. */
export const documentArb: fc.Arbitrary<OrgDocument> = fc
  .record({
    title: text(0, 20),
    goals: fc.option(fc.shuffledSubarray([...GOALS]), { nil: undefined }),
    notes: fc.option(text(0, 30), { nil: undefined }),
    scenarios: fc.uniqueArray(scenarioArb(), { minLength: 1, maxLength: 3, selector: (s) => s.id }),
    extra: unknownFields(['format', 'version', 'title', 'goals', 'notes', 'scenarios']),
  })
  .map(({ title, goals, notes, scenarios, extra }) => {
    const doc: Record<string, unknown> = { format: 'orgmap', version: 1, title };
    if (goals !== undefined) doc.goals = goals;
    if (notes !== undefined) doc.notes = notes;
    doc.scenarios = scenarios;
    return withExtra(doc, extra) as unknown as OrgDocument;
  });
