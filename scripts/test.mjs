#!/usr/bin/env node
// `npm test`: typecheck, lint, the electronegativity scan of the desktop shell, unit tests, the
// production web build, and the end-to-end tests.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong;
// the static checks run in two lanes at once (typecheck beside lint, scan, packing and the web
// build: each is mostly one thread, and the machine has 2 cores), each step's output printed whole
// when it ends;
// the last line sums it up as "summary: N passed, N failed, N skipped" (typecheck, lint, the
// security scan, the packaging check and build count as one check each; the test runners add one per test).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';

const reports = join(process.cwd(), '.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  return { ok, seconds, status: result.status ?? result.signal };
}

/** Like `run`, but in the background: the output is kept and printed in one piece when it ends. */
function runQuietly(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    const done = (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ ok: status === 0, seconds, status });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(null);
    });
    child.on('close', (code, signal) => done(code ?? signal));
  });
}

/** One check's result: counted, and its line kept for the results. */
function record(name, r) {
  if (r.ok) totals.passed += 1;
  else totals.failed += 1;
  lines.push(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${r.seconds} s)`);
  return r.ok;
}

/** Checks one after another in the background; resolves to each one's result, in order. */
async function lane(steps) {
  const results = [];
  for (const [name, command, args] of steps) results.push([name, await runQuietly(name, command, args)]);
  return results;
}

/** A port nothing listens on now, for the end-to-end tests' web server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

function suite(name, command, args, reportPath, count, env) {
  const r = run(name, command, args, env);
  const report = readJson(reportPath);
  if (!report) {
    totals.failed += 1;
    lines.push(`FAIL ${name} (${r.seconds} s): no report was written (exit ${r.status})`);
    return;
  }
  const c = count(report);
  // A runner that fails without a failing test (a crash, a failing hook) still counts as a failure.
  if (!r.ok && c.failed === 0) c.failed = 1;
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  lines.push(`${c.failed ? 'FAIL' : 'ok  '} ${name} (${r.seconds} s): ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}

const [typecheck, others] = await Promise.all([
  lane([['typecheck', 'npm', ['run', '--silent', 'typecheck']]]),
  lane([
    ['lint', 'npm', ['run', '--silent', 'lint']],
    // Fails on any HIGH finding; report in .test-reports/electronegativity.csv.
    ['security scan (electronegativity)', process.execPath, ['scripts/electronegativity.mjs']],
    // Packs with a stand-in Electron and checks the archive, file association, MIME type, icons, fuses.
    ['packaging check', process.execPath, ['scripts/pack-check.mjs']],
    ['web build', 'npm', ['run', '--silent', 'build:web']],
  ]),
]);
let built = false;
for (const [name, r] of [...typecheck, ...others]) {
  const ok = record(name, r);
  if (name === 'web build') built = ok;
}

const vitestReport = join(reports, 'vitest.json');
suite(
  'unit tests (vitest)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  (r) => ({ passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) }),
);

const e2eReport = join(reports, 'playwright.json');
if (built) {
  suite(
    'end-to-end tests (playwright)',
    'npx',
    ['playwright', 'test'],
    e2eReport,
    (r) => ({
      passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
      failed: r.stats?.unexpected ?? 0,
      skipped: r.stats?.skipped ?? 0,
    }),
    { PW_JSON_REPORT: e2eReport, ORGMAP_E2E_PORT: String(await freePort()) },
  );
} else {
  totals.failed += 1;
  lines.push('FAIL end-to-end tests (playwright): not run, the web build failed');
}

console.log('\n── results');
for (const line of lines) console.log(line);
console.log(`summary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
