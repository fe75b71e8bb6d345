import { describe, expect, it } from 'vitest';
import { RECOVERY_ID_PATTERN } from '../../../shared/ipc';
import { decodeDraft, encodeDraft, newDraftId } from './draft';

const draft = { id: 'abc_1', fileName: 'acme.orgmap', savedAt: 1_700_000_000_000, text: '{"format":"orgmap"}', size: 19 };

describe('recovery draft encoding', () => {
  it('round-trips, with or without a file name', () => {
    expect(decodeDraft(encodeDraft(draft), 'abc_1')).toEqual(draft);
    const untitled = { ...draft, fileName: null };
    expect(decodeDraft(encodeDraft(untitled), 'abc_1')).toEqual(untitled);
  });

  it('refuses anything that is not exactly one of ours', () => {
    const bad = [
      null,
      '',
      'not json',
      '[]',
      '"text"',
      '{"text":"x"}',
      JSON.stringify({ orgmapRecovery: 2, id: 'abc_1', fileName: null, savedAt: 1, text: 'x' }),
      JSON.stringify({ orgmapRecovery: 1, id: 'other', fileName: null, savedAt: 1, text: 'x' }),
      JSON.stringify({ orgmapRecovery: 1, id: 'abc_1', fileName: 5, savedAt: 1, text: 'x' }),
      JSON.stringify({ orgmapRecovery: 1, id: 'abc_1', fileName: null, savedAt: 'yesterday', text: 'x' }),
      JSON.stringify({ orgmapRecovery: 1, id: 'abc_1', fileName: null, savedAt: -1, text: 'x' }),
      JSON.stringify({ orgmapRecovery: 1, id: 'abc_1', fileName: null, savedAt: 1, text: { a: 1 } }),
      '{"__proto__":{"orgmapRecovery":1},"id":"abc_1","fileName":null,"savedAt":1,"text":"x"}',
    ];
    for (const raw of bad) expect(decodeDraft(raw, 'abc_1'), String(raw)).toBeNull();
    expect(decodeDraft(encodeDraft({ ...draft, id: '../etc' }), '../etc')).toBeNull();
  });

  it('makes ids the shell accepts, different every time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newDraftId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(RECOVERY_ID_PATTERN);
  });
});
