import type { RecoveryDraftWrite } from '../../../shared/ipc';

/** What the writer needs of a recovery store (the platform's, see platform/types.ts). */
export interface DraftSink {
  write(draft: RecoveryDraftWrite): Promise<void>;
  clear(id: string): Promise<void>;
}

/** The unsaved document as it should be kept; taken when the timer fires, never per edit. */
export interface DraftSnapshot {
  readonly text: string;
  readonly fileName: string | null;
}

export interface RecoveryWriterOptions {
  readonly sink: DraftSink;
  readonly id: string;
  /** The unsaved work now, or null when there is none (then the draft is removed). */
  readonly snapshot: () => DraftSnapshot | null;
  /** Quiet time after an edit before writing. */
  readonly delayMs?: number;
  /** Longest an edit waits while edits keep coming (typing never postpones the write for ever). */
  readonly maxWaitMs?: number;
  /** The first failure of a run of failures (not every one: the user hears it once). */
  readonly onError?: (error: unknown) => void;
  /** A write succeeded after failures. */
  readonly onRecovered?: () => void;
}

export interface RecoveryWriter {
  /** The draft's id (sent with a save so the shell can remove it). */
  readonly id: string;
  /** An edit happened: the draft is written within `maxWaitMs`. Only (re)arms a timer. */
  schedule(): void;
  /** Writes now if a write is pending (the page is going away). */
  flush(): Promise<void>;
  /** Nothing unsaved any more (saved, replaced): drops a pending write and removes the draft. */
  clear(): Promise<void>;
  /** Keeps writing under another id from now on (a restored draft keeps its own). */
  setId(id: string): void;
  /** Stops the timer; later calls do nothing. */
  dispose(): void;
}

export const RECOVERY_DELAY_MS = 1000;
/** While edits keep coming, a draft is written at least this often: a crash loses at most the last second. */
export const RECOVERY_MAX_WAIT_MS = 1000;

/**
 * The debounced recovery writer. Edits only arm a timer; serializing happens when it fires, at
 * most once per quiet second and at least every `maxWaitMs` while edits keep coming. Writes and
 * removals run one after another, so a removal after a save can never be overtaken by a write
 * that was already under way (which would bring the draft back).
 */
export function createRecoveryWriter(options: RecoveryWriterOptions): RecoveryWriter {
  const delay = options.delayMs ?? RECOVERY_DELAY_MS;
  const maxWait = options.maxWaitMs ?? RECOVERY_MAX_WAIT_MS;
  let id = options.id;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
  let queue: Promise<void> = Promise.resolve();
  let failing = false;
  let disposed = false;

  const enqueue = (op: () => Promise<void>): Promise<void> => {
    queue = queue.then(op).then(
      () => {
        if (failing) {
          failing = false;
          options.onRecovered?.();
        }
      },
      (error: unknown) => {
        if (!failing) {
          failing = true;
          options.onError?.(error);
        }
      },
    );
    return queue;
  };

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPendingAt = null;
  };

  const write = async () => {
    const target = id;
    const snapshot = options.snapshot();
    if (snapshot === null) {
      await options.sink.clear(target);
      return;
    }
    await options.sink.write({ id: target, text: snapshot.text, ...(snapshot.fileName !== null ? { fileName: snapshot.fileName } : {}) });
  };

  const fire = () => {
    cancelTimer();
    return enqueue(write);
  };

  return {
    get id() {
      return id;
    },
    schedule() {
      if (disposed) return;
      const now = Date.now();
      firstPendingAt ??= now;
      const due = Math.min(now + delay, firstPendingAt + maxWait);
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void fire(), Math.max(0, due - now));
    },
    flush() {
      if (disposed || timer === null) return queue;
      return fire();
    },
    clear() {
      if (disposed) return queue;
      cancelTimer();
      const target = id;
      return enqueue(() => options.sink.clear(target));
    },
    setId(next) {
      id = next;
    },
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}
