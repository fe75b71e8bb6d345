import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanJson, documentArb } from '../../test-support/model/arbitraries';
import { parseDocument, serializeDocument, validateDocument, type ParseResult } from './index';
import { serializeWithWriter } from './serialize';

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function assertPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A result is well formed: ok with a document, or a refusal whose message follows the rule. */
function wellFormed(result: ParseResult, file: string): void {
  // Plain checks first: expect() per run is a noticeable share of tens of thousands of runs.
  if (result.ok) {
    if (result.document.format !== 'orgmap') expect(result.document.format).toBe('orgmap');
    return;
  }
  const { path, reason, message } = result.error;
  const expected = path === '' ? `${file}: ${reason}` : `${file}: ${path}: ${reason}`;
  if (reason === '' || message !== expected) {
    expect(reason).not.toBe('');
    expect(message).toBe(expected);
  }
}

/** Keys that make hostile objects: the forbidden ones, known field names and ordinary ones. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'format', 'version', 'scenarios', 'nodes', 'id', 'x', 'toString');

describe('the reader never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', 'e', '-', ' ') })), (s) => {
        wellFormed(parseDocument(s, 'f.orgmap'), 'f.orgmap');
      }),
      { numRuns: 8000 },
    );
  });

  it('on arbitrary values, including __proto__ keys, and pollutes nothing', () => {
    const value = fc.anything({ key: fc.oneof(fc.string(), hostileKey), maxDepth: 4, withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true, withSparseArray: true, withDate: true });
    fc.assert(
      fc.property(value, (v) => {
        wellFormed(validateDocument(v, 'v.orgmap'), 'v.orgmap');
        const json = JSON.stringify(v);
        if (json !== undefined) wellFormed(parseDocument(json, 'v.orgmap'), 'v.orgmap');
      }),
      { numRuns: 4000 },
    );
    assertPrototypeUntouched();
  });

  it('on valid documents with hostile keys injected anywhere (JSON text keeps __proto__ as a plain key)', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), hostileKey, fc.jsonValue({ maxDepth: 2 }), (doc, pick, key, value) => {
        const text = serializeDocument(doc);
        const objects: Record<string, unknown>[] = [];
        const raw = JSON.parse(text, function collect(this: unknown, _k, v: unknown) {
          if (typeof v === 'object' && v !== null && !Array.isArray(v)) objects.push(v as Record<string, unknown>);
          return v;
        }) as unknown;
        const target = objects[pick % objects.length];
        if (target !== undefined) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        const result = parseDocument(JSON.stringify(raw), 'h.orgmap');
        wellFormed(result, 'h.orgmap');
        if (result.ok) {
          const written: string[] = [];
          JSON.parse(serializeDocument(result.document), (k, v: unknown) => {
            written.push(k);
            return v;
          });
          for (const bad of ['__proto__', 'prototype', 'constructor']) expect(written).not.toContain(bad);
        }
      }),
      { numRuns: 1500 },
    );
    assertPrototypeUntouched();
  });
});

describe('round trips', () => {
  it('serialize → parse is the identity on valid documents (unknown fields included)', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = serializeDocument(doc);
        // The native fast path and the hand-written printer (used for index-like keys) agree.
        if (serializeWithWriter(doc) !== text) expect(serializeWithWriter(doc)).toBe(text);
        const result = parseDocument(text);
        if (!result.ok) throw new Error(result.error.message);
        // isDeepStrictEqual is much cheaper than toEqual; toEqual only to explain a failure.
        const expected = cleanJson(doc);
        if (!isDeepStrictEqual(result.document, expected)) expect(result.document).toEqual(expected);
      }),
      { numRuns: 2500 },
    );
  });

  it('parse → serialize → parse → serialize is stable, from any key order and layout', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const first = parseDocument(JSON.stringify(doc)); // compact, original key order
        if (!first.ok) throw new Error(first.error.message);
        const text = serializeDocument(first.document);
        const second = parseDocument(text);
        if (!second.ok) throw new Error(second.error.message);
        expect(serializeDocument(second.document)).toBe(text);
        expect(text.endsWith('}\n')).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

/** Every (container, key) in a JSON tree, the root excluded. */
function slots(root: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push([v, i]);
        walk(item);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        out.push([v as Record<string, unknown>, k]);
        walk(item);
      }
    }
  };
  walk(root);
  return out;
}

type Mutation = { op: 'delete' } | { op: 'set'; value: unknown } | { op: 'copy'; from: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ op: 'delete' }),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', 'x'.repeat(201), 1e7, -1e7, 1.5, 0, 2, 'account', 'team', 'owns', 'member', 'current', '__proto__'),
    )
    .map((value): Mutation => ({ op: 'set', value })),
  fc.nat().map((from): Mutation => ({ op: 'copy', from })),
);

describe('a mutated valid file', () => {
  it('is accepted with every node kept, or refused with a path', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), mutationArb, (doc, pick, mutation) => {
        const raw = JSON.parse(serializeDocument(doc)) as Record<string, unknown>;
        const all = slots(raw);
        const slot = all[pick % all.length];
        if (slot === undefined) return;
        const [container, key] = slot;
        const c = container as Record<string | number, unknown>;
        if (mutation.op === 'delete') {
          if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
          else delete c[key];
        } else if (mutation.op === 'set') {
          c[key] = mutation.value;
        } else {
          // Copy another value of the same file: duplicate ids, swapped kinds, crossed references.
          const other = all[mutation.from % all.length];
          if (other !== undefined) c[key] = structuredClone((other[0] as Record<string | number, unknown>)[other[1]]);
        }
        const result = parseDocument(JSON.stringify(raw), 'm.orgmap');
        wellFormed(result, 'm.orgmap');
        if (result.ok) {
          const scenarios = raw.scenarios as { nodes: { id: unknown }[] }[];
          const kept = result.document.scenarios.map((s) => s.nodes.map((n) => n.id));
          const given = scenarios.map((s) => s.nodes.map((n) => n.id));
          if (!isDeepStrictEqual(kept, given)) expect(kept).toEqual(given);
        } else if (result.error.path === '') {
          expect(result.error.message).toBe('a refusal with a path');
        }
      }),
      { numRuns: 4000 },
    );
  });
});
