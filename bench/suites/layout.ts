/**
 * The automatic layout (`shared/layout`, elkjs) on generated maps: a 2,000-node scenario must be
 * laid out in under 2 s (issue: spreadsheet import), graph building + ELK + mapping back, ELK run
 * in this thread (the app runs the same graph in a web worker). Also a count of overlapping boxes
 * (canvas node sizes), so a fast but wrong layout cannot pass, and whether ELK's answer had to be
 * replaced by the grid fallback.
 */
import { canvasNodeSize, layoutNodes, overlapping, type Size } from '../../shared/layout';
import { MAX_OBSTACLES_BIG, ROUTE_ALL_UP_TO } from '../../shared/layout/scene';
import { BoxIndex, laneOf, routeEdge } from '../../shared/layout/route';
import { elkInThread } from '../../shared/layout/run';
import type { NodeId, Scenario } from '../../shared/model/types';
import { generateScenario } from '../generate';
import { median, p95, round } from '../stats';
import type { Measurement, Suite } from '../types';

const TARGET_MS: Readonly<Record<number, number>> = { 2_000: 2_000 };

/** Overlapping pairs, counted by removing one box of each pair found until none is left. */
function overlaps(scenario: Scenario, positions: Parameters<typeof overlapping>[0]): number {
  const hubs = new Set<NodeId>(scenario.edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  const sizes = new Map<NodeId, Size>(scenario.nodes.map((n) => [n.id, canvasNodeSize(n, hubs.has(n.id))]));
  const left = new Map(positions);
  let count = 0;
  for (let pair = overlapping(left, sizes); pair !== null; pair = overlapping(left, sizes)) {
    count += 1;
    left.delete(pair[1]);
  }
  return count;
}

/**
 * Every relation routed around the boxes as an export routes it (after the layout, layout box
 * sizes; on maps over ROUTE_ALL_UP_TO nodes with the export's smaller search window): the number
 * of routes that found no way clear of other boxes and fell back to the plain elbow.
 */
function routeAll(scenario: Scenario, positions: ReadonlyMap<NodeId, { x: number; y: number }>): number {
  const hubs = new Set<NodeId>(scenario.edges.filter((e) => e.kind === 'coordinates').map((e) => e.source));
  const index = new BoxIndex();
  for (const n of scenario.nodes) {
    const p = positions.get(n.id) ?? n.position;
    index.set(n.id, { x: p.x, y: p.y, ...canvasNodeSize(n, hubs.has(n.id)) });
  }
  const big = scenario.nodes.length > ROUTE_ALL_UP_TO;
  let blocked = 0;
  for (const e of scenario.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (!s || !t) continue;
    if (!routeEdge(index, { id: e.source, box: s }, { id: e.target, box: t }, { lane: laneOf(e.kind), ...(big ? { maxObstacles: MAX_OBSTACLES_BIG } : {}) }).clear) blocked += 1;
  }
  return blocked;
}

/**
 * Wall time of each awaited call (ELK answers through a promise even in this thread), and the
 * process CPU time, which on a machine busy with other work says more than the wall time.
 */
async function sampleAsync(fn: () => Promise<unknown>, warmup: number, runs: number): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

export const layoutSuite: Suite = {
  name: 'layout',
  description: 'layoutNodes with elkjs (hubs on top, spokes, account blocks) on generated maps of 2,000 and 5,000 nodes, then every relation routed around the boxes',
  async run({ quick, log }) {
    const measurements: Measurement[] = [];
    for (const nodes of [2_000, 5_000]) {
      const scenario = generateScenario('current', 'Current', { nodes, seed: 7 });
      const label = `${nodes.toLocaleString('en')} nodes`;
      const { wall: samples, cpu } = await sampleAsync(() => layoutNodes(scenario.nodes, scenario.edges, elkInThread), 1, quick ? 2 : 7);
      const result = await layoutNodes(scenario.nodes, scenario.edges, elkInThread);
      const target = TARGET_MS[nodes];
      measurements.push(
        { subject: label, metric: 'median', value: round(median(samples)), unit: 'ms', ...(target !== undefined ? { target } : {}) },
        { subject: label, metric: 'p95', value: round(p95(samples)), unit: 'ms' },
        { subject: label, metric: 'CPU median', value: round(median(cpu)), unit: 'ms' },
        { subject: label, metric: 'overlapping pairs', value: overlaps(scenario, result.positions), unit: 'pairs', target: 1 },
        { subject: label, metric: 'grid fallback', value: result.fallback ? 1 : 0, unit: 'count', target: 1 },
        { subject: label, metric: 'width', value: result.width, unit: 'px' },
      );
      // Routing every relation after the layout (what Tidy Up and an export then draw).
      let blocked = 0;
      const { wall: routing } = await sampleAsync(async () => void (blocked = routeAll(scenario, result.positions)), 1, quick ? 2 : 5);
      measurements.push(
        { subject: label, metric: 'route all relations, median', value: round(median(routing)), unit: 'ms', ...(target !== undefined ? { target } : {}) },
        { subject: label, metric: 'routes not clear of boxes', value: blocked, unit: 'count' },
      );
      log(`layout: ${label}: routing ${scenario.edges.length} relations median ${round(median(routing))} ms, ${blocked} not clear of boxes`);
      log(`layout: ${label}: median ${round(median(samples))} ms (CPU ${round(median(cpu))} ms), ${result.width} × ${result.height} px${result.fallback ? ' (grid fallback)' : ''}`);
    }
    return { measurements };
  },
};
