/**
 * The CLI on generated maps (bench/generate.ts, shared with the benchmarks): whatever the size and
 * seed, the generator's maps are valid, and the command handles the largest legal scenario.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDocument, generateMapText } from '../bench/generate';
import { parseDocument } from '../shared/model';
import { expectReportShape, orgmap, runInProcess } from './testing';

const tmp = mkdtempSync(join(tmpdir(), 'orgmap-gen-'));

describe('generated maps', () => {
  it('are valid for any size and seed, with about 1.5 edges per node', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (nodes, seed) => {
        const text = generateMapText({ nodes, seed });
        const result = parseDocument(text, 'generated.orgmap');
        if (!result.ok) throw new Error(result.error.message);
        const scenario = result.document.scenarios[0];
        expect(scenario?.nodes.length).toBe(nodes);
        if (nodes >= 100) expect(scenario?.edges.length).toBe(Math.round(nodes * 1.5));
      }),
      { numRuns: 40 },
    );
  });

  it('are the same for the same seed, and have the scenarios asked for', () => {
    expect(generateMapText({ nodes: 300, seed: 7 })).toBe(generateMapText({ nodes: 300, seed: 7 }));
    expect(generateDocument({ nodes: 50, scenarios: 3 }).scenarios.map((s) => s.id)).toEqual(['current', 'target', 'scenario-3']);
  });

  it('analyze --json in-process on a two-scenario map', async () => {
    const file = join(tmp, 'two.orgmap');
    writeFileSync(file, generateMapText({ nodes: 2_000, scenarios: 2, seed: 3 }));
    const out = await runInProcess(['analyze', file, '--json']);
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout) as { scenarios: { id: string; model: string }[] };
    expectReportShape(report);
    expect(report.scenarios.map((s) => s.id)).toEqual(['current', 'target']);
  });

  it('the real command handles the largest legal scenario (20,000 nodes, 30,000 edges)', async () => {
    const file = join(tmp, 'large.orgmap');
    writeFileSync(file, generateMapText({ nodes: 20_000, seed: 42 }));
    expect(await orgmap('validate', file)).toEqual({ status: 0, stdout: 'ok\n', stderr: '' });
    const out = await orgmap('analyze', file, '--json');
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    expectReportShape(JSON.parse(out.stdout));
  });
});
