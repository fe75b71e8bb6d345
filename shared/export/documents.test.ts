/**
 * The shared PDF / PPTX builders with Dutch words, and the PNG size limit both rasterisers use.
 * (English output and the libraries' Node builds are covered by cli/export/export.test.ts.)
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../i18n';
import { parseDocument } from '../model';
import { buildPptx, captionFor, EXPORT_LABELS_NL, MAX_PNG_PIXELS, MAX_PNG_SIDE, pngScale, summarise } from '.';

const doc = (() => {
  const r = parseDocument(readFileSync(new URL('../../assets/templates/decentralized.orgmap', import.meta.url), 'utf8'), 'decentralized.orgmap');
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
})();

describe('pngScale', () => {
  it('keeps the scale asked for a normal map and lowers it past the side or area limit', () => {
    expect(pngScale({ width: 1000, height: 800 }, 2)).toBe(2);
    expect(pngScale({ width: 10_000, height: 100 }, 2) * 10_000).toBeCloseTo(MAX_PNG_SIDE);
    const square = pngScale({ width: 5000, height: 5000 }, 3);
    expect(square * 5000 * square * 5000).toBeLessThanOrEqual(MAX_PNG_PIXELS * 1.0001);
    expect(square * 5000).toBeLessThanOrEqual(MAX_PNG_SIDE);
  });
});

describe('Dutch exports', () => {
  it('word the model, reasons and risks with the Dutch catalog', () => {
    const scenario = doc.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const dutch = summarise(scenario, nl);
    expect(dutch.modelName).toBe('Decentraal');
    expect(captionFor(doc, scenario, '2026-01-01', nl).model).toBe('Decentraal');
    expect(dutch.reasons).not.toEqual(summarise(scenario, en).reasons);
    expect(dutch.risks.map((r) => r.severity)).toEqual([...dutch.risks.map((r) => r.severity)].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
  });

  it('the risks slide has a Dutch title and Dutch severities', async () => {
    const bytes = await buildPptx(
      { createPresentation: () => new PptxGenJS(), loadZip: (data) => JSZip.loadAsync(data) },
      { document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_NL }, catalog: nl },
    );
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort();
    const last = (await zip.file(names[names.length - 1] ?? '')?.async('string')) ?? '';
    expect(last).toContain('Risico’s');
    const scenario = doc.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const first = summarise(scenario, nl).risks[0];
    if (first) expect(last).toContain(`[${EXPORT_LABELS_NL.severity[first.severity]}]`);
    else expect(last).toContain(EXPORT_LABELS_NL.noRisks);
  });
});
