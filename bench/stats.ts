import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/** The value below which `q` (0..1) of the samples fall, nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A full garbage collection. Uses `global.gc` when Node was started with `--expose-gc` (the
 * `npm run bench` script does); otherwise turns the flag on at run time and fetches `gc` from a
 * fresh context, which V8 allows.
 */
export function getGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc !== 'function') throw new Error('cannot get a garbage collector; run with node --expose-gc');
  return gc as () => void;
}

/**
 * Times `fn` after a warm-up of at least `warmup` untimed calls and at least `warmupMs` of them (so
 * the JIT has optimised the hot paths whatever the size); returns the durations of `runs` timed
 * calls in ms.
 */
export function sample(fn: () => void, warmup: number, runs: number, warmupMs = 0): number[] {
  return sampleWithCpu(fn, warmup, runs, warmupMs).wall;
}

/**
 * As {@link sample}, and also the process CPU time (user + system, all threads, so GC helper
 * threads count) of each call. On a machine busy with other work the wall time includes time
 * spent waiting for a core; the CPU time does not, which helps to read a run made under load.
 */
export function sampleWithCpu(fn: () => void, warmup: number, runs: number, warmupMs = 0): { wall: number[]; cpu: number[] } {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i += 1) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}
