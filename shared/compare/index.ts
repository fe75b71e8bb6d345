/**
 * Current vs target: compare two scenarios, plan the path between them, and hold a model against
 * the organisation's goals. Pure and deterministic; the rules are in docs/compare.md.
 * Import from here (`shared/compare`), not from the files inside.
 */
export * from './types';
export { compareScenarios, normaliseLabel } from './compare';
export { planPath } from './path';
export { diffPractices, PRACTICE_STEP, practicesChanged } from './practices';
export { GOAL_MODELS, MULTINATIONAL_REASON, goalFit, goalReasonCode, hasSemiAutonomousUnits, modelsForGoals, suggestedModels, type GoalOptions } from './goals';
export { formatGoalAdvice, formatGoalWarning, formatMessage, formatPathAsText, formatStep, goalName, joinLabels } from './format';
