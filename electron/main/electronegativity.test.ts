/**
 * The static scan in `npm test` (scripts/electronegativity.mjs) must fail on any HIGH finding:
 * shown here on a report with one, and on a real scan of a deliberately insecure main process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';

const script = nodePath.resolve('scripts/electronegativity.mjs');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-eneg-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const line = (issue: string, severity: string, sample: string) =>
  `${issue},"${severity}","FIRM","main/x.ts","1:1",${sample},"Review, please",https://example.invalid/${issue}`;

describe('electronegativity check', () => {
  it('passes a report without HIGH findings and prints them, commas in samples and all', async () => {
    const csv = nodePath.join(dir, 'ok.csv');
    await writeFile(csv, [HEADER, line('PRELOAD_JS_CHECK', 'MEDIUM', 'new BrowserWindow({ a, b, c })'), ''].join('\n'));
    const r = run('--from-csv', csv);
    expect(r.status).toBe(0);
    expect(r.output).toMatch(/MEDIUM\s+FIRM\s+PRELOAD_JS_CHECK\s+main\/x\.ts:1:1\s+Review, please/);
  });

  it('fails a report with one HIGH finding', async () => {
    const csv = nodePath.join(dir, 'high.csv');
    await writeFile(csv, [HEADER, line('PRELOAD_JS_CHECK', 'MEDIUM', 'x'), line('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'a, b'), ''].join('\n'));
    const r = run('--from-csv', csv);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/FAIL — 1 HIGH/);
  });

  it('fails a real scan of an insecure main process (and of a file it cannot parse), and writes the report', async () => {
    const input = nodePath.join(dir, 'insecure');
    await import('node:fs/promises').then((fs) => fs.mkdir(input));
    await writeFile(
      nodePath.join(input, 'main.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } });\n",
    );
    // A file the scanner cannot read is not a clean file either.
    await writeFile(nodePath.join(input, 'broken.ts'), 'export const = ;\n');
    const report = nodePath.join(dir, 'insecure.csv');
    const r = run('--input', input, '--report', report);
    expect(r.status, r.output).toBe(1);
    expect(await readFile(report, 'utf8')).toMatch(/"CONTEXT_ISOLATION_JS_CHECK","HIGH"/);
    expect(r.output).toMatch(/HIGH finding\(s\), 1 file\(s\) not parsed/);
    expect(r.output).toMatch(/ERROR\s+Error parsing .*broken\.ts/);
  });
});
