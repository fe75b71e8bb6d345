import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL } from '../export/labels';
import { PLATFORMS } from '../model/types';
import { en, nl } from './index';
import { WORDS } from './words';

describe('words: kinds, platforms and relations named once per language', () => {
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
});
