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

  it('an open and a save close together both land on the list', async () => {
    // A stand-in for IndexedDB whose requests answer a moment later, as the real one does.
    let stored: unknown;
    const later = <T>(result: T) => {
      const req = { result, onsuccess: null as null | (() => void), onerror: null, onupgradeneeded: null };
      setTimeout(() => req.onsuccess?.(), 1);
      return req;
    };
    const db = { objectStoreNames: { contains: () => true }, transaction: () => ({ objectStore: () => ({ get: () => later(stored), put: (value: unknown) => { stored = value; return later(undefined); } }) }) };
    const idb = { open: () => later(db) } as unknown as IDBFactory;
    const store = createIdbRecentStore(idb);
    const a = Object.assign(handle('a.orgmap'), { isSameEntry: () => Promise.resolve(false) });
    const b = Object.assign(handle('b.orgmap'), { isSameEntry: () => Promise.resolve(false) });
    await Promise.all([store?.add(a), store?.add(b)]);
    expect((await store?.list())?.map((e) => e.name)).toEqual(['b.orgmap', 'a.orgmap']);
  });
});
