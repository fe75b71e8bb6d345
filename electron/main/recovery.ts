/**
 * Recovery drafts: unsaved work, written by the renderer at most every ~2 s after an edit, kept in
 * `<userData>/recovery/` so that after a crash or a kill the next start can offer it back.
 *
 * Each draft is two files, both written atomically (temp file, fsync, rename):
 *   `<id>.orgmap`     the serialized document itself (a user could even open it by hand)
 *   `<id>.meta.json`  { id, fileName, savedAt, size }, written after the text
 * The id is validated against RECOVERY_ID_PATTERN by the IPC layer and again here, so it can never
 * name a path outside the folder. Text is bounded by MAX_DOCUMENT_SIZE, the number of drafts by
 * MAX_RECOVERY_DRAFTS (the oldest goes). A successful save removes the document's draft.
 */
import nodePath from 'node:path';
import {
  MAX_DOCUMENT_SIZE,
  MAX_RECOVERY_DRAFTS,
  RECOVERY_ID_PATTERN,
  type RecoveryDraft,
  type RecoveryDraftInfo,
  type RecoveryDraftWrite,
} from '../../shared/ipc';
import { atomicWriteFile, readDocumentText, type DocumentFs, type FolderFs } from './fs';
import type { IpcRegistry } from './ipc';
import { noArgs, validateRecoveryId, validateRecoveryRead, validateRecoveryWrite } from './ipc';

export type RecoveryFs = DocumentFs & FolderFs & { mkdir(dir: string, options: { recursive: true }): Promise<unknown> };

export interface RecoveryOptions {
  /** `<userData>/recovery`. */
  readonly dir: string;
  readonly fs: RecoveryFs;
  readonly now?: () => number;
  readonly max?: number;
  readonly syncDir?: (dir: string) => Promise<void>;
  readonly log?: (message: string) => void;
}

const META_SUFFIX = '.meta.json';
const TEXT_SUFFIX = '.orgmap';

function parseMeta(text: string, id: string): RecoveryDraftInfo | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const meta = value as Record<string, unknown>;
  if (meta.id !== id || typeof meta.savedAt !== 'number' || !Number.isFinite(meta.savedAt) || typeof meta.size !== 'number') return null;
  const fileName = typeof meta.fileName === 'string' && meta.fileName.length <= 255 ? meta.fileName : null;
  return { id, fileName, savedAt: meta.savedAt, size: meta.size };
}

export class RecoveryStore {
  readonly #options: RecoveryOptions;
  #queue: Promise<unknown> = Promise.resolve();
  /** Writes queued but not started, by id: a newer draft replaces the text, so the disk sees only the latest. */
  readonly #waiting = new Map<string, { draft: RecoveryDraftWrite; done: Promise<void> }>();

  constructor(options: RecoveryOptions) {
    this.#options = options;
  }

  get dir(): string {
    return this.#options.dir;
  }

  #paths(id: string): { text: string; meta: string } {
    // Defence in depth: the IPC validator already refused anything else.
    if (!RECOVERY_ID_PATTERN.test(id)) throw new Error('invalid recovery draft id');
    return { text: nodePath.join(this.#options.dir, `${id}${TEXT_SUFFIX}`), meta: nodePath.join(this.#options.dir, `${id}${META_SUFFIX}`) };
  }

  /** Runs operations one after another, so a clear never races a write of the same draft. */
  #serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(operation, operation);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  write(draft: RecoveryDraftWrite): Promise<void> {
    const waiting = this.#waiting.get(draft.id);
    if (waiting) {
      waiting.draft = draft;
      return waiting.done;
    }
    const entry = { draft, done: Promise.resolve() };
    entry.done = this.#serial(() => {
      if (this.#waiting.get(draft.id) === entry) this.#waiting.delete(draft.id);
      return this.#write(entry.draft);
    });
    this.#waiting.set(draft.id, entry);
    return entry.done;
  }

  async #write(draft: RecoveryDraftWrite): Promise<void> {
    if (draft.text.length > MAX_DOCUMENT_SIZE) throw new Error('recovery draft too large');
    const paths = this.#paths(draft.id);
    const { fs, dir, syncDir } = this.#options;
    await fs.mkdir(dir, { recursive: true });
    const options = syncDir ? { syncDir } : {};
    await atomicWriteFile(fs, paths.text, draft.text, options);
    const meta = { id: draft.id, fileName: draft.fileName ?? null, savedAt: (this.#options.now ?? Date.now)(), size: draft.text.length };
    await atomicWriteFile(fs, paths.meta, `${JSON.stringify(meta)}\n`, options);
    await this.#trim(draft.id);
  }

  clear(id: string): Promise<void> {
    // A write queued before the clear stays before it; writes after the clear queue anew.
    this.#waiting.delete(id);
    return this.#serial(() => this.#remove(id));
  }

  async #remove(id: string): Promise<void> {
    const paths = this.#paths(id);
    // Meta first: a draft without meta is invisible, one without text is skipped anyway.
    for (const path of [paths.meta, paths.text]) {
      await this.#options.fs.unlink(path).catch(() => {});
    }
  }

  /** Keeps the newest `max` drafts (never the one just written). */
  async #trim(keep: string): Promise<void> {
    const max = this.#options.max ?? MAX_RECOVERY_DRAFTS;
    const drafts = await this.#list();
    for (const draft of drafts.slice(max)) if (draft.id !== keep) await this.#remove(draft.id);
  }

  list(): Promise<RecoveryDraftInfo[]> {
    return this.#serial(() => this.#list());
  }

  async #list(): Promise<RecoveryDraftInfo[]> {
    const { fs, dir } = this.#options;
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [];
    }
    const drafts: RecoveryDraftInfo[] = [];
    for (const name of names) {
      if (!name.endsWith(META_SUFFIX)) continue;
      const id = name.slice(0, -META_SUFFIX.length);
      if (!RECOVERY_ID_PATTERN.test(id)) continue;
      const info = await this.#info(id);
      if (info) drafts.push(info);
    }
    return drafts.sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
  }

  async #info(id: string): Promise<RecoveryDraftInfo | null> {
    const paths = this.#paths(id);
    try {
      const meta = parseMeta(await readDocumentText(this.#options.fs, paths.meta, 64 * 1024), id);
      if (!meta) return null;
      const text = await this.#options.fs.stat(paths.text);
      return text.isFile() ? meta : null;
    } catch {
      return null;
    }
  }

  read(id: string): Promise<RecoveryDraft | null> {
    return this.#serial(async () => {
      const info = await this.#info(id);
      if (!info) return null;
      try {
        const text = await readDocumentText(this.#options.fs, this.#paths(id).text);
        return { ...info, size: text.length, text };
      } catch (error) {
        this.#options.log?.(`recovery: could not read draft ${id}: ${String(error)}`);
        return null;
      }
    });
  }
}

export function setupRecovery(registry: IpcRegistry, store: RecoveryStore, log?: (message: string) => void): void {
  registry.handle('writeRecoveryDraft', validateRecoveryWrite, async (_event, draft) => {
    try {
      await store.write(draft);
    } catch (error) {
      // A full disk must not break editing; the draft simply is not there.
      log?.(`recovery: could not write draft ${draft.id}: ${String(error)}`);
    }
  });
  registry.handle('clearRecoveryDraft', validateRecoveryId, (_event, id) => store.clear(id));
  registry.handle('listRecoveryDrafts', noArgs, () => store.list());
  registry.handle('readRecoveryDraft', validateRecoveryRead, (_event, id) => store.read(id));
}
