/**
 * Types of the comparison of two scenarios (current vs target), the path between them and the
 * goal advice. The rules: docs/compare.md.
 */
import type { ClassifyResult, MessageParams, ModelId, Risk } from '../analysis/types';
import type { EdgeId, EdgeKind, Goal, NodeId, NodeKind, PracticeKey, PracticeValue, Scenario } from '../model/types';

/** The node fields whose change makes a matched node "changed" (position is not one of them). */
export const NODE_FIELDS = ['kind', 'label', 'platform', 'handle', 'notes'] as const;
export type NodeField = (typeof NODE_FIELDS)[number];

/** How a node of `from` was paired with one of `to`: the same id, or the same kind + label. */
export interface NodeMatch {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly by: 'id' | 'label';
}

/** A matched node with at least one changed field. */
export interface NodeChange {
  readonly from: NodeId;
  readonly to: NodeId;
  /** The changed fields, in NODE_FIELDS order. */
  readonly fields: readonly NodeField[];
}

/** An edge as it stands in one scenario (ids of that scenario). */
export interface EdgeRef {
  readonly id: EdgeId;
  readonly kind: EdgeKind;
  readonly source: NodeId;
  readonly target: NodeId;
}

/** An edge between the same two (matched) nodes whose kind changed. Node ids are `to`'s. */
export interface EdgeChange {
  readonly from: EdgeId;
  readonly to: EdgeId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly fromKind: EdgeKind;
  readonly toKind: EdgeKind;
}

/** Counts shown in the summary, per scenario. */
export interface ScenarioCounts {
  readonly nodes: number;
  readonly edges: number;
  readonly accounts: number;
  /** Nodes with an outgoing `coordinates` edge (the format's definition of a hub). */
  readonly hubs: number;
}

/**
 * A practice recorded differently in the two scenarios (issue 18). `from`/`to` absent = not
 * recorded there. See docs/compare.md ("Practices") for which change lands in which list.
 */
export interface PracticeChange {
  readonly practice: PracticeKey;
  readonly from?: PracticeValue;
  readonly to?: PracticeValue;
}

export interface Comparison {
  readonly from: Scenario;
  readonly to: Scenario;
  readonly nodes: {
    /** Every pair, in `to` id order. */
    readonly matches: readonly NodeMatch[];
    /** `from` id → `to` id, and back. */
    readonly fromToTo: ReadonlyMap<NodeId, NodeId>;
    readonly toToFrom: ReadonlyMap<NodeId, NodeId>;
    /** Ids in `to`, in id order. */
    readonly added: readonly NodeId[];
    /** Ids in `from`, in id order. */
    readonly removed: readonly NodeId[];
    /** In `to` id order. */
    readonly changed: readonly NodeChange[];
  };
  readonly edges: {
    /** Edges of `to`, in id order. */
    readonly added: readonly EdgeRef[];
    /** Edges of `from`, in id order. */
    readonly removed: readonly EdgeRef[];
    /** In `to` edge id order. */
    readonly changed: readonly EdgeChange[];
  };
  readonly classification: { readonly from: ClassifyResult; readonly to: ClassifyResult };
  readonly risks: {
    /** Risks of `from` (its node ids) with no counterpart in `to`, in the analysis' order. */
    readonly resolved: readonly Risk[];
    /** Risks of `to` (its node ids) with no counterpart in `from`, in the analysis' order. */
    readonly introduced: readonly Risk[];
  };
  readonly counts: { readonly from: ScenarioCounts; readonly to: ScenarioCounts };
  /**
   * Practices (issue 18), each list in PRACTICES order: `added` — in place (yes/partly) in `to`,
   * no or not recorded in `from`; `completed` — partly → yes; `dropped` — in place in `from`, no
   * (or yes → partly) in `to`. A practice `to` does not record is not read as dropped.
   */
  readonly practices: {
    readonly added: readonly PracticeChange[];
    readonly completed: readonly PracticeChange[];
    readonly dropped: readonly PracticeChange[];
  };
  /** True when nothing was added, removed or changed (positions and ids matched by label aside). */
  readonly unchanged: boolean;
}

/** Steps of the path, in the order the phases come. */
export const STEP_PHASES = ['structure', 'coordination', 'accounts', 'clean-up'] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

/**
 * Every step code, in checklist order (a step's place is decided by its code first, then by the
 * id of its first node). The catalogs word each as `compare.step.<code>`.
 */
export const STEP_CODES = [
  // structure
  'secure-board-commitment',
  'form-hub',
  'form-hub-no-members',
  'form-team',
  'add-regional-hub',
  'make-regional-hub',
  'tie-hub',
  'add-members',
  'add-part',
  // coordination: the practices first — write the guidelines before the spokes open their own accounts
  'write-guidelines',
  'set-account-rules',
  'open-knowledge-bank',
  'train-people',
  'set-crisis-procedure',
  'complete-practice',
  'put-under-guidelines',
  'coordinate',
  'facilitate-employees',
  'change-relation',
  // accounts
  'reassign-account',
  'adopt-orphan',
  'open-account',
  'open-account-no-owner',
  'close-or-adopt-orphan',
  // clean-up
  'merge-sprawl',
  'close-orphan',
  'close-account',
  'stop-coordinating',
  'remove-members',
  'disband-team',
  'remove-part',
  'drop-practice',
  'rename',
  'change-kind',
  'change-platform',
  'change-handle',
] as const;
export type StepCode = (typeof STEP_CODES)[number];

export const STEP_PHASE: Readonly<Record<StepCode, StepPhase>> = {
  'secure-board-commitment': 'structure',
  'write-guidelines': 'coordination',
  'set-account-rules': 'coordination',
  'open-knowledge-bank': 'coordination',
  'train-people': 'coordination',
  'set-crisis-procedure': 'coordination',
  'complete-practice': 'coordination',
  'drop-practice': 'clean-up',
  'form-hub': 'structure',
  'form-hub-no-members': 'structure',
  'form-team': 'structure',
  'add-regional-hub': 'structure',
  'make-regional-hub': 'structure',
  'tie-hub': 'structure',
  'add-members': 'structure',
  'add-part': 'structure',
  'put-under-guidelines': 'coordination',
  coordinate: 'coordination',
  'facilitate-employees': 'coordination',
  'change-relation': 'coordination',
  'reassign-account': 'accounts',
  'adopt-orphan': 'accounts',
  'open-account': 'accounts',
  'open-account-no-owner': 'accounts',
  'close-or-adopt-orphan': 'accounts',
  'merge-sprawl': 'clean-up',
  'close-orphan': 'clean-up',
  'close-account': 'clean-up',
  'stop-coordinating': 'clean-up',
  'remove-members': 'clean-up',
  'disband-team': 'clean-up',
  'remove-part': 'clean-up',
  rename: 'clean-up',
  'change-kind': 'clean-up',
  'change-platform': 'clean-up',
  'change-handle': 'clean-up',
};

/** A node a step names: its id in `from` and/or `to` (one is absent for added/removed nodes). */
export interface StepNode {
  readonly from?: NodeId;
  readonly to?: NodeId;
  /** The label in `to` (in `from` for a removed node). */
  readonly label: string;
  readonly kind: NodeKind;
}

/** One item of the checklist: a code and params for the catalogs, and the nodes it concerns. */
export interface Step {
  readonly code: StepCode;
  readonly phase: StepPhase;
  /** Label lists are in here joined with ", " (what i18next would insert). */
  readonly params: MessageParams;
  /**
   * The same label lists as items (in id order, at most 5, then "…"), so formatStep can join them
   * the way each language does ("Marketing and Customer Service").
   */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** The subject first, then the others. */
  readonly nodes: readonly StepNode[];
}

/** One reason a model fits a goal (or the organisation's shape, when `goal` is null). */
export interface GoalAdvice {
  /** The first ticked goal the model serves (GOALS order); null when only the organisation's shape speaks for it. */
  readonly goal: Goal | null;
  readonly model: ModelId;
  /** A catalog key, e.g. `goals.reason.branding-centralized`: the reason for `goal`. */
  readonly reasonCode: string;
  /** Every ticked goal the model serves, in GOALS order (each model is advised once). */
  readonly goals: readonly Goal[];
  /** The catalog keys of all its reasons, one per goal (the multinational reason once), in order. */
  readonly reasonCodes: readonly string[];
}

export const GOAL_WARNING_CODES = ['goals.fit.none', 'goals.fit.partly', 'goals.fit.undetermined', 'goals.fit.multinational'] as const;
export type GoalWarningCode = (typeof GOAL_WARNING_CODES)[number];

export interface GoalWarning {
  readonly code: GoalWarningCode;
  readonly params: MessageParams;
}

export interface GoalFit {
  /** True when the model serves every goal and no warning applies (also true with no goals). */
  readonly fits: boolean;
  readonly model: ClassifyResult['model'];
  /** Goals the model serves / does not serve, in GOALS order. */
  readonly served: readonly Goal[];
  readonly unserved: readonly Goal[];
  /** The models that serve the most goals (empty with no goals), in MODELS order. */
  readonly suggested: readonly ModelId[];
  readonly warnings: readonly GoalWarning[];
}
