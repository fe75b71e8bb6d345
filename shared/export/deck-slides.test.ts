/**
 * The deck's text slides as a board reads them: path chips that never cut a name, and a risk table
 * that scales to few rows.
 */
import { describe, expect, it } from 'vitest';
import { scenario } from '../../test-support/analysis/builders';
import { buildDeck } from '../deck';
import { FORMAT_NAME, FORMAT_VERSION, type OrgDocument, type Scenario, type ScenarioId } from '../model/types';
import { composeDeck, deckTextWidth, EXPORT_LABELS_EN, PAGE_16_9, PAGE_A4_LANDSCAPE, type SlidePage } from '.';
import { layoutChips, riskLook, type ShapeItem, type TextItem } from './deck-slides';

const named = (s: Scenario, id: string, name: string): Scenario => ({ ...s, id: id as ScenarioId, name });
const squash = (s: string) => s.replace(/\s+/g, '');

/** Current → target with long names, as the Red Cross example has them. */
const current = named(
  scenario()
    .team('hub', 'Social Engagement Team')
    .dept('blood', 'Biomedical Services')
    .dept('hr', 'Human Resources')
    .unit('chi', 'Chicago & Northern Illinois chapter')
    .coordinates('hub', 'chi')
    .ownedAccount('blood', 'acc-blood', 'x', 'Red Cross Blood on X')
    .ownedAccount('chi', 'acc-chi', 'x', 'Chicago & Northern Illinois on X')
    .ownedAccount('hub', 'acc-fb', 'facebook', 'American Red Cross on Facebook')
    .build(),
  'current',
  'Current',
);
const target = named(
  scenario()
    .team('hub', 'Social Engagement Team')
    .dept('blood', 'Biomedical Services')
    .dept('hr', 'People & Culture')
    .unit('chi', 'Chicago & Northern Illinois chapter')
    .coordinates('hub', 'chi', 'blood')
    .ownedAccount('blood', 'acc-blood', 'x', 'Red Cross Blood on X')
    .ownedAccount('hub', 'acc-fb', 'facebook', 'American Red Cross on Facebook')
    .ownedAccount('hub', 'acc-tt', 'tiktok', 'American Red Cross on TikTok')
    .build(),
  'target',
  'Target',
);
const doc: OrgDocument = { format: FORMAT_NAME, version: FORMAT_VERSION, title: 'Red Cross', scenarios: [current, target] };

const shapesWithText = (page: SlidePage) => page.items.filter((i): i is ShapeItem => i.t === 'shape' && i.text !== undefined && i.text.lines.length > 0);
const textOf = (s: ShapeItem) => (s.text?.lines ?? []).map((l) => l.text).join(' ');

describe('path chips', () => {
  it('are as wide as their name, wrap a long one inside their share, and never cut it', () => {
    const labels = ['Biomedical Services', 'Chicago & Northern Illinois chapter', 'American Red Cross on TikTok'];
    for (const [width, size] of [[300, 10], [200, 11.5], [120, 9]] as const) {
      const chips = layoutChips(labels, width, size);
      expect(chips).toHaveLength(labels.length);
      chips.forEach((c, i) => {
        // Every word of the name is there, in order: nothing ellipsised.
        expect(squash(c.lines.join(''))).toBe(squash(labels[i] ?? ''));
        expect(c.lines.join(' ')).not.toContain('…');
        // Each line fits its chip (with the 8 % margin for the other font), and the chip its column.
        for (const line of c.lines) expect(deckTextWidth(line, c.size, true) * 1.08).toBeLessThanOrEqual(c.w - 2 * 7 + 1e-6);
        expect(c.h).toBeGreaterThanOrEqual(c.lines.length * c.size * 1.15);
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.x + c.w).toBeLessThanOrEqual(width + 1e-6);
      });
      // No two chips overlap.
      for (let a = 0; a < chips.length; a++)
        for (let b = a + 1; b < chips.length; b++) {
          const p = chips[a];
          const q = chips[b];
          if (!p || !q) continue;
          const apart = p.x + p.w <= q.x + 1e-6 || q.x + q.w <= p.x + 1e-6 || p.y + p.h <= q.y + 1e-6 || q.y + q.h <= p.y + 1e-6;
          expect(apart).toBe(true);
        }
    }
  });

  it('a short name stays one line, as wide as its text', () => {
    const [c] = layoutChips(['HR'], 300, 10);
    expect(c?.lines).toEqual(['HR']);
    expect(c?.w).toBeCloseTo(deckTextWidth('HR', 10, true) * 1.08 + 14, 5);
  });

  it("on the path slide every chip shows its node's whole name", () => {
    const deck = buildDeck(doc, ['current', 'target'], 'en');
    for (const size of [PAGE_16_9, PAGE_A4_LANDSCAPE]) {
      const pages = composeDeck(deck, doc, size, EXPORT_LABELS_EN);
      const i = deck.slides.findIndex((s) => s.kind === 'path');
      const slide = deck.slides[i];
      const page = pages[i];
      if (!slide || slide.kind !== 'path' || !page) throw new Error('no path slide');
      const chipTexts = shapesWithText(page).map((s) => squash(textOf(s)));
      let checked = 0;
      for (const step of slide.steps)
        for (const ref of step.refs.slice(0, 3)) {
          expect(chipTexts).toContain(squash(ref.label));
          checked++;
        }
      expect(checked).toBeGreaterThan(3);
      for (const item of page.items) if (item.t !== 'line' && item.text) for (const l of item.text.lines) expect(l.text).not.toContain('…');
    }
  });
});

describe('risk table', () => {
  it('sets few rows bigger than many, never smaller', () => {
    const many = riskLook(7);
    for (const n of [1, 2, 3]) {
      const few = riskLook(n);
      expect(few.centred).toBe(true);
      for (const k of ['title', 'body', 'chip', 'badge'] as const) expect(few[k]).toBeGreaterThan(many[k]);
    }
    expect(riskLook(1).body).toBeGreaterThanOrEqual(riskLook(3).body);
    expect(many.centred).toBe(false);
  });

  it('puts a single risk big and in the middle of the slide, not in a strip along the top', () => {
    // A cross-functional hub with its chapter: one risk, its practices not recorded.
    const one = named(
      scenario()
        .team('hub', 'Social Engagement Team')
        .dept('d', 'Marketing')
        .member('d', 'hub')
        .dept('e', 'Sales')
        .member('e', 'hub')
        .unit('u', 'Chicago chapter')
        .coordinates('hub', 'u')
        .ownedAccount('u', 'a', 'x', 'Chicago on X')
        .ownedAccount('hub', 'b', 'x', 'Brand on X')
        .build(),
      'one',
      'One',
    );
    const d: OrgDocument = { ...doc, scenarios: [one] };
    const deck = buildDeck(d, ['one'], 'en');
    const i = deck.slides.findIndex((s) => s.kind === 'risks');
    const slide = deck.slides[i];
    if (!slide || slide.kind !== 'risks') throw new Error('no risks slide');
    expect(slide.risks).toHaveLength(1);
    const page = composeDeck(deck, d, PAGE_16_9, EXPORT_LABELS_EN)[i];
    if (!page) throw new Error('no page');
    const risk = slide.risks[0];
    if (!risk) throw new Error('no risk');
    const texts = page.items.filter((t): t is TextItem => t.t === 'text');
    const title = texts.find((t) => t.text.lines.some((l) => l.text === risk.title || risk.title.startsWith(l.text)));
    expect(title?.text.lines[0]?.size).toBe(riskLook(1).title);
    const advice = texts.find((t) => squash(t.text.lines.map((l) => l.text).join('')) === squash(risk.advice));
    expect(advice?.text.lines[0]?.size).toBe(riskLook(1).body);
    // The row's band is well below the header, its middle near the middle of the slide's free area.
    const band = page.items.find((s): s is ShapeItem => s.t === 'shape' && s.shape === 'rect' && s.w > page.width * 0.8 && s.h > 30);
    if (!band) throw new Error('no row band');
    const middle = band.y + band.h / 2;
    expect(middle).toBeGreaterThan(page.height * 0.35);
    expect(middle).toBeLessThan(page.height * 0.65);
  });
});

describe('summary', () => {
  it('sets short lists bigger than the compact size', () => {
    const deck = buildDeck(doc, ['current', 'target'], 'en', { summary: true });
    const i = deck.slides.findIndex((s) => s.kind === 'summary');
    const slide = deck.slides[i];
    const page = composeDeck(deck, doc, PAGE_16_9, EXPORT_LABELS_EN)[i];
    if (!slide || slide.kind !== 'summary' || !page) throw new Error('no summary slide');
    expect(slide.nextSteps.length).toBeGreaterThan(0);
    expect(slide.nextSteps.length).toBeLessThanOrEqual(3);
    const first = slide.nextSteps[0] ?? '';
    const row = page.items.find((t): t is TextItem => t.t === 'text' && first.startsWith(t.text.lines[0]?.text ?? '\u0000'));
    expect(row?.text.lines[0]?.size).toBeGreaterThan(11.5);
  });
});

describe('a full path page', () => {
  it('keeps every row above the footer, its text at 12 pt or more', () => {
    // Eight accounts closed: a page of seven steps and a second page.
    let b = scenario().team('hub', 'Social Engagement Team').dept('d', 'Marketing').member('d', 'hub');
    for (let k = 0; k < 8; k++) b = b.ownedAccount('d', `old${k}`, 'x', `Marketing campaign account number ${k + 1} on X`);
    const before = named(b.build(), 'current', 'Current');
    const after = named(scenario().team('hub', 'Social Engagement Team').dept('d', 'Marketing').member('d', 'hub').build(), 'target', 'Target');
    const d: OrgDocument = { ...doc, scenarios: [before, after] };
    const deck = buildDeck(d, ['current', 'target'], 'en');
    for (const size of [PAGE_16_9, PAGE_A4_LANDSCAPE]) {
      const pages = composeDeck(deck, d, size, EXPORT_LABELS_EN);
      let full = 0;
      deck.slides.forEach((slide, i) => {
        const page = pages[i];
        if (slide.kind !== 'path' || !page) return;
        if (slide.steps.length >= 7) full++;
        const m = Math.round(size.width * 0.036);
        const footerTop = size.height - m * 0.7 - 6;
        for (const item of page.items) {
          if (item.t === 'line' || item.y >= footerTop - 1) continue; // the footer itself
          expect(item.y + item.h, `${JSON.stringify(item).slice(0, 80)}`).toBeLessThanOrEqual(footerTop);
        }
        // The steps' own text stays readable on a full page: 12 pt or more.
        const stepLines = page.items.flatMap((item) => (item.t === 'text' ? item.text.lines.filter((l) => l.text.startsWith('Close ')) : []));
        expect(stepLines.length).toBe(slide.steps.length);
        for (const l of stepLines) expect(l.size).toBeGreaterThanOrEqual(12);
      });
      expect(full).toBeGreaterThan(0);
    }
  });
});
