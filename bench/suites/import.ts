/**
 * Spreadsheet import in the pure core (issue 19, P4; the baseline a switch of the CSV reader is
 * measured against, docs/plans/19-restructuring.md §5): `parseCsv` alone, then `parseCsv` +
 * `importRows` (the whole table → nodes, edges, rejects and preview), on the 200-row inventory
 * fixture and on generated inventories of 2,000 and 20,000 rows written with `,`, `;` and tab.
 * Heap per file: what the parsed table holds, against the file's size. And once, at 2,000 rows,
 * the import laid out as the command line lays it out (applyImport with elkjs in this thread).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyImport, guessMapping, importRows, parseCsv, type CsvTable, type Separator } from '../../shared/import';
import { elkInThread } from '../../shared/layout/run';
import { emptyDocument } from '../../shared/model';
import { getGc, median, p95, round, sampleWithCpu } from '../stats';
import type { Measurement, Suite } from '../types';

const FIXTURE = fileURLToPath(new URL('../../shared/import/fixtures/inventory-200.csv', import.meta.url));

const SPELLINGS = ['Twitter', 'X', 'Facebook', 'FB', 'LinkedIn', 'Instagram', 'IG', 'YouTube', 'TikTok', 'Threads', 'Mastodon', 'Pinterest'];
const KINDS = ['department', 'afdeling', 'unit', 'team', 'employees', ''];

/** A quoted cell when it must be (separator, quote or line break inside), as a spreadsheet writes it. */
function cell(value: string, separator: Separator): string {
  return value.includes(separator) || /["\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A deterministic inventory of `rows` accounts: ~1 owner per 8 accounts, ~1 hub per 10 owners,
 * platform names spelled several ways, every 7th handle a profile URL, every 5th row a note with
 * the separator, a quote and a line break in it, every 50th row unusable (no platform), `\r\n` ends.
 */
export function inventoryText(rows: number, separator: Separator): string {
  const lines: string[] = [['Platform', 'Handle', 'Name', 'Owner', 'Owner type', 'Hub', 'Notes'].join(separator)];
  const owners = Math.max(1, Math.floor(rows / 8));
  for (let i = 0; i < rows; i++) {
    const owner = i % 13 === 0 ? '' : `Department ${i % owners}`;
    const hub = owner === '' ? '' : `Hub ${(i % owners) % Math.max(1, Math.floor(owners / 10))}`;
    const platform = i % 50 === 49 ? '' : (SPELLINGS[i % SPELLINGS.length] ?? 'X');
    const handle = i % 7 === 0 ? `https://www.instagram.com/account${i}` : `@account${i}`;
    const notes = i % 5 === 0 ? `Webcare 24/7, "priority" ${i};\tsee\nthe handbook` : '';
    const cells = [platform, handle, `Account ${i}`, owner, KINDS[i % KINDS.length] ?? '', hub, notes];
    lines.push(cells.map((c) => cell(c, separator)).join(separator));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function tableOf(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`the generated sheet was refused: ${parsed.error.message}`);
  return parsed.table;
}

function fullImport(text: string): number {
  const table = tableOf(text);
  return importRows(table, guessMapping(table).mapping).nodes.length;
}

/** What a parsed table holds in the heap: the median of three reads, each kept alive across full collections. */
function tableHeap(gc: () => void, text: string): number {
  const settle = () => [gc, gc].forEach((collect) => collect());
  const once = (): number => {
    settle();
    const before = process.memoryUsage().heapUsed;
    const table = tableOf(text);
    settle();
    return process.memoryUsage().heapUsed - before + (table.rows.length < 0 ? 1 : 0); // `table` is read after the collection: alive through it
  };
  return median([once(), once(), once()]);
}

const SEPARATOR_NAMES: Readonly<Record<Separator, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export const importSuite: Suite = {
  name: 'import',
  description: 'parseCsv, and parseCsv + importRows, on inventory-200.csv and generated 2,000 / 20,000-row sheets (comma, semicolon, tab); the layout of a 2,000-row import',
  async run({ quick, log }) {
    const gc = getGc();
    const measurements: Measurement[] = [];
    const inputs: { label: string; text: string; rows: number }[] = [{ label: 'inventory-200.csv', text: readFileSync(FIXTURE, 'utf8'), rows: 200 }];
    for (const rows of [2_000, 20_000]) {
      for (const separator of [',', ';', '\t'] as const) {
        inputs.push({ label: `${rows.toLocaleString('en')} rows, ${SEPARATOR_NAMES[separator]}`, text: inventoryText(rows, separator), rows });
      }
    }
    const details: unknown[] = [];
    for (const { label, text, rows } of inputs) {
      const fileBytes = Buffer.byteLength(text, 'utf8');
      const runs = quick ? 3 : rows >= 20_000 ? 15 : 30;
      const warmup = quick ? 1 : 3;
      gc();
      const parse = sampleWithCpu(() => void tableOf(text), warmup, runs, quick ? 0 : 300);
      const whole = sampleWithCpu(() => void fullImport(text), warmup, runs, quick ? 0 : 300);
      // The heap of a 20 kB table is below what a collection leaves behind: measured from 2,000 rows.
      const heap = rows >= 2_000 ? tableHeap(gc, text) : null;
      const table = tableOf(text);
      const result = importRows(table, guessMapping(table).mapping);
      measurements.push(
        { subject: label, metric: 'parseCsv median', value: round(median(parse.wall)), unit: 'ms' },
        { subject: label, metric: 'parseCsv p95', value: round(p95(parse.wall)), unit: 'ms' },
        { subject: label, metric: 'parseCsv CPU median', value: round(median(parse.cpu)), unit: 'ms' },
        { subject: label, metric: 'parseCsv + importRows median', value: round(median(whole.wall)), unit: 'ms' },
        { subject: label, metric: 'parseCsv + importRows p95', value: round(p95(whole.wall)), unit: 'ms' },
        { subject: label, metric: 'parseCsv + importRows CPU median', value: round(median(whole.cpu)), unit: 'ms' },
      );
      if (heap !== null) measurements.push({ subject: label, metric: 'heap of the table / file', value: round(heap / fileBytes), unit: '×' });
      details.push({ label, fileBytes, rows: table.rows.length, nodes: result.nodes.length, edges: result.edges.length, rejects: result.rejects.length, warnings: result.warnings.length });
      log(
        `import: ${label} (${(fileBytes / 1e6).toFixed(2)} MB): parseCsv ${round(median(parse.wall))} ms, + importRows ${round(median(whole.wall))} ms; ${result.nodes.length} nodes, ${result.rejects.length} rejects`,
      );
    }

    // The import laid out as `orgmap import` does it (a whole new scenario, elkjs in this thread).
    const sheet = inventoryText(2_000, ',');
    const base = emptyDocument('Bench', 'Current').scenarios[0];
    if (!base) throw new Error('emptyDocument() gave no scenario');
    const layoutRuns: number[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const table = tableOf(sheet);
      const result = importRows(table, guessMapping(table).mapping);
      const start = performance.now();
      await applyImport(base, result, elkInThread, { layout: 'all' });
      layoutRuns.push(performance.now() - start);
    }
    measurements.push({ subject: '2,000 rows, comma', metric: 'applyImport (layout) median', value: round(median(layoutRuns)), unit: 'ms' });
    log(`import: 2,000 rows laid out: median ${round(median(layoutRuns))} ms`);
    return { measurements, details };
  },
};
