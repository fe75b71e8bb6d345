/**
 * Pure edits on the list of scenarios (current, target, …) and the document's goals. Each returns a
 * new document, or the same one when nothing changed; objects are copied with spread so unknown
 * fields written by a newer release survive.
 */
import { asScenarioId } from '../../../shared/model/rules';
import { GOALS, ID_PATTERN, LIMITS, type Goal, type OrgDocument, type Scenario, type ScenarioId } from '../../../shared/model/types';

/** Why a scenario name was refused; the UI words it (`ui:scenario.error.*`). */
export type ScenarioNameError = 'empty' | 'too-long';

/** The id and name of the scenario a duplicate creates when the map has no target yet. */
export const TARGET_ID = asScenarioId('target');

/** Characters as the format counts them (code points). */
const length = (s: string) => [...s].length;

/** Checks a scenario name: 1–100 characters once trimmed. */
export function checkScenarioName(name: string): ScenarioNameError | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (length(trimmed) > LIMITS.scenarioNameMax) return 'too-long';
  return null;
}

/**
 * An id made from a name ("Target 2026" → `target-2026`), unique among `taken`, always matching
 * the format's id pattern (letters without accents, digits, `-` and `_`, at most 64).
 */
export function scenarioIdFromName(name: string, taken: ReadonlySet<string>): ScenarioId {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, LIMITS.idMax) || 'scenario';
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, LIMITS.idMax - suffix.length)}${suffix}`;
  }
  if (!ID_PATTERN.test(id)) throw new Error(`bad scenario id ${id}`);
  return asScenarioId(id);
}

const idsOf = (document: OrgDocument) => new Set<string>(document.scenarios.map((s) => s.id));

export function canAddScenario(document: OrgDocument): boolean {
  return document.scenarios.length < LIMITS.scenariosMax;
}

/** A name like "Scenario 3" that no scenario has yet. */
export function freshScenarioName(document: OrgDocument, base: string): string {
  const names = new Set(document.scenarios.map((s) => s.name));
  for (let n = document.scenarios.length + 1; ; n++) {
    const name = `${base} ${n}`;
    if (!names.has(name)) return name;
  }
}

/** Appends an empty scenario; null when the format's limit is reached or the name is refused. */
export function addScenario(document: OrgDocument, name: string): { document: OrgDocument; id: ScenarioId } | null {
  if (!canAddScenario(document) || checkScenarioName(name)) return null;
  const trimmed = name.trim();
  const id = scenarioIdFromName(trimmed, idsOf(document));
  const scenario: Scenario = { id, name: trimmed, nodes: [], edges: [] };
  return { document: { ...document, scenarios: [...document.scenarios, scenario] }, id };
}

/**
 * Copies a scenario (nodes and edges keep their ids, so the comparison pairs them by id) and puts
 * the copy right after it. The first copy made while the map has no `target` becomes the target
 * (the usual way to start one); later copies are named "<name> (copy)".
 */
export function duplicateScenario(
  document: OrgDocument,
  id: ScenarioId,
  names: { readonly target: string; readonly copy: (name: string) => string },
): { document: OrgDocument; id: ScenarioId } | null {
  const index = document.scenarios.findIndex((s) => s.id === id);
  const source = document.scenarios[index];
  if (!source || !canAddScenario(document)) return null;
  const taken = idsOf(document);
  const asTarget = !taken.has(TARGET_ID) && source.id !== TARGET_ID;
  const name = (asTarget ? names.target : names.copy(source.name)).trim().slice(0, LIMITS.scenarioNameMax);
  const newId = asTarget ? TARGET_ID : scenarioIdFromName(name, taken);
  const copy: Scenario = { ...source, id: newId, name };
  const scenarios = [...document.scenarios];
  scenarios.splice(index + 1, 0, copy);
  return { document: { ...document, scenarios }, id: newId };
}

/** Renames a scenario (its id stays: files, the CLI's --from/--to and comparisons refer to it). */
export function renameScenario(document: OrgDocument, id: ScenarioId, name: string): OrgDocument | ScenarioNameError {
  const error = checkScenarioName(name);
  if (error) return error;
  const trimmed = name.trim();
  const scenario = document.scenarios.find((s) => s.id === id);
  if (!scenario || scenario.name === trimmed) return document;
  return { ...document, scenarios: document.scenarios.map((s) => (s.id === id ? { ...s, name: trimmed } : s)) };
}

/** Removes a scenario; never the last one (the format needs at least one). */
export function deleteScenario(document: OrgDocument, id: ScenarioId): OrgDocument {
  if (document.scenarios.length <= LIMITS.scenariosMin || !document.scenarios.some((s) => s.id === id)) return document;
  return { ...document, scenarios: document.scenarios.filter((s) => s.id !== id) };
}

/** Moves a scenario to `index` (clamped); the same document when it does not move. */
export function moveScenario(document: OrgDocument, id: ScenarioId, index: number): OrgDocument {
  const from = document.scenarios.findIndex((s) => s.id === id);
  const scenario = document.scenarios[from];
  if (!scenario) return document;
  const to = Math.max(0, Math.min(document.scenarios.length - 1, index));
  if (to === from) return document;
  const scenarios = document.scenarios.filter((s) => s.id !== id);
  scenarios.splice(to, 0, scenario);
  return { ...document, scenarios };
}

/** Sets the goals (kept in the format's order, without duplicates); no goals removes the field. */
export function setGoals(document: OrgDocument, goals: readonly Goal[]): OrgDocument {
  const next = GOALS.filter((g) => goals.includes(g));
  const current = document.goals ?? [];
  if (next.length === current.length && next.every((g, i) => current[i] === g)) return document;
  if (next.length === 0) {
    const { goals: _g, ...rest } = document;
    return rest;
  }
  return { ...document, goals: next };
}
