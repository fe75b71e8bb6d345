/**
 * The real command in a child process, as users and scripts run it: `node bin/orgmap.mjs …` and
 * `npx orgmap …` in the repository. Slower than main.test.ts, so only what needs a process.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../shared/analysis/types';
import { ESC, expectReportShape, fixture, lines, orgmap, repoRoot, spawnCommand } from './testing';

const templatesDir = join(repoRoot, 'assets', 'templates');
const templates = (() => {
  try {
    return readdirSync(templatesDir).filter((f) => f.endsWith('.orgmap')).sort();
  } catch {
    return [];
  }
})();

describe('node bin/orgmap.mjs', () => {
  it('analyze --json: exit 0, one JSON document in the documented shape', async () => {
    const out = await orgmap('analyze', fixture('two-scenarios.orgmap'), '--json');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { scenarios: { id: string }[] };
    expectReportShape(report);
    expect(report.scenarios.map((s) => s.id)).toEqual(['current', 'target']);
  });

  it('--scenario picks one; an unknown one exits 2 with one line', async () => {
    const one = await orgmap('analyze', fixture('two-scenarios.orgmap'), '--scenario', 'target', '--json');
    expect(one.status).toBe(0);
    expect((JSON.parse(one.stdout) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id)).toEqual(['target']);
    const unknown = await orgmap('analyze', fixture('two-scenarios.orgmap'), '--scenario', 'nope', '--json');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(lines(unknown.stderr)).toHaveLength(1);
  });

  it('human output has no colour codes when stdout is a pipe', async () => {
    const out = await orgmap('analyze', fixture('hub-and-spoke.orgmap'));
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain(ESC);
    expect(out.stdout).toMatch(/Risks: /);
  });

  it('validate prints ok', async () => {
    expect(await orgmap('validate', fixture('hub-and-spoke.orgmap'))).toEqual({ status: 0, stdout: 'ok\n', stderr: '' });
  });

  it.each([
    ['invalid edge target', ['validate', fixture('invalid-edge-target.orgmap')], /scenarios\[0\]\.edges\[3\]\.target: .*"bu-x"/],
    ['newer version', ['validate', fixture('version-2.orgmap')], /newer/],
    ['not JSON', ['analyze', fixture('not-json.orgmap'), '--json'], /not-json\.orgmap/],
    ['missing file', ['analyze', fixture('missing.orgmap')], /missing\.orgmap: cannot read the file: no such file/],
    ['no file argument', ['analyze'], /missing FILE/],
    ['unknown option', ['validate', fixture('hub-and-spoke.orgmap'), '--fast'], /unknown option "--fast"/],
    ['unknown command', ['frobnicate', 'a', 'b'], /unknown command "frobnicate"/],
  ])('%s: exit 2, nothing on stdout, one line on stderr', async (_what, args, pattern) => {
    const out = await orgmap(...args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toMatch(pattern);
  });

  it('--help and --version exit 0', async () => {
    const help = await orgmap('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('orgmap analyze FILE [--scenario ID] [--json]');
    const version = await orgmap('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe('npx orgmap (the package.json bin entry)', () => {
  it('runs analyze --json in the repository', async () => {
    const out = await spawnCommand('npx', ['--no', 'orgmap', 'analyze', fixture('hub-and-spoke.orgmap'), '--json']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expectReportShape(JSON.parse(out.stdout));
  });
});

describe('the starter templates', () => {
  it('are there', () => {
    expect(templates.length).toBeGreaterThanOrEqual(5);
  });

  it.each(templates)('%s validates and analyses', async (name) => {
    const file = join(templatesDir, name);
    expect(await orgmap('validate', file)).toEqual({ status: 0, stdout: 'ok\n', stderr: '' });
    const out = await orgmap('analyze', file, '--json');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { scenarios: { model: string }[] };
    expectReportShape(report);
    // A template named after a model (hub-and-spoke.orgmap) shows that model in its first scenario.
    const model = MODELS.find((m) => name === `${m}.orgmap`);
    if (model) expect(report.scenarios[0]?.model).toBe(model);
  });
});
