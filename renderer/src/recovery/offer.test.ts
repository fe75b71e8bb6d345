import { describe, expect, it } from 'vitest';
import type { RecoveryDraft } from '../../../shared/ipc';
import type { RecoveryStore } from '../platform/types';
import { findOffer, type DraftProblem } from './offer';

const good = (title: string) => `{"format":"orgmap","version":1,"title":"${title}","scenarios":[{"id":"current","name":"Current","nodes":[],"edges":[]}]}`;

function store(drafts: RecoveryDraft[], unreadable: string[] = []): RecoveryStore & { cleared: string[] } {
  const cleared: string[] = [];
  return {
    cleared,
    write: async () => undefined,
    clear: async (id) => void cleared.push(id),
    list: async () => drafts.map(({ id, fileName, savedAt, size }) => ({ id, fileName, savedAt, size })).sort((a, b) => b.savedAt - a.savedAt),
    read: async (id) => {
      if (unreadable.includes(id)) return null;
      return drafts.find((d) => d.id === id) ?? null;
    },
  };
}

const draft = (id: string, savedAt: number, text: string, fileName: string | null = null): RecoveryDraft => ({ id, savedAt, text, fileName, size: text.length });

describe('findOffer', () => {
  it('offers the newest readable draft, parsed', async () => {
    const s = store([draft('old', 1, good('Old')), draft('new', 2, good('New'), 'acme.orgmap')]);
    const offer = await findOffer(s, () => false, () => undefined, 'Untitled');
    expect(offer).toMatchObject({ id: 'new', fileName: 'acme.orgmap', savedAt: 2, document: { title: 'New' } });
    expect(s.cleared).toEqual([]);
  });

  it('reports and removes unreadable and refused drafts on the way, in words, and goes on', async () => {
    const s = store(
      [draft('broken', 5, 'x'), draft('future', 4, '{"format":"orgmap","version":99,"title":"x","scenarios":[]}', 'future.orgmap'), draft('json', 3, '{"format":'), draft('fine', 1, good('Fine'))],
      ['broken'],
    );
    const problems: DraftProblem[] = [];
    const offer = await findOffer(s, () => false, (p) => problems.push(p), 'Untitled');
    expect(offer?.id).toBe('fine');
    expect(s.cleared).toEqual(['broken', 'future', 'json']);
    expect(problems[0]).toEqual({ kind: 'unreadable', savedAt: 5 });
    expect(problems[1]).toMatchObject({ kind: 'refused', message: expect.stringMatching(/^future\.orgmap: .*version/) });
    expect(problems[2]).toMatchObject({ kind: 'refused', message: expect.stringMatching(/^Untitled: not valid JSON/) });
  });

  it('skips drafts already handled, and never throws', async () => {
    const s = store([draft('a', 2, good('A')), draft('b', 1, good('B'))]);
    expect((await findOffer(s, (id) => id === 'a', () => undefined, 'U'))?.id).toBe('b');
    expect(await findOffer(s, () => true, () => undefined, 'U')).toBeNull();
    const failing: RecoveryStore = {
      ...s,
      list: async () => {
        throw new Error('gone');
      },
    };
    expect(await findOffer(failing, () => false, () => undefined, 'U')).toBeNull();
    const badRead: RecoveryStore = {
      ...s,
      read: async () => {
        throw new Error('EIO');
      },
      clear: async () => {
        throw new Error('EACCES');
      },
    };
    const problems: DraftProblem[] = [];
    expect(await findOffer(badRead, () => false, (p) => problems.push(p), 'U')).toBeNull();
    expect(problems.map((p) => p.kind)).toEqual(['unreadable', 'unreadable']);
  });
});
