/**
 * File ▸ Open Recent: the last ten maps opened or saved, most recent first, kept in
 * `<userData>/recent.json` (written atomically like a map). Entries whose file is gone are dropped
 * when the list is loaded and whenever it is shown. Every change also goes to the OS
 * (`app.addRecentDocument`: Dock menu, Windows jump list) and rebuilds the menu.
 *
 * Only paths on this list can be opened with `openRecentDocument`, so the renderer cannot use that
 * message to read arbitrary files; they were all opened or saved by the user before.
 */
import nodePath from 'node:path';
import { MAX_RECENT_DOCUMENTS, type OpenResult, type RecentDocument } from '../../shared/ipc';
import { openPath, type DocumentDeps } from './documents';
import { atomicWriteFile, type DocumentFs } from './fs';
import type { IpcRegistry } from './ipc';
import { noArgs, validateOpenRecent } from './ipc';

export interface RecentOptions {
  /** `<userData>/recent.json`. */
  readonly file: string;
  readonly fs: DocumentFs;
  readonly max?: number;
  /** Case-insensitive file systems (Windows, macOS) compare paths without case. */
  readonly caseInsensitive?: boolean;
  readonly addToOs?: (path: string) => void;
  readonly clearOs?: () => void;
  readonly onChange?: (list: readonly RecentDocument[]) => void;
  readonly log?: (message: string) => void;
}

const FILE_FORMAT = 'orgmap-recent';

/** Reads the persisted list leniently: anything malformed is skipped, never trusted. */
export function parseRecentFile(text: string, max = MAX_RECENT_DOCUMENTS): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || !('paths' in value) || !Array.isArray(value.paths)) return [];
  const paths: unknown[] = value.paths;
  return paths
    .filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length <= 4096 && !p.includes('\0') && nodePath.isAbsolute(p))
    .slice(0, max);
}

export class RecentDocuments {
  #paths: string[] = [];
  #writing: Promise<void> = Promise.resolve();
  readonly #options: RecentOptions;
  readonly #max: number;

  constructor(options: RecentOptions) {
    this.#options = options;
    this.#max = options.max ?? MAX_RECENT_DOCUMENTS;
  }

  #key(path: string): string {
    const resolved = nodePath.resolve(path);
    return this.#options.caseInsensitive ? resolved.toLowerCase() : resolved;
  }

  list(): readonly RecentDocument[] {
    return this.#paths.map((path) => ({ path, name: nodePath.basename(path) }));
  }

  has(path: string): boolean {
    if (!nodePath.isAbsolute(path)) return false;
    const key = this.#key(path);
    return this.#paths.some((p) => this.#key(p) === key);
  }

  /** Loads the persisted list and drops entries whose file is gone. */
  async load(): Promise<void> {
    let text: string | null;
    try {
      text = new TextDecoder().decode(await this.#options.fs.readFile(this.#options.file));
    } catch {
      text = null; // first start, or unreadable: start empty
    }
    this.#paths = text === null ? [] : parseRecentFile(text, this.#max);
    const before = this.#paths.length;
    await this.#dropMissing();
    if (this.#paths.length !== before) await this.#persist();
    this.#options.onChange?.(this.list());
  }

  async #dropMissing(): Promise<boolean> {
    const kept: string[] = [];
    for (const path of this.#paths) {
      try {
        if ((await this.#options.fs.stat(path)).isFile()) kept.push(path);
      } catch {
        // missing or unreadable: dropped
      }
    }
    const changed = kept.length !== this.#paths.length;
    this.#paths = kept;
    return changed;
  }

  /** Drops entries whose file is gone; persists and announces a change. */
  async prune(): Promise<readonly RecentDocument[]> {
    if (await this.#dropMissing()) await this.#changed();
    return this.list();
  }

  /** Moves (or adds) `path` to the top. */
  async add(path: string): Promise<void> {
    const resolved = nodePath.resolve(path);
    const key = this.#key(resolved);
    this.#paths = [resolved, ...this.#paths.filter((p) => this.#key(p) !== key)].slice(0, this.#max);
    this.#options.addToOs?.(resolved);
    await this.#changed();
  }

  async remove(path: string): Promise<void> {
    const key = this.#key(path);
    const before = this.#paths.length;
    this.#paths = this.#paths.filter((p) => this.#key(p) !== key);
    if (this.#paths.length !== before) await this.#changed();
  }

  async clear(): Promise<void> {
    this.#paths = [];
    this.#options.clearOs?.();
    await this.#changed();
  }

  async #changed(): Promise<void> {
    this.#options.onChange?.(this.list());
    await this.#persist();
  }

  /** Writes are queued so the file always ends with the latest list. */
  #persist(): Promise<void> {
    const text = `${JSON.stringify({ format: FILE_FORMAT, version: 1, paths: this.#paths }, null, 2)}\n`;
    const { fs, file, log } = this.#options;
    this.#writing = this.#writing
      .then(() => atomicWriteFile(fs, file, text))
      .catch((error: unknown) => log?.(`recent: could not write ${file}: ${String(error)}`));
    return this.#writing;
  }
}

/** Opens an entry of the recent list; a file that is gone is dropped from the list. */
export async function openRecent(recent: RecentDocuments, deps: Pick<DocumentDeps, 'fs' | 'grants' | 'log' | 'remember'>, path: string): Promise<OpenResult> {
  if (!recent.has(path)) return { canceled: false, error: 'That file is not on the recent list.', name: nodePath.basename(path) };
  const result = await openPath(deps, path);
  if (!result.canceled && 'error' in result) {
    const exists = await deps.fs.stat(path).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!exists) await recent.remove(path);
  }
  return result;
}

export function setupRecent(registry: IpcRegistry, recent: RecentDocuments, deps: Pick<DocumentDeps, 'fs' | 'grants' | 'log' | 'remember'>): void {
  registry.handle('listRecentDocuments', noArgs, () => recent.prune());
  registry.handle('clearRecentDocuments', noArgs, () => recent.clear());
  registry.handle('openRecentDocument', validateOpenRecent, (_event, path) => openRecent(recent, deps, path));
}
