import { describe, expect, it } from 'vitest';
import { en, nl, type Catalog } from './index';
import { lookup, riskTitle } from './format';

describe('lookup (remembered per catalog)', () => {
  it('gives each catalog its own words, the same on every call', () => {
    expect(lookup(en, 'risk.empty-hub.title')).toBe(en.risk['empty-hub'].title);
    expect(lookup(nl, 'risk.empty-hub.title')).toBe(nl.risk['empty-hub'].title);
    expect(lookup(nl, 'risk.empty-hub.title')).not.toBe(lookup(en, 'risk.empty-hub.title'));
    expect(lookup(en, 'risk.empty-hub.title')).toBe(en.risk['empty-hub'].title);
  });

  it('an absent key or a key that names a subtree stays absent when asked again', () => {
    for (let i = 0; i < 2; i++) {
      expect(lookup(en, 'risk.no-such-code.title')).toBeUndefined();
      expect(lookup(en, 'risk.empty-hub')).toBeUndefined();
    }
  });

  it('a catalog with a changed string is a new object with its own answers', () => {
    const custom: Catalog = { ...en, risk: { ...en.risk, 'empty-hub': { ...en.risk['empty-hub'], title: 'Idle <b>team</b>' } } };
    expect(riskTitle({ code: 'empty-hub' }, en)).toBe(en.risk['empty-hub'].title);
    expect(riskTitle({ code: 'empty-hub' }, custom)).toBe('Idle <b>team</b>');
    expect(riskTitle({ code: 'empty-hub' }, en)).toBe(en.risk['empty-hub'].title);
  });
});
