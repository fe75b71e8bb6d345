import { MAX_RECOVERY_DRAFTS, RECOVERY_ID_PATTERN, type RecoveryDraft, type RecoveryDraftInfo, type RecoveryDraftWrite } from '../../../shared/ipc';
import type { RecoveryStore } from '../platform/types';
import { decodeDraft, encodeDraft } from './draft';

/** Storage keys of drafts: this prefix and the draft id. */
export const DRAFT_KEY_PREFIX = 'orgmap.recovery.';
/** Web Lock names: a tab holds this lock for each draft it writes, for as long as it lives. */
export const DRAFT_LOCK_PREFIX = 'orgmap.recovery-live.';
/** How long a held lock may still belong to a page that is just going away (a reload). */
const LOCK_SETTLE_MS = [150, 350, 500] as const;

/** The parts of the Web Locks API used here. */
export interface DraftLocks {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ readonly held?: readonly { readonly name?: string }[] }>;
}

/**
 * The largest draft the browser keeps, in characters. Browsers give an origin about 5 M
 * characters of localStorage; a draft may take at most 2 M of it so that a second tab's draft and
 * the rest of the app's settings still fit. A map that large is rare (about 4,000 nodes); it is
 * reported as "too large to keep", and saving keeps it as always.
 */
export const MAX_BROWSER_DRAFT_CHARS = 2_000_000;

export type RecoveryFailure = 'quota' | 'tooLarge' | 'unavailable';

/** Why a draft could not be kept, in words the UI translates (`ui:recovery.reason.*`). */
export class RecoveryStorageError extends Error {
  constructor(readonly reason: RecoveryFailure) {
    super(`recovery draft not kept: ${reason}`);
    this.name = 'RecoveryStorageError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (typeof DOMException === 'undefined' || !(error instanceof DOMException)) return false;
  // Chromium and WebKit name it; old Firefox used NS_ERROR_DOM_QUOTA_REACHED (code 1014).
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}

/** localStorage, or null where the browser refuses it (storage disabled, sandboxed frame). */
export function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Where the drafts' text lives: IndexedDB (asynchronous, durable commits, no 5 M-character
 * ceiling), or localStorage where IndexedDB cannot be opened. Entries are the encoded draft
 * strings of draft.ts, by id.
 */
export interface DraftBackend {
  entries(): Promise<[string, string][]>;
  get(id: string): Promise<string | null>;
  /** Rejects with the storage's error (a DOMException QuotaExceededError when full). */
  put(id: string, value: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** The most characters one draft may have here. */
  readonly maxChars: number;
}

/** localStorage as a backend (the fallback, and the place drafts of older versions are). */
export function localStorageBackend(storage: Storage): DraftBackend {
  const keys = (): string[] => {
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_KEY_PREFIX)) found.push(key);
    }
    return found;
  };
  return {
    maxChars: MAX_BROWSER_DRAFT_CHARS,
    async entries() {
      return keys().map((key) => [key.slice(DRAFT_KEY_PREFIX.length), storage.getItem(key) ?? '']);
    },
    async get(id) {
      return storage.getItem(DRAFT_KEY_PREFIX + id);
    },
    async put(id, value) {
      storage.setItem(DRAFT_KEY_PREFIX + id, value);
    },
    async remove(id) {
      storage.removeItem(DRAFT_KEY_PREFIX + id);
    },
  };
}

/** The IndexedDB database and object store of the drafts. */
export const DRAFT_DB = 'orgmap-recovery';
export const DRAFT_DB_STORE = 'drafts';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * IndexedDB as a backend. Every write is its own `readwrite` transaction with `durability:
 * 'strict'`: it completes only once the browser has flushed it to disk, so a draft the writer
 * finished survives the browser being killed a moment later (localStorage is flushed lazily, and
 * lost the last seconds). No character cap beyond the documents' own (MAX_DOCUMENT_SIZE).
 */
export async function indexedDbBackend(factory: IDBFactory, maxChars: number): Promise<DraftBackend> {
  const openAt = (version?: number): Promise<IDBDatabase> => {
    const open = version === undefined ? factory.open(DRAFT_DB) : factory.open(DRAFT_DB, version);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(DRAFT_DB_STORE)) open.result.createObjectStore(DRAFT_DB_STORE);
    };
    return request(open);
  };
  let db = await openAt();
  // A database someone else created without our store (an older tool, a test peeking): add it.
  if (!db.objectStoreNames.contains(DRAFT_DB_STORE)) {
    const next = db.version + 1;
    db.close();
    db = await openAt(next);
  }

  const database = db;
  const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      const tx = database.transaction(DRAFT_DB_STORE, mode, { durability: 'strict' });
      const r = work(tx.objectStore(DRAFT_DB_STORE));
      // Resolved on the transaction's completion, not the request's success: only then is it on disk.
      tx.oncomplete = () => resolve(r.result);
      tx.onerror = () => reject(tx.error ?? r.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  return {
    maxChars,
    async entries() {
      const [keys, values] = await Promise.all([run('readonly', (s) => s.getAllKeys()), run('readonly', (s) => s.getAll())]);
      return keys.map((k, i) => [String(k), typeof values[i] === 'string' ? values[i] : '']);
    },
    async get(id) {
      const value: unknown = await run('readonly', (s) => s.get(id));
      return typeof value === 'string' ? value : null;
    },
    async put(id, value) {
      await run('readwrite', (s) => s.put(value, id));
    },
    async remove(id) {
      await run('readwrite', (s) => s.delete(id));
    },
  };
}

/**
 * The browser's recovery store: drafts in IndexedDB (see indexedDbBackend), or in localStorage
 * where IndexedDB cannot be opened (private modes of some browsers). Drafts left in localStorage
 * by an older version are still listed, read and cleared, and a newer draft of the same id
 * replaces them.
 */
export function createBrowserRecoveryStore(storage: Storage | null, now: () => number = Date.now, locks: DraftLocks | null = null, idb: IDBFactory | null = null, maxIdbChars = Number.MAX_SAFE_INTEGER): RecoveryStore {
  const legacy = storage ? localStorageBackend(storage) : null;
  let primary: Promise<DraftBackend | null> | null = null;
  const backend = (): Promise<DraftBackend | null> =>
    (primary ??= idb ? indexedDbBackend(idb, maxIdbChars).catch(() => legacy) : Promise.resolve(legacy));
  // Opened at once, so that the first write (maybe in a page-hide handler) finds it ready.
  void backend();
  return createRecoveryStoreOn(backend, legacy, now, locks);
}

/** The store's logic over a backend (tests pass a localStorage one with a small quota). */
function createRecoveryStoreOn(backend: () => Promise<DraftBackend | null>, legacy: DraftBackend | null, now: () => number, locks: DraftLocks | null): RecoveryStore {
  /** The backend once it is open (synchronously at hand for writes). */
  let opened: DraftBackend | null = null;
  void backend().then((b) => (opened = b));
  // Drafts this tab writes are marked live with a Web Lock that lasts as long as the tab, so a
  // second tab does not offer (or discard) the work of a tab that is still open. A crashed or
  // closed tab's locks are gone, and its draft is offered.
  const holding = new Set<string>();
  const hold = (id: string) => {
    if (!locks || holding.has(id)) return;
    holding.add(id);
    void locks.request(DRAFT_LOCK_PREFIX + id, () => new Promise<void>(() => undefined)).catch(() => holding.delete(id));
  };
  const liveElsewhere = async (ids: readonly string[]): Promise<Set<string>> => {
    const live = new Set<string>();
    if (!locks) return live;
    const heldNow = async () => {
      try {
        const names = new Set(((await locks.query()).held ?? []).map((l) => l.name));
        return ids.filter((id) => !holding.has(id) && names.has(DRAFT_LOCK_PREFIX + id));
      } catch {
        return [];
      }
    };
    let held = await heldNow();
    // Right after a reload the page before may still hold its lock for a moment: look again.
    for (const wait of LOCK_SETTLE_MS) {
      if (held.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
      held = await heldNow();
    }
    for (const id of held) live.add(id);
    return live;
  };

  /**
   * Every stored draft: the backend's and those in localStorage (an older version's, or the
   * synchronous mirror of a write that the page's unloading cut short); of two with the same id
   * the newer one.
   */
  const stored = async (): Promise<{ entries: [string, string][]; from: Map<string, DraftBackend> }> => {
    const main = await backend();
    const from = new Map<string, DraftBackend>();
    const raws = new Map<string, string>();
    for (const b of [main, legacy === main ? null : legacy]) {
      if (!b) continue;
      for (const [id, raw] of await b.entries().catch(() => [] as [string, string][])) {
        const before = raws.get(id);
        if (before !== undefined && (decodeDraft(before, id)?.savedAt ?? 0) >= (decodeDraft(raw, id)?.savedAt ?? 0)) continue;
        from.set(id, b);
        raws.set(id, raw);
      }
    }
    return { entries: [...raws], from };
  };

  const infos = async (): Promise<RecoveryDraftInfo[]> => {
    const list: RecoveryDraftInfo[] = [];
    for (const [id, raw] of (await stored()).entries) {
      const draft = decodeDraft(raw, id);
      // An unreadable entry is still listed (savedAt 0), so the app can report and remove it.
      list.push(draft ? { id, fileName: draft.fileName, savedAt: draft.savedAt, size: draft.size } : { id, fileName: null, savedAt: 0, size: raw.length });
    }
    return list.sort((a, b) => b.savedAt - a.savedAt);
  };

  const remove = async (id: string) => {
    const main = await backend();
    await main?.remove(id).catch(() => undefined);
    if (legacy && legacy !== main) await legacy.remove(id).catch(() => undefined);
  };

  return {
    async write(draft: RecoveryDraftWrite) {
      // No await before the put once the database is open: a write started while the page is
      // being hidden or reloaded must issue its transaction there and then, or it never runs.
      const main = opened ?? (await backend());
      if (!main) throw new RecoveryStorageError('unavailable');
      if (!RECOVERY_ID_PATTERN.test(draft.id)) throw new Error(`bad recovery id ${draft.id}`);
      if (draft.text.length > main.maxChars) {
        // A stale smaller draft of the same document would restore older work: drop it.
        await remove(draft.id);
        throw new RecoveryStorageError('tooLarge');
      }
      const value = encodeDraft({ id: draft.id, fileName: draft.fileName ?? null, savedAt: now(), text: draft.text, size: draft.text.length });
      // A synchronous copy in localStorage first (when it fits): if the page is unloading, the
      // IndexedDB transaction may be cut short, but this write has already landed.
      const mirror = legacy && legacy !== main && draft.text.length <= MAX_BROWSER_DRAFT_CHARS;
      if (mirror) void legacy.put(draft.id, value).catch(() => undefined);
      let others: RecoveryDraftInfo[] | null = null;
      for (;;) {
        try {
          await main.put(draft.id, value);
          break;
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          // Full: make room by dropping the oldest other drafts, one at a time.
          others ??= (await infos()).filter((d) => d.id !== draft.id);
          const oldest = others.pop();
          if (!oldest) throw new RecoveryStorageError('quota');
          await remove(oldest.id);
        }
      }
      // Durable in IndexedDB: the mirror (or an older version's copy) is not needed any more.
      if (legacy && legacy !== main) await legacy.remove(draft.id).catch(() => undefined);
      const rest = (await infos()).filter((d) => d.id !== draft.id);
      for (const extra of rest.slice(MAX_RECOVERY_DRAFTS - 1)) await remove(extra.id);
      hold(draft.id);
    },
    async clear(id) {
      await remove(id);
    },
    async list() {
      const all = await infos();
      const live = await liveElsewhere(all.map((d) => d.id));
      return all.filter((d) => !live.has(d.id));
    },
    async read(id): Promise<RecoveryDraft | null> {
      const { from } = await stored();
      const b = from.get(id);
      return b ? decodeDraft(await b.get(id), id) : null;
    },
  };
}
