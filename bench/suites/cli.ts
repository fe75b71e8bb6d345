/**
 * The `orgmap` command as a user runs it: a fresh Node process, tsx start-up included. Figures
 * for information; the targets live in the analysis suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateMapText } from '../generate';
import { median, round } from '../stats';
import type { Measurement, Suite } from '../types';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/orgmap.mjs', import.meta.url));
const results = fileURLToPath(new URL('../results/', import.meta.url));

function timeCommand(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (r.status !== 0) throw new Error(`orgmap ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.trim()}`);
    times.push(elapsed);
  }
  return times;
}

export const cliSuite: Suite = {
  name: 'cli',
  description: 'wall time of `orgmap --version` and `orgmap analyze --json` on a 20,000-node map, new process each run',
  async run({ quick, log }) {
    mkdirSync(results, { recursive: true });
    const file = `${results}cli-20000.orgmap`;
    writeFileSync(file, generateMapText({ nodes: 20_000, seed: 42 }));
    const runs = quick ? 2 : 5;
    timeCommand(['--version'], 1); // fills tsx's transform cache, as any second run would find it
    log('cli: orgmap --version');
    const startup = timeCommand(['--version'], runs);
    log('cli: orgmap analyze --json (20,000 nodes)');
    const analyze = timeCommand(['analyze', file, '--json'], runs);
    const validate = timeCommand(['validate', file], runs);
    const measurements: Measurement[] = [
      { subject: 'orgmap --version', metric: 'median wall time', value: round(median(startup)), unit: 'ms' },
      { subject: 'analyze --json, 20,000 nodes', metric: 'median wall time', value: round(median(analyze)), unit: 'ms' },
      { subject: 'validate, 20,000 nodes', metric: 'median wall time', value: round(median(validate)), unit: 'ms' },
    ];
    return { measurements, details: { runs, startupMs: startup, analyzeMs: analyze, validateMs: validate } };
  },
};
