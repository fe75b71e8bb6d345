/** `run()` in-process: fast checks of the contract in docs/orgmap-format.md ("Command line"). */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SEVERITIES } from '../shared/analysis/types';
import { parseDocument } from '../shared/model';
import { ReadFailure, readTextFile } from './io';
import { MAX_FILE_BYTES } from './load';
import { VERSION } from './main';
import { ESC, expectReportShape, fixture, lines, runInProcess } from './testing';

const tmp = mkdtempSync(join(tmpdir(), 'orgmap-cli-'));

describe('orgmap analyze', () => {
  it('--json writes one JSON document in the documented shape, exit 0', async () => {
    const file = fixture('hub-and-spoke.orgmap');
    const out = await runInProcess(['analyze', file, '--json']);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { file: string; scenarios: { id: string; model: string }[] };
    expectReportShape(report);
    expect(report.file).toBe(file);
    expect(report.scenarios.map((s) => s.id)).toEqual(['current']);
    expect(report.scenarios[0]?.model).toBe('hub-and-spoke');
  });

  it('lists risks most severe first', async () => {
    const out = await runInProcess(['analyze', fixture('hub-and-spoke.orgmap'), '--json']);
    const report = JSON.parse(out.stdout) as { scenarios: { risks: { severity: string; nodes: string[] }[] }[] };
    const risks = report.scenarios[0]?.risks ?? [];
    const ranks = risks.map((r) => SEVERITIES.indexOf(r.severity as (typeof SEVERITIES)[number]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // acc-9 has no owner: the fixture is there to show an orphan.
    expect(risks.some((r) => r.nodes.includes('acc-9'))).toBe(true);
  });

  it('analyses every scenario, or only the one named by --scenario', async () => {
    const file = fixture('two-scenarios.orgmap');
    const all = JSON.parse((await runInProcess(['analyze', file, '--json'])).stdout) as { scenarios: { id: string }[] };
    expect(all.scenarios.map((s) => s.id)).toEqual(['current', 'target']);
    for (const argv of [['--scenario', 'target'], ['--scenario=target']]) {
      const out = await runInProcess(['analyze', file, '--json', ...argv]);
      expect(out.status).toBe(0);
      const one = JSON.parse(out.stdout) as { scenarios: { id: string; name: string }[] };
      expect(one.scenarios.map((s) => [s.id, s.name])).toEqual([['target', 'Target']]);
    }
  });

  it('refuses an unknown scenario id with exit 2 and one line naming the ids there are', async () => {
    const out = await runInProcess(['analyze', fixture('two-scenarios.orgmap'), '--scenario', 'nope']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toContain('no scenario "nope"');
    expect(out.stderr).toContain('current, target');
  });

  it('prints text by default: model, confidence, five scores, reasons, risks by severity, no colour off a terminal', async () => {
    const out = await runInProcess(['analyze', fixture('hub-and-spoke.orgmap')]);
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain(ESC);
    expect(out.stdout).toMatch(/Scenario Current \(current\)/);
    expect(out.stdout).toMatch(/Model: .+, \d+% confidence/);
    expect(out.stdout).toMatch(/Scores:\n(\s{4}.+\s\d+%\n){5}/);
    expect(out.stdout).toMatch(/Risks: \d+ high, \d+ medium, \d+ low/);
    expect(out.stdout).toContain('advice:');
    expect(out.stdout).toContain('acc-9');
  });

  it('colours only a terminal, and never when NO_COLOR is set', async () => {
    const file = fixture('hub-and-spoke.orgmap');
    let tty = '';
    await runInProcess(['analyze', file], { stdout: { write: (s: string) => (tty += s), isTTY: true } });
    expect(tty).toContain(`${ESC}[`);
    let noColor = '';
    await runInProcess(['analyze', file], { stdout: { write: (s: string) => (noColor += s), isTTY: true }, env: { NO_COLOR: '1' } });
    expect(noColor).not.toContain(ESC);
  });

  it('keeps escape sequences in labels away from the terminal', async () => {
    const out = await runInProcess(['analyze', fixture('escape-label.orgmap')]);
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain(ESC);
    const json = await runInProcess(['analyze', fixture('escape-label.orgmap'), '--json']);
    expect(json.stdout).not.toContain(ESC); // JSON escapes it as \u001b
    expect(JSON.parse(json.stdout)).toBeTruthy();
  });
});

describe('orgmap validate', () => {
  it('prints ok for a valid file', async () => {
    expect(await runInProcess(['validate', fixture('hub-and-spoke.orgmap')])).toEqual({ status: 0, stdout: 'ok\n', stderr: '' });
  });

  it.each(['invalid-edge-target.orgmap', 'version-2.orgmap', 'not-json.orgmap'])('refuses %s with the reader’s message, one line, exit 2', async (name) => {
    const file = fixture(name);
    const expected = parseDocument(readFileSync(file, 'utf8'), file);
    if (expected.ok) throw new Error(`${name} should be refused`);
    for (const command of ['validate', 'analyze']) {
      const out = await runInProcess([command, file]);
      expect(out).toEqual({ status: 2, stdout: '', stderr: `${expected.error.message}\n` });
    }
  });

  it('names the place of an invalid edge target', async () => {
    const out = await runInProcess(['validate', fixture('invalid-edge-target.orgmap')]);
    expect(out.stderr).toContain('scenarios[0].edges[3].target');
    expect(out.stderr).toContain('bu-x');
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['a missing file', join(tmp, 'missing.orgmap'), 'no such file'],
    ['a directory', tmp, 'it is a directory'],
  ])('%s: exit 2, one line', async (_what, path, words) => {
    const out = await runInProcess(['validate', path]);
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual([`${path}: cannot read the file: ${words}`]);
  });

  it('refuses text that is not UTF-8', async () => {
    const path = join(tmp, 'latin1.orgmap');
    writeFileSync(path, Buffer.from([0x7b, 0xe9, 0x7d]));
    const out = await runInProcess(['validate', path]);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe(`${path}: cannot read the file: it is not UTF-8 text\n`);
  });

  it('refuses a file over the limit from its size, without reading it', async () => {
    const path = join(tmp, 'huge.orgmap');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1); // sparse: costs no disk
    await expect(readTextFile(path, 'map')).rejects.toMatchObject({ kind: 'too-large' });
    const out = await runInProcess(['analyze', path, '--json']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toMatch(/: the file is too large: [\d,]+ bytes, so more than [\d,]+ characters; the limit is [\d,]+ characters/);
  });

  it('passes the byte limit to the reader', async () => {
    const readFile = vi.fn(async () => {
      throw new ReadFailure('too-large', 'too large');
    });
    const out = await runInProcess(['validate', 'x.orgmap'], { readFile });
    expect(readFile).toHaveBeenCalledWith('x.orgmap', 'map');
    expect(out.status).toBe(2);
  });
});

describe('arguments, help, version, faults', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['analyze']],
    [['analyze', 'a', 'b']],
    [['analyze', 'a', '--nope']],
    [['analyze', 'a', '--scenario']],
    [['validate', 'a', '--json']],
    [['--nope']],
    [['help', 'nope']],
  ])('%j: exit 2 with one line on stderr', async (argv) => {
    const out = await runInProcess(argv);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toMatch(/^orgmap: .*(usage: orgmap|see "orgmap --help")/);
  });

  it('--help and help list the commands; help COMMAND and COMMAND --help show its usage', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const out = await runInProcess(argv);
      expect(out.status).toBe(0);
      expect(out.stdout).toContain('orgmap analyze FILE [--scenario ID] [--json]');
      expect(out.stdout).toContain('orgmap validate FILE');
    }
    for (const argv of [['help', 'analyze'], ['analyze', '--help']]) {
      const out = await runInProcess(argv);
      expect(out.status).toBe(0);
      expect(out.stdout).toContain('Usage: orgmap analyze FILE [--scenario ID] [--json]');
      expect(out.stdout).toContain('--scenario ID');
    }
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(await runInProcess(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('an unexpected error is an internal fault: exit 1, one line', async () => {
    const out = await runInProcess(['analyze', 'x.orgmap'], {
      readFile: async () => {
        throw new TypeError('boom\nat somewhere');
      },
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toBe('orgmap: internal error: boom at somewhere\n');
  });
});
