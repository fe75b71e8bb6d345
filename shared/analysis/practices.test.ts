import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model';
import type { Practices, Scenario } from '../model/types';
import { en, formatRisk, nl } from '../i18n';
import { analyze, classify, findRisks, practicesRecorded, SPRAWL_ADVICE_GUIDELINES, type Risk, type RiskCode } from './index';
import { scenario } from '../../test-support/analysis/builders';

const PRACTICE_CODES: readonly RiskCode[] = ['missing-guidelines', 'missing-account-rules', 'missing-board-commitment', 'missing-training', 'practices-unrecorded'];
const practiceRisks = (s: Scenario): Risk[] => findRisks(s).filter((r) => PRACTICE_CODES.includes(r.code));
const codes = (s: Scenario) => practiceRisks(s).map((r) => `${r.code}:${r.severity}`);

/** Hub and spoke: a cross-functional team guiding two units that run their own accounts. */
function hubAndSpoke(practices?: Practices) {
  const b = scenario()
    .dept('mkt', 'Marketing')
    .dept('cs', 'Customer Service')
    .team('smt', 'Social Media Team')
    .member('mkt', 'smt')
    .member('cs', 'smt')
    .unit('bu1', 'BU One')
    .unit('bu2', 'BU Two')
    .unit('bu3', 'BU Three')
    .coordinates('smt', 'bu1', 'bu2', 'bu3')
    .ownedAccount('bu1', 'acc1', 'facebook', 'One')
    .ownedAccount('bu2', 'acc2', 'facebook', 'Two')
    .ownedAccount('bu3', 'acc3', 'instagram', 'Three');
  return practices === undefined ? b : b.practices(practices);
}

/** Holistic: a team facilitating three employee groups who post as themselves. */
function holistic(practices?: Practices) {
  const b = scenario()
    .dept('mkt', 'Marketing')
    .dept('hr', 'HR')
    .team('smt', 'Social Team')
    .member('mkt', 'smt')
    .member('hr', 'smt')
    .employees('e1', 'Consultants')
    .employees('e2', 'Engineers')
    .employees('e3', 'Recruiters')
    .coordinates('smt', 'e1', 'e2', 'e3')
    .ownedAccount('e1', 'p1', 'linkedin', 'Consultant profiles')
    .ownedAccount('e2', 'p2', 'x', 'Engineer profiles')
    .ownedAccount('e3', 'p3', 'linkedin', 'Recruiter profiles');
  return practices === undefined ? b : b.practices(practices);
}

/** No hub: every unit runs its own accounts. */
function decentralized(practices?: Practices) {
  const b = scenario().unit('u1', 'Sales').unit('u2', 'Support').ownedAccount('u1', 'a1', 'x', 'Sales on X').ownedAccount('u2', 'a2', 'facebook', 'Support');
  return practices === undefined ? b : b.practices(practices);
}

describe('practices never change the model', () => {
  it('classification is the same with any practices, or none', () => {
    for (const make of [hubAndSpoke, holistic, decentralized]) {
      const bare = classify(make().build());
      for (const p of [{}, { guidelines: 'no', accountRules: 'no', boardCommitment: 'no', training: 'no' }, { guidelines: 'yes', knowledgeBank: 'partly' }] as Practices[]) {
        expect(classify(make(p).build())).toEqual(bare);
      }
    }
    expect(classify(hubAndSpoke().build()).model).toBe('hub-and-spoke');
    expect(classify(holistic().build()).model).toBe('holistic');
    expect(classify(decentralized().build()).model).toBe('decentralized');
  });
});

describe('practices-unrecorded', () => {
  it('is one low prompt per scenario with hubs and nothing recorded, naming the hubs', () => {
    const risks = practiceRisks(hubAndSpoke().build());
    expect(risks).toEqual([{ code: 'practices-unrecorded', severity: 'low', nodes: ['smt'], params: { hubs: 'Social Media Team', count: 1 } }]);
    expect(codes(hubAndSpoke({}).build())).toEqual(['practices-unrecorded:low']);
  });

  it('does not fire once any known practice is recorded; unknown keys alone do not count', () => {
    expect(codes(hubAndSpoke({ knowledgeBank: 'yes' }).build())).toEqual([]);
    const future = { mentoring: 'yes' } as unknown as Practices;
    expect(practicesRecorded(future)).toBe(false);
    expect(codes(hubAndSpoke(future).build())).toEqual(['practices-unrecorded:low']);
  });

  it('nothing about practices is reported for a scenario without hubs unless recorded', () => {
    expect(codes(decentralized().build())).toEqual([]);
    expect(codes(scenario().build())).toEqual([]);
    // Recorded "no"s without hubs: guidelines need a hub to write them, account rules need hub and spoke.
    expect(codes(decentralized({ guidelines: 'no', accountRules: 'no', training: 'no', boardCommitment: 'no' }).build())).toEqual([]);
  });
});

describe('missing-guidelines', () => {
  it('is high for "no" and medium for "partly" in any scenario with a hub', () => {
    expect(codes(hubAndSpoke({ guidelines: 'no', accountRules: 'yes' }).build())).toEqual(['missing-guidelines:high']);
    expect(codes(hubAndSpoke({ guidelines: 'partly', accountRules: 'yes' }).build())).toEqual(['missing-guidelines:medium']);
    expect(codes(holistic({ guidelines: 'no', boardCommitment: 'yes', training: 'yes' }).build())).toEqual(['missing-guidelines:high']);
    const [r] = practiceRisks(hubAndSpoke({ guidelines: 'no' }).build());
    expect(r).toEqual({ code: 'missing-guidelines', severity: 'high', nodes: ['smt'], params: { hubs: 'Social Media Team', count: 1 } });
  });

  it('does not fire for "yes" or when not recorded', () => {
    expect(codes(hubAndSpoke({ guidelines: 'yes', accountRules: 'yes' }).build())).toEqual([]);
    expect(codes(hubAndSpoke({ accountRules: 'yes' }).build())).toEqual([]);
  });
});

describe('missing-account-rules', () => {
  it('fires in hub and spoke for "no" (medium) and "partly" (low), never for "yes" or not recorded', () => {
    expect(codes(hubAndSpoke({ guidelines: 'yes', accountRules: 'no' }).build())).toEqual(['missing-account-rules:medium']);
    expect(codes(hubAndSpoke({ guidelines: 'yes', accountRules: 'partly' }).build())).toEqual(['missing-account-rules:low']);
    expect(codes(hubAndSpoke({ guidelines: 'yes', accountRules: 'yes' }).build())).toEqual([]);
    expect(codes(hubAndSpoke({ guidelines: 'yes' }).build())).toEqual([]);
    const [r] = practiceRisks(hubAndSpoke({ accountRules: 'no' }).build());
    expect(r?.params).toEqual({ hubs: 'Social Media Team', count: 1, model: 'hub-and-spoke' });
  });

  it('fires in multiple hub and spoke, not in holistic or decentralized', () => {
    const multi = scenario()
      .team('c', 'Central')
      .dept('d1')
      .dept('d2')
      .member('d1', 'c')
      .member('d2', 'c')
      .team('r1', 'Region One')
      .team('r2', 'Region Two')
      .member('d1', 'r1', 'r2')
      .member('d2', 'r1', 'r2')
      .coordinates('c', 'r1', 'r2')
      .unit('u1')
      .unit('u2')
      .unit('u3')
      .unit('u4')
      .coordinates('r1', 'u1', 'u2')
      .coordinates('r2', 'u3', 'u4')
      .ownedAccount('u1', 'a1')
      .ownedAccount('u2', 'a2', 'facebook')
      .ownedAccount('u3', 'a3', 'linkedin')
      .ownedAccount('u4', 'a4', 'instagram')
      .practices({ guidelines: 'yes', accountRules: 'no' })
      .build();
    expect(classify(multi).model).toBe('multiple-hub-and-spoke');
    expect(codes(multi)).toEqual(['missing-account-rules:medium']);
    expect(practiceRisks(multi)[0]?.nodes).toEqual(['c', 'r1', 'r2']);
    expect(codes(holistic({ accountRules: 'no', boardCommitment: 'yes', training: 'yes' }).build())).toEqual([]);
  });

  it('points the sprawl advice at the guidelines, in both languages; otherwise the sprawl advice is unchanged', () => {
    const sprawl = (p?: Practices) => hubAndSpoke(p).ownedAccount('bu1', 'acc1b', 'facebook', 'One again').build();
    const without = findRisks(sprawl({ guidelines: 'yes', accountRules: 'yes' })).find((r) => r.code === 'account-sprawl');
    const withGap = findRisks(sprawl({ guidelines: 'yes', accountRules: 'partly' })).find((r) => r.code === 'account-sprawl');
    expect(without).toBeDefined();
    expect(without?.adviceKey).toBeUndefined();
    expect(withGap?.adviceKey).toBe(SPRAWL_ADVICE_GUIDELINES);
    expect({ ...withGap, adviceKey: undefined }).toEqual({ ...without, adviceKey: undefined });
    expect(formatRisk(withGap as Risk, en).advice).toBe(en.practices.sprawlAdvice);
    expect(formatRisk(withGap as Risk, nl).advice).toBe(nl.practices.sprawlAdvice);
    expect(formatRisk(withGap as Risk, en).advice).toContain('guidelines');
    expect(formatRisk(withGap as Risk, nl).advice).toContain('richtlijnen');
    expect(formatRisk(without as Risk, en).advice).toBe(en.risk['account-sprawl'].advice);
    // Old files: no practices, so the sprawl advice is the one it always was.
    const old = findRisks(hubAndSpoke().ownedAccount('bu1', 'acc1b', 'facebook', 'One again').build()).find((r) => r.code === 'account-sprawl');
    expect(old?.adviceKey).toBeUndefined();
  });
});

describe('holistic: board commitment and training', () => {
  it('missing-board-commitment is high for "no"; missing-training is medium for "no"', () => {
    expect(codes(holistic({ guidelines: 'yes', boardCommitment: 'no', training: 'yes' }).build())).toEqual(['missing-board-commitment:high']);
    expect(codes(holistic({ guidelines: 'yes', boardCommitment: 'yes', training: 'no' }).build())).toEqual(['missing-training:medium']);
    expect(codes(holistic({ boardCommitment: 'no', training: 'no' }).build())).toEqual(['missing-board-commitment:high', 'missing-training:medium']);
  });

  it('"partly", "yes" and not recorded raise neither; other models raise neither', () => {
    expect(codes(holistic({ boardCommitment: 'partly', training: 'partly' }).build())).toEqual([]);
    expect(codes(holistic({ guidelines: 'yes' }).build())).toEqual([]);
    expect(codes(hubAndSpoke({ guidelines: 'yes', accountRules: 'yes', boardCommitment: 'no', training: 'no' }).build())).toEqual([]);
  });

  it('missing-training names the employee groups first, then the hub', () => {
    const [r] = practiceRisks(holistic({ training: 'no' }).build());
    expect(r?.nodes).toEqual(['e1', 'e2', 'e3', 'smt']);
    expect(r?.params).toEqual({ hubs: 'Social Team', count: 1, groups: 'Consultants, Engineers, Recruiters' });
  });
});

describe('order, memo and wording', () => {
  it('practice risks come after the structural ones, in RISK_CODES order', () => {
    const s = holistic({ guidelines: 'no', boardCommitment: 'no', training: 'no' }).account('orphan').build();
    expect(findRisks(s).map((r) => r.code)).toEqual(['orphan-account', 'missing-guidelines', 'missing-board-commitment', 'missing-training']);
    expect(findRisks(s)).toBe(findRisks(s));
    expect(analyze(s).risks).toBe(findRisks(s));
  });

  it('an edit of the practices (a new scenario object) gives a new result', () => {
    const s = hubAndSpoke({ guidelines: 'no' }).build();
    expect(codes(s)).toEqual(['missing-guidelines:high']);
    expect(codes({ ...s, practices: { ...s.practices, guidelines: 'yes' } })).toEqual([]);
  });

  it('every practice risk words completely in English and Dutch, with the hub named as text', () => {
    const maps = [
      hubAndSpoke().build(),
      hubAndSpoke({ guidelines: 'no', accountRules: 'no' }).build(),
      holistic({ boardCommitment: 'no', training: 'no' }).build(),
    ];
    const seen = new Set<string>();
    for (const s of maps) {
      for (const r of practiceRisks(s)) {
        seen.add(r.code);
        for (const catalog of [en, nl]) {
          const { message, advice } = formatRisk(r, catalog);
          expect(message).not.toMatch(/\{\{|risk\./);
          expect(advice.length).toBeGreaterThan(20);
        }
      }
    }
    expect([...seen].sort()).toEqual([...PRACTICE_CODES].sort());
    const [unrecorded] = practiceRisks(hubAndSpoke().build());
    expect(formatRisk(unrecorded as Risk, nl).message).toContain('Social Media Team');
    const [rules] = practiceRisks(hubAndSpoke({ guidelines: 'yes', accountRules: 'no' }).build());
    expect(formatRisk(rules as Risk, en).message).toContain('Hub and Spoke');
  });
});

describe('templates carry realistic practices', () => {
  const load = (name: string): Scenario => {
    const r = parseDocument(readFileSync(new URL(`../../assets/templates/${name}.orgmap`, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    return r.document.scenarios[0] as Scenario;
  };

  it('hub and spoke: guidelines and account rules; holistic: board commitment and training; no practice risks', () => {
    expect(load('hub-and-spoke').practices).toMatchObject({ guidelines: 'yes', accountRules: 'yes' });
    expect(load('holistic').practices).toMatchObject({ boardCommitment: 'yes', training: 'yes' });
    for (const name of ['hub-and-spoke', 'multiple-hub-and-spoke', 'holistic', 'centralized', 'decentralized']) {
      expect(practicesRecorded(load(name).practices), name).toBe(true);
      expect(codes(load(name)), name).toEqual([]);
    }
  });
});
