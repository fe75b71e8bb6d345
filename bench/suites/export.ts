/**
 * Export of a 1,000-node scenario to each format (issue 6): each must finish in under 3 s. Times
 * the Node exporters the command line uses; the SVG step is the pure renderer the app shares.
 */
import { captionFor, renderPdf, renderPng, renderPptx } from '../../cli/export/formats';
import { EXPORT_LABELS_EN, renderScenarioSvg, type SvgOptions } from '../../shared/export';
import { emptyDocument } from '../../shared/model';
import { generateScenario } from '../generate';
import { median, round } from '../stats';
import type { Measurement, Suite } from '../types';

const TARGET_MS = 3_000;

async function time(runs: number, work: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const exportSuite: Suite = {
  name: 'export',
  description: 'a 1,000-node scenario exported to SVG, PNG (2×), PDF and PPTX, with legend and caption',
  async run({ quick, log }) {
    const scenario = generateScenario('current', 'Current', { nodes: 1_000, seed: 11 });
    const document = { ...emptyDocument('Bench map', 'Current'), scenarios: [scenario] };
    const date = '2026-01-01';
    const svgOptions: SvgOptions = { background: 'white', labels: EXPORT_LABELS_EN, legend: true, caption: captionFor(document, scenario, date) };
    const docOptions = { document, scenarios: [scenario], svg: { background: 'white' as const, labels: EXPORT_LABELS_EN, legend: true }, caption: { date }, summary: true };
    const runs = quick ? 1 : 3;
    const sizes: Record<string, number> = {};
    const formats: [string, () => Promise<number>][] = [
      ['svg', async () => renderScenarioSvg(scenario, svgOptions).length],
      ['png', async () => (await renderPng(scenario, { ...svgOptions, scale: 2 })).png.length],
      ['pdf', async () => (await renderPdf(docOptions)).length],
      ['pptx', async () => (await renderPptx(docOptions)).length],
    ];
    const measurements: Measurement[] = [];
    const details: Record<string, number[]> = {};
    for (const [format, run] of formats) {
      log(`export: ${format} (1,000 nodes)`);
      sizes[format] = await run(); // warm-up: loads the library and the font
      const samples = await time(runs, run);
      details[format] = samples.map(round);
      measurements.push({ subject: `${format}, 1,000 nodes`, metric: 'median', value: round(median(samples)), unit: 'ms', target: TARGET_MS });
    }
    return { measurements, details: { runs, samplesMs: details, bytes: sizes, edges: scenario.edges.length } };
  },
};
