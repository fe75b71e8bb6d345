/**
 * Recording a scenario's practices (issue 18). Pure: returns the same scenario when nothing
 * changes (so the undo history stays clean), copies with spread so unknown practice keys of a newer
 * release survive, and drops the field once nothing at all is left in it — a file that never had
 * practices is written exactly as before.
 */
import type { PracticeKey, PracticeValue, Practices, Scenario } from '../../../shared/model/types';

/** The scenario with `key` set to `value`, or not recorded (`undefined`). */
export function withPractice(scenario: Scenario, key: PracticeKey, value: PracticeValue | undefined): Scenario {
  const current = scenario.practices;
  if (current?.[key] === value) return scenario;
  const rest: Record<string, unknown> = { ...current };
  delete rest[key];
  const practices = (value === undefined ? rest : { ...rest, [key]: value }) as Practices;
  if (Object.keys(practices).length === 0) {
    const { practices: _dropped, ...without } = scenario;
    return without;
  }
  return { ...scenario, practices };
}
