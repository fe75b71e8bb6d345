import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OrgDocument, Scenario } from '../model/types';
import { analyze, MODELS, REASON_CODES, RISK_CODES, SEVERITIES, type Reason, type Risk } from '../analysis';
import { PLATFORMS } from '../model/types';
import { scenario } from '../../test-support/analysis/builders';
import { en, type Catalog } from './en';
import { nl } from './nl';
import { formatReason, formatRisk, interpolate, lookup, modelName, riskTitle, severityName } from './format';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const params = (text: string): string[] => [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] as string).sort();

const catalogs: [string, Catalog][] = [
  ['en', en],
  ['nl', nl],
];
const flatEn = flatten(en as unknown as Tree);
const flatNl = flatten(nl as unknown as Tree);

/** A key exists, plainly or in both plural forms. */
function has(flat: Map<string, string>, key: string): boolean {
  return flat.has(key) || (flat.has(`${key}_one`) && flat.has(`${key}_other`));
}

describe('catalogs', () => {
  it('en and nl have exactly the same keys', () => {
    expect([...flatNl.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it('each key uses the same {{params}} in en and nl', () => {
    for (const [key, text] of flatEn) expect({ key, params: params(flatNl.get(key) ?? '') }).toEqual({ key, params: params(text) });
  });

  it('no message is empty or left untranslated by accident', () => {
    for (const [key, text] of flatNl) {
      expect(text.trim(), key).not.toBe('');
      // Brand and model names may be the same in both languages; sentences may not.
      if (text.includes(' ') && !key.startsWith('platforms.') && !key.endsWith('.name')) expect(text, key).not.toBe(flatEn.get(key));
    }
  });

  it('has a message for every reason code the engine can emit, and message + advice + title for every risk code', () => {
    for (const [lang, flat] of [
      ['en', flatEn],
      ['nl', flatNl],
    ] as const) {
      for (const code of REASON_CODES) expect(has(flat, code), `${lang} ${code}`).toBe(true);
      for (const code of RISK_CODES) {
        for (const part of ['title', 'message', 'advice']) expect(has(flat, `risk.${code}.${part}`), `${lang} ${code}.${part}`).toBe(true);
      }
      for (const m of MODELS) {
        for (const part of ['name', 'summary', 'strengths', 'weaknesses', 'usedBy']) expect(flat.has(`models.${m}.${part}`), `${lang} ${m}.${part}`).toBe(true);
      }
      for (const s of SEVERITIES) expect(flat.has(`severity.${s}`)).toBe(true);
      for (const p of PLATFORMS) expect(flat.has(`platforms.${p}`)).toBe(true);
    }
  });

  it('keys with plural forms always come as a _one/_other pair whose text uses {{count}} only in _other', () => {
    for (const key of flatEn.keys()) {
      if (key.endsWith('_one')) expect(flatEn.has(key.replace(/_one$/, '_other'))).toBe(true);
      if (key.endsWith('_other')) {
        expect(flatEn.has(key.replace(/_other$/, '_one'))).toBe(true);
        expect(params(flatEn.get(key) ?? '')).toContain('count');
      }
    }
  });
});

describe('interpolate', () => {
  it('inserts params as plain text, once, and leaves unknown placeholders visible', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1, b: 'two' })).toBe('1 and two');
    expect(interpolate('{{a}}', { a: '{{b}}', b: 'no' })).toBe('{{b}}');
    expect(interpolate('<b>{{a}}</b>', { a: '<script>x</script>' })).toBe('<b><script>x</script></b>');
    expect(interpolate('{{missing}}', {})).toBe('{{missing}}');
    expect(interpolate('{{toString}}', {})).toBe('{{toString}}');
  });
});

describe('formatting', () => {
  it('chooses plural forms by count', () => {
    const one: Reason = { code: 'reason.others-without-accounts', params: { count: 1 }, nodes: [] };
    const many: Reason = { code: 'reason.others-without-accounts', params: { count: 4 }, nodes: [] };
    expect(formatReason(one, en)).toBe('One other department, unit or team has no account of its own.');
    expect(formatReason(many, nl)).toBe('4 andere afdelingen, units en teams hebben geen eigen account.');
  });

  it('translates model and platform params', () => {
    const mixed: Reason = { code: 'reason.mixed', params: { firstModel: 'holistic', secondModel: 'centralized', firstScore: 45, secondScore: 40 }, nodes: [] };
    expect(formatReason(mixed, nl)).toBe(
      'De kaart combineert Holistisch (45%) en Centraal (40%): de aanwijzingen voor beide liggen dicht bij elkaar.',
    );
    const orphan: Risk = { code: 'orphan-account', severity: 'high', nodes: [], params: { account: 'Old', platform: 'other', handle: '' } };
    expect(formatRisk(orphan, nl).message).toBe('Niemand is verantwoordelijk voor Old (ander platform).');
  });

  it('falls back to the code for an unknown reason, never throws', () => {
    expect(formatReason({ code: 'reason.from-the-future', params: {}, nodes: [] }, en)).toBe('reason.from-the-future');
    expect(lookup(en, 'risk.orphan-account.nope')).toBeUndefined();
    expect(lookup(en, 'models.__proto__')).toBeUndefined();
  });

  it('names models, severities and risks', () => {
    expect(modelName('hub-and-spoke', en)).toBe('Hub and Spoke');
    expect(modelName('undetermined', nl)).toBe('Nog niet te bepalen');
    expect(severityName('medium', nl)).toBe('Middel');
    expect(riskTitle({ code: 'account-sprawl' }, nl)).toBe('Wildgroei van accounts');
  });

  it('every reason and risk the engine emits on the templates and a risky map formats completely in both languages', () => {
    const scenarios: Scenario[] = MODELS.map((m) => {
      const path = fileURLToPath(new URL(`../../assets/templates/${m}.orgmap`, import.meta.url));
      return (JSON.parse(readFileSync(path, 'utf8')) as OrgDocument).scenarios[0] as Scenario;
    });
    scenarios.push(
      scenario()
        .team('t', 'Team')
        .team('t2', 'Other Team')
        .team('idle')
        .dept('d')
        .member('d', 't')
        .unit('u')
        .unit('u2')
        .dept('alone')
        .coordinates('t', 'u')
        .coordinates('t2', 'u2')
        .coordinates('u', 'u2')
        .coordinates('u2', 'u')
        .employees('e')
        .ownedAccount('e', 'p', 'linkedin')
        .dept('free')
        .ownedAccount('free', 'f1', 'x', 'Same')
        .ownedAccount('free', 'f2', 'x', 'same')
        .account('orphan', 'tiktok')
        .build(),
      scenario().build(),
      scenario().team('h').unit('x').coordinates('h', 'x').build(),
      // Practices (issue 18): hub and spoke without guidelines or account rules; holistic without board or training.
      scenario().team('h').unit('x').unit('y').coordinates('h', 'x', 'y').ownedAccount('x', 'ax').ownedAccount('y', 'ay', 'facebook').practices({ guidelines: 'no', accountRules: 'no' }).build(),
      scenario().team('h').employees('e').employees('f').coordinates('h', 'e', 'f').ownedAccount('e', 'pe', 'linkedin').ownedAccount('f', 'pf', 'linkedin').practices({ boardCommitment: 'no', training: 'no' }).build(),
    );
    const seenReasons = new Set<string>();
    const seenRisks = new Set<string>();
    for (const s of scenarios) {
      const { classification, risks } = analyze(s);
      for (const [lang, catalog] of catalogs) {
        for (const r of classification.reasons) {
          seenReasons.add(r.code);
          const text = formatReason(r, catalog);
          expect(text, `${lang} ${r.code}`).not.toMatch(/\{\{|^reason\./);
        }
        for (const r of risks) {
          seenRisks.add(r.code);
          const { message, advice } = formatRisk(r, catalog);
          expect(message, `${lang} ${r.code}`).not.toMatch(/\{\{/);
          expect(advice, `${lang} ${r.code}`).not.toMatch(/\{\{/);
          expect(advice.length).toBeGreaterThan(0);
        }
      }
    }
    expect([...seenRisks].sort()).toEqual([...RISK_CODES].sort());
    expect(seenReasons.size).toBeGreaterThan(8);
  });
});
