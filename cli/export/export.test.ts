/**
 * The Node exporters and `orgmap export`: each format parses, holds every label, and the PNGs match
 * committed references (regenerate with `npm run export:references` after a deliberate change).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../shared/deck';
import { deckFor, EXPORT_LABELS_EN, EXPORT_PALETTES, layoutScene, pngScale, renderLayoutSvg, svgFrame, type SvgOptions } from '../../shared/export';
import { subsetFont, svgCodePoints } from '../../shared/export/svg-fonts';
import { en } from '../../shared/i18n';
import { parseDocument, type OrgDocument } from '../../shared/model';
import { allElements, readSvg } from '../../test-support/export/svg-reader';
import { orgmap, repoRoot } from '../testing';
import { svgFaces } from './fonts';
import { renderPdf, renderPng, renderPptx } from './formats';
import { REFERENCE_OPTIONS, referencesDir, templateScenarios } from './references';

const work = mkdtempSync(join(tmpdir(), 'orgmap-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function load(path: string): OrgDocument {
  const r = parseDocument(readFileSync(path, 'utf8'), path);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}
const hostilePath = join(repoRoot, 'shared', 'model', 'fixtures', 'hostile.orgmap');
const hubPath = join(repoRoot, 'assets', 'templates', 'hub-and-spoke.orgmap');
const squash = (s: string) => s.replace(/\s+/g, '');

async function pdfText(data: Uint8Array): Promise<{ pages: number; text: string[]; created: string | undefined }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const text: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const meta = await pdf.getMetadata();
  const info = meta.info as { CreationDate?: string };
  return { pages: pdf.numPages, text, created: info.CreationDate };
}

async function slides(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return Promise.all(names.map(async (n) => (await zip.file(n)?.async('string')) ?? ''));
}

/** The text of a piece of slide XML: its runs joined, whitespace dropped (labels wrap into lines). */
const runText = (s: string) => squash([...s.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => xmlText(m[1] ?? '')).join(''));
const xmlText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('PNG', () => {
  it.each(templateScenarios())('$name matches its reference within a small tolerance', async ({ name, scenario }) => {
    const actual = PNG.sync.read((await renderPng(scenario, REFERENCE_OPTIONS)).png);
    const expected = PNG.sync.read(readFileSync(join(referencesDir, `${name}.png`)));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const diff = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
    expect(diff / (actual.width * actual.height)).toBeLessThan(0.001);
  });

  it('the same pixels as resvg’s own asPng() of the same render (banded encoder)', async () => {
    const scenario = load(hubPath).scenarios[0];
    if (!scenario) throw new Error('no scenario');
    for (const options of [REFERENCE_OPTIONS, { background: 'transparent', labels: EXPORT_LABELS_EN, scale: 1 } satisfies SvgOptions]) {
      // The single render, as renderPng did it before: same SVG, same font subsets, resvg's encoder.
      const layout = layoutScene(scenario, options.labels);
      const frame = svgFrame(layout, options);
      const svg = renderLayoutSvg(layout, { ...options, scale: 1 });
      const dir = mkdtempSync(join(work, 'fonts-'));
      const fontFiles = svgFaces().map((face) => {
        const file = join(dir, `Inter-${face.weight}.ttf`);
        writeFileSync(file, subsetFont(face.font, face.bytes, svgCodePoints(svg)));
        return file;
      });
      const width = Math.round(frame.width * pngScale(frame, options.scale ?? 1));
      const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' };
      const single = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: width }, font, shapeRendering: 2, textRendering: 1 }).render().asPng());
      const ours = PNG.sync.read((await renderPng(scenario, options)).png);
      expect([ours.width, ours.height]).toEqual([single.width, single.height]);
      expect(Buffer.compare(ours.data, single.data)).toBe(0);
    }
  });

  it('2× and 3× scale the image; transparent leaves the corners clear', async () => {
    const scenario = load(hubPath).scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const one = await renderPng(scenario, { background: 'white', labels: EXPORT_LABELS_EN, scale: 1 });
    const three = await renderPng(scenario, { background: 'transparent', labels: EXPORT_LABELS_EN, scale: 3 });
    expect(Math.abs(three.width - 3 * one.width)).toBeLessThanOrEqual(3);
    const png = PNG.sync.read(three.png);
    expect(png.data[3]).toBe(0);
    expect(PNG.sync.read(one.png).data[3]).toBe(255);
  });

  it('leaves nothing behind in the temporary folder (the font subsets it rasterises with)', async () => {
    const scenario = load(hubPath).scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      expect((await renderPng(scenario, REFERENCE_OPTIONS)).png.length).toBeGreaterThan(1000);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('a map a million pixels wide is drawn at a lower scale instead of failing', async () => {
    const scenario = load(hostilePath).scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const r = await renderPng(scenario, { background: 'white', labels: EXPORT_LABELS_EN, scale: 2 });
    expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(8192);
    expect(r.scale).toBeLessThan(2);
  });
});

/** Which slide of the deck is which (the deck both formats draw). */
function deckOf(doc: OrgDocument, summary = true) {
  return deckFor({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN }, summary, catalog: en });
}

describe('PDF', () => {
  it('the deck, a page a slide, every label as text on its map page, with the real creation date', async () => {
    const full = load(join(repoRoot, 'cli', 'fixtures', 'current-target.orgmap'));
    const doc = { ...full, scenarios: full.scenarios.slice(0, 2) };
    const before = Date.now();
    const pdf = await renderPdf({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN }, caption: { date: '2026-01-01' }, summary: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text, created } = await pdfText(pdf);
    const deck = deckOf(doc);
    expect(pages).toBe(deck.slides.length);
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'map', 'risks', 'map', 'risks', 'changes', 'path', 'summary']);
    for (const s of doc.scenarios) {
      const page = deck.slides.findIndex((slide) => slide.kind === 'map' && slide.scenario === s.id);
      for (const n of s.nodes) expect(squash(text[page] ?? '')).toContain(squash(n.label));
    }
    expect(text[0]).toContain('2026-01-01');
    // D:YYYYMMDDHHmmSS… — the moment it was made, not 1970.
    const stamp = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(created ?? '');
    expect(stamp).not.toBeNull();
    const [, y, mo, d, h, mi, se] = (stamp ?? []).map(Number);
    const when = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, se);
    expect(Math.abs(when - before)).toBeLessThan(36 * 3600 * 1000);
  });

  it('exports the hostile map with its labels as text', async () => {
    const doc = load(hostilePath);
    const pdf = await renderPdf({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN }, summary: true });
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(deckOf(doc).slides.length);
    const all = squash(text.join(' '));
    for (const n of doc.scenarios[0]?.nodes ?? []) {
      // Emoji are not in the embedded font; every other character is text.
      expect(all).toContain(squash(n.label).replace(/\p{Extended_Pictographic}|[\u200b-\u200f\u202a-\u202e]|\ufe0f/gu, '').slice(0, 6));
    }
  });
});

describe('PPTX', () => {
  it('the same deck: editable shapes with their labels, connectors bound to them, notes, Arial only', async () => {
    const full = load(join(repoRoot, 'cli', 'fixtures', 'current-target.orgmap'));
    const doc = { ...full, scenarios: full.scenarios.slice(0, 2) };
    expect(doc.scenarios).toHaveLength(2);
    const pptx = await renderPptx({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN } });
    const xml = await slides(pptx);
    const deck = deckOf(doc);
    expect(xml).toHaveLength(deck.slides.length);
    for (const s of doc.scenarios) {
      const i = deck.slides.findIndex((slide) => slide.kind === 'map' && slide.scenario === s.id);
      const slide = xml[i] ?? '';
      const shapes = slide.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? [];
      for (const n of s.nodes) expect(shapes.some((sp) => sp.includes(`name="node:${n.id}"`) && runText(sp).includes(squash(n.label)))).toBe(true);
      const connectors = slide.match(/<p:cxnSp>[\s\S]*?<\/p:cxnSp>/g) ?? [];
      expect(connectors).toHaveLength(s.edges.length);
      const ids = new Set([...slide.matchAll(/<p:cNvPr id="(\d+)" name="node:/g)].map((m) => m[1]));
      for (const c of connectors) {
        const st = /<a:stCxn id="(\d+)" idx="[0-3]"\/>/.exec(c)?.[1];
        const end = /<a:endCxn id="(\d+)" idx="[0-3]"\/>/.exec(c)?.[1];
        expect(ids.has(st) && ids.has(end) && st !== end).toBe(true);
        expect(c).toMatch(/prst="(bentConnector[235]|straightConnector1)"/);
      }
    }
    for (const slide of xml) {
      expect(slide).not.toContain('typeface="Inter"');
      expect(XMLValidator.validate(slide)).toBe(true);
    }
    expect(xml.some((slide) => slide.includes('typeface="Arial"'))).toBe(true);
    const zip = await JSZip.loadAsync(pptx);
    const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map(async (f) => (await zip.file(f)?.async('string')) ?? ''));
    const map = deck.slides.find((slide) => slide.kind === 'map');
    if (map?.kind !== 'map') throw new Error('no map slide');
    expect(notes.some((n) => xmlText(n).includes(map.verdict.reasons[0] ?? '∅'))).toBe(true);
  });

  it('exports the hostile map as well-formed slide XML holding the labels as text', async () => {
    const doc = load(hostilePath);
    const pptx = await renderPptx({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN } });
    const xml = await slides(pptx);
    for (const s of xml) expect(XMLValidator.validate(s)).toBe(true);
    const all = xml.map(runText).join('');
    for (const n of doc.scenarios[0]?.nodes ?? []) expect(all).toContain(squash(n.label));
    for (const s of xml) expect(s).not.toMatch(/<script|r:id="[^"]*javascript/i);
  });
});

describe('orgmap export (the real command)', () => {
  it.each(['svg', 'png', 'pdf', 'pptx'])('--format %s writes the file and exits 0', async (format) => {
    const out = join(work, `hub.${format}`);
    const r = await orgmap('export', hubPath, '--format', format, '--legend', '--caption', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const data = readFileSync(out);
    if (format === 'svg') {
      const svg = readSvg(data.toString('utf8'));
      expect(allElements(svg).filter((e) => e.attrs['data-node'] !== undefined)).toHaveLength(load(hubPath).scenarios[0]?.nodes.length ?? -1);
    }
    if (format === 'png') expect(data.subarray(1, 4).toString()).toBe('PNG');
    if (format === 'pdf') expect(data.subarray(0, 5).toString()).toBe('%PDF-');
    if (format === 'pptx') expect(data.subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--theme dark draws the canvas’ dark colours; without --theme the output is the light one, as --theme light', async () => {
    const run = async (name: string, ...extra: string[]) => {
      const out = join(work, name);
      const r = await orgmap('export', hubPath, '--format', 'svg', '--legend', ...extra, '-o', out);
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const dark = await run('dark.svg', '--theme', 'dark');
    const byDefault = await run('default.svg');
    expect(await run('light.svg', '--theme', 'light')).toBe(byDefault);
    const pageFill = (svg: string) => /<svg[^>]*>\n(?:<defs>[^\n]*<\/defs>\n)?<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"\/>/.exec(svg)?.[1];
    expect(pageFill(dark)).toBe(EXPORT_PALETTES.dark.page);
    expect(pageFill(byDefault)).toBe('#ffffff');
    expect(dark).toContain(`class="node-box"`);
    expect(dark).toMatch(new RegExp(`class="node-box"[^>]*fill="${EXPORT_PALETTES.dark.node}"`));
    expect(byDefault).toMatch(new RegExp(`class="node-box"[^>]*fill="${EXPORT_PALETTES.light.node}"`));
    expect(dark).toContain(`stroke="${EXPORT_PALETTES.dark.edgeCoordinates}"`);
    const bad = await orgmap('export', hubPath, '--format', 'svg', '--theme', 'dim', '-o', join(work, 'x.svg'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--theme must be light or dark');
  });

  it('hostile map: every format exits 0', async () => {
    for (const format of ['svg', 'png', 'pdf', 'pptx']) {
      const r = await orgmap('export', hostilePath, '--format', format, '--caption', '-o', join(work, `hostile.${format}`));
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it('--format pptx|pdf --scenario A --scenario B --summary --lang nl makes the deck the app makes: same slides, same order', async () => {
    const ctPath = join(repoRoot, 'cli', 'fixtures', 'current-target.orgmap');
    const doc = load(ctPath);
    const args = ['--scenario', 'current', '--scenario', 'target', '--summary', '--lang', 'nl'];
    const deck = buildDeck(doc, ['current', 'target'], 'nl', { date: new Date().toISOString().slice(0, 10), summary: true });
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'map', 'risks', 'map', 'risks', 'changes', 'path', 'summary']);
    const pptxOut = join(work, 'deck.pptx');
    const r = await orgmap('export', ctPath, '--format', 'pptx', ...args, '-o', pptxOut);
    expect(r.status, r.stderr).toBe(0);
    const pptx = readFileSync(pptxOut);
    const xml = await slides(pptx);
    expect(xml).toHaveLength(deck.slides.length);
    const zip = await JSZip.loadAsync(pptx);
    for (const [i, slide] of deck.slides.entries()) {
      // Each slide carries its title, and its speaker notes are the deck slide's notes.
      expect(runText(xml[i] ?? '')).toContain(squash(slide.title));
      const rels = (await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async('string')) ?? '';
      const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      const notes = notesFile ? ((await zip.file(`ppt/notesSlides/${notesFile}`)?.async('string')) ?? '') : '';
      if (slide.notes !== '') expect(runText(notes)).toContain(squash(slide.notes));
    }
    const pdfOut = join(work, 'deck.pdf');
    const p = await orgmap('export', ctPath, '--format', 'pdf', ...args, '-o', pdfOut);
    expect(p.status, p.stderr).toBe(0);
    const { pages, text } = await pdfText(readFileSync(pdfOut));
    expect(pages).toBe(deck.slides.length);
    deck.slides.forEach((slide, i) => expect(squash(text[i] ?? '')).toContain(squash(slide.title)));
    // Without --summary the deck ends on the path, as the app's deck does with the summary unticked.
    const short = await orgmap('export', ctPath, '--format', 'pptx', '--scenario', 'current', '--scenario', 'target', '-o', join(work, 'short.pptx'));
    expect(short.status, short.stderr).toBe(0);
    expect(await slides(readFileSync(join(work, 'short.pptx')))).toHaveLength(deck.slides.length - 1);
  });

  it('risk marks and compare marks are on by default; --no-risk-marks and --no-compare-marks leave them out', async () => {
    const ctPath = join(repoRoot, 'cli', 'fixtures', 'current-target.orgmap');
    const doc = load(ctPath);
    const deck = buildDeck(doc, ['current', 'target'], 'en', {});
    const changes = deck.slides.findIndex((s) => s.kind === 'changes');
    const run = async (name: string, ...extra: string[]) => {
      const out = join(work, name);
      const r = await orgmap('export', ctPath, '--format', 'pptx', '--scenario', 'current', '--scenario', 'target', ...extra, '-o', out);
      expect(r.status, r.stderr).toBe(0);
      return slides(readFileSync(out));
    };
    const badges = (x: string) => [...x.matchAll(/name="badge:/g)].length;
    const legend = (x: string) => runText(x).includes(squash('Relation added'));
    const marked = await run('marked.pptx');
    expect(marked.map(badges).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(legend(marked[changes] ?? '')).toBe(true);
    const noRisk = await run('norisk.pptx', '--no-risk-marks');
    expect(noRisk.map(badges).reduce((a, b) => a + b, 0)).toBe(0);
    expect(legend(noRisk[changes] ?? '')).toBe(true);
    const noCompare = await run('nocompare.pptx', '--no-compare-marks');
    expect(legend(noCompare[changes] ?? '')).toBe(false);
    // Without compare marks the removed nodes are not ghosted: the target as it is.
    const nodes = (x: string) => [...x.matchAll(/name="node:/g)].length;
    const target = doc.scenarios.find((s) => s.id === 'target');
    expect(nodes(noCompare[changes] ?? '')).toBe(target?.nodes.length);
    expect(nodes(marked[changes] ?? '')).toBeGreaterThan(target?.nodes.length ?? 0);
  });

  it('wrong arguments and unknown scenarios exit 2 with one line; nothing is written', async () => {
    const bad = [
      ['export', hubPath, '-o', join(work, 'x.svg')],
      ['export', hubPath, '--format', 'gif', '-o', join(work, 'x.gif')],
      ['export', hubPath, '--format', 'png', '--scale', '0', '-o', join(work, 'x.png')],
      ['export', hubPath, '--format', 'svg', '--scenario', 'nope', '-o', join(work, 'x.svg')],
      ['export', join(work, 'missing.orgmap'), '--format', 'svg'],
    ];
    for (const args of bad) {
      const r = await orgmap(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readdirSync(work).filter((f) => f.startsWith('x.'))).toEqual([]);
  });
});
