/**
 * Practices on the deck's pages (issue 18): the map's sidebar lists the recorded practices above the
 * risk counts, the summary has a practices column; nothing for a scenario that records none.
 */
import { describe, expect, it } from 'vitest';
import { scenario } from '../../test-support/analysis/builders';
import { buildDeck } from '../deck';
import { en, nl } from '../i18n';
import { FORMAT_NAME, FORMAT_VERSION, type OrgDocument, type Practices, type Scenario, type ScenarioId } from '../model/types';
import { composeDeck, EXPORT_LABELS_EN, EXPORT_LABELS_NL, PAGE_16_9, PAGE_A4_LANDSCAPE, type PageSize, type SlidePage } from '.';
import type { TextItem } from './deck-slides';

const hubAndSpoke = (id: string, name: string, practices?: Practices): Scenario => ({
  ...scenario()
    .team('hub', 'Social Hub').dept('mkt', 'Marketing').unit('north', 'North').unit('south', 'South')
    .coordinates('hub', 'mkt', 'north', 'south')
    .ownedAccount('mkt', 'x1', 'x', 'Brand X').ownedAccount('north', 'fb1', 'facebook', 'North FB')
    .build(),
  id: id as ScenarioId,
  name,
  ...(practices ? { practices } : {}),
});

const docOf = (...scenarios: Scenario[]): OrgDocument => ({ format: FORMAT_NAME, version: FORMAT_VERSION, title: 'Board deck', scenarios });
const textsOf = (page: SlidePage) => page.items.filter((i): i is TextItem => i.t === 'text');
const joined = (item: TextItem) => item.text.lines.map((l) => l.text).join(' ');
const find = (page: SlidePage, text: string) => textsOf(page).find((t) => joined(t) === text);

function compose(d: OrgDocument, ids: string[], lang: 'en' | 'nl', size: PageSize = PAGE_16_9): { kinds: string[]; pages: SlidePage[] } {
  const deck = buildDeck(d, ids, lang);
  return { kinds: deck.slides.map((s) => s.kind), pages: composeDeck(deck, d, size, lang === 'nl' ? EXPORT_LABELS_NL : EXPORT_LABELS_EN) };
}

describe('practices on the deck pages', () => {
  const practices: Practices = { guidelines: 'yes', accountRules: 'partly', training: 'no', crisisProcedure: 'yes', boardCommitment: 'no', knowledgeBank: 'yes' };

  it.each([
    ['en', en, 'Practices', PAGE_16_9],
    ['nl', nl, 'Werkwijze', PAGE_A4_LANDSCAPE],
  ] as const)('%s: the map’s sidebar lists every recorded practice between the reasons and the risk counts, inside the page', (lang, catalog, heading, size) => {
    const { kinds, pages } = compose(docOf(hubAndSpoke('s', 'Target', practices)), ['s'], lang, size);
    const map = pages[kinds.indexOf('map')];
    if (!map) throw new Error('no map page');
    const head = find(map, heading);
    const risks = find(map, lang === 'en' ? 'Risks' : 'Risico’s');
    expect(head).toBeDefined();
    expect(risks).toBeDefined();
    let y = head?.y ?? 0;
    for (const key of ['guidelines', 'accountRules', 'training', 'crisisProcedure', 'boardCommitment', 'knowledgeBank'] as const) {
      const value = practices[key];
      if (value === undefined) throw new Error('test data');
      const line = find(map, `${catalog.practices.names[key]}: ${catalog.practices.values[value].toLowerCase()}`);
      expect(line, key).toBeDefined();
      // In order, below the heading, above the risk counts, inside the page.
      expect(line?.y ?? 0).toBeGreaterThan(y);
      y = line?.y ?? 0;
      expect((line?.y ?? 0) + (line?.h ?? 0)).toBeLessThanOrEqual(risks?.y ?? 0);
      expect((line?.x ?? 0) + (line?.w ?? 0)).toBeLessThanOrEqual(size.width);
      for (const l of line?.text.lines ?? []) expect(l.size).toBeGreaterThanOrEqual(9);
    }
  });

  it('a scenario that records no practices has no practices block on its map or summary page', () => {
    const { kinds, pages } = compose(docOf(hubAndSpoke('s', 'Old')), ['s'], 'en');
    for (const kind of ['map', 'summary']) {
      const page = pages[kinds.indexOf(kind)];
      if (!page) throw new Error(`no ${kind} page`);
      expect(find(page, 'Practices')).toBeUndefined();
    }
  });

  it('the summary of two scenarios has a practices column with what changes; of one, what is recorded', () => {
    const two = compose(docOf(hubAndSpoke('a', 'Now', { guidelines: 'no' }), hubAndSpoke('b', 'Target', { guidelines: 'yes', boardCommitment: 'yes' })), ['a', 'b'], 'nl');
    const summary = two.pages[two.kinds.indexOf('summary')];
    if (!summary) throw new Error('no summary page');
    expect(find(summary, 'Werkwijze')).toBeDefined();
    expect(find(summary, `${nl.practices.names.guidelines}: nee → ja`)).toBeDefined();
    expect(find(summary, `${nl.practices.names.boardCommitment}: niet vastgelegd → ja`)).toBeDefined();

    const one = compose(docOf(hubAndSpoke('a', 'Now', { guidelines: 'partly' })), ['a'], 'en');
    const single = one.pages[one.kinds.indexOf('summary')];
    if (!single) throw new Error('no summary page');
    expect(find(single, 'Practices')).toBeDefined();
    expect(find(single, 'Guidelines and procedures: partly')).toBeDefined();
  });
});
