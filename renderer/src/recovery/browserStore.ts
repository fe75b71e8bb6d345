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
 * Recovery drafts in browser storage (localStorage: synchronous, so a write started while the
 * page is being hidden still lands). Size-bounded per draft, at most MAX_RECOVERY_DRAFTS kept;
 * when storage is full the oldest other drafts make room, and if that is not enough the write
 * fails with a RecoveryStorageError('quota') that the app reports once.
 */
export function createBrowserRecoveryStore(storage: Storage | null, now: () => number = Date.now, locks: DraftLocks | null = null): RecoveryStore {
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

  const keys = (): string[] => {
    if (!storage) return [];
    const found: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(DRAFT_KEY_PREFIX)) found.push(key);
    }
    return found;
  };

  const infos = (): RecoveryDraftInfo[] => {
    if (!storage) return [];
    const list: RecoveryDraftInfo[] = [];
    for (const key of keys()) {
      const id = key.slice(DRAFT_KEY_PREFIX.length);
      const raw = storage.getItem(key);
      const draft = decodeDraft(raw, id);
      // An unreadable entry is still listed (savedAt 0), so the app can report and remove it.
      list.push(draft ? { id, fileName: draft.fileName, savedAt: draft.savedAt, size: draft.size } : { id, fileName: null, savedAt: 0, size: raw?.length ?? 0 });
    }
    return list.sort((a, b) => b.savedAt - a.savedAt);
  };

  const remove = (id: string) => storage?.removeItem(DRAFT_KEY_PREFIX + id);

  return {
    async write(draft: RecoveryDraftWrite) {
      if (!storage) throw new RecoveryStorageError('unavailable');
      if (!RECOVERY_ID_PATTERN.test(draft.id)) throw new Error(`bad recovery id ${draft.id}`);
      if (draft.text.length > MAX_BROWSER_DRAFT_CHARS) {
        // A stale smaller draft of the same document would restore older work: drop it.
        remove(draft.id);
        throw new RecoveryStorageError('tooLarge');
      }
      const value = encodeDraft({ id: draft.id, fileName: draft.fileName ?? null, savedAt: now(), text: draft.text, size: draft.text.length });
      const others = infos().filter((d) => d.id !== draft.id);
      for (;;) {
        try {
          storage.setItem(DRAFT_KEY_PREFIX + draft.id, value);
          break;
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          const oldest = others.pop();
          if (!oldest) throw new RecoveryStorageError('quota');
          remove(oldest.id);
        }
      }
      for (const extra of others.slice(MAX_RECOVERY_DRAFTS - 1)) remove(extra.id);
      hold(draft.id);
    },
    async clear(id) {
      remove(id);
    },
    async list() {
      const all = infos();
      const live = await liveElsewhere(all.map((d) => d.id));
      return all.filter((d) => !live.has(d.id));
    },
    async read(id): Promise<RecoveryDraft | null> {
      if (!storage) return null;
      return decodeDraft(storage.getItem(DRAFT_KEY_PREFIX + id), id);
    },
  };
}
