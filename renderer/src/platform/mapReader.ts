/**
 * The web build reads a chosen map in a worker (open.worker.ts): the bytes, the strict UTF-8
 * decoding, the parse and the validation all happen off the page's main thread, which then only
 * receives the document (a structured clone, cheaper than parsing and validating it there; see
 * docs/bench.md). Same reader, same parser, so the same messages for a refused file, and a refused
 * file is an open that failed: the app changes nothing.
 *
 * Where no worker can be had (no `Worker`, as in jsdom, or one that fails to start, breaks or does
 * not answer within {@link OPEN_WORKER_TIMEOUT_MS}) the file is read on the main thread as before
 * (readMap.ts's readFile) and the app parses it itself: nothing is lost, it is only slower.
 */
import type { OpenedDocument, OpenResult } from '../../../shared/ipc';
import type { OrgDocument } from '../../../shared/model';
import type { OpenAnswer, OpenRequest } from './open.worker';
import { readFile } from './readMap';

/** Longer than a 20,000-node map takes on a slow, busy machine; a stuck worker is given up after this. */
export const OPEN_WORKER_TIMEOUT_MS = 60_000;

/** The parts of a Worker used here (tests pass a stand-in). */
export interface OpenWorker {
  postMessage(request: OpenRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<OpenAnswer>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

const parsedDocuments = new WeakMap<OpenedDocument, OrgDocument>();

/**
 * The document the platform already parsed and validated for this opened file (the web build's
 * open worker): exactly `parseDocument(opened.text, opened.name)`'s. Undefined when the app must
 * parse the text itself (the desktop shell, or the main-thread fallback).
 */
export function parsedDocumentOf(opened: OpenedDocument): OrgDocument | undefined {
  return parsedDocuments.get(opened);
}

function startOpenWorker(): OpenWorker {
  return new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module', name: 'orgmap-open' }) as OpenWorker;
}

export interface MapReader {
  /** Reads (and, in the worker, parses) a chosen file. Never rejects. */
  read(file: File): Promise<OpenResult>;
  /** Starts the worker ahead of the first open, so its script is loaded by then. */
  warm(): void;
}

interface Pending {
  readonly file: File;
  readonly resolve: (result: OpenResult) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * A reader that uses `start`'s worker (default: the open worker, where the page has `Worker`;
 * null: always the main thread).
 */
export function createMapReader(start: (() => OpenWorker) | null = typeof Worker === 'undefined' ? null : startOpenWorker): MapReader {
  let worker: OpenWorker | null = null;
  // Once a worker failed, every later file is read on the main thread (no retry loop).
  let broken = start === null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const onMainThread = (file: File): Promise<OpenResult> => readFile(file);

  /** Gives up the worker; whatever it had not answered is read on the main thread instead. */
  const fail = (why: string) => {
    if (!broken) console.warn(`open worker: ${why}; reading files on the main thread`);
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      void onMainThread(p.file).then(p.resolve);
    }
  };

  const ensure = (): OpenWorker | null => {
    if (broken || !start) return null;
    if (worker) return worker;
    try {
      const w = start();
      w.addEventListener('message', (event: MessageEvent<OpenAnswer>) => {
        const answer = event.data;
        const p = pending.get(answer.id);
        if (!p) return;
        clearTimeout(p.timer);
        pending.delete(answer.id);
        if ('fault' in answer) {
          // The worker could not do it (not a refusal of the file): the main thread reads it.
          console.warn(`open worker: ${answer.fault}; reading ${p.file.name} on the main thread`);
          void onMainThread(p.file).then(p.resolve);
          return;
        }
        const { result, document } = answer.read;
        if (document && !result.canceled && 'text' in result) parsedDocuments.set(result, document);
        p.resolve(result);
      });
      w.addEventListener('error', (event: Event) => fail((event as ErrorEvent).message || 'failed to start'));
      w.addEventListener('messageerror', () => fail('unreadable answer'));
      worker = w;
      return w;
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return null;
    }
  };

  return {
    read(file) {
      const w = ensure();
      if (!w) return onMainThread(file);
      return new Promise<OpenResult>((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => fail('no answer'), OPEN_WORKER_TIMEOUT_MS);
        pending.set(id, { file, resolve, timer });
        try {
          w.postMessage({ id, file });
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        }
      });
    },
    warm() {
      ensure();
    },
  };
}
