/**
 * Risks from a scenario's governance practices (issue 18). Practices never change the model — the
 * model is the structure — but they change what is at risk and what is advised. Every rule, with
 * the source it comes from: docs/analysis-rules.md ("Practices").
 *
 * A practice that is not recorded (missing key, or no `practices` at all) is never read as "no":
 * the only thing said about an unrecorded scenario is one gentle `practices-unrecorded` prompt,
 * and only when it has hubs.
 */
import { PRACTICES, type NodeId, type PracticeValue, type Practices } from '../model/types';
import type { Classification, Risk, Severity } from './types';
import { degree, K_DEPARTMENT, K_EMPLOYEES, K_TEAM, K_UNIT, type GraphIndex } from './graph';
import { idsByRank, labelList } from './labels';

/** The catalog key of the sprawl advice that points at the guidelines (used when account rules are missing). */
export const SPRAWL_ADVICE_GUIDELINES = 'practices.sprawlAdvice';

/** True when at least one known practice is recorded (unknown keys of a newer release do not count). */
export function practicesRecorded(practices: Practices | undefined): boolean {
  if (practices === undefined) return false;
  for (const key of PRACTICES) if (practices[key] !== undefined) return true;
  return false;
}

const HUB_KINDS = new Set([K_DEPARTMENT, K_UNIT, K_TEAM]);

/** Hubs: nodes with an outgoing coordinates edge the format allows (the index holds only those). */
function hubsOf(ix: GraphIndex): number[] {
  const out: number[] = [];
  for (let i = 0; i < ix.n; i++) if (HUB_KINDS.has(ix.kind[i] as number) && degree(ix.coordOut, i) > 0) out.push(i);
  return out;
}

function employeesOf(ix: GraphIndex): number[] {
  const out: number[] = [];
  for (let i = 0; i < ix.n; i++) if (ix.kind[i] === K_EMPLOYEES) out.push(i);
  return out;
}

const gap = (value: PracticeValue | undefined): boolean => value === 'no' || value === 'partly';

/**
 * The practices' risks, in RISK_CODES order: missing-guidelines, missing-account-rules,
 * missing-board-commitment, missing-training, practices-unrecorded. `model` is asked for only when
 * a rule needs it (a recorded account rule, board commitment or training).
 */
export function findPracticeRisks(practices: Practices | undefined, ix: GraphIndex, model: () => Classification): Risk[] {
  const out: Risk[] = [];
  const hubs = hubsOf(ix);
  const hubIds = (): NodeId[] => idsByRank(ix, hubs);
  const params = () => ({ hubs: labelList(ix, hubs), count: hubs.length });
  const push = (code: Risk['code'], severity: Severity, nodes: readonly NodeId[], p: Risk['params']) => out.push({ code, severity, nodes, params: p });

  if (!practicesRecorded(practices)) {
    if (hubs.length > 0) push('practices-unrecorded', 'low', hubIds(), params());
    return out;
  }
  const p = practices as Practices;

  // Source: the hub's job is to write guidelines and procedures for the units (both articles).
  if (hubs.length > 0 && gap(p.guidelines)) push('missing-guidelines', p.guidelines === 'no' ? 'high' : 'medium', hubIds(), params());

  const m = gap(p.accountRules) || p.boardCommitment === 'no' || p.training === 'no' ? model() : 'undetermined';
  // Source: hub and spoke still risks a tangle of accounts unless the guidelines set conditions for new accounts.
  if ((m === 'hub-and-spoke' || m === 'multiple-hub-and-spoke') && gap(p.accountRules)) {
    push('missing-account-rules', p.accountRules === 'no' ? 'medium' : 'low', hubIds(), { ...params(), model: m });
  }
  if (m === 'holistic') {
    const employees = employeesOf(ix);
    // Source: the holistic model needs commitment from the board ("een vereiste").
    if (p.boardCommitment === 'no') push('missing-board-commitment', 'high', hubIds(), params());
    // Source: the central team informs, enthuses and facilitates the employees who post.
    if (p.training === 'no') push('missing-training', 'medium', [...idsByRank(ix, employees), ...hubIds()], { ...params(), groups: labelList(ix, employees) });
  }
  return out;
}

/**
 * The structural risks plus the practices' risks. When account rules are missing, every
 * account-sprawl risk's advice points at the guidelines instead (SPRAWL_ADVICE_GUIDELINES).
 */
export function withPracticeRisks(structural: readonly Risk[], practices: Practices | undefined, ix: GraphIndex, model: () => Classification): Risk[] {
  const extra = findPracticeRisks(practices, ix, model);
  const rulesMissing = extra.some((r) => r.code === 'missing-account-rules');
  const base = rulesMissing ? structural.map((r) => (r.code === 'account-sprawl' ? { ...r, adviceKey: SPRAWL_ADVICE_GUIDELINES } : r)) : structural;
  return extra.length === 0 && !rulesMissing ? [...base] : [...base, ...extra];
}
