import { describe, expect, it } from 'vitest';
import { MAX_RECENT_DOCUMENTS } from '../../../shared/ipc';
import { createIdbRecentStore, withRecent, type RecentHandle } from './recentHandles';

const handle = (name: string, file = name) => ({ name, file }) as unknown as FileSystemFileHandle;
const entry = (name: string, at: number, file = name): RecentHandle => ({ id: `${at}`, name, openedAt: at, handle: handle(name, file) });
const same = (a: FileSystemFileHandle, b: FileSystemFileHandle) => Promise.resolve((a as unknown as { file: string }).file === (b as unknown as { file: string }).file);

describe('Open Recent in the browser', () => {
  it('puts the newest first and the same file only once', async () => {
    const list = [entry('a.orgmap', 1), entry('b.orgmap', 2)];
    const next = await withRecent(list, entry('b.orgmap', 3), same);
    expect(next.map((e) => `${e.name}@${e.openedAt}`)).toEqual(['b.orgmap@3', 'a.orgmap@1']);
    // Two files of the same name in different folders are two entries.
    const other = await withRecent(list, entry('a.orgmap', 4, 'elsewhere/a.orgmap'), same);
    expect(other).toHaveLength(3);
  });

  it('keeps at most the recent-list length', async () => {
    let list: RecentHandle[] = [];
    for (let i = 0; i < MAX_RECENT_DOCUMENTS + 3; i++) list = await withRecent(list, entry(`m${i}.orgmap`, i), same);
    expect(list).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(list[0]?.name).toBe(`m${MAX_RECENT_DOCUMENTS + 2}.orgmap`);
  });

  it('a comparison that throws counts as a different file, and without IndexedDB there is no list', async () => {
    const next = await withRecent([entry('a.orgmap', 1)], entry('a.orgmap', 2), () => Promise.reject(new Error('gone')));
    expect(next).toHaveLength(2);
    expect(createIdbRecentStore(null)).toBeNull();
  });
});
