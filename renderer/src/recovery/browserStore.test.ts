import { describe, expect, it, vi } from 'vitest';
import { MAX_RECOVERY_DRAFTS } from '../../../shared/ipc';
import { createBrowserRecoveryStore, DRAFT_KEY_PREFIX, DRAFT_LOCK_PREFIX, MAX_BROWSER_DRAFT_CHARS, RecoveryStorageError, type DraftLocks } from './browserStore';

/** A Storage with a character quota, like a browser's localStorage. */
class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}

function clock(start = 1000) {
  let t = start;
  return () => (t += 1000);
}

describe('browser recovery store', () => {
  it('writes, lists newest first, reads and clears drafts', async () => {
    const storage = new MemoryStorage();
    const store = createBrowserRecoveryStore(storage, clock());
    await store.write({ id: 'a', text: 'one', fileName: 'a.orgmap' });
    await store.write({ id: 'b', text: 'second' });
    const list = await store.list();
    expect(list.map((d) => d.id)).toEqual(['b', 'a']);
    expect(list[1]).toEqual({ id: 'a', fileName: 'a.orgmap', savedAt: 2000, size: 3 });
    expect(await store.read('b')).toEqual({ id: 'b', fileName: null, savedAt: 3000, text: 'second', size: 6 });
    await store.clear('a');
    expect((await store.list()).map((d) => d.id)).toEqual(['b']);
    expect(await store.read('a')).toBeNull();
    storage.setItem('unrelated', 'kept');
    await store.clear('b');
    expect([...storage.map.keys()]).toEqual(['unrelated']);
  });

  it('lists an unreadable entry (so the app can report and remove it) but never reads it', async () => {
    const storage = new MemoryStorage();
    storage.setItem(`${DRAFT_KEY_PREFIX}broken`, '{"orgmapRecovery":1,"id":"broken",');
    const store = createBrowserRecoveryStore(storage);
    expect(await store.list()).toEqual([{ id: 'broken', fileName: null, savedAt: 0, size: 34 }]);
    expect(await store.read('broken')).toBeNull();
  });

  it('makes room by dropping the oldest other drafts when storage is full, and says so when that is not enough', async () => {
    const storage = new MemoryStorage(400);
    const store = createBrowserRecoveryStore(storage, clock());
    await store.write({ id: 'old', text: 'x'.repeat(100) });
    await store.write({ id: 'mid', text: 'y'.repeat(100) });
    await store.write({ id: 'new', text: 'z'.repeat(100) });
    expect((await store.list()).map((d) => d.id)).toEqual(['new', 'mid']);
    await expect(store.write({ id: 'huge', text: 'h'.repeat(500) })).rejects.toEqual(new RecoveryStorageError('quota'));
    // Nothing of ours is left but the failure is reported, never thrown at the UI as a crash.
    expect(await store.list()).toEqual([]);
  });

  it('refuses a draft over the size bound and drops the stale one of that document', async () => {
    const storage = new MemoryStorage();
    const store = createBrowserRecoveryStore(storage);
    await store.write({ id: 'a', text: 'small' });
    const error = await store.write({ id: 'a', text: 'x'.repeat(MAX_BROWSER_DRAFT_CHARS + 1) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecoveryStorageError);
    expect((error as RecoveryStorageError).reason).toBe('tooLarge');
    expect(await store.read('a')).toBeNull();
  });

  it(`keeps at most ${MAX_RECOVERY_DRAFTS} drafts`, async () => {
    const store = createBrowserRecoveryStore(new MemoryStorage(), clock());
    for (let i = 0; i < MAX_RECOVERY_DRAFTS + 5; i++) await store.write({ id: `d${i}`, text: 'x' });
    const ids = (await store.list()).map((d) => d.id);
    expect(ids).toHaveLength(MAX_RECOVERY_DRAFTS);
    expect(ids[0]).toBe(`d${MAX_RECOVERY_DRAFTS + 4}`);
    expect(ids).not.toContain('d0');
  });

  it('without storage lists nothing and refuses writes in words', async () => {
    const store = createBrowserRecoveryStore(null);
    expect(await store.list()).toEqual([]);
    expect(await store.read('a')).toBeNull();
    await expect(store.write({ id: 'a', text: 'x' })).rejects.toEqual(new RecoveryStorageError('unavailable'));
  });

  it('rethrows storage errors other than a full quota', async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error('SecurityError');
    };
    await expect(createBrowserRecoveryStore(storage).write({ id: 'a', text: 'x' })).rejects.toThrow('SecurityError');
  });

  it('does not list the drafts of tabs that are still open (Web Locks), but does once they are gone', async () => {
    vi.useFakeTimers();
    try {
      const held = new Set<string>();
      const locks: DraftLocks = {
        request: async (name, callback) => {
          held.add(name);
          return callback();
        },
        query: async () => ({ held: [...held].map((name) => ({ name })) }),
      };
      const storage = new MemoryStorage();
      const tabA = createBrowserRecoveryStore(storage, clock(), locks);
      await tabA.write({ id: 'a', text: 'A' });
      expect(held).toEqual(new Set([`${DRAFT_LOCK_PREFIX}a`]));
      // Tab A sees its own draft; tab B, opened beside it, does not (after the settle wait).
      expect((await tabA.list()).map((d) => d.id)).toEqual(['a']);
      const tabB = createBrowserRecoveryStore(storage, clock(), locks);
      const listed = tabB.list();
      await vi.advanceTimersByTimeAsync(1000);
      expect(await listed).toEqual([]);
      // Tab A goes away (or its lock is released while B waits, as on a reload): B offers it.
      held.clear();
      expect((await tabB.list()).map((d) => d.id)).toEqual(['a']);
      held.add(`${DRAFT_LOCK_PREFIX}a`);
      const again = tabB.list();
      await vi.advanceTimersByTimeAsync(150);
      held.clear();
      await vi.advanceTimersByTimeAsync(1000);
      expect((await again).map((d) => d.id)).toEqual(['a']);
    } finally {
      vi.useRealTimers();
    }
  });
});
