import { describe, expect, it } from 'vitest';
import type { Practices, Scenario } from '../model/types';
import { en, nl } from '../i18n';
import { compareScenarios, diffPractices, formatPathAsText, formatStep, planPath, STEP_CODES, STEP_PHASE } from './index';
import { decentralizedCurrent, hubAndSpokeTarget } from '../../test-support/compare/pairs';

const withPractices = (s: Scenario, practices?: Practices): Scenario => (practices === undefined ? s : { ...s, practices });

describe('diffPractices', () => {
  it('sorts each change into added, completed or dropped, in PRACTICES order', () => {
    const d = diffPractices(
      { guidelines: 'partly', accountRules: 'no', training: 'yes', crisisProcedure: 'yes', knowledgeBank: 'yes' },
      { guidelines: 'yes', accountRules: 'partly', training: 'no', crisisProcedure: 'partly', boardCommitment: 'yes', knowledgeBank: 'yes' },
    );
    expect(d.added).toEqual([
      { practice: 'accountRules', from: 'no', to: 'partly' },
      { practice: 'boardCommitment', to: 'yes' },
    ]);
    expect(d.completed).toEqual([{ practice: 'guidelines', from: 'partly', to: 'yes' }]);
    expect(d.dropped).toEqual([
      { practice: 'training', from: 'yes', to: 'no' },
      { practice: 'crisisProcedure', from: 'yes', to: 'partly' },
    ]);
  });

  it('a practice the target does not record is not dropped; recording "no" where nothing was recorded is no change', () => {
    expect(diffPractices({ guidelines: 'yes' }, undefined)).toEqual({ added: [], completed: [], dropped: [] });
    expect(diffPractices({ guidelines: 'yes' }, {})).toEqual({ added: [], completed: [], dropped: [] });
    expect(diffPractices(undefined, { guidelines: 'no', training: 'no' })).toEqual({ added: [], completed: [], dropped: [] });
    expect(diffPractices(undefined, undefined)).toEqual({ added: [], completed: [], dropped: [] });
  });
});

describe('practices in the comparison and the path', () => {
  const from = decentralizedCurrent();
  const target = (p?: Practices) => withPractices(hubAndSpokeTarget(), p);

  it('steps stand in their natural place: guidelines and account rules after forming the hub, before the accounts', () => {
    const c = compareScenarios(from, target({ guidelines: 'yes', accountRules: 'yes', training: 'partly' }));
    expect(c.practices.added.map((a) => a.practice)).toEqual(['guidelines', 'accountRules', 'training']);
    const codes = planPath(c).map((s) => s.code);
    const at = (code: string) => codes.indexOf(code as (typeof codes)[number]);
    expect(at('write-guidelines')).toBeGreaterThan(at('form-hub'));
    expect(at('set-account-rules')).toBe(at('write-guidelines') + 1);
    expect(at('train-people')).toBeGreaterThan(at('set-account-rules'));
    expect(at('put-under-guidelines')).toBeGreaterThan(at('write-guidelines'));
    expect(at('adopt-orphan')).toBeGreaterThan(at('set-account-rules'));
    const step = planPath(c)[at('write-guidelines')];
    expect(step).toMatchObject({ code: 'write-guidelines', phase: 'coordination', params: { practice: 'guidelines', fromValue: '', toValue: 'yes' } });
    expect(step?.nodes).toEqual([{ to: 'smt', label: 'Social Media Team', kind: 'team' }]);
  });

  it('board commitment comes first of all; a dropped practice comes with the clean-up', () => {
    const a = withPractices(hubAndSpokeTarget(), { knowledgeBank: 'yes', guidelines: 'partly' });
    const b = withPractices(hubAndSpokeTarget(), { boardCommitment: 'yes', knowledgeBank: 'no', guidelines: 'yes' });
    const steps = planPath(compareScenarios(a, b));
    expect(steps.map((s) => s.code)).toEqual(['secure-board-commitment', 'complete-practice', 'drop-practice']);
    expect(steps.map((s) => s.phase)).toEqual(['structure', 'coordination', 'clean-up']);
    expect(steps.map((s) => formatStep(s, en))).toEqual([
      'Win the board’s commitment first: the model asks the whole organisation to work differently.',
      'Complete what is only partly in place: Guidelines and procedures.',
      'Knowledge bank: in place now, less or not at all in the target – make sure that is intended.',
    ]);
    expect(steps.map((s) => formatStep(s, nl))).toEqual([
      'Zorg eerst voor commitment vanuit de directie: het model vraagt dat de hele organisatie anders gaat werken.',
      'Maak af wat maar deels geregeld is: Richtlijnen en procedures.',
      'Kennisbank: nu geregeld, in het doel minder of niet – ga na of dat de bedoeling is.',
    ]);
  });

  it('a practices-only change is a change: the comparison is not "unchanged" and the path is not empty', () => {
    const s = hubAndSpokeTarget();
    expect(compareScenarios(s, withPractices(s, {})).unchanged).toBe(true);
    const c = compareScenarios(s, withPractices(s, { guidelines: 'yes' }));
    expect(c.unchanged).toBe(false);
    expect(formatPathAsText(planPath(c), en)).toBe('1. Write the guidelines and procedures before the spokes open their own accounts.\n');
    expect(formatPathAsText(planPath(c), nl)).toBe('1. Schrijf de richtlijnen en procedures voordat de spokes eigen accounts openen.\n');
  });

  it('training names the employee groups first; a drop without hubs in the target names the hubs of the current', () => {
    const a = withPractices(hubAndSpokeTarget(), { training: 'yes' });
    const b: Scenario = { ...withPractices(decentralizedCurrent(), { training: 'no' }), nodes: [...decentralizedCurrent().nodes, { id: 'emp', kind: 'employees', label: 'Staff', position: { x: 0, y: 0 } }] } as Scenario;
    const drop = planPath(compareScenarios(a, b)).find((s) => s.code === 'drop-practice');
    expect(drop?.nodes).toEqual([{ from: 'smt', label: 'Social Media Team', kind: 'team' }]);
    const train = planPath(compareScenarios(b, withPractices(b, { training: 'yes' })))[0];
    expect(train?.code).toBe('train-people');
    expect(train?.nodes).toEqual([{ from: 'emp', to: 'emp', label: 'Staff', kind: 'employees' }]);
  });

  it('old scenarios without practices compare and plan exactly as before (no practice steps)', () => {
    const c = compareScenarios(from, target());
    expect(c.practices).toEqual({ added: [], completed: [], dropped: [] });
    expect(planPath(c).some((s) => STEP_PHASE[s.code] === undefined)).toBe(false);
    expect(planPath(c).map((s) => s.code)).not.toContain('write-guidelines');
  });

  it('every practice step code words in both languages', () => {
    const practiceCodes = ['secure-board-commitment', 'write-guidelines', 'set-account-rules', 'open-knowledge-bank', 'train-people', 'set-crisis-procedure', 'complete-practice', 'drop-practice'];
    for (const code of practiceCodes) expect(STEP_CODES).toContain(code);
    const base = hubAndSpokeTarget();
    const steps = [
      ...planPath(compareScenarios(base, withPractices(base, { guidelines: 'yes', accountRules: 'yes', training: 'yes', crisisProcedure: 'yes', boardCommitment: 'yes', knowledgeBank: 'yes' }))),
      ...planPath(compareScenarios(withPractices(base, { guidelines: 'partly', knowledgeBank: 'yes' }), withPractices(base, { guidelines: 'yes', knowledgeBank: 'no' }))),
    ];
    expect(steps.map((s) => s.code).sort()).toEqual([...practiceCodes].sort());
    for (const s of steps) {
      for (const catalog of [en, nl]) expect(formatStep(s, catalog)).not.toMatch(/\{\{|compare\.step|practices\./);
    }
  });
});
