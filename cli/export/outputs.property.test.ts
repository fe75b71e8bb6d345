/**
 * Issue #15, "property tests for every output": for arbitrary documents — every Unicode category,
 * control characters, lone surrogates, markup, right-to-left text, 1,000-character labels — the
 * SVG and every part of the PowerPoint file are well-formed XML (strict parser), the PDF parses
 * (pdf.js) and holds every label, the PNG decodes, and save → open through the one reader of text
 * gives the same document. (The rejects CSV: shared/import/csvGuard.test.ts.) Labels are at most
 * LIMITS.labelMax (200) characters in the format; the 1,000-character texts are the notes.
 *
 * Case counts: a few thousand per normal run, fewer for the slow formats (PDF, PNG, PPTX);
 * `npm run fuzz` (scripts/fuzz.mjs) runs them all with ORGMAP_FUZZ_CASES cases each (the slow
 * formats a tenth of that).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS_EN, renderScenarioSvg } from '../../shared/export';
import { malformedParts, pptxXmlParts, xmlProblem } from '../../test-support/export/xml-check';
import { fuzzRuns, fuzzTimeout } from '../../scripts/fuzzRuns';
import { decodeTextFile } from '../../shared/io/textFile';
import { emptyDocument, parseDocument, serializeDocument } from '../../shared/model';
import { asEdgeId, asNodeId } from '../../shared/model/rules';
import { cleanJson, documentArb } from '../../test-support/model/arbitraries';
import { LIMITS, type OrgDocument, type OrgNode } from '../../shared/model/types';
import { renderPdf, renderPng, renderPptx } from './formats';

const runs = fuzzRuns;
const TIMEOUT = fuzzTimeout(120_000);

/** Hostile text: any code point (lone surrogates and controls included), graphemes, markup, RTL, long. */
const hostileText = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }) },
    { weight: 2, arbitrary: fc.constantFrom('A\u0007B', 'nul\u0000', '\ud800', '\udfff', '\ufffe\uffff', '<script>alert(1)</script>', ']]><!--', '&amp;&#0;', 'مرحبا بالعالم', '\u202eevil\u202c', 'שלום <b>', '\u0000\u001b[31m') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: max - 10, maxLength: max }) },
  ).map((s) => (s.length > max ? s.slice(0, max) : s));

/** A one-scenario document with up to 6 nodes with hostile labels, a hostile title and scenario name, chained by edges. */
const hostileDocArb: fc.Arbitrary<OrgDocument> = fc
  .record({
    title: hostileText(LIMITS.titleMax),
    name: hostileText(LIMITS.scenarioNameMax),
    labels: fc.array(hostileText(Math.min(1000, LIMITS.labelMax)), { minLength: 1, maxLength: 6 }),
    notes: hostileText(1000),
  })
  .map(({ title, name, labels, notes }) => {
    const base = emptyDocument(title, name);
    const scenario = base.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const nodes: OrgNode[] = labels.map((label, i) =>
      i === 0
        ? { id: asNodeId('smt'), kind: 'team', label, notes, position: { x: 0, y: 0 } }
        : { id: asNodeId(`a${i}`), kind: 'account', label, platform: 'x', handle: label.slice(0, 20), position: { x: i * 240, y: 200 } },
    );
    const edges = nodes.slice(1).map((n, i) => ({ id: asEdgeId(`e${i}`), kind: 'owns' as const, source: asNodeId('smt'), target: n.id }));
    const doc: OrgDocument = { ...base, scenarios: [{ ...scenario, nodes, edges }] };
    return doc;
  })
  // Only documents the format accepts (the reader is the judge).
  .filter((d) => parseDocument(serializeDocument(d)).ok);

describe('every output of arbitrary documents (#15 properties)', () => {
  it('SVG is well-formed XML (strict) with and without caption, light and dark', () => {
    fc.assert(
      fc.property(hostileDocArb, fc.boolean(), fc.constantFrom('light' as const, 'dark' as const), (doc, caption, theme) => {
        const scenario = doc.scenarios[0];
        if (!scenario) return;
        const svg = renderScenarioSvg(scenario, { background: 'white', theme, labels: EXPORT_LABELS_EN, legend: true, ...(caption ? { caption: { title: doc.title, scenario: scenario.name, model: 'x', date: '2026-01-01' } } : {}) });
        expect(xmlProblem(svg)).toBeNull();
      }),
      { numRuns: runs(1500) },
    );
  }, TIMEOUT);

  it('every part of the PowerPoint file is well-formed XML (strict)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileDocArb, async (doc) => {
        const bytes = await renderPptx({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN } });
        expect(malformedParts(await pptxXmlParts(bytes))).toEqual([]);
      }),
      { numRuns: runs(120, true) },
    );
  }, TIMEOUT);

  it('the PDF parses (pdf.js), even with hostile text', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await fc.assert(
      fc.asyncProperty(hostileDocArb, async (doc) => {
        const data = await renderPdf({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN }, summary: true });
        const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
        expect(pdf.numPages).toBeGreaterThanOrEqual(1);
        await (await pdf.getPage(1)).getTextContent();
        await pdf.destroy();
      }),
      { numRuns: runs(20, true) },
    );
  }, TIMEOUT);

  it('the PDF holds every label (text the font can draw: letters, accents, markup characters, spaces)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const printable = fc.string({ unit: fc.constantFrom(...'ABCXYZabcxyz0129 <>&"\'/;=éüßñç'.split('')), minLength: 1, maxLength: 18 }).filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(printable, { minLength: 1, maxLength: 5 }), async (labels) => {
        const base = emptyDocument('Props', 'Current');
        const scenario = base.scenarios[0];
        if (!scenario) return;
        const nodes: OrgNode[] = labels.map((label, i) => ({ id: asNodeId(`n${i}`), kind: 'team', label, position: { x: i * 260, y: 0 } }));
        const doc = { ...base, scenarios: [{ ...scenario, nodes }] };
        const data = await renderPdf({ document: doc, scenarios: doc.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN } });
        const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
        // Every page: the deck opens with its title slide, the map follows.
        let text = '';
        for (let page = 1; page <= pdf.numPages; page++) {
          const content = await (await pdf.getPage(page)).getTextContent();
          text += content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '');
        }
        await pdf.destroy();
        for (const label of labels) expect(text).toContain(label.replace(/\s+/g, ''));
      }),
      { numRuns: runs(15, true) },
    );
  }, TIMEOUT);

  it('the PNG decodes to the size it says', async () => {
    await fc.assert(
      fc.asyncProperty(hostileDocArb, async (doc) => {
        const scenario = doc.scenarios[0];
        if (!scenario) return;
        const png = await renderPng(scenario, { background: 'white', labels: EXPORT_LABELS_EN, scale: 0.5 });
        const decoded = PNG.sync.read(png.png);
        expect([decoded.width, decoded.height]).toEqual([png.width, png.height]);
      }),
      { numRuns: runs(30, true) },
    );
  }, TIMEOUT);

  it('save → open through the one reader of text gives an equal document', () => {
    fc.assert(
      fc.property(fc.oneof(documentArb, hostileDocArb), (doc) => {
        const bytes = new TextEncoder().encode(serializeDocument(doc));
        const read = decodeTextFile(bytes, 'map');
        if (!read.ok) throw new Error(read.problem.code);
        const parsed = parseDocument(read.text);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const expected = cleanJson(doc);
        if (!isDeepStrictEqual(parsed.document, expected)) expect(parsed.document).toEqual(expected);
      }),
      { numRuns: runs(1500) },
    );
  }, TIMEOUT);
});
