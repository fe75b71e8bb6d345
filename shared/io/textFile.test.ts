import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../scripts/fuzzRuns';
import { nl } from '../i18n';
import { MAX_FILE_CHARS, parseDocument } from '../model';
import { brokenCorpus, expectedMessage } from '../../e2e/fixtures/broken/corpus';
import { canReadAsWindows1252, decodeTextFile, decodeWindows1252, textFileLimit, textFileMaxBytes, textFileMessage, textFileSizeProblem } from './textFile';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('the one reader of text', () => {
  it('decodes UTF-8 and drops one byte-order mark', () => {
    expect(decodeTextFile(new TextEncoder().encode('Café 😀'), 'map')).toEqual({ ok: true, text: 'Café 😀' });
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, 0x41), 'map')).toEqual({ ok: true, text: 'A' });
  });

  it('refuses instead of replacing: Windows-1252, UTF-16, encoded surrogates, truncated and overlong sequences, two marks', () => {
    for (const b of [bytes(0x43, 0x61, 0x66, 0xe9), bytes(0xff, 0xfe, 0x41, 0x00), bytes(0xed, 0xa0, 0x80), bytes(0x41, 0xe2, 0x82), bytes(0xc0, 0xaf)]) {
      expect(decodeTextFile(b, 'map')).toEqual({ ok: false, problem: { code: 'not-utf8' } });
    }
    expect(decodeTextFile(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41), 'spreadsheet')).toEqual({ ok: false, problem: { code: 'two-boms' } });
  });

  it('any text that is valid Unicode survives encode → decode unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const text = s.charCodeAt(0) === 0xfeff ? `x${s}` : s;
        expect(decodeTextFile(new TextEncoder().encode(text), 'map')).toEqual({ ok: true, text });
      }),
      { numRuns: fuzzRuns(500) },
    );
  }, fuzzTimeout(30_000));

  it('never replaces: any bytes decode to text whose re-encoding is the same bytes, or are refused (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const r = decodeTextFile(b, 'map');
        if (!r.ok) return;
        const again = new TextEncoder().encode(r.text);
        const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
        expect([...again]).toEqual([...body]);
      }),
      { numRuns: fuzzRuns(1000) },
    );
  }, fuzzTimeout(30_000));

  it('limits count characters (as the .orgmap reader does) and bytes only where they prove too many characters', () => {
    expect(textFileLimit('map')).toBe(MAX_FILE_CHARS);
    expect(textFileMaxBytes('map')).toBe(3 * MAX_FILE_CHARS);
    expect(textFileSizeProblem(3 * MAX_FILE_CHARS, 'map')).toBeNull();
    expect(textFileSizeProblem(3 * MAX_FILE_CHARS + 1, 'map')).toEqual({ code: 'too-large', size: 3 * MAX_FILE_CHARS + 1, unit: 'bytes' });
    // A 64 MiB file of two-byte characters is 32 Mi characters: it opens (the web build refused it by bytes).
    expect(textFileSizeProblem(64 * 2 ** 20 + 2, 'map')).toBeNull();
  });

  it('words a too-large map exactly as the .orgmap reader does', () => {
    const problem = { code: 'too-large', size: MAX_FILE_CHARS + 1, unit: 'characters' } as const;
    const parsed = parseDocument(' '.repeat(MAX_FILE_CHARS + 1), 'huge.orgmap');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(textFileMessage('huge.orgmap', 'map', problem)).toBe(parsed.error.message);
  });

  it('has the messages in Dutch too', () => {
    expect(textFileMessage('a.csv', 'spreadsheet', { code: 'not-utf8' }, nl)).toContain('CSV UTF-8');
    expect(textFileMessage('a.csv', 'spreadsheet', { code: 'not-utf8' }, nl)).not.toBe(textFileMessage('a.csv', 'spreadsheet', { code: 'not-utf8' }));
  });
});

describe('Windows-1252 on the user\'s choice (#15 item 2, the import dialog)', () => {
  const cafe = bytes(0x40, 0x63, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x0a); // "@café,€\n" in Windows-1252
  it('is offered only for a spreadsheet the strict reader refused as not UTF-8, and not for UTF-16', () => {
    expect(canReadAsWindows1252(cafe, 'spreadsheet')).toBe(true);
    expect(canReadAsWindows1252(cafe, 'map')).toBe(false);
    expect(canReadAsWindows1252(new TextEncoder().encode('@café'), 'spreadsheet')).toBe(false);
    expect(canReadAsWindows1252(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00), 'spreadsheet')).toBe(false);
    expect(canReadAsWindows1252(bytes(0x41, 0x00, 0xe9, 0x00), 'spreadsheet')).toBe(false);
    expect(canReadAsWindows1252(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41), 'spreadsheet')).toBe(false);
  });
  it('reads every byte as its Windows-1252 character, never U+FFFD', () => {
    expect(decodeWindows1252(cafe, 'spreadsheet')).toEqual({ ok: true, text: '@café,€\n' });
    expect(decodeWindows1252(bytes(0x93, 0x94, 0x9f, 0x81, 0xff), 'spreadsheet')).toEqual({ ok: true, text: '\u201c\u201d\u0178\u0081\u00ff' });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const r = decodeWindows1252(b, 'spreadsheet');
        expect(r.ok && r.text.length === b.length && !r.text.includes('\ufffd')).toBe(true);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
  it('keeps the character limit', () => {
    const limit = textFileLimit('spreadsheet');
    expect(decodeWindows1252({ byteLength: limit + 1 } as Uint8Array, 'spreadsheet')).toEqual({ ok: false, problem: { code: 'too-large', size: limit + 1, unit: 'characters' } });
  });
});

describe('the corpus of broken files, through the shared reader', () => {
  it.each(brokenCorpus().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = decodeTextFile(readFileSync(c.path), c.kind);
    if (c.opens) {
      expect(r.ok).toBe(true);
      if (r.ok) expect(parseDocument(r.text, c.name).ok).toBe(true);
      return;
    }
    const message = r.ok ? (c.kind === 'map' ? (parseDocument(r.text, c.name) as { error?: { message: string } }).error?.message : 'opened') : textFileMessage(c.name, c.kind, r.problem);
    expect(message).toBe(expectedMessage(c, c.name));
  });
});
