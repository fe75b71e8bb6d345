/** The layout worker's client: answers by id, registers the algorithm first, and never leaves a caller waiting. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { ELK_ALGORITHM } from '../../../shared/layout';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** Stands in for the browser's Worker: records messages, lets the test answer or fail. */
class FakeWorker {
  static last: FakeWorker | null = null;
  readonly sent: unknown[] = [];
  readonly listeners = new Map<string, Listener[]>();
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, event: { data?: unknown; message?: string }): void {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}

async function load() {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return import('./elkWorker');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const graph: ElkNode = { id: 'root', children: [{ id: 'a', width: 10, height: 10 }] };

describe('elkInWorker', () => {
  it('starts one module worker, registers the algorithm, and resolves each layout by its id', async () => {
    const { elkInWorker } = await load();
    const first = elkInWorker(graph);
    const second = elkInWorker(graph);
    const w = FakeWorker.last as FakeWorker;
    expect(w.options.type).toBe('module');
    expect(w.sent[0]).toEqual({ id: 0, cmd: 'register', algorithms: [ELK_ALGORITHM] });
    const ids = (w.sent.slice(1) as { id: number; cmd: string }[]).map((m) => [m.cmd, m.id]);
    expect(ids).toEqual([
      ['layout', 1],
      ['layout', 2],
    ]);
    w.emit('message', { data: { id: 0 } });
    w.emit('message', { data: { id: 2, data: { id: 'root', x: 2 } } });
    w.emit('message', { data: { id: 1, data: { id: 'root', x: 1 } } });
    await expect(first).resolves.toEqual({ id: 'root', x: 1 });
    await expect(second).resolves.toEqual({ id: 'root', x: 2 });
  });

  it('rejects with ELK’s error, and rejects everything waiting when the worker fails', async () => {
    const { elkInWorker } = await load();
    const refused = elkInWorker(graph);
    const w = FakeWorker.last as FakeWorker;
    w.emit('message', { data: { id: 1, error: { message: 'UnsupportedConfigurationException' } } });
    await expect(refused).rejects.toThrow('layout failed: UnsupportedConfigurationException');
    const waiting = elkInWorker(graph);
    w.emit('error', { message: 'script error' });
    await expect(waiting).rejects.toThrow('layout worker: script error');
    expect(w.terminated).toBe(true);
    // The next layout starts a fresh worker.
    void elkInWorker(graph).catch(() => undefined);
    expect(FakeWorker.last).not.toBe(w);
  });

  it('gives up on a worker that does not answer', async () => {
    vi.useFakeTimers();
    const { elkInWorker, WORKER_TIMEOUT_MS } = await load();
    const stuck = elkInWorker(graph);
    vi.advanceTimersByTime(WORKER_TIMEOUT_MS);
    await expect(stuck).rejects.toThrow('no answer');
  });
});
