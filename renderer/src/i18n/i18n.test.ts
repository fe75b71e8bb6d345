import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/commands';
import { en as commandsEn, nl as commandsNl } from '../../../shared/i18n/commands';
import { WORDS } from '../../../shared/i18n/words';
import { en } from './en';
import { nl } from './nl';
import { pickLanguage } from './pick';

type Tree = { readonly [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function get(tree: Tree, path: string): string {
  // Keys may contain dots (cmd.edit.undo): walk greedily.
  const parts = path.split('.');
  let node: string | Tree = tree;
  let i = 0;
  while (i < parts.length && typeof node !== 'string') {
    let j = parts.length;
    while (j > i && !(parts.slice(i, j).join('.') in node)) j--;
    if (j === i) return '';
    node = (node as Tree)[parts.slice(i, j).join('.')] as string | Tree;
    i = j;
  }
  return typeof node === 'string' ? node : '';
}

describe('UI catalogs', () => {
  it('Dutch has every English key, non-empty, with the same placeholders', () => {
    const enKeys = keys(en as unknown as Tree);
    expect(keys(nl as unknown as Tree).sort()).toEqual([...enKeys].sort());
    for (const key of enKeys) {
      const nlText = get(nl as unknown as Tree, key);
      expect(nlText, key).not.toBe('');
      expect(placeholders(nlText), key).toEqual(placeholders(get(en as unknown as Tree, key)));
    }
  });

  it('every command has a label in both languages, in the shared catalog (not in ui)', () => {
    for (const c of COMMANDS) {
      expect(get(commandsEn as unknown as Tree, c.labelKey), c.id).not.toBe('');
      expect(get(commandsNl as unknown as Tree, c.labelKey), c.id).not.toBe('');
      expect(get(en as unknown as Tree, c.labelKey), c.id).toBe('');
    }
  });

  it('names kinds, platforms, relations and severities with the shared words (shared/i18n/words.ts)', () => {
    expect(en.kind).toBe(WORDS.en.kind);
    expect(nl.platform).toBe(WORDS.nl.platform.name);
    expect(nl.edgeKind).toBe(WORDS.nl.relation);
    expect(en.platform.x).toBe('X (Twitter)');
    expect(en.risks.severity).toBe(WORDS.en.severity.name);
    expect(nl.risks.severity).toBe(WORDS.nl.severity.name);
    expect(nl.risks.severity).toEqual({ high: 'Hoog', medium: 'Middel', low: 'Laag' });
  });

  it('picks Dutch for any nl tag and English otherwise', () => {
    expect(pickLanguage(['nl-NL'])).toBe('nl');
    expect(pickLanguage(['nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(['de-DE', 'nl'])).toBe('nl');
    expect(pickLanguage(['en-GB', 'nl'])).toBe('en');
    expect(pickLanguage(['fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
