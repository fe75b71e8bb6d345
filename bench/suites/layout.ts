/**
 * The automatic layout (`shared/layout`) on generated maps: a 2,000-node scenario must be laid
 * out in under 2 s (issue: spreadsheet import). Overlap is checked by the unit tests; here only
 * the time, plus a count of overlapping boxes so a fast but wrong layout cannot pass.
 */
import { layoutNodes } from '../../shared/layout';
import type { NodeId, Position } from '../../shared/model/types';
import { generateScenario } from '../generate';
import { median, p95, round, sample } from '../stats';
import type { Measurement, Suite } from '../types';

const TARGET_MS: Readonly<Record<number, number>> = { 2_000: 2_000 };
const BOX = { width: 180, height: 56 };

/** Overlapping pairs, by sweeping boxes sorted on x: O(n log n + overlaps). */
function overlaps(positions: ReadonlyMap<NodeId, Position>): number {
  const boxes = [...positions.values()].sort((a, b) => a.x - b.x);
  let count = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i] as Position;
    for (let j = i + 1; j < boxes.length; j += 1) {
      const b = boxes[j] as Position;
      if (b.x >= a.x + BOX.width) break;
      if (Math.abs(b.y - a.y) < BOX.height) count += 1;
    }
  }
  return count;
}

export const layoutSuite: Suite = {
  name: 'layout',
  description: 'layoutNodes (hubs on top, spokes, accounts) on generated maps of 2,000 and 20,000 nodes',
  async run({ quick, log }) {
    const measurements: Measurement[] = [];
    for (const nodes of [2_000, 20_000]) {
      const scenario = generateScenario('current', 'Current', { nodes, seed: 7 });
      const label = `${nodes.toLocaleString('en')} nodes`;
      const samples = sample(() => layoutNodes(scenario.nodes, scenario.edges), quick ? 1 : 3, quick ? 3 : 15);
      const { positions } = layoutNodes(scenario.nodes, scenario.edges);
      const target = TARGET_MS[nodes];
      measurements.push(
        { subject: label, metric: 'median', value: round(median(samples)), unit: 'ms', ...(target !== undefined ? { target } : {}) },
        { subject: label, metric: 'p95', value: round(p95(samples)), unit: 'ms' },
        { subject: label, metric: 'overlapping pairs', value: overlaps(positions), unit: 'pairs', target: 1 },
      );
      log(`layout: ${label}: median ${round(median(samples))} ms`);
    }
    return { measurements };
  },
};
