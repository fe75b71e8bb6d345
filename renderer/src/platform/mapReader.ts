/**
 * The web build reads a chosen map in a worker (open.worker.ts): the bytes, the strict UTF-8
 * decoding, the parse and the validation all happen off the page's main thread, which then only
 * receives the document (a structured clone, cheaper than parsing and validating it there; see
 * docs/bench.md). Same reader, same parser, so the same messages for a refused file, and a refused
 * file is an open that failed: the app changes nothing. The desktop shell's main process reads the
 * file itself and hands the page its text; the page has the same worker parse and validate that
 * text (`MapReader.parse`), so both shells keep the parse off the page's main thread.
 *
 * Where no worker can be had (no `Worker`, as in jsdom, or one that fails to start, breaks or does
 * not answer within {@link OPEN_WORKER_TIMEOUT_MS}) the file is read on the main thread as before
 * (readMap.ts's readFile) and the app parses it itself: nothing is lost, it is only slower.
 */
import type { OpenedDocument, OpenResult } from '../../../shared/ipc';
import type { OrgDocument } from '../../../shared/model';
import type { OpenAnswer, OpenRequest, OpenRequestBody } from './open.worker';
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
 * open worker, for a chosen file or a text the desktop shell read): exactly
 * `parseDocument(opened.text, opened.name)`'s. Undefined when the app must parse the text itself
 * (the main-thread fallback).
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
  /**
   * Parses, in the worker, the text of a file another part read (the desktop shell's main
   * process): the same result back, its document known to {@link parsedDocumentOf}; a text the
   * parser refuses becomes an open that failed with the parser's message (what the app would
   * show). Anything but an opened file, and every text when no worker can be had, comes back as it
   * came (the app parses it itself). Never rejects.
   */
  parse(result: OpenResult): Promise<OpenResult>;
  /** Starts the worker ahead of the first open, so its script is loaded by then. */
  warm(): void;
}

interface Pending {
  /** What to do when the worker cannot answer: the main thread's way. */
  readonly instead: () => Promise<OpenResult>;
  /** The worker's answer (not a fault) as the open's result. */
  readonly accept: (answer: Exclude<OpenAnswer, { fault: string }>) => OpenResult;
  readonly resolve: (result: OpenResult) => void;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly what: string;
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

  /** Gives up the worker; whatever it had not answered is done on the main thread instead. */
  const fail = (why: string) => {
    if (!broken) console.warn(`open worker: ${why}; reading files on the main thread`);
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      pending.delete(id);
      void p.instead().then(p.resolve);
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
          // The worker could not do it (not a refusal of the file): the main thread does it.
          console.warn(`open worker: ${answer.fault}; reading ${p.what} on the main thread`);
          void p.instead().then(p.resolve);
          return;
        }
        p.resolve(p.accept(answer));
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

  /** Sends `request` (less its id) to the worker, or does `instead` where there is none. */
  const ask = (request: OpenRequestBody, what: string, instead: () => Promise<OpenResult>, accept: Pending['accept']): Promise<OpenResult> => {
    const w = ensure();
    if (!w) return instead();
    return new Promise<OpenResult>((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => fail('no answer'), OPEN_WORKER_TIMEOUT_MS);
      pending.set(id, { instead, accept, resolve, timer, what });
      try {
        const message: OpenRequest = { ...request, id };
        w.postMessage(message);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    });
  };

  return {
    read(file) {
      return ask({ file }, file.name, () => readFile(file), (answer) => {
        if (!('read' in answer)) return { canceled: false, error: `${file.name}: the open worker gave no file`, name: file.name };
        const { result, document } = answer.read;
        if (document && !result.canceled && 'text' in result) parsedDocuments.set(result, document);
        return result;
      });
    },
    parse(result) {
      if (result.canceled || !('text' in result)) return Promise.resolve(result);
      const opened = result;
      return ask({ text: opened.text, name: opened.name }, opened.name, () => Promise.resolve(opened), (answer) => {
        // Not a parse (cannot happen with our worker): the app parses the text itself.
        if (!('parsed' in answer)) return opened;
        if ('error' in answer.parsed) return { canceled: false, error: answer.parsed.error, name: opened.name };
        parsedDocuments.set(opened, answer.parsed.document);
        return opened;
      });
    },
    warm() {
      ensure();
    },
  };
}
