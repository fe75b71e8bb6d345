import type { NodeId } from '../model/types';

/** The five Altimeter models, in the order the brief lists them. */
export const MODELS = ['decentralized', 'centralized', 'hub-and-spoke', 'multiple-hub-and-spoke', 'holistic'] as const;
export type ModelId = (typeof MODELS)[number];
/** `undetermined`: too little in the scenario to say (no accounts and no hubs). */
export type Classification = ModelId | 'undetermined';

export const RISK_CODES = [
  'orphan-account',
  'ungoverned-account',
  'account-sprawl',
  'help-desk-bottleneck',
  'severed-hub',
  'hub-not-cross-functional',
  'isolated-unit',
  'empty-hub',
  'coordination-cycle',
  'employees-without-hub',
  // From the scenario's practices (issue 18; shared/analysis/practices.ts).
  'missing-guidelines',
  'missing-account-rules',
  'missing-board-commitment',
  'missing-training',
  'practices-unrecorded',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Values substituted into a message template (`{{name}}`). Node labels go in as plain text. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A reason for a classification: a message code plus parameters; the UI or CLI words it. */
export interface Reason {
  readonly code: string;
  readonly params: MessageParams;
  readonly nodes: readonly NodeId[];
  /**
   * Lists of labels behind params of the same name (`hubs`, `parts`, `teams`), for a catalog to join
   * in its own words ("A and B", "A en B"); the param holds the same list joined with ", ".
   */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
}

export interface ClassifyResult {
  readonly model: Classification;
  /**
   * 0..1; the winning model's score capped by the evidence the map holds (docs/analysis-rules.md,
   * "Confidence"); 0 for `undetermined`.
   */
  readonly confidence: number;
  /** The map holds too little evidence (fewer than three owned accounts) for a firm verdict. Never set for `undetermined`. */
  readonly tentative: boolean;
  /** One score per model, 0..1, summing to 1 (all 0 for `undetermined`). */
  readonly scores: Readonly<Record<ModelId, number>>;
  readonly reasons: readonly Reason[];
}

export interface Risk {
  readonly code: RiskCode;
  readonly severity: Severity;
  /** The nodes the risk concerns, in a stable order. */
  readonly nodes: readonly NodeId[];
  /** Parameters for the message and advice templates of this code. */
  readonly params: MessageParams;
  /** A catalog key to use instead of `risk.<code>.advice` (e.g. sprawl advice pointing at the guidelines). */
  readonly adviceKey?: string;
  /** Lists of labels behind params of the same name (`owners`), joined by the catalog: see Reason.lists. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Every reason code `classify` can emit (the message catalogs in shared/i18n word each one).
 * The precise meaning of each and its params: docs/analysis-rules.md.
 */
export const REASON_CODES = [
  'reason.empty',
  'reason.no-accounts',
  'reason.no-owned-accounts',
  'reason.no-hub',
  'reason.uncoordinated-owners',
  'reason.central-owner',
  'reason.others-without-accounts',
  'reason.spokes-under-hub',
  'reason.hub-coordinates',
  'reason.sub-hubs',
  'reason.accounts-under-sub-hubs',
  'reason.employees-facilitated',
  'reason.employees-unfacilitated',
  'reason.mixed',
  'reason.tentative',
  'reason.no-hub-idle-teams',
  'reason.side-by-side',
  'reason.peer-hubs',
  'reason.layered-hubs',
  'reason.cycle',
  'reason.mostly',
  'reason.partly',
  'reason.part-outside-hubs',
  'reason.part-own-accounts',
  'reason.part-under-hub',
  'reason.part-employees',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** `analyze(scenario)`: both results, computed from one shared graph index. */
export interface AnalysisResult {
  readonly classification: ClassifyResult;
  readonly risks: readonly Risk[];
}
