/** `orgmap import`: the real command in a child process on the 200-row inventory, and its refusals. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../shared/import';
import { parseDocument } from '../shared/model';
import { lines, orgmap, runInProcess } from './testing';

const inventory = fileURLToPath(new URL('../shared/import/fixtures/inventory-200.csv', import.meta.url));
const broken = fileURLToPath(new URL('../shared/import/fixtures/broken.csv', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'orgmap-import-'));

describe('orgmap import (spawned)', () => {
  it('imports the 200-row inventory into a valid, laid-out map, prints the summary and the analysis, writes the rejects', async () => {
    const out = join(tmp, 'northwind.orgmap');
    const rejects = join(tmp, 'rejects.csv');
    const run = await orgmap('import', inventory, '--title', 'Northwind', '--rejects', rejects, '-o', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rows read: 200');
    expect(run.stdout).toContain('Accounts: 197 (13 without an owner)');
    expect(run.stdout).toMatch(/Rejected rows: 2 \(written to .*rejects\.csv\)/);
    expect(run.stdout).toMatch(/row 187: No platform/);
    expect(run.stdout).toMatch(/row 188: No platform/);
    expect(run.stdout).toContain('Model: Multiple Hub and Spoke');
    expect(run.stdout).toContain('orphan-account');

    const read = parseDocument(readFileSync(out, 'utf8'), out);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.document.title).toBe('Northwind');
    expect(read.document.scenarios.map((s) => s.id)).toEqual(['current']);
    const positions = new Set(read.document.scenarios[0]?.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(positions.size).toBe(read.document.scenarios[0]?.nodes.length); // laid out: no two nodes on one spot

    const analysis = await orgmap('analyze', out, '--json');
    expect(analysis.status).toBe(0);
    expect((JSON.parse(analysis.stdout) as { scenarios: { model: string }[] }).scenarios[0]?.model).toBe('multiple-hub-and-spoke');

    const rejected = parseCsv(readFileSync(rejects, 'utf8'));
    if (!rejected.ok) throw new Error(rejected.error.message);
    expect(rejected.table.header.slice(-2)).toEqual(['Row', 'Reason']);
    expect(rejected.table.rows.map((r) => r.cells.at(-2))).toEqual(['187', '188']);
    // Written atomically: no temporary files left behind.
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['no -o', [inventory], /missing -o OUT\.orgmap/],
    ['missing file', [join(tmp, 'nope.csv'), '-o', join(tmp, 'x.orgmap')], /nope\.csv: cannot read the file: no such file/],
    ['unknown column in --map', [inventory, '--map', 'Kanaal=platform', '-o', join(tmp, 'x.orgmap')], /--map "Kanaal=platform": no column "Kanaal"/],
    ['unknown field in --map', [inventory, '--map', 'Owner=boss', '-o', join(tmp, 'x.orgmap')], /unknown field "boss"/],
    ['output is the input', [inventory, '-o', inventory], /is the input file/],
  ])('%s: exit 2, one line on stderr, nothing written', async (_what, args, pattern) => {
    const run = await orgmap('import', ...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
    expect(existsSync(join(tmp, 'x.orgmap'))).toBe(false);
  });
});

describe('orgmap import (in-process)', () => {
  it('--map overrides the guess: with the owner column ignored, every account is an orphan', async () => {
    const out = join(tmp, 'no-owner.orgmap');
    const run = await runInProcess(['import', broken, '--map', 'Owner=ignore', '--map', 'Owner type=ignore', '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Columns: platform ← "Platform", handle ← "Handle", hub ← "Hub"');
    expect(run.stdout).toContain('Accounts: 6 (6 without an owner)');
    expect(run.stdout).toMatch(/row 8: This row has 7 cells/);
    expect(run.stdout).toMatch(/row 13: A quote opened in row 13/);
  });

  it('refuses a CSV that is not UTF-8, an empty one, and one where no column can be the platform or handle', async () => {
    const latin1 = join(tmp, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('Platform;Eigenaar\nTwitter;Caf\xe9\n', 'latin1'));
    const empty = join(tmp, 'empty.csv');
    writeFileSync(empty, '\ufeff\r\n');
    const useless = join(tmp, 'useless.csv');
    writeFileSync(useless, 'a,b\n1,2\n');
    for (const [file, pattern] of [
      [latin1, /not UTF-8 text \(in Excel, save as "CSV UTF-8"/],
      [empty, /empty\.csv: The file is empty\.$/m],
      [useless, /no column for the platform or the handle \(columns: a, b\)/],
    ] as const) {
      const run = await runInProcess(['import', file, '-o', join(tmp, 'refused.orgmap')]);
      expect(run.status).toBe(2);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(pattern);
    }
    expect(existsSync(join(tmp, 'refused.orgmap'))).toBe(false);
  });

  it('reads a sheet without a header row from its content, and says so', async () => {
    const file = join(tmp, 'no-header.csv');
    writeFileSync(file, 'Twitter,@acme,Marketing\nFB,https://facebook.com/acme,Sales\nInsta,@acme.nl,\n');
    const run = await runInProcess(['import', file, '--map', '3=owner', '-o', join(tmp, 'no-header.orgmap')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Columns: platform ← "Column 1", handle ← "Column 2", owner ← "Column 3" (the first row looks like data');
    expect(run.stdout).toContain('Rows read: 3');
    expect(run.stdout).toContain('Accounts: 3 (1 without an owner)');
  });

  it('refuses to write into a directory', async () => {
    const run = await runInProcess(['import', broken, '-o', tmp]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write the file: it is a directory/);
  });

  it('is listed in --help', async () => {
    const run = await runInProcess(['--help']);
    expect(run.stdout).toContain('orgmap import FILE.csv [--map COLUMN=FIELD …] [--title T] [--rejects FILE.csv] -o OUT.orgmap');
  });
});
