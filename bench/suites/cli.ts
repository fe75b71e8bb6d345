/**
 * The `orgmap` command as a user runs it: a fresh Node process each time, through bin/orgmap.mjs
 * and the bundle the install builds (dist-cli/, rebuilt here first so the current sources are
 * measured), side by side with `node -e ''` (Node's own start-up, the floor) in the same run,
 * interleaved, and an empty .mjs file (Node plus its ES module loader, the floor of any .mjs entry such
 * as bin/orgmap.mjs). The sources through tsx (what bin/orgmap.mjs falls back to without the bundle) are
 * measured too, for information.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';
import { generateMapText } from '../generate';
import { median, round } from '../stats';
import type { Measurement, Suite } from '../types';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/orgmap.mjs', import.meta.url));
const results = fileURLToPath(new URL('../results/', import.meta.url));

/** What bin/orgmap.mjs does without the bundle. */
const TSX_RUNNER = `import { register } from 'tsx/esm/api';
register();
const { run, nodeIO } = await import(${JSON.stringify(`${root}cli/main.ts`)});
process.exitCode = await run(process.argv.slice(2), nodeIO());
`;

function timeOnce(args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.trim()}`);
  // A word on stderr from bin/orgmap.mjs means it did not use the bundle: not what is measured here.
  if (r.stderr !== '') throw new Error(`node ${args.join(' ')} wrote to stderr: ${r.stderr.trim()}`);
  return elapsed;
}

export const cliSuite: Suite = {
  name: 'cli',
  description: "wall time of `orgmap --version` and `orgmap analyze --json` on a 20,000-node map (new process each run, the install's bundle) beside `node -e ''`",
  async run({ quick, log }) {
    mkdirSync(results, { recursive: true });
    const file = `${results}cli-20000.orgmap`;
    writeFileSync(file, generateMapText({ nodes: 20_000, seed: 42 }));
    const runner = `${results}cli-tsx-runner.mjs`;
    writeFileSync(runner, TSX_RUNNER);
    // An empty ES module: Node's start plus its ES module loader, the floor of any .mjs entry such as bin/orgmap.mjs.
    const emptyModule = `${results}cli-empty.mjs`;
    writeFileSync(emptyModule, '');
    await buildCli();
    const runs = quick ? 3 : 9;
    const cases = {
      node: ['-e', ''],
      emptyModule: [emptyModule],
      version: [bin, '--version'],
      analyze: [bin, 'analyze', file, '--json'],
      validate: [bin, 'validate', file],
      tsxVersion: [runner, '--version'],
    } as const;
    type Case = keyof typeof cases;
    const times: Record<Case, number[]> = { node: [], emptyModule: [], version: [], analyze: [], validate: [], tsxVersion: [] };
    for (const args of Object.values(cases)) timeOnce(args); // warm the file cache (and tsx's transform cache)
    const loads: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      log(`cli: round ${i + 1}/${runs}`);
      loads.push(loadavg()[0] ?? 0);
      for (const name of Object.keys(cases) as Case[]) {
        if (name === 'tsxVersion' && i >= 3) continue; // slow, and for information only
        times[name].push(timeOnce(cases[name]));
      }
    }
    const node = median(times.node);
    const measurements: Measurement[] = [
      { subject: "node -e ''", metric: 'median wall time', value: round(node), unit: 'ms' },
      { subject: 'orgmap --version', metric: 'median wall time', value: round(median(times.version)), unit: 'ms', target: 150 },
      { subject: 'orgmap --version', metric: "over node -e ''", value: round(median(times.version) / node), unit: '×' },
      { subject: 'empty .mjs file', metric: 'median wall time', value: round(median(times.emptyModule)), unit: 'ms' },
      { subject: 'orgmap --version', metric: 'over an empty .mjs file', value: round(median(times.version) / median(times.emptyModule)), unit: '×' },
      { subject: 'analyze --json, 20,000 nodes', metric: 'median wall time', value: round(median(times.analyze)), unit: 'ms', target: 400 },
      { subject: 'validate, 20,000 nodes', metric: 'median wall time', value: round(median(times.validate)), unit: 'ms' },
      { subject: 'orgmap --version through tsx (no bundle)', metric: 'median wall time', value: round(median(times.tsxVersion)), unit: 'ms' },
    ];
    return { measurements, details: { runs, loadAverage1m: loads, ms: times } };
  },
};
