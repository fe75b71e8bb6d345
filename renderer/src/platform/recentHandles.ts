/**
 * Open Recent in the browser build (issue #16): the file handles of maps opened or saved through
 * the File System Access API, kept in IndexedDB (a handle survives there, and only there), newest
 * first. Reopening asks the browser for permission again where it wants that. Where there is no
 * picker API or no IndexedDB there is no list (the app then offers no Open Recent).
 */
import { MAX_RECENT_DOCUMENTS } from '../../../shared/ipc';

export interface RecentHandle {
  readonly id: string;
  readonly name: string;
  readonly openedAt: number;
  readonly handle: FileSystemFileHandle;
}

export interface RecentHandleStore {
  list(): Promise<readonly RecentHandle[]>;
  add(handle: FileSystemFileHandle): Promise<void>;
  clear(): Promise<void>;
}

/** The list with `entry` first, the same file (by `same`) not twice, at most MAX_RECENT_DOCUMENTS. */
export async function withRecent(list: readonly RecentHandle[], entry: RecentHandle, same: (a: FileSystemFileHandle, b: FileSystemFileHandle) => Promise<boolean>): Promise<RecentHandle[]> {
  const kept: RecentHandle[] = [];
  for (const old of list) {
    let isSame: boolean;
    try {
      isSame = old.name === entry.name && (await same(old.handle, entry.handle));
    } catch {
      isSame = false;
    }
    if (!isSame) kept.push(old);
  }
  return [entry, ...kept].slice(0, MAX_RECENT_DOCUMENTS);
}

const DB = 'orgmap';
const STORE = 'recent';
const KEY = 'list';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function createIdbRecentStore(idb: IDBFactory | null, now: () => number = Date.now): RecentHandleStore | null {
  if (!idb) return null;
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = idb.open(DB, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
    });
    return db;
  };
  const read = async (): Promise<RecentHandle[]> => {
    const value: unknown = await request((await open()).transaction(STORE, 'readonly').objectStore(STORE).get(KEY));
    return Array.isArray(value) ? (value as RecentHandle[]).filter((e) => typeof e?.name === 'string' && typeof e?.id === 'string' && e.handle !== undefined) : [];
  };
  const write = async (list: readonly RecentHandle[]) => {
    await request((await open()).transaction(STORE, 'readwrite').objectStore(STORE).put(list, KEY));
  };
  // One add after the other: each reads the list and writes it back, so an open and a save close
  // together would otherwise both start from the old list and the later write would drop the other.
  let adding: Promise<unknown> = Promise.resolve();
  return {
    list: () => read().catch(() => []),
    add(handle) {
      const at = now();
      const entry: RecentHandle = { id: `${at}-${Math.random().toString(36).slice(2, 8)}`, name: handle.name, openedAt: at, handle };
      const done = adding.then(async () => write(await withRecent(await read().catch(() => []), entry, (a, b) => a.isSameEntry(b))));
      adding = done.catch(() => undefined);
      return done;
    },
    clear: () => write([]),
  };
}
