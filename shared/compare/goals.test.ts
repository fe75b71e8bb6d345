import { describe, expect, it } from 'vitest';
import { classify, MODELS } from '../analysis';
import { scenario } from '../../test-support/analysis/builders';
import { GOALS } from '../model/types';
import { en, nl } from '../i18n';
import { lookup } from '../i18n';
import { GOAL_MODELS, GOAL_WARNING_CODES, MULTINATIONAL_REASON, STEP_CODES, formatGoalAdvice, formatGoalWarning, goalFit, goalName, goalReasonCode, hasSemiAutonomousUnits, modelsForGoals, suggestedModels } from './index';
import { hubAndSpokeCurrent, multipleHubTarget } from '../../test-support/compare/pairs';

describe('modelsForGoals', () => {
  it('follows the sources: branding → centralized or hub and spoke; connecting → holistic', () => {
    expect(modelsForGoals(['branding']).map((a) => a.model)).toEqual(['centralized', 'hub-and-spoke']);
    expect(modelsForGoals(['connecting'])).toEqual([
      { goal: 'connecting', model: 'holistic', reasonCode: 'goals.reason.connecting-holistic', goals: ['connecting'], reasonCodes: ['goals.reason.connecting-holistic'] },
    ]);
    expect(modelsForGoals(['customer-service']).map((a) => a.model)).toEqual(['hub-and-spoke']);
  });

  it('lists goals in GOALS order whatever the input order, and offers multiple hub and spoke to organisations with semi-autonomous units', () => {
    const advice = modelsForGoals(['connecting', 'branding'], { semiAutonomousUnits: true });
    expect(advice.map((a) => `${a.goal}:${a.model}`)).toEqual(['branding:centralized', 'branding:hub-and-spoke', 'branding:multiple-hub-and-spoke', 'connecting:holistic']);
    expect(advice.find((a) => a.model === 'multiple-hub-and-spoke')?.reasonCodes).toEqual([MULTINATIONAL_REASON]);
    expect(modelsForGoals([])).toEqual([]);
  });

  it('advises nothing while no goal is ticked, whatever the shape of the organisation (issue 14)', () => {
    expect(modelsForGoals([], { semiAutonomousUnits: true })).toEqual([]);
    expect(suggestedModels([], { semiAutonomousUnits: true })).toEqual([]);
    expect(goalFit([], { model: 'centralized' }, { semiAutonomousUnits: true }).suggested).toEqual([]);
  });

  it('lists each model once, with every goal it serves and one reason per goal (issue 14)', () => {
    const advice = modelsForGoals(['branding', 'customer-service', 'sales', 'recruitment', 'co-creation']);
    const models = advice.map((a) => a.model);
    expect(new Set(models).size).toBe(models.length);
    const hubAndSpoke = advice.find((a) => a.model === 'hub-and-spoke');
    expect(hubAndSpoke?.goals).toEqual(['branding', 'customer-service', 'sales', 'recruitment', 'co-creation']);
    expect(hubAndSpoke?.reasonCodes).toHaveLength(5);
    expect(hubAndSpoke?.reasonCodes[0]).toBe('goals.reason.branding-hub-and-spoke');
  });

  it('every goal has at least one model, and every reason is worded in en and nl', () => {
    for (const goal of GOALS) {
      const advice = modelsForGoals([goal], { semiAutonomousUnits: true });
      expect(advice.length).toBeGreaterThan(0);
      for (const a of advice) {
        for (const catalog of [en, nl]) expect(formatGoalAdvice(a, catalog)).not.toMatch(/^goals\./);
      }
      expect(goalName(goal, nl)).not.toBe(goal);
    }
  });

  it('suggests the models that serve the most goals', () => {
    expect(suggestedModels(['branding', 'customer-service'])).toEqual(['hub-and-spoke']);
    expect(suggestedModels(['branding', 'connecting'])).toEqual(['centralized', 'hub-and-spoke', 'holistic']);
    expect(suggestedModels(['customer-service'], { semiAutonomousUnits: true })).toEqual(['hub-and-spoke', 'multiple-hub-and-spoke']);
  });
});

describe('goalFit', () => {
  it('fits when the model serves every goal (and trivially without goals)', () => {
    expect(goalFit(['branding', 'customer-service'], { model: 'hub-and-spoke' })).toMatchObject({ fits: true, served: ['branding', 'customer-service'], warnings: [] });
    expect(goalFit([], { model: 'decentralized' })).toMatchObject({ fits: true, warnings: [] });
    // Multiple hub and spoke has the strengths of hub and spoke.
    expect(goalFit(['branding'], { model: 'multiple-hub-and-spoke' }).fits).toBe(true);
  });

  it('warns when the model serves none or only some of the goals', () => {
    const none = goalFit(['connecting'], { model: 'centralized' });
    expect(none.fits).toBe(false);
    expect(none.warnings.map((w) => w.code)).toEqual(['goals.fit.none']);
    expect(formatGoalWarning(none.warnings[0]!, en)).toBe('Centralized serves none of the goals (Connecting and networking); Holistic would fit them better.');
    expect(formatGoalWarning(none.warnings[0]!, nl)).toBe('Centraal dient geen van de doelen (Verbinden en netwerken); Holistisch zou er beter bij passen.');
    const partly = goalFit(['branding', 'connecting'], { model: 'hub-and-spoke' });
    expect(partly).toMatchObject({ fits: false, served: ['branding'], unserved: ['connecting'] });
    expect(formatGoalWarning(partly.warnings[0]!, en)).toBe('Hub and Spoke does not serve every goal: Connecting and networking would be better served by another model.');
    expect(goalFit(['sales'], { model: 'undetermined' }).warnings.map((w) => w.code)).toEqual(['goals.fit.undetermined']);
  });

  it('warns a multinational with semi-autonomous units that is not multiple hub and spoke', () => {
    const fit = goalFit(['branding'], { model: 'hub-and-spoke' }, { semiAutonomousUnits: true });
    expect(fit.fits).toBe(false);
    expect(fit.warnings.map((w) => w.code)).toEqual(['goals.fit.multinational']);
    expect(goalFit(['branding'], { model: 'multiple-hub-and-spoke' }, { semiAutonomousUnits: true }).fits).toBe(true);
  });

  it('every warning words completely for every model in en and nl', () => {
    for (const model of [...MODELS, 'undetermined' as const]) {
      for (const fit of [goalFit([...GOALS], { model }, { semiAutonomousUnits: true }), goalFit(['connecting'], { model }, { semiAutonomousUnits: true })]) {
        for (const w of fit.warnings) for (const catalog of [en, nl]) expect(formatGoalWarning(w, catalog)).not.toMatch(/\{\{|^goals\./);
      }
    }
  });
});

describe('hasSemiAutonomousUnits', () => {
  it('needs two regional hubs: hubs under a hub, or business units that coordinate', () => {
    expect(hasSemiAutonomousUnits(hubAndSpokeCurrent())).toBe(false);
    expect(hasSemiAutonomousUnits(multipleHubTarget())).toBe(true);
    expect(classify(multipleHubTarget()).model).toBe('multiple-hub-and-spoke');
    const units = scenario().unit('nl').unit('de').dept('a').dept('b').coordinates('nl', 'a').coordinates('de', 'b').build();
    expect(hasSemiAutonomousUnits(units)).toBe(true);
    expect(hasSemiAutonomousUnits(scenario().unit('nl').dept('a').coordinates('nl', 'a').build())).toBe(false);
  });
});

describe('catalogs', () => {
  it('word every step code, goal, goal reason and warning in en and nl', () => {
    for (const catalog of [en, nl]) {
      const has = (key: string) => lookup(catalog, key) !== undefined || (lookup(catalog, `${key}_one`) !== undefined && lookup(catalog, `${key}_other`) !== undefined);
      for (const code of STEP_CODES) expect(has(`compare.step.${code}`), code).toBe(true);
      for (const goal of GOALS) {
        expect(has(`goals.names.${goal}`), goal).toBe(true);
        for (const model of GOAL_MODELS[goal]) expect(has(goalReasonCode(goal, model)), `${goal} ${model}`).toBe(true);
      }
      expect(has(MULTINATIONAL_REASON)).toBe(true);
      for (const code of GOAL_WARNING_CODES) expect(has(code), code).toBe(true);
      expect(has('goals.fit.fits')).toBe(true);
    }
  });
});
