/**
 * Opening from the OS: a `.orgmap` file double-clicked (argv on Windows and Linux, on first launch
 * and — through the single-instance lock — handed to the running instance by `second-instance`),
 * macOS `open-file` (before and after `ready`), and Open Recent clicked in the native menu.
 *
 * Main opens such files itself (documents.ts `openPath`: read, check with the reader, grant) and
 * pushes the result to the renderer with the `onOpenDocument` event. Results that arrive before the
 * renderer listens wait in the `DocumentInbox` until it calls `readyForDocuments()`.
 */
import nodePath from 'node:path';
import { EVENT_CHANNELS, type OpenResult } from '../../shared/ipc';
import { DOCUMENT_EXTENSION } from './documents';
import type { IpcRegistry } from './ipc';
import { noArgs } from './ipc';

/**
 * The document paths in a command line: everything after the executable that is not a flag
 * (`--inspect`, `-psn_0_123`, Chromium switches), ends in `.orgmap` and names an existing file.
 * Relative paths are resolved against the launching process's working directory. In development
 * the app's own entry (`out/main/index.js`, `.`) is among the arguments; it is not a map.
 */
export function documentPathsFromArgv(argv: readonly string[], cwd: string, isFile: (path: string) => boolean): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.length === 0 || arg.length > 4096 || arg.startsWith('-') || arg.includes('\0')) continue;
    if (nodePath.extname(arg).toLowerCase() !== DOCUMENT_EXTENSION) continue;
    const path = nodePath.resolve(cwd, arg);
    if (paths.includes(path)) continue;
    let exists: boolean;
    try {
      exists = isFile(path);
    } catch {
      exists = false;
    }
    if (exists) paths.push(path);
  }
  return paths;
}

/** The renderer side of the inbox: one window's webContents. */
export interface InboxTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** Documents on their way to the renderer; held until it says it listens. */
export class DocumentInbox {
  static readonly MAX_WAITING = 20;
  #waiting: OpenResult[] = [];
  #ready = false;
  #target: () => InboxTarget | null;

  constructor(target: () => InboxTarget | null) {
    this.#target = target;
  }

  /** Delivers now if the renderer listens, else keeps it (the oldest go beyond MAX_WAITING). */
  push(result: OpenResult): void {
    const target = this.#target();
    if (this.#ready && target && !target.isDestroyed()) {
      target.send(EVENT_CHANNELS.openDocument, result);
      return;
    }
    this.#waiting = [...this.#waiting, result].slice(-DocumentInbox.MAX_WAITING);
  }

  /** The renderer subscribed (readyForDocuments): deliver what waited, in order. */
  ready(): void {
    this.#ready = true;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const result of waiting) this.push(result);
  }

  /** The page is (re)loading: hold documents until it listens again. */
  notReady(): void {
    this.#ready = false;
  }

  get waiting(): readonly OpenResult[] {
    return this.#waiting;
  }
}

/**
 * Paths from the OS before the app can open them (macOS sends `open-file` before `ready`, and the
 * argv of the first launch is known before the window exists): queued, then opened in order.
 */
export class OsOpenQueue {
  #pending: string[] = [];
  #open: ((path: string) => Promise<void>) | null = null;

  /** A path from argv, second-instance or open-file. */
  add(path: string): void {
    if (this.#open) void this.#open(path);
    else this.#pending.push(path);
  }

  /** The app is ready: open what waited, and from now on open at once. */
  start(open: (path: string) => Promise<void>): void {
    this.#open = open;
    const pending = this.#pending;
    this.#pending = [];
    for (const path of pending) void open(path);
  }

  get pending(): readonly string[] {
    return this.#pending;
  }
}

export function setupInbox(registry: IpcRegistry, inbox: DocumentInbox): void {
  registry.handle('readyForDocuments', noArgs, () => inbox.ready());
}
