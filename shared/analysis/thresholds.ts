/**
 * Every number the analysis rules use, in one place. docs/analysis-rules.md explains each; change
 * a value there and here together.
 */
export const THRESHOLDS = {
  /** Softmax temperature turning raw evidence (0..1) into scores. Lower = more decisive. */
  softmaxTemperature: 0.15,
  /** Weight of ownership evidence when at least one account has an owner; the rest is structure. */
  ownershipWeight: 0.85,
  /** An account run by an employee group counts this many times: the group stands for many people posting as themselves. */
  employeeAccountWeight: 2,
  /** Top two scores closer than this → a `reason.mixed`. */
  mixedMargin: 0.15,
  /** Sub-hubs needed for the full "multiple" factor (fewer scales it down linearly). */
  subHubsForMultiple: 2,
  /** Uncoordinated owners needed for full decentralized diversity (1 owner → 0). */
  ownersForDiversity: 3,
  /** Spoke owners needed for full hub-and-spoke spread (1 owner → half). */
  spokesForSpread: 2,
  /**
   * Calibrated confidence (docs/analysis-rules.md, "Confidence"): the confidence is the winner's
   * score, capped by how much evidence the map holds. With owned accounts the cap climbs from
   * confidenceFloor by an equal step per owned account up to confidenceCeiling at
   * accountsForFullConfidence; without any owned account (structure alone) it stays at or below
   * structureOnlyCap.
   */
  confidenceFloor: 0.5,
  confidenceCeiling: 0.95,
  accountsForFullConfidence: 6,
  structureOnlyCap: 0.5,
  /** Fewer owned accounts than this: the verdict is tentative. */
  accountsForFirmVerdict: 3,
  /** A hub on a coordination cycle multiplies the confidence by this. */
  cycleConfidenceFactor: 0.8,
  /** A part of the map following another model is named when its owners hold at least this share of the (weighted) accounts. */
  deviatingPartShare: 0.1,
  /** reason.central-owner is given when one owner runs at least this share of the accounts. */
  centralOwnerReasonShare: 0.5,

  /** help-desk-bottleneck: minimum accounts the one owner runs … */
  helpDeskMinAccounts: 3,
  /** … and minimum share of all owned accounts … */
  helpDeskMinShare: 0.8,
  /** … while at least this many departments/units run no account of their own. */
  helpDeskMinServed: 3,

  /** hub-not-cross-functional: a team hub needs members from at least this many departments/units. */
  crossFunctionalMinMembers: 2,

  /** At most this many labels are listed in a message parameter; the rest become "…". */
  listedLabels: 5,
} as const;
