/** The 200-row inventory: the committed fixture is what the generator makes, and it imports into a sensible map. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { canvasNodeSize, layoutScenario, overlapping } from '../layout';
import { elkInThread } from '../layout/run';
import { emptyDocument, parseDocument, serializeDocument, type Scenario } from '../model';
import { importRows } from './build';
import { addElements } from '../model/edits';
import { parseCsv } from './csv';
import { inventoryCsv } from '../../test-support/import/inventory';
import { guessMapping } from './mapping';

const text = readFileSync(fileURLToPath(new URL('./fixtures/inventory-200.csv', import.meta.url)), 'utf8');

describe('inventory-200.csv', () => {
  it('is exactly what fixtures/inventory.ts generates (regenerate: npx tsx -e "…inventoryCsv()…" > the file)', () => {
    expect(text).toBe(inventoryCsv());
  });

  it('imports into a valid multiple hub-and-spoke map, laid out without overlaps, with the orphans and the two unusable rows reported', async () => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const table = parsed.table;
    expect(table.rows).toHaveLength(200);
    const { mapping } = guessMapping(table);
    expect(Object.keys(mapping).sort()).toEqual(['handle', 'hub', 'label', 'notes', 'owner', 'ownerKind', 'platform']);
    const result = importRows(table, mapping);
    expect(result.stats).toMatchObject({ rows: 200, accounts: 197, mergedAccounts: 1, rejected: 2, orphans: 13, hubs: 5 });
    expect(result.rejects.map((r) => r.reason.code)).toEqual(['no-platform', 'no-platform']);
    expect(result.warnings.map((w) => w.message.code)).toEqual(['platform-typo', 'platform-other', 'duplicate-account']);
    // "MARKETING NL" in capitals is the same owner as "Marketing NL".
    expect(result.nodes.filter((n) => n.label.toLowerCase() === 'marketing nl')).toHaveLength(1);

    const doc = emptyDocument('Northwind');
    const scenario = await layoutScenario(addElements(doc.scenarios[0] as Scenario, result.nodes, result.edges), elkInThread);
    const hubs = new Set(scenario.edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
    const sizes = new Map(scenario.nodes.map((n) => [n.id, canvasNodeSize(n, hubs.has(n.id))]));
    expect(overlapping(new Map(scenario.nodes.map((n) => [n.id, n.position])), sizes)).toBeNull();
    expect(new Set(scenario.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(scenario.nodes.length);
    const read = parseDocument(serializeDocument({ ...doc, scenarios: [scenario] }));
    expect(read.ok).toBe(true);
    const { classification, risks } = analyze(scenario);
    expect(classification.model).toBe('multiple-hub-and-spoke');
    expect(classification.confidence).toBeGreaterThan(0.8);
    expect(risks.filter((r) => r.code === 'orphan-account')).toHaveLength(13);
    expect(risks.some((r) => r.code === 'severed-hub' || r.code === 'coordination-cycle')).toBe(false);
  });
});
