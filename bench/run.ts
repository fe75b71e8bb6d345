/**
 * `npm run bench [-- SUITE… ] [--quick]`: runs the named suites (all when none is named), writes
 * `bench/results/SUITE.json` for each, prints one table, and exits 1 when a target is missed
 * (2 for an unknown suite name).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SUITES } from './suites';
import { passed, type Measurement } from './types';

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));

function environment() {
  const cpu = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    exposeGc: typeof (globalThis as { gc?: unknown }).gc === 'function',
    /** Other work on the machine skews timings; kept with the results so a bad run can be told apart. */
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

function formatValue(m: Measurement): string {
  const n = m.unit === 'bytes' ? Math.round(m.value).toLocaleString('en') : m.value.toFixed(2);
  return m.unit === '×' ? `${n}×` : `${n} ${m.unit}`;
}

function table(rows: ReadonlyArray<{ suite: string; m: Measurement }>): string {
  const cells = rows.map(({ suite, m }) => {
    const ok = passed(m);
    const target = m.target === undefined ? '' : `< ${m.unit === '×' ? `${m.target}×` : `${m.target} ${m.unit}`}`;
    return [suite, m.subject, m.metric, formatValue(m), target, ok === null ? '' : ok ? 'PASS' : 'FAIL'];
  });
  const header = ['suite', 'subject', 'metric', 'value', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((v, i) => (i === 3 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => !a.startsWith('--'));
  const known = Object.keys(SUITES);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0 || argv.some((a) => a.startsWith('--') && a !== '--quick')) {
    process.stderr.write(`bench: unknown suite or option ${[...unknown, ...argv.filter((a) => a.startsWith('--') && a !== '--quick')].map((n) => `"${n}"`).join(', ')}; suites: ${known.join(', ')}; option: --quick\n`);
    return 2;
  }
  const selected = names.length > 0 ? known.filter((n) => names.includes(n)) : known;
  mkdirSync(resultsDir, { recursive: true });
  const env = environment();
  const rows: { suite: string; m: Measurement }[] = [];
  let failed = false;

  for (const name of selected) {
    const started = new Date();
    try {
      const load = SUITES[name];
      if (!load) throw new Error(`no suite "${name}"`);
      const suite = await load();
      process.stderr.write(`bench: ${suite.name}: ${suite.description}\n`);
      const result = await suite.run({ quick, log: (line) => process.stderr.write(`  ${line}\n`) });
      const ok = result.measurements.every((m) => passed(m) !== false);
      failed ||= !ok;
      rows.push(...result.measurements.map((m) => ({ suite: suite.name, m })));
      const report = {
        suite: suite.name,
        description: suite.description,
        startedAt: started.toISOString(),
        durationMs: Date.now() - started.getTime(),
        quick,
        environment: env,
        pass: ok,
        measurements: result.measurements.map((m) => ({ ...m, pass: passed(m) })),
        details: result.details ?? null,
      };
      writeFileSync(`${resultsDir}${suite.name}.json`, `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      failed = true;
      process.stderr.write(`bench: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      rows.push({ suite: name, m: { subject: 'suite', metric: 'crashed', value: 1, unit: '', target: 0 } });
    }
  }

  const load = loadavg()[0] ?? 0;
  const busy = load > cpus().length ? ` (busy machine: load ${load.toFixed(1)} on ${cpus().length} cores; timings are pessimistic)` : '';
  process.stdout.write(`\n${env.node}, ${env.cpu}${quick ? ', quick run' : ''}${busy}\n${table(rows)}\n`);
  process.stdout.write(`\n${failed ? 'FAIL: a target was missed' : 'PASS: all targets met'}; reports in bench/results/\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
