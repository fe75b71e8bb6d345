import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoveryDraftWrite } from '../../../shared/ipc';
import { createRecoveryWriter, RECOVERY_MAX_WAIT_MS, type DraftSink, type DraftSnapshot } from './writer';

function fakeSink() {
  const log: string[] = [];
  const writes: RecoveryDraftWrite[] = [];
  let fail: unknown = null;
  const sink: DraftSink = {
    async write(draft) {
      if (fail) throw fail;
      writes.push(draft);
      log.push(`write ${draft.id} ${draft.text}`);
    },
    async clear(id) {
      log.push(`clear ${id}`);
    },
  };
  return { sink, log, writes, failWith: (e: unknown) => (fail = e) };
}

describe('recovery writer', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('writes once, a quiet second after the last edit, serializing only then', async () => {
    const { sink, writes } = fakeSink();
    let text = 'v1';
    const snapshot = vi.fn((): DraftSnapshot => ({ text, fileName: 'acme.orgmap' }));
    const writer = createRecoveryWriter({ sink, id: 'doc1', snapshot });
    writer.schedule();
    text = 'v2';
    writer.schedule();
    expect(snapshot).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(999);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(snapshot).toHaveBeenCalledOnce();
    expect(writes).toEqual([{ id: 'doc1', text: 'v2', fileName: 'acme.orgmap' }]);
  });

  it('edits that never pause are still written every second (#15 item 7: a crash loses at most the last second)', async () => {
    const { sink, writes } = fakeSink();
    let n = 0;
    const writer = createRecoveryWriter({ sink, id: 'doc1', snapshot: () => ({ text: `v${n}`, fileName: null }) });
    // A keystroke every 200 ms for 5 s.
    for (let i = 0; i < 25; i++) {
      n = i;
      writer.schedule();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(writes.length).toBeGreaterThanOrEqual(4);
    expect(writes.length).toBeLessThanOrEqual(6);
    // No fileName for an untitled map.
    expect(writes[0]).toEqual({ id: 'doc1', text: expect.stringMatching(/^v\d+$/) });
    await vi.advanceTimersByTimeAsync(RECOVERY_MAX_WAIT_MS);
    expect(writes.at(-1)?.text).toBe('v24');
  });

  it('clear drops a pending write and removes the draft; a write under way is not overtaken', async () => {
    const { sink, log } = fakeSink();
    const writer = createRecoveryWriter({ sink, id: 'doc1', snapshot: () => ({ text: 'x', fileName: null }) });
    writer.schedule();
    await writer.clear();
    await vi.advanceTimersByTimeAsync(5000);
    expect(log).toEqual(['clear doc1']);

    // Slow write in flight, then a clear: the clear lands after it.
    let release: () => void = () => undefined;
    const slow: DraftSink = {
      write: () => new Promise<void>((r) => (release = () => { log.push('slow write'); r(); })),
      clear: async (id) => void log.push(`clear ${id}`),
    };
    log.length = 0;
    const w2 = createRecoveryWriter({ sink: slow, id: 'doc2', snapshot: () => ({ text: 'x', fileName: null }) });
    w2.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    const cleared = w2.clear();
    release();
    await cleared;
    expect(log).toEqual(['slow write', 'clear doc2']);
  });

  it('a snapshot of null (nothing unsaved any more) removes the draft', async () => {
    const { sink, log } = fakeSink();
    const writer = createRecoveryWriter({ sink, id: 'doc1', snapshot: () => null });
    writer.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(log).toEqual(['clear doc1']);
  });

  it('flush writes a pending draft at once and does nothing when none is pending', async () => {
    const { sink, writes } = fakeSink();
    const writer = createRecoveryWriter({ sink, id: 'doc1', snapshot: () => ({ text: 'x', fileName: null }) });
    await writer.flush();
    expect(writes).toHaveLength(0);
    writer.schedule();
    await writer.flush();
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
  });

  it('reports the first of a run of failures once, and when writing works again', async () => {
    const fake = fakeSink();
    const onError = vi.fn();
    const onRecovered = vi.fn();
    const writer = createRecoveryWriter({ sink: fake.sink, id: 'doc1', snapshot: () => ({ text: 'x', fileName: null }), onError, onRecovered });
    fake.failWith(new DOMException('full', 'QuotaExceededError'));
    for (let i = 0; i < 3; i++) {
      writer.schedule();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(onError).toHaveBeenCalledOnce();
    expect(onRecovered).not.toHaveBeenCalled();
    fake.failWith(null);
    writer.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onRecovered).toHaveBeenCalledOnce();
    expect(fake.writes).toHaveLength(1);
  });

  it('writes under a new id after setId, and stops for good after dispose', async () => {
    const { sink, writes, log } = fakeSink();
    const writer = createRecoveryWriter({ sink, id: 'doc1', snapshot: () => ({ text: 'x', fileName: null }) });
    writer.setId('restored');
    expect(writer.id).toBe('restored');
    writer.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes[0]?.id).toBe('restored');
    writer.schedule();
    writer.dispose();
    writer.schedule();
    await writer.clear();
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('clear'))).toEqual([]);
  });
});
