/**
 * Issue #15 item 1: the PowerPoint export wrote raw control characters (and U+FFFE/U+FFFF, lone
 * surrogates) into its XML, so a label "A\u0007B" or a title with \u0001 made a part that a strict
 * parser refuses. Every part must parse with a strict XML parser whatever the text.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../i18n';
import { emptyDocument, asNodeId } from '../model';
import type { OrgDocument } from '../model/types';
import { buildPptx, EXPORT_LABELS_EN, escapeXml } from '.';
import { xmlSafePresentation, xmlSafeText, xmlSafeValue } from './xmlText';
import { malformedParts, pptxDeps, pptxXmlParts } from '../../test-support/export/xml-check';

function docWith(title: string, labels: readonly string[], scenarioName = 'Current'): OrgDocument {
  const base = emptyDocument(title, scenarioName);
  const scenario = base.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  const nodes = labels.map((label, i) => ({ id: asNodeId(`n${i}`), kind: 'team' as const, label, position: { x: i * 250, y: 0 } }));
  return { ...base, scenarios: [{ ...scenario, nodes }] };
}

describe('xmlSafeText', () => {
  it('replaces what XML 1.0 cannot hold and keeps everything else, pairs included', () => {
    expect(xmlSafeText('A\u0007B\u0000\u001b\ufffe\uffff')).toBe('A\ufffdB\ufffd\ufffd\ufffd\ufffd');
    expect(xmlSafeText('x\ud800y\udc00')).toBe('x\ufffdy\ufffd');
    expect(xmlSafeText('tab\tnl\ncr\r 😀 <&> עברית')).toBe('tab\tnl\ncr\r 😀 <&> עברית');
  });
  it('is what the SVG escaper uses', () => {
    expect(escapeXml('<\u0001>')).toBe('&lt;\ufffd&gt;');
  });
  it('xmlSafeValue copies plain data deeply and leaves bytes and numbers alone', () => {
    const bytes = new Uint8Array([1, 2]);
    const out = xmlSafeValue({ a: ['\u0001', { b: '\u0002' }], n: 3, bytes });
    expect(out).toEqual({ a: ['\ufffd', { b: '\ufffd' }], n: 3, bytes });
    expect(out.bytes).toBe(bytes);
  });
  it('xmlSafePresentation cleans properties and slide method arguments, and chaining stays wrapped', () => {
    const calls: unknown[] = [];
    const slide = { addText(text: unknown) { calls.push(text); return slide; } };
    const pres = xmlSafePresentation({ title: '', addSlide: () => slide });
    pres.title = 'T\u0001';
    expect(pres.title).toBe('T\ufffd');
    pres.addSlide().addText('a\u0007').addText([{ text: 'b\u0000' }]);
    expect(calls).toEqual(['a\ufffd', [{ text: 'b\ufffd' }]]);
  });
});

describe('PowerPoint export of hostile text (#15 item 1)', () => {
  it('every part is well-formed XML with control characters in labels, title and scenario name', async () => {
    const document = docWith('Title\u0001\ufffe', ['A\u0007B', 'nul\u0000esc\u001b', 'lone\ud800', '\uffff<b>&amp;</b>'], 'Scen\u0002ario');
    const bytes = await buildPptx(pptxDeps(), { document, scenarios: document.scenarios, svg: { background: 'white', labels: EXPORT_LABELS_EN }, catalog: en });
    const parts = await pptxXmlParts(bytes);
    expect(parts.has('ppt/slides/slide1.xml')).toBe(true);
    expect(parts.has('docProps/core.xml')).toBe(true);
    expect(malformedParts(parts)).toEqual([]);
    // The deck: the title slide first, the labels on the map slide after it.
    const slide = [...parts].filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map(([, xml]) => xml).join('\n');
    expect(slide).toContain('A\ufffdB');
    expect(slide).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(parts.get('docProps/core.xml')).toContain('Title\ufffd\ufffd');
  });
});
