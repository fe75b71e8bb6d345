import { describe, expect, it } from 'vitest';
import { DECK_WORDS } from '../deck/words';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL } from '../export/labels';
import { SEVERITIES } from '../analysis/types';
import { PLATFORMS } from '../model/types';
import { CATALOGS, en, nl } from './index';
import { WORDS } from './words';

describe('words: kinds, platforms, relations and severities named once per language', () => {
  it('both languages name every kind, platform and relation, none empty', () => {
    for (const words of Object.values(WORDS)) {
      expect(Object.keys(words.kind).sort()).toEqual(['account', 'department', 'employees', 'team', 'unit']);
      expect(Object.keys(words.relation).sort()).toEqual(['coordinates', 'member', 'owns']);
      for (const form of [words.platform.name, words.platform.inText]) {
        expect(Object.keys(form)).toEqual([...PLATFORMS]);
        for (const word of Object.values(form)) expect(word.trim()).not.toBe('');
      }
    }
  });

  it('a platform in a sentence differs from its label only for X and "other"', () => {
    for (const [language, words] of Object.entries(WORDS)) {
      const differs = PLATFORMS.filter((p) => words.platform.name[p] !== words.platform.inText[p]);
      expect(differs, language).toEqual(['x', 'other']);
    }
    expect([WORDS.en.platform.name.x, WORDS.en.platform.inText.x]).toEqual(['X (Twitter)', 'X']);
    expect([WORDS.nl.platform.name.other, WORDS.nl.platform.inText.other]).toEqual(['Ander platform', 'ander platform']);
  });

  it('the analysis catalog and the export labels take their names from it', () => {
    expect(en.platforms).toBe(WORDS.en.platform.inText);
    expect(nl.platforms).toBe(WORDS.nl.platform.inText);
    expect(EXPORT_LABELS_EN).toMatchObject({ kind: WORDS.en.kind, platform: WORDS.en.platform.name, edgeKind: WORDS.en.relation });
    expect(EXPORT_LABELS_NL.platform).toBe(WORDS.nl.platform.name);
    expect(EXPORT_LABELS_NL.edgeKind.coordinates).toBe('coördineert');
  });

  it('every severity is named, and its lower-case form is the name in lower case', () => {
    for (const words of Object.values(WORDS)) {
      expect(Object.keys(words.severity.name)).toEqual([...SEVERITIES]);
      for (const s of SEVERITIES) expect(words.severity.inText[s]).toBe(words.severity.name[s].toLowerCase());
    }
  });

  it('the kinds and relations inside sentences: the words the comparison and the import printed before', () => {
    expect(WORDS.en.kindInText.withArticle).toEqual({ department: 'a department', unit: 'a business unit', team: 'a team', account: 'an account', employees: 'an employee group' });
    expect(WORDS.nl.kindInText.withArticle).toEqual({ department: 'een afdeling', unit: 'een businessunit', team: 'een team', account: 'een account', employees: 'een medewerkersgroep' });
    expect(WORDS.en.kindInText.noun).toEqual({ department: 'department', unit: 'business unit', team: 'team', account: 'account', employees: 'employee group' });
    expect(WORDS.nl.kindInText.noun).toEqual({ department: 'afdeling', unit: 'businessunit', team: 'team', account: 'account', employees: 'medewerkersgroep' });
    expect(WORDS.en.relationInText).toEqual({ coordinates: 'coordinates', owns: 'runs', member: 'member of' });
    expect(WORDS.nl.relationInText).toEqual(WORDS.nl.relation);
    for (const words of Object.values(WORDS)) {
      // The article form is the noun after one word, in the same key order as the noun table.
      expect(Object.keys(words.kindInText.withArticle)).toEqual(Object.keys(words.kindInText.noun));
      for (const [kind, noun] of Object.entries(words.kindInText.noun)) expect(words.kindInText.withArticle[kind as keyof typeof words.kind]).toMatch(new RegExp(`^\\S+ ${noun}$`));
    }
  });

  it('the analysis catalogs, the export labels and the deck words take severities, comparison kinds and relations and import kinds from it', () => {
    for (const language of ['en', 'nl'] as const) {
      const words = WORDS[language];
      const catalog = CATALOGS[language];
      expect(catalog.severity, language).toBe(words.severity.name);
      expect(catalog.compare.kinds, language).toBe(words.kindInText.withArticle);
      expect(catalog.compare.relations, language).toBe(words.relationInText);
      expect(catalog.import.kind, language).toBe(words.kindInText.noun);
      expect(DECK_WORDS[language].severityNames, language).toBe(words.severity.name);
    }
    expect(EXPORT_LABELS_EN.severity).toBe(WORDS.en.severity.inText);
    expect(EXPORT_LABELS_NL.severity).toEqual({ high: 'hoog', medium: 'middel', low: 'laag' });
    expect(EXPORT_LABELS_NL.severity).toBe(WORDS.nl.severity.inText);
  });
});
