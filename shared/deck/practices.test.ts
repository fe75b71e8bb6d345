import { describe, expect, it } from 'vitest';
import { scenario } from '../../test-support/analysis/builders';
import { en, nl } from '../i18n';
import { FORMAT_NAME, FORMAT_VERSION, type OrgDocument, type Practices, type Scenario, type ScenarioId } from '../model/types';
import { buildDeck, DECK_WORDS, practicesOf, type Deck, type MapSlide, type PathSlide, type RisksSlide, type SummarySlide } from '.';

/** Practices in the deck (issue 18): on the map's verdict, in the summary, in the risk table and as path steps. */

const named = (s: Scenario, id: string, name: string, practices?: Practices): Scenario => ({ ...s, id: id as ScenarioId, name, ...(practices ? { practices } : {}) });

/** Current: departments and units running their own accounts, no hub. Target: a hub team coordinating them. */
const structureNow = () =>
  scenario()
    .dept('mkt', 'Marketing').unit('north', 'North').unit('south', 'South')
    .ownedAccount('mkt', 'x1', 'x', 'Brand X').ownedAccount('north', 'fb1', 'facebook', 'North FB').ownedAccount('south', 'li', 'linkedin', 'South LI')
    .build();
const structureTarget = () =>
  scenario()
    .team('hub', 'Social Hub').dept('mkt', 'Marketing').unit('north', 'North').unit('south', 'South')
    .coordinates('hub', 'mkt', 'north', 'south')
    .ownedAccount('mkt', 'x1', 'x', 'Brand X').ownedAccount('north', 'fb1', 'facebook', 'North FB').ownedAccount('south', 'li', 'linkedin', 'South LI')
    .build();

const docOf = (...scenarios: Scenario[]): OrgDocument => ({ format: FORMAT_NAME, version: FORMAT_VERSION, title: 'Red Cross', scenarios });

const slide = <K extends Deck['slides'][number]['kind']>(deck: Deck, kind: K) => deck.slides.filter((s) => s.kind === kind) as Extract<Deck['slides'][number], { kind: K }>[];

describe('practices on the map and summary slides', () => {
  const target = named(structureTarget(), 'target', 'Target', { knowledgeBank: 'yes', guidelines: 'partly', boardCommitment: 'no' });

  it('the map slide and the summary carry the recorded practices in the format’s order, worded in English and Dutch', () => {
    for (const [lang, catalog] of [['en', en], ['nl', nl]] as const) {
      const deck = buildDeck(docOf(target), ['target'], lang);
      const [map] = slide(deck, 'map') as MapSlide[];
      const expected = [
        { practice: 'guidelines', name: catalog.practices.names.guidelines, value: 'partly', valueName: catalog.practices.values.partly },
        { practice: 'boardCommitment', name: catalog.practices.names.boardCommitment, value: 'no', valueName: catalog.practices.values.no },
        { practice: 'knowledgeBank', name: catalog.practices.names.knowledgeBank, value: 'yes', valueName: catalog.practices.values.yes },
      ];
      expect(map?.practices).toEqual(expected);
      expect(practicesOf(target, lang)).toEqual(expected);
      const [summary] = slide(deck, 'summary') as SummarySlide[];
      expect(summary?.before.practices).toEqual(expected);
      expect(summary?.practiceChanges).toEqual([]);
      expect(summary?.headings.practices).toBe(DECK_WORDS[lang].practices);
      // The notes say them in full.
      for (const notes of [map?.notes, summary?.notes]) {
        expect(notes).toContain(`${DECK_WORDS[lang].practices}:\n• ${catalog.practices.names.guidelines}: ${catalog.practices.values.partly}`);
        expect(notes).toContain(`• ${catalog.practices.names.knowledgeBank}: ${catalog.practices.values.yes}`);
      }
    }
  });

  it('a scenario without practices (an old file) has none on its slides; the notes say none is recorded, never "no"', () => {
    const old = named(structureTarget(), 'old', 'Old');
    for (const lang of ['en', 'nl'] as const) {
      const deck = buildDeck(docOf(old), ['old'], lang);
      const [map] = slide(deck, 'map') as MapSlide[];
      expect(map?.practices).toEqual([]);
      expect(map?.notes).toContain(DECK_WORDS[lang].practicesNone);
      expect(map?.notes).not.toMatch(lang === 'en' ? /: No$/m : /: Nee$/m);
      // The only practice risk is the gentle prompt, low, for the hub.
      const risks = deck.risks.old ?? [];
      expect(risks.filter((r) => r.code.startsWith('missing-'))).toEqual([]);
      expect(risks.filter((r) => r.code === 'practices-unrecorded').map((r) => [r.severity, ...r.nodes])).toEqual([['low', 'hub']]);
    }
    expect(DECK_WORDS.nl.practicesNone).not.toBe(DECK_WORDS.en.practicesNone);
  });

  it('practice risks are numbered in the risk table, badged on the hub, with the advice in the deck’s language', () => {
    const deck = buildDeck(docOf(target), ['target'], 'nl');
    const rows = (slide(deck, 'risks') as RisksSlide[]).flatMap((s) => s.risks);
    const guidelines = rows.find((r) => r.code === 'missing-guidelines');
    expect(guidelines).toMatchObject({ severity: 'medium', severityName: 'Middel', title: nl.risk['missing-guidelines'].title, nodes: ['hub'], nodeLabels: ['Social Hub'] });
    expect(guidelines?.advice).toBe(nl.risk['missing-guidelines'].advice);
    const [map] = slide(deck, 'map') as MapSlide[];
    expect(map?.badges.hub).toContain(guidelines?.number);
  });
});

describe('practices between two scenarios: the path slides and the summary', () => {
  const now = named(structureNow(), 'current', 'Current', { guidelines: 'no', knowledgeBank: 'yes', training: 'partly' });
  const target = named(structureTarget(), 'target', 'Target', { guidelines: 'yes', accountRules: 'yes', boardCommitment: 'yes', knowledgeBank: 'no', training: 'yes' });

  it('practice steps stand in the path in their natural place, worded in English and Dutch', () => {
    for (const [lang, catalog] of [['en', en], ['nl', nl]] as const) {
      const deck = buildDeck(docOf(now, target), ['current', 'target'], lang);
      const steps = (slide(deck, 'path') as PathSlide[]).flatMap((s) => s.steps);
      const codes = steps.map((s) => s.code);
      // Board commitment first of all; the guidelines and account rules after forming the hub, before the accounts.
      expect(codes[0]).toBe('secure-board-commitment');
      expect(codes.indexOf('write-guidelines')).toBeGreaterThan(codes.indexOf('form-hub'));
      expect(codes.indexOf('set-account-rules')).toBe(codes.indexOf('write-guidelines') + 1);
      expect(codes).toContain('complete-practice');
      expect(codes[codes.length - 1]).toBe('drop-practice');
      const write = steps.find((s) => s.code === 'write-guidelines');
      expect(write).toMatchObject({ phase: 'coordination', phaseName: DECK_WORDS[lang].phases.coordination, text: catalog.compare.step['write-guidelines'], toNodes: ['hub'], labels: ['Social Hub'] });
      const first = steps[0];
      expect(first?.text).toBe(catalog.compare.step['secure-board-commitment']);
      expect(steps.find((s) => s.code === 'complete-practice')?.text).toContain(catalog.practices.names.training);
      expect(steps.find((s) => s.code === 'drop-practice')?.text).toContain(catalog.practices.names.knowledgeBank);
      // Numbered 1..n through the path pages.
      expect(steps.map((s) => s.number)).toEqual(steps.map((_, i) => i + 1));
      // The summary's next steps begin with the board's commitment.
      const [summary] = slide(deck, 'summary') as SummarySlide[];
      expect(summary?.nextSteps[0]).toBe(catalog.compare.step['secure-board-commitment']);
    }
  });

  it('the summary lists the practices added, completed and dropped, "name: from → to", in both languages', () => {
    const en_ = slide(buildDeck(docOf(now, target), ['current', 'target'], 'en'), 'summary')[0];
    expect(en_?.practiceChanges.map((p) => [p.change, p.practice, p.from, p.to])).toEqual([
      ['added', 'guidelines', 'no', 'yes'],
      ['added', 'accountRules', null, 'yes'],
      ['added', 'boardCommitment', null, 'yes'],
      ['completed', 'training', 'partly', 'yes'],
      ['dropped', 'knowledgeBank', 'yes', 'no'],
    ]);
    expect(en_?.practiceChanges.map((p) => p.text)).toEqual([
      'Guidelines and procedures: no → yes',
      'Conditions for new accounts: not recorded → yes',
      'Board commitment: not recorded → yes',
      'Training for the people who post: partly → yes',
      'Knowledge bank: yes → no',
    ]);
    expect(en_?.notes).toContain('Practices:\n• Guidelines and procedures: no → yes');
    expect(en_?.after?.practices.map((p) => p.practice)).toEqual(['guidelines', 'accountRules', 'training', 'boardCommitment', 'knowledgeBank']);
    const nl_ = slide(buildDeck(docOf(now, target), ['current', 'target'], 'nl'), 'summary')[0];
    expect(nl_?.practiceChanges.map((p) => p.text)).toEqual([
      `${nl.practices.names.guidelines}: nee → ja`,
      `${nl.practices.names.accountRules}: niet vastgelegd → ja`,
      `${nl.practices.names.boardCommitment}: niet vastgelegd → ja`,
      `${nl.practices.names.training}: deels → ja`,
      `${nl.practices.names.knowledgeBank}: ja → nee`,
    ]);
    expect(nl_?.notes).toContain('Werkwijze:\n• ');
  });

  it('old scenarios without practices: no practice steps and no practice changes in the deck', () => {
    const a = named(structureNow(), 'current', 'Current');
    const b = named(structureTarget(), 'target', 'Target');
    const deck = buildDeck(docOf(a, b), ['current', 'target'], 'en');
    const steps = (slide(deck, 'path') as PathSlide[]).flatMap((s) => s.steps.map((x) => x.code));
    expect(steps.length).toBeGreaterThan(0);
    for (const code of ['secure-board-commitment', 'write-guidelines', 'set-account-rules', 'train-people', 'complete-practice', 'drop-practice']) expect(steps).not.toContain(code);
    const [summary] = slide(deck, 'summary') as SummarySlide[];
    expect(summary?.practiceChanges).toEqual([]);
    expect(summary?.notes).not.toContain('Practices:');
  });
});
