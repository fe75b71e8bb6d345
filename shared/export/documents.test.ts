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
import { buildPdf, buildPptx, captionFor, EXPORT_LABELS_EN, EXPORT_LABELS_NL, EXPORT_PALETTES, MAX_PNG_PIXELS, MAX_PNG_SIDE, pngScale, summarise, type PdfDocLike } from '.';

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

/** A pdfkit stand-in that records what each page gets: fills, SVGs drawn, text colours. */
function recordingPdf() {
  const pages: { fills: string[]; svgs: string[]; textColors: string[] }[] = [];
  const current = () => {
    const page = pages[pages.length - 1];
    if (!page) throw new Error('drawing before addPage');
    return page;
  };
  let ended: (() => void) | null = null;
  const doc: PdfDocLike = {
    addPage: () => pages.push({ fills: [], svgs: [], textColors: [] }),
    registerFont: () => undefined,
    font() { return this; },
    fontSize() { return this; },
    fillColor(color) { current().textColors.push(color); return this; },
    text() { return this; },
    moveDown() { return this; },
    rect(x, y, w, h) { current().fills.push(`${x},${y},${w},${h}`); return this; },
    fill(color) { const p = current(); p.fills[p.fills.length - 1] += ` ${color}`; return this; },
    // One implementation for pdfkit's three overloads: only 'end' matters here.
    on(event: string, listener: (...args: never[]) => void) { if (event === 'end') ended = listener as () => void; },
    end: () => ended?.(),
  };
  const deps = {
    createDocument: () => doc,
    svgToPdf: (_d: PdfDocLike, svg: string) => current().svgs.push(svg),
    fonts: { regular: new Uint8Array(), semibold: new Uint8Array() },
  };
  return { pages, deps };
}

describe('dark exports', () => {
  it('PDF: map pages are dark edge to edge with the dark map on them; the summary page stays light', async () => {
    const { pages, deps } = recordingPdf();
    await buildPdf(deps, { document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN, theme: 'dark' }, summary: true, catalog: en });
    expect(pages).toHaveLength(doc.scenarios.length + 1);
    for (const page of pages.slice(0, -1)) {
      expect(page.fills).toEqual([`0,0,841.89,595.28 ${EXPORT_PALETTES.dark.page}`]);
      expect(page.svgs[0]).toContain(`fill="${EXPORT_PALETTES.dark.node}"`);
    }
    const summary = pages[pages.length - 1];
    expect(summary?.fills).toEqual([]);
    expect(summary?.textColors).toContain('#0f172a');
    const light = recordingPdf();
    await buildPdf(light.deps, { document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN }, catalog: en });
    expect(light.pages.flatMap((p) => p.fills)).toEqual([]);
    expect(light.pages[0]?.svgs[0]).toContain(`fill="${EXPORT_PALETTES.light.node}"`);
  });

  it('PPTX: every slide has the dark background, nodes the dark fill and light text', async () => {
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
    for (const slide of dark) {
      expect(slide).toMatch(new RegExp(`<p:bg>.*${hex(EXPORT_PALETTES.dark.page)}.*</p:bg>`, 's'));
      expect(slide).toContain(hex(EXPORT_PALETTES.dark.text));
    }
    expect(dark[0]).toContain(`<a:srgbClr val="${hex(EXPORT_PALETTES.dark.node)}"`);
    const light = await read(await build('light'));
    for (const slide of light) expect(slide).not.toContain(hex(EXPORT_PALETTES.dark.page));
  });
});
