/**
 * `orgmap compare`: the real command in a child process (text, --json, errors), and a few
 * in-process checks of the defaults. The contract: docs/cli.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESC, fixture, lines, orgmap, runInProcess } from './testing';
import type { CompareReport } from './commands/compare';

const file = fixture('current-target.orgmap');
const tmp = mkdtempSync(join(tmpdir(), 'orgmap-compare-'));

describe('orgmap compare (spawned)', () => {
  it('prints the summary and the numbered checklist', async () => {
    const out = await orgmap('compare', file, '--from', 'current', '--to', 'target');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain(ESC);
    expect(out.stdout).toContain('Compare Current (current) → Target (target)');
    expect(out.stdout).toContain('Model:       Decentralized → Hub and Spoke');
    expect(out.stdout).toMatch(/Confidence: {2}\d+% → \d+%/);
    expect(out.stdout).toContain('Accounts:    7 → 6');
    expect(out.stdout).toContain('Hubs:        0 → 1');
    expect(out.stdout).toContain('Risks resolved (1):');
    expect(out.stdout).toContain('orphan-account: Nobody is responsible for Acme Insta (Instagram). [acc-ig]');
    // The target's hub records no practices (an old file): only the gentle prompt (issue 18).
    expect(out.stdout).toContain('Risks introduced (1):');
    expect(out.stdout).toContain('Low practices-unrecorded');
    expect(out.stdout).toContain('Goals:       Branding, Customer service');
    expect(out.stdout).toContain('Hub and Spoke fits the goals: Branding, Customer service.');
    const path = out.stdout.slice(out.stdout.indexOf('Path:\n'));
    expect(lines(path)).toEqual([
      'Path:',
      '  1. Form a social media team, Social Media Team, with people from Customer Service and Marketing.',
      '  2. Put the account of Customer Service (Acme Care) under the guidelines of Social Media Team.',
      '  3. Put the account of HR (Acme Jobs) under the guidelines of Social Media Team.',
      '  4. Put the 2 accounts of Marketing (Acme on Facebook and Acme on X) under the guidelines of Social Media Team.',
      '  5. Put the account of Sales (Acme Sales) under the guidelines of Social Media Team.',
      '  6. Adopt the orphan Instagram account Acme Insta: hand it to Marketing.',
      '  7. Close Acme Deals (X), run by Sales until now.',
    ]);
  });

  it('--json: one JSON document with ids, both models, risks, counts, goals and the steps', async () => {
    const out = await orgmap('compare', file, '--json');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as CompareReport;
    expect(Object.keys(report)).toEqual(['file', 'from', 'to', 'nodes', 'edges', 'risks', 'goals', 'practices', 'steps']);
    expect(report.practices).toEqual({ added: [], completed: [], dropped: [] });
    expect(report.from).toEqual({ id: 'current', name: 'Current', model: 'decentralized', confidence: expect.any(Number), tentative: false, accounts: 7, hubs: 0 });
    expect(report.to).toMatchObject({ id: 'target', model: 'hub-and-spoke', accounts: 6, hubs: 1 });
    expect(report.nodes).toEqual({ added: ['smt'], removed: ['acc-sales-x'], changed: [] });
    expect(report.edges.added.length).toBe(7);
    expect(report.edges.removed.length).toBe(1);
    expect(report.risks.resolved).toEqual([{ code: 'orphan-account', severity: 'high', nodes: ['acc-ig'], message: 'Nobody is responsible for Acme Insta (Instagram).' }]);
    expect(report.risks.introduced.map((r) => r.code)).toEqual(['practices-unrecorded']);
    expect(report.goals).toMatchObject({ goals: ['branding', 'customer-service'], fits: true, warnings: [] });
    expect(report.steps).toHaveLength(7);
    expect(report.steps[0]).toBe('Form a social media team, Social Media Team, with people from Customer Service and Marketing.');
  });

  it('an unchanged pair: nothing to do', async () => {
    const out = await orgmap('compare', file, '--from', 'current', '--to', 'draft');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Model:       Decentralized (unchanged)');
    expect(out.stdout).toContain('Path:\n  Nothing to do: the two scenarios are the same.\n');
    const json = JSON.parse((await orgmap('compare', file, '--from', 'current', '--to', 'draft', '--json')).stdout) as CompareReport;
    expect(json.steps).toEqual([]);
    expect(json.nodes).toEqual({ added: [], removed: [], changed: [] });
  });

  it.each([
    ['unknown --to', ['compare', file, '--to', 'nope'], /no scenario "nope" for --to \(the file has: current, target, draft\)/],
    ['unknown --from', ['compare', file, '--from', 'nope', '--json'], /no scenario "nope" for --from/],
    ['--from without a value', ['compare', file, '--from'], /option "--from" needs a value/],
    ['--to without a value', ['compare', file, '--to', '--json'], /option "--to" needs a value/],
    ['no file', ['compare'], /missing FILE/],
    ['refused file', ['compare', fixture('invalid-edge-target.orgmap')], /scenarios\[0\]\.edges\[3\]\.target/],
    ['missing file', ['compare', fixture('missing.orgmap')], /cannot read the file/],
  ])('%s: exit 2, nothing on stdout, one line on stderr', async (_what, args, pattern) => {
    const out = await orgmap(...args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toMatch(pattern);
  });

  it('is listed in --help', async () => {
    const help = await orgmap('--help');
    expect(help.stdout).toContain('orgmap compare FILE [--from ID] [--to ID] [--json]');
  });
});

describe('orgmap compare (in-process): defaults', () => {
  const write = (name: string, mutate: (doc: { scenarios: { id: string; name: string }[]; goals?: string[] }) => void): string => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: { id: string; name: string }[]; goals?: string[] };
    mutate(doc);
    const path = join(tmp, name);
    writeFileSync(path, JSON.stringify(doc));
    return path;
  };

  it('--from defaults to the first scenario, --to to "target"', async () => {
    const path = write('reordered.orgmap', (doc) => doc.scenarios.reverse()); // draft, target, current
    const report = JSON.parse((await runInProcess(['compare', path, '--json'])).stdout) as CompareReport;
    expect([report.from.id, report.to.id]).toEqual(['draft', 'target']);
  });

  it('without a "target", --to is the first other scenario; with one scenario, exit 2', async () => {
    const noTarget = write('no-target.orgmap', (doc) => {
      doc.scenarios = doc.scenarios.filter((s) => s.id !== 'target');
    });
    const report = JSON.parse((await runInProcess(['compare', noTarget, '--json'])).stdout) as CompareReport;
    expect([report.from.id, report.to.id]).toEqual(['current', 'draft']);
    const fromTarget = JSON.parse((await runInProcess(['compare', file, '--from', 'target', '--json'])).stdout) as CompareReport;
    expect([fromTarget.from.id, fromTarget.to.id]).toEqual(['target', 'current']);
    const single = write('single.orgmap', (doc) => {
      doc.scenarios = doc.scenarios.slice(0, 1);
    });
    const out = await runInProcess(['compare', single]);
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toContain('only one scenario (current)');
  });

  it('warns when the target does not fit the goals; no goals, no goal lines', async () => {
    const connecting = write('connecting.orgmap', (doc) => {
      doc.goals = ['connecting'];
    });
    const out = await runInProcess(['compare', connecting]);
    expect(out.stdout).toContain('! Hub and Spoke serves none of the goals (Connecting and networking); Holistic would fit them better.');
    const json = JSON.parse((await runInProcess(['compare', connecting, '--json'])).stdout) as CompareReport;
    expect(json.goals).toMatchObject({ fits: false, unserved: ['connecting'], suggested: ['holistic'] });
    const none = write('no-goals.orgmap', (doc) => {
      delete doc.goals;
    });
    expect((await runInProcess(['compare', none])).stdout).not.toContain('Goals:');
    expect((JSON.parse((await runInProcess(['compare', none, '--json'])).stdout) as CompareReport).goals).toBeNull();
  });

  it('labels from the file cannot drive the terminal', async () => {
    const hostile = write('hostile.orgmap', (doc) => {
      const target = doc.scenarios.find((s) => s.id === 'target') as unknown as { nodes: { id: string; label: string }[] };
      const team = target.nodes.find((n) => n.id === 'smt');
      if (team) team.label = `Team ${ESC}]0;pwned\u0007`;
    });
    const out = await runInProcess(['compare', hostile]);
    expect(out.status).toBe(0);
    expect(out.stdout).not.toContain(ESC);
  });
});
