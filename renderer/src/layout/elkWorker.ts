/**
 * ELK in a web worker, so a big map is laid out while the window stays responsive. Same graph,
 * same ELK as the command line (shared/layout); only where it runs differs. A worker that cannot
 * start, fails or does not answer within {@link WORKER_TIMEOUT_MS} rejects, and the layout falls
 * back to its grid (shared/layout/elk.ts) rather than leaving the user waiting.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import { ELK_ALGORITHM, type ElkLayout } from '../../../shared/layout';

/** Longer than a 20,000-node map takes on a slow laptop; a stuck worker is given up after this. */
export const WORKER_TIMEOUT_MS = 60_000;

interface Pending {
  readonly resolve: (graph: ElkNode) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  console.warn(error.message);
  for (const [id, p] of pending) {
    clearTimeout(p.timer);
    pending.delete(id);
    p.reject(error);
  }
  worker?.terminate();
  worker = null;
}

function start(): Worker {
  const w = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'orgmap-layout' });
  w.addEventListener('message', (event: MessageEvent<{ id?: number; data?: ElkNode; error?: unknown }>) => {
    const { id, data, error } = event.data;
    const p = id === undefined ? undefined : pending.get(id);
    if (!p || id === undefined) return;
    clearTimeout(p.timer);
    pending.delete(id);
    if (data !== undefined && error === undefined) p.resolve(data);
    else {
      const failure = new Error(`layout failed: ${String((error as { message?: unknown } | undefined)?.message ?? error)}`);
      // The caller falls back to the grid; the log says why.
      console.warn(failure.message);
      p.reject(failure);
    }
  });
  w.addEventListener('error', (event) => failAll(new Error(`layout worker: ${event.message || 'failed to start'}`)));
  w.addEventListener('messageerror', () => failAll(new Error('layout worker: unreadable answer')));
  // ELK's worker knows no algorithm until told (elk-api.js does this on construction too).
  w.postMessage({ id: 0, cmd: 'register', algorithms: [ELK_ALGORITHM] });
  return w;
}

/** ELK's layout of `graph`, computed in the layout worker. */
export const elkInWorker: ElkLayout = (graph) =>
  new Promise<ElkNode>((resolve, reject) => {
    try {
      worker ??= start();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const id = nextId++;
    const timer = setTimeout(() => failAll(new Error('layout worker: no answer')), WORKER_TIMEOUT_MS);
    pending.set(id, { resolve, reject, timer });
    worker.postMessage({ id, cmd: 'layout', graph });
  });
