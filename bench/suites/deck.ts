/**
 * The board deck of a 1,000-node map (issue 13): Current and Target of 1,000 nodes each, the whole
 * deck (title, maps split per hub, risk tables, changes, path, summary) to PDF and to PPTX, each in
 * under 5 s. Times the Node exporters `orgmap export` uses; the deck model and its layout are the
 * shared code the app runs too.
 */
import { renderPdf, renderPptx } from '../../cli/export/formats';
import { deckFor, EXPORT_LABELS_EN } from '../../shared/export';
import { en } from '../../shared/i18n';
import { generateDocument } from '../generate';
import { median, round } from '../stats';
import type { Measurement, Suite } from '../types';

const TARGET_MS = 5_000;

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const deckSuite: Suite = {
  name: 'deck',
  description: 'the board deck of a 1,000-node map (Current → Target, 1,000 nodes each, summary) to PDF and PPTX',
  async run({ quick, log }) {
    const document = generateDocument({ nodes: 1_000, seed: 13, scenarios: 2 });
    const options = {
      document,
      scenarios: document.scenarios,
      svg: { background: 'white' as const, labels: EXPORT_LABELS_EN },
      caption: { date: '2026-01-01' },
      summary: true,
      catalog: en,
      createdAt: new Date('2026-01-01T00:00:00Z'),
    };
    const slides = deckFor(options).slides.length;
    const runs = quick ? 1 : 3;
    const measurements: Measurement[] = [];
    const samplesMs: Record<string, number[]> = {};
    const bytes: Record<string, number> = {};
    for (const [format, run] of [
      ['pdf', async () => (await renderPdf(options)).length],
      ['pptx', async () => (await renderPptx(options)).length],
    ] as const) {
      log(`deck: ${format} (2 × 1,000 nodes, ${slides} slides)`);
      bytes[format] = await run(); // warm-up: loads the library and the font
      const samples = await time(runs, run);
      samplesMs[format] = samples.map(round);
      measurements.push({ subject: `${format} deck, 1,000-node map`, metric: 'median', value: round(median(samples)), unit: 'ms', target: TARGET_MS });
    }
    return { measurements, details: { runs, slides, samplesMs, bytes, nodes: document.scenarios.map((s) => s.nodes.length) } };
  },
};
