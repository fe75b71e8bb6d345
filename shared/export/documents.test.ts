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
import { buildPptx, captionFor, deckFor, EXPORT_LABELS_EN, EXPORT_LABELS_NL, EXPORT_PALETTES, MAX_PNG_PIXELS, MAX_PNG_SIDE, pngScale, summarise } from '.';

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

  it('the risks slide has a Dutch title and Dutch severity chips', async () => {
    const bytes = await buildPptx(
      { createPresentation: () => new PptxGenJS(), loadZip: (data) => JSZip.loadAsync(data) },
      { document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_NL }, catalog: nl },
    );
    const zip = await JSZip.loadAsync(bytes);
    const deck = deckFor({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_NL }, catalog: nl });
    const index = deck.slides.findIndex((s) => s.kind === 'risks');
    const xml = (await zip.file(`ppt/slides/slide${index + 1}.xml`)?.async('string')) ?? '';
    expect(xml).toContain('Risico’s');
    const risks = deck.slides[index];
    if (risks?.kind !== 'risks') throw new Error('no risks slide');
    const first = risks.risks[0];
    if (first) expect(xml).toContain(`<a:t>${first.severityName}</a:t>`);
    else expect(xml).toContain('Geen risico’s gevonden.');
    expect(xml).not.toMatch(/<a:t>(High|Medium|Low|Risks)<\/a:t>/);
  });
});

describe('dark exports', () => {
  it('PPTX: every slide has the dark background and light text; a light deck never the dark page colour', async () => {
    const build = (theme: 'light' | 'dark') =>
      buildPptx({ createPresentation: () => new PptxGenJS(), loadZip: (data) => JSZip.loadAsync(data) }, { document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN, theme }, catalog: en });
    const read = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      return Promise.all(names.map(async (n) => (await zip.file(n)?.async('string')) ?? ''));
    };
    const hex = (c: string) => c.slice(1).toUpperCase();
    const dark = await read(await build('dark'));
    expect(dark.length).toBeGreaterThan(1);
    for (const slide of dark) expect(slide).toMatch(new RegExp(`<p:bg>.*${hex(EXPORT_PALETTES.dark.page)}.*</p:bg>`, 's'));
    expect(dark.some((slide) => slide.includes(`<a:srgbClr val="${hex(EXPORT_PALETTES.dark.node)}"`))).toBe(true);
    expect(dark.some((slide) => slide.includes(hex(EXPORT_PALETTES.dark.text)))).toBe(true);
    const light = await read(await build('light'));
    for (const slide of light) expect(slide).not.toContain(hex(EXPORT_PALETTES.dark.page));
  });
});
