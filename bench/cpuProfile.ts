/**
 * A Chrome CPU profile (CDP `Profiler.stop`) of the web build, read back to our sources: each
 * minified frame mapped through the build's source maps (dist-web/assets/*.js.map), self time summed
 * by function and by source file. Shared by bench/profile-open.ts and bench/profile-start.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sample's time goes: `key` names the function and its place, `file` the source (or package). */
export interface Origin {
  readonly key: string;
  readonly file: string;
}

/**
 * Maps a frame of the built scripts in `assets` (a folder path ending in `/`) to its source:
 * function name and file:line from the build's source map, or the built file's own name and line
 * where there is no map (or the frame has no position, as the engine's own entries).
 */
export function sourceMapper(assets: string): (frame: ProfileNode['callFrame']) => Origin {
  const maps = new Map<string, TraceMap | null>();
  return (frame) => {
    const file = frame.url.split('/').pop() ?? '';
    if (!file.endsWith('.js')) return { key: `${frame.functionName || '(anonymous)'} ${file}`, file: file || frame.functionName };
    if (!maps.has(file)) maps.set(file, existsSync(`${assets}${file}.map`) ? new TraceMap(readFileSync(`${assets}${file}.map`, 'utf8')) : null);
    const map = maps.get(file);
    const pos = map && frame.lineNumber >= 0 ? originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) }) : null;
    if (!pos?.source) return { key: `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`, file };
    const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
    return { key: `${pos.name ?? frame.functionName} ${source}:${pos.line}`, file: source.replace(/\/dist\/.*$/, '') };
  };
}

export interface Tally {
  /** Self time (µs) by function (Origin.key). */
  readonly self: ReadonlyMap<string, number>;
  /** Self time (µs) by source file (Origin.file). */
  readonly byFile: ReadonlyMap<string, number>;
  /** Every sample's time (µs) but `(idle)`'s. */
  readonly total: number;
}

/**
 * Sums the profile's samples by function and by file (each sample's time is its `timeDeltas` entry),
 * only those between `fromUs` and `untilUs` µs after the profile's start when given.
 */
export function tally(profile: Profile, origin: (frame: ProfileNode['callFrame']) => Origin, fromUs = 0, untilUs = Infinity): Tally {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    elapsed += us;
    if (!node || elapsed <= fromUs || elapsed > untilUs) return;
    const { key, file } = origin(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    if (node.callFrame.functionName !== '(idle)') total += us;
  });
  return { self, byFile, total };
}

/** The `n` biggest entries of `m`, one a line: milliseconds, share of `total`, name. */
export function showTop(m: ReadonlyMap<string, number>, n: number, total: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
}
