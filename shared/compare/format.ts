/**
 * Wording the path and the goal advice with a catalog (en, nl). Pure, like shared/i18n/format.ts:
 * params go in as plain text, one pass. Params translated on the way in, by name:
 * `platform` / `…Platform` (platform id), `model` / `…Model` (model id), `…Models` (comma-separated
 * model ids), `goals` / `…Goals` (comma-separated goal ids), `kind` / `…Kind` (node kind),
 * `…Relation` (edge kind).
 */
import type { MessageParams } from '../analysis/types';
import { interpolate, lookup, modelName, template, type Catalog } from '../i18n';
import type { Classification } from '../analysis/types';
import type { Goal } from '../model/types';
import type { GoalAdvice, GoalWarning, Step } from './types';

const list = (value: string, word: (item: string) => string) =>
  value === ''
    ? ''
    : value
        .split(',')
        .map((item) => word(item))
        .join(', ');

function displayParams(params: MessageParams, catalog: Catalog): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') out[name] = value;
    else if (name === 'platform' || name.endsWith('Platform')) out[name] = lookup(catalog, `platforms.${value}`) ?? value;
    else if (name === 'model' || name.endsWith('Model')) out[name] = modelName(value as Classification, catalog);
    else if (name.endsWith('Models')) out[name] = list(value, (m) => modelName(m as Classification, catalog));
    else if (name === 'goals' || name.endsWith('Goals')) out[name] = list(value, (g) => goalName(g as Goal, catalog));
    else if (name === 'kind' || name.endsWith('Kind')) out[name] = lookup(catalog, `compare.kinds.${value}`) ?? value;
    else if (name.endsWith('Relation')) out[name] = lookup(catalog, `compare.relations.${value}`) ?? value;
    else if (name === 'practice') out[name] = lookup(catalog, `practices.names.${value}`) ?? value;
    else out[name] = value;
  }
  return out;
}

/** Words a message key with params; the key itself when the catalog lacks it. */
export function formatMessage(key: string, params: MessageParams, catalog: Catalog): string {
  const text = template(catalog, key, params);
  return text === undefined ? key : interpolate(text, displayParams(params, catalog));
}

/**
 * Joins label items the way the catalog's language does: "A, B and C"; a shortened list
 * ("A, B, C, D, E, …") keeps its commas.
 */
export function joinLabels(items: readonly string[], catalog: Catalog): string {
  if (items.length < 2 || items[items.length - 1] === '…') return items.join(', ');
  return `${items.slice(0, -1).join(', ')}${catalog.compare.and}${items[items.length - 1] ?? ''}`;
}

/** One checklist item as a sentence. */
export function formatStep(step: Step, catalog: Catalog): string {
  const params: Record<string, string | number> = { ...step.params };
  for (const [name, items] of Object.entries(step.lists ?? {})) params[name] = joinLabels(items, catalog);
  return formatMessage(`compare.step.${step.code}`, params, catalog);
}

/**
 * The checklist as numbered plain text, one step a line ("1. …\n2. …\n"), for copying.
 * An empty path gives the catalog's "nothing to do" line (unnumbered).
 */
export function formatPathAsText(steps: readonly Step[], catalog: Catalog): string {
  if (steps.length === 0) return `${catalog.compare.path.empty}\n`;
  return steps.map((step, i) => `${i + 1}. ${formatStep(step, catalog)}\n`).join('');
}

/** The display name of a goal. */
export function goalName(goal: Goal, catalog: Catalog): string {
  return lookup(catalog, `goals.names.${goal}`) ?? goal;
}

/** Why a model fits a goal (GoalAdvice.reasonCode), as a sentence. */
export function formatGoalAdvice(advice: GoalAdvice, catalog: Catalog): string {
  return formatMessage(advice.reasonCode, {}, catalog);
}

/** A goal-fit warning as a sentence. */
export function formatGoalWarning(warning: GoalWarning, catalog: Catalog): string {
  return formatMessage(warning.code, warning.params, catalog);
}
