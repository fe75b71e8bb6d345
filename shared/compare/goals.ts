/**
 * Goals and advice: which models fit the organisation's goals, and whether a scenario's model
 * does. The mapping and its sources: docs/compare.md ("Goals").
 */
import { MODELS, type ClassifyResult, type ModelId } from '../analysis/types';
import { GOALS, type Goal, type NodeId, type Scenario } from '../model/types';
import { around, sideOf } from './side';
import type { GoalAdvice, GoalFit, GoalWarning } from './types';

/**
 * The models that serve each goal, best first, with the catalog key of the reason. Branding and
 * connecting come straight from the sources; the rest follow from what the sources say each
 * model is good at (see docs/compare.md).
 */
export const GOAL_MODELS: Readonly<Record<Goal, readonly ModelId[]>> = {
  branding: ['centralized', 'hub-and-spoke'],
  connecting: ['holistic'],
  'customer-service': ['hub-and-spoke'],
  sales: ['hub-and-spoke'],
  recruitment: ['hub-and-spoke', 'holistic'],
  'internal-communication': ['holistic'],
  'co-creation': ['holistic', 'hub-and-spoke'],
};

/** The catalog key for "model m serves goal g". */
export function goalReasonCode(goal: Goal, model: ModelId): string {
  return `goals.reason.${goal}-${model}`;
}

/** The catalog key for "the organisation has semi-autonomous units, so multiple hub and spoke". */
export const MULTINATIONAL_REASON = 'goals.reason.multinational';

export interface GoalOptions {
  /** The organisation has semi-autonomous units or regions (see {@link hasSemiAutonomousUnits}). */
  readonly semiAutonomousUnits?: boolean;
}

/**
 * Whether a scenario shows semi-autonomous units: at least two regional hubs, a regional hub
 * being a hub that is itself coordinated by a hub, or a business unit that coordinates others.
 */
export function hasSemiAutonomousUnits(scenario: Scenario): boolean {
  const side = sideOf(scenario);
  let regional = 0;
  for (const hub of side.coordOut.keys() as Iterable<NodeId>) {
    if (around(side.coordIn, hub).length > 0 || side.byId.get(hub)?.kind === 'unit') regional += 1;
    if (regional >= 2) return true;
  }
  return false;
}

function normaliseGoals(goals: readonly Goal[]): Goal[] {
  return GOALS.filter((g) => goals.includes(g));
}

/** Models that serve a goal; multiple hub and spoke serves whatever hub and spoke serves (same strengths). */
function servesGoal(model: ModelId, goal: Goal): boolean {
  const fitting = GOAL_MODELS[goal];
  return fitting.includes(model) || (model === 'multiple-hub-and-spoke' && fitting.includes('hub-and-spoke'));
}

/**
 * Which models fit the goals and why: each model once, in the order of the first goal (GOALS
 * order) it serves, with every goal it serves and one reason per goal. With semi-autonomous
 * units, multiple hub and spoke is offered wherever hub and spoke fits, for the organisation's
 * shape. Nothing is advised while no goal is ticked.
 */
export function modelsForGoals(goals: readonly Goal[], options: GoalOptions = {}): GoalAdvice[] {
  const list = normaliseGoals(goals);
  if (list.length === 0) return [];
  const byModel = new Map<ModelId, { goals: Goal[]; reasonCodes: string[] }>();
  const add = (model: ModelId, goal: Goal | null, reasonCode: string): void => {
    let entry = byModel.get(model);
    if (!entry) byModel.set(model, (entry = { goals: [], reasonCodes: [] }));
    if (goal !== null && !entry.goals.includes(goal)) entry.goals.push(goal);
    if (!entry.reasonCodes.includes(reasonCode)) entry.reasonCodes.push(reasonCode);
  };
  for (const goal of list) {
    for (const model of GOAL_MODELS[goal]) {
      add(model, goal, goalReasonCode(goal, model));
      if (model === 'hub-and-spoke' && options.semiAutonomousUnits) add('multiple-hub-and-spoke', goal, MULTINATIONAL_REASON);
    }
  }
  if (options.semiAutonomousUnits) add('multiple-hub-and-spoke', null, MULTINATIONAL_REASON);
  return [...byModel].map(([model, entry]) => ({
    goal: entry.goals[0] ?? null,
    model,
    reasonCode: entry.reasonCodes[0] as string,
    goals: entry.goals,
    reasonCodes: entry.reasonCodes,
  }));
}

/** The models that serve the most goals, in MODELS order (empty with no goals). */
export function suggestedModels(goals: readonly Goal[], options: GoalOptions = {}): ModelId[] {
  const list = normaliseGoals(goals);
  if (list.length === 0) return [];
  const score = (m: ModelId) => list.filter((g) => servesGoal(m, g)).length;
  const candidates = MODELS.filter((m) => m !== 'multiple-hub-and-spoke' || options.semiAutonomousUnits === true);
  const best = Math.max(...candidates.map(score));
  return candidates.filter((m) => score(m) === best && best > 0);
}

/**
 * Does the classification's model fit the goals? `fits` is true when it serves every goal and no
 * warning applies (trivially with no goals). Warnings: `goals.fit.undetermined` (no model yet),
 * `goals.fit.none` (serves none of the goals), `goals.fit.partly` (serves some), and
 * `goals.fit.multinational` (semi-autonomous units, yet neither multiple hub and spoke nor holistic).
 */
export function goalFit(goals: readonly Goal[], classification: Pick<ClassifyResult, 'model'>, options: GoalOptions = {}): GoalFit {
  const list = normaliseGoals(goals);
  const model = classification.model;
  const warnings: GoalWarning[] = [];
  const suggested = suggestedModels(list, options);
  if (model === 'undetermined') {
    if (list.length > 0) warnings.push({ code: 'goals.fit.undetermined', params: { goals: list.join(','), suggestedModels: suggested.join(',') } });
    return { fits: warnings.length === 0, model, served: [], unserved: list, suggested, warnings };
  }
  const served = list.filter((g) => servesGoal(model, g));
  const unserved = list.filter((g) => !servesGoal(model, g));
  if (list.length > 0 && served.length === 0) {
    warnings.push({ code: 'goals.fit.none', params: { model, goals: list.join(','), suggestedModels: suggested.join(',') } });
  } else if (unserved.length > 0) {
    warnings.push({ code: 'goals.fit.partly', params: { model, goals: unserved.join(','), count: unserved.length } });
  }
  if (options.semiAutonomousUnits && model !== 'multiple-hub-and-spoke' && model !== 'holistic') {
    warnings.push({ code: 'goals.fit.multinational', params: { model } });
  }
  return { fits: warnings.length === 0, model, served, unserved, suggested, warnings };
}
