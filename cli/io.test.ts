import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../scripts/fuzzRuns';
import { brokenCorpus } from '../e2e/fixtures/broken/corpus';
import { decodeTextFile, textFileLimit, type StrictUtf8, type TextFileKind } from '../shared/io/textFile';
import { nodeUtf8 } from './io';

const bytes = (...b: number[]) => new Uint8Array(b);
const kinds: readonly TextFileKind[] = ['map', 'spreadsheet'];

/** Byte strings near the edges of UTF-8: every lead byte, continuation bytes, surrogates, marks. */
const nearUtf8 = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }).map((b) => [b]),
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xc3, 0xa9], [0xe2, 0x82]),
      fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => [...new TextEncoder().encode(s)]),
    ),
    { maxLength: 24 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

describe("the command line's fast strict UTF-8 (Node's isUtf8) decides as the shared reader does", () => {
  it('the same result, text or refusal, for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), nearUtf8), fc.constantFrom(...kinds), (b, kind) => {
        expect(decodeTextFile(b, kind, nodeUtf8)).toEqual(decodeTextFile(b, kind));
      }),
      { numRuns: fuzzRuns(2000) },
    );
  }, fuzzTimeout(30_000));

  it('the same on the edge cases: one mark dropped, two refused, surrogates, overlong and truncated sequences, the empty file', () => {
    const cases = [
      bytes(),
      bytes(0xef, 0xbb, 0xbf),
      bytes(0xef, 0xbb, 0xbf, 0x41),
      bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41),
      bytes(0x43, 0x61, 0x66, 0xe9),
      bytes(0xff, 0xfe, 0x41, 0x00),
      bytes(0xed, 0xa0, 0x80),
      bytes(0x41, 0xe2, 0x82),
      bytes(0xc0, 0xaf),
      bytes(0xf4, 0x90, 0x80, 0x80),
      new TextEncoder().encode('Café 😀 \u2028'),
    ];
    for (const b of cases) for (const kind of kinds) expect(decodeTextFile(b, kind, nodeUtf8)).toEqual(decodeTextFile(b, kind));
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, 0x41), 'map', nodeUtf8)).toEqual({ ok: true, text: 'A' });
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), 'map', nodeUtf8)).toEqual({ ok: false, problem: { code: 'two-boms' } });
    expect(decodeTextFile(bytes(0xed, 0xa0, 0x80), 'map', nodeUtf8)).toEqual({ ok: false, problem: { code: 'not-utf8' } });
    // All ASCII (read as Latin-1, issue 17), also as a window into bytes that are not.
    const around = bytes(0xc3, 0xa9, 0x7b, 0x22, 0x41, 0x22, 0x7d, 0xc3, 0xa9);
    expect(decodeTextFile(around.subarray(2, 7), 'map', nodeUtf8)).toEqual({ ok: true, text: '{"A"}' });
    expect(decodeTextFile(around.subarray(0, 7), 'map', nodeUtf8)).toEqual({ ok: true, text: 'é{"A"}' });
    expect(decodeTextFile(bytes(0x7f, 0x00, 0x41), 'map', nodeUtf8)).toEqual(decodeTextFile(bytes(0x7f, 0x00, 0x41), 'map'));
  });

  it('the same on every file of the broken corpus', () => {
    for (const c of brokenCorpus()) {
      const b = readFileSync(c.path);
      expect(decodeTextFile(b, c.kind, nodeUtf8), c.name).toEqual(decodeTextFile(b, c.kind));
    }
  });

  it('decodes a view into a larger buffer, not the whole buffer', () => {
    const whole = new TextEncoder().encode('xxCafé😀yy');
    const view = whole.subarray(2, whole.length - 2);
    expect(decodeTextFile(view, 'map', nodeUtf8)).toEqual({ ok: true, text: 'Café😀' });
  });

  it('keeps the character limit after a fast decoding', () => {
    const limit = textFileLimit('spreadsheet');
    const r = decodeTextFile(new Uint8Array(limit + 1).fill(0x41), 'spreadsheet', nodeUtf8);
    expect(r).toEqual({ ok: false, problem: { code: 'too-large', size: limit + 1, unit: 'characters' } });
  });
});

describe('decodeTextFile with a fast decoder', () => {
  it('uses it for good bytes, and leaves bad bytes to the portable decoder to judge', () => {
    const calls: string[] = [];
    const spy: StrictUtf8 = {
      isUtf8: (b) => (calls.push('check'), nodeUtf8.isUtf8(b)),
      decode: (b) => (calls.push('decode'), nodeUtf8.decode(b)),
    };
    expect(decodeTextFile(new TextEncoder().encode('ok'), 'map', spy)).toEqual({ ok: true, text: 'ok' });
    expect(calls).toEqual(['check', 'decode']);
    calls.length = 0;
    expect(decodeTextFile(bytes(0x43, 0xe9), 'map', spy)).toEqual({ ok: false, problem: { code: 'not-utf8' } });
    expect(calls).toEqual(['check']);
  });

  it('loses nothing when the fast check refuses good bytes: the portable decoder reads them', () => {
    const shy: StrictUtf8 = { isUtf8: () => false, decode: () => 'never' };
    expect(decodeTextFile(new TextEncoder().encode('Café'), 'map', shy)).toEqual({ ok: true, text: 'Café' });
  });
});
