/**
 * End to end in the pure core: `.orgmap` text → parseDocument (read + validate) → classify and
 * findRisks on every scenario. A fresh parse each iteration gives fresh scenario objects, so the
 * analysis memo (a WeakMap keyed on the scenario) never answers from cache.
 */
import { classify, findRisks } from '../../shared/analysis';
import { parseDocument } from '../../shared/model';
import type { OrgDocument } from '../../shared/model/types';
import { generateMapText } from '../generate';
import { getGc, median, p95, round, sample, sampleWithCpu } from '../stats';
import type { Measurement, Suite } from '../types';

/** Targets from the brief: time per size (median), and memory in proportion to the file. */
const TIME_TARGETS_MS: Readonly<Record<number, number>> = { 5_000: 30, 20_000: 150 };
/** A parsed document should not take more than this many times its file size in heap. */
const MAX_HEAP_TO_FILE = 4;
/** Heap per node at the largest size may grow at most this much over the smallest (linear, not worse). */
const MAX_PER_NODE_GROWTH = 1.5;

function parseOrThrow(text: string): OrgDocument {
  const result = parseDocument(text, 'bench.orgmap');
  if (!result.ok) throw new Error(`the generated map was refused: ${result.error.message}`);
  return result.document;
}

function endToEnd(text: string): void {
  const document = parseOrThrow(text);
  for (const scenario of document.scenarios) {
    classify(scenario);
    findRisks(scenario);
  }
}

interface SizeDetails {
  nodes: number;
  edges: number;
  fileBytes: number;
  model: string;
  risks: number;
  samplesMs: number[];
  cpuMs: number[];
  parseMedianMs: number;
  analyzeMedianMs: number;
  heapAfterParseBytes: number;
  heapAfterAnalysisBytes: number;
}

/** Heap growth caused by `make()`, measured between full collections; `make`'s result is kept alive. */
function heapGrowth<T>(gc: () => void, make: () => T): { bytes: number; value: T } {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc();
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  return { bytes, value };
}

export const analysisSuite: Suite = {
  name: 'analysis',
  description: 'parse + validate + classify + findRisks on generated maps of 1,000, 5,000 and 20,000 nodes',
  async run({ quick, log }) {
    const gc = getGc();
    const sizes = [1_000, 5_000, 20_000];
    const measurements: Measurement[] = [];
    const details: SizeDetails[] = [];

    for (const nodes of sizes) {
      const text = generateMapText({ nodes, seed: 42 });
      const fileBytes = Buffer.byteLength(text, 'utf8');
      const document = parseOrThrow(text);
      const scenario = document.scenarios[0];
      if (!scenario) throw new Error('the generated map has no scenario');
      const label = `${nodes.toLocaleString('en')} nodes`;
      log(`analysis: ${label}, ${scenario.edges.length.toLocaleString('en')} edges, ${(fileBytes / 1e6).toFixed(1)} MB`);

      const runs = quick ? 5 : nodes >= 20_000 ? 25 : 40;
      const warmup = quick ? 2 : 5;
      gc(); // start from a clean heap, not the previous size's garbage
      const { wall: samplesMs, cpu: cpuMs } = sampleWithCpu(() => endToEnd(text), warmup, runs, quick ? 0 : 1_000);

      // The two halves on their own, to see where the time goes.
      const parseMs = sample(() => parseOrThrow(text), 1, quick ? 3 : 10);
      const fresh = Array.from({ length: quick ? 3 : 10 }, () => parseOrThrow(text).scenarios);
      let next = 0;
      const analyzeMs = sample(
        () => {
          for (const s of fresh[next++ % fresh.length] ?? []) {
            classify(s);
            findRisks(s);
          }
        },
        0,
        fresh.length,
      );

      // Memory: median of three measurements of a parse, then of the analysis on top of it.
      const parsedHeap: number[] = [];
      const analysisHeap: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const parsed = heapGrowth(gc, () => parseOrThrow(text));
        parsedHeap.push(parsed.bytes);
        const analysed = heapGrowth(gc, () => parsed.value.scenarios.map((s) => [classify(s), findRisks(s)] as const));
        analysisHeap.push(analysed.bytes);
        if (analysed.value.length === 0 || parsed.value.scenarios.length === 0) throw new Error('unreachable');
      }
      const heapAfterParse = median(parsedHeap);

      const target = TIME_TARGETS_MS[nodes];
      measurements.push(
        { subject: label, metric: 'median', value: round(median(samplesMs)), unit: 'ms', ...(target !== undefined ? { target } : {}) },
        { subject: label, metric: 'p95', value: round(p95(samplesMs)), unit: 'ms' },
        { subject: label, metric: 'median CPU time', value: round(median(cpuMs)), unit: 'ms' },
        { subject: label, metric: 'heap after parse / file size', value: round(heapAfterParse / fileBytes), unit: '×', target: MAX_HEAP_TO_FILE },
        { subject: label, metric: 'heap after parse per node', value: Math.round(heapAfterParse / nodes), unit: 'bytes' },
        { subject: label, metric: 'analysis memo per node', value: Math.round(median(analysisHeap) / nodes), unit: 'bytes' },
      );
      const classification = classify(scenario);
      details.push({
        nodes,
        edges: scenario.edges.length,
        fileBytes,
        model: classification.model,
        risks: findRisks(scenario).length,
        samplesMs: samplesMs.map((v) => round(v, 3)),
        cpuMs: cpuMs.map((v) => round(v, 3)),
        parseMedianMs: round(median(parseMs)),
        analyzeMedianMs: round(median(analyzeMs)),
        heapAfterParseBytes: heapAfterParse,
        heapAfterAnalysisBytes: median(analysisHeap),
      });
      log(`analysis: ${label}: median ${round(median(samplesMs))} ms (parse ${round(median(parseMs))}, analysis ${round(median(analyzeMs))})`);
    }

    const first = details[0];
    const last = details[details.length - 1];
    if (first && last && first !== last) {
      const growth = last.heapAfterParseBytes / last.nodes / (first.heapAfterParseBytes / first.nodes);
      measurements.push({
        subject: `${last.nodes.toLocaleString('en')} vs ${first.nodes.toLocaleString('en')}`,
        metric: 'heap per node growth',
        value: round(growth),
        unit: '×',
        target: MAX_PER_NODE_GROWTH,
      });
    }
    return { measurements, details };
  },
};
