/**
 * The deck model: what a board deck of a map shows, slide by slide, independent of how it is drawn.
 * PowerPoint, PDF and the app's presentation mode are all drawn from one `Deck`, so they tell the
 * same story. Pure data (ids, numbers, worded text in the deck's language); no geometry.
 *
 * Keep exported names stable: other parts of the app build on them (add fields, do not rename).
 */
import type { Classification, RiskCode, Severity } from '../analysis/types';
import type { StepCode, StepPhase } from '../compare/types';
import type { EdgeId, EdgeKind, NodeId, OrgNode, PracticeKey, PracticeValue, ScenarioId } from '../model/types';

/** The kinds of slide, in the vocabulary of the presentation mode's `data-kind`. */
export const SLIDE_KINDS = ['title', 'map', 'risks', 'changes', 'path', 'step', 'summary'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const DECK_LANGS = ['en', 'nl'] as const;
export type DeckLang = (typeof DECK_LANGS)[number];

/** How a node is marked on a slide (beside highlight/dim): a compare mark. */
export type NodeMarkKind = 'added' | 'changed' | 'removed';

export interface NodeMark {
  readonly node: NodeId;
  readonly mark: NodeMarkKind;
}

/** How an edge is marked on a changes slide. `removed` edges belong to the `from` scenario. */
export interface EdgeMark {
  readonly edge: EdgeId;
  readonly mark: 'added' | 'removed' | 'changed';
  readonly kind: EdgeKind;
  readonly source: NodeId;
  readonly target: NodeId;
}

/** One risk of a scenario, numbered (1-based, most severe first) and worded. */
export interface DeckRisk {
  /** The number badged on its nodes and printed in the risk table. */
  readonly number: number;
  readonly code: RiskCode;
  readonly severity: Severity;
  /** The worded severity ("high" / "hoog"). */
  readonly severityName: string;
  /** A few words ("Orphan account"). */
  readonly title: string;
  /** What and why, one sentence. */
  readonly message: string;
  /** What to do. */
  readonly advice: string;
  readonly nodes: readonly NodeId[];
  /** The labels of `nodes`, in the same order (empty labels as the deck's "no name"). */
  readonly nodeLabels: readonly string[];
}

/** One governance practice of a scenario (issue 18), worded: what makes the model work beyond its structure. */
export interface DeckPractice {
  readonly practice: PracticeKey;
  /** "Guidelines and procedures". */
  readonly name: string;
  /** Only recorded practices become a DeckPractice: a missing one is not recorded, never "no". */
  readonly value: PracticeValue;
  /** "Yes" / "Partly" / "No", in the deck's language. */
  readonly valueName: string;
}

/** A practice added, completed or dropped between the two scenarios (shared/compare `Comparison.practices`). */
export interface DeckPracticeChange {
  readonly practice: PracticeKey;
  readonly change: 'added' | 'completed' | 'dropped';
  /** null = not recorded on that side. */
  readonly from: PracticeValue | null;
  readonly to: PracticeValue | null;
  /** "Guidelines and procedures: no → yes" (values lower case, "not recorded" for null). */
  readonly text: string;
}

/** The verdict beside a map: the model, how sure, and why. */
export interface Verdict {
  readonly model: Classification;
  readonly modelName: string;
  /** 0..1 */
  readonly confidence: number;
  /** "82 %" worded for the language. */
  readonly confidenceText: string;
  /** Too little evidence for a firm verdict (then `modelName` says so too). */
  readonly tentative: boolean;
  /** The tentative hint (when so) and how common the model was in Altimeter's survey; '' for undetermined. */
  readonly note: string;
  /** Every reason, worded; slides show the first `TOP_REASONS`, notes all. */
  readonly reasons: readonly string[];
}

/** Which part of a big scenario a map slide shows. */
export interface MapPart {
  /** `whole`: all nodes (≤ the split limit); `overview`: all nodes, small, with parts following; `hub`: one hub with its spokes; `rest`: nodes no hub reaches. */
  readonly kind: 'whole' | 'overview' | 'hub' | 'rest';
  /** 1-based among the parts of this scenario (overview is 0). */
  readonly index: number;
  readonly count: number;
  /** For `hub` parts. */
  readonly hub?: NodeId;
}

/** Fields every slide has. */
export interface SlideBase {
  readonly kind: SlideKind;
  /** 0-based place in the deck. */
  readonly index: number;
  /** The scenario whose map the slide shows or speaks of; null for the title. */
  readonly scenario: ScenarioId | null;
  readonly title: string;
  readonly subtitle: string;
  /**
   * The nodes of `scenario` the slide draws; null = all of them. Map slides of a split scenario
   * name their part's nodes here.
   */
  readonly nodes: readonly NodeId[] | null;
  /** Nodes to emphasise (a step's nodes, a hub part's hub and spokes); empty = none singled out. */
  readonly highlighted: readonly NodeId[];
  /** Nodes drawn faded (everything not highlighted, on step slides). */
  readonly dimmed: readonly NodeId[];
  /** Compare marks (added / changed / removed). */
  readonly marked: readonly NodeMark[];
  /** Risk numbers badged on each node (node id → numbers, ascending). Empty when risk marks are off. */
  readonly badges: Readonly<Record<string, readonly number[]>>;
  /** Speaker notes: reasons and advice in full. */
  readonly notes: string;
}

export interface TitleSlide extends SlideBase {
  readonly kind: 'title';
  readonly documentTitle: string;
  /** The scenario names, in deck order ("Current → Target"). */
  readonly scenarioNames: readonly string[];
  readonly date: string;
}

export interface MapSlide extends SlideBase {
  readonly kind: 'map';
  readonly scenario: ScenarioId;
  readonly verdict: Verdict;
  /** The first reasons, for the slide itself. */
  readonly topReasons: readonly string[];
  readonly part: MapPart;
  /** Risk counts by severity of the whole scenario. */
  readonly riskCounts: Readonly<Record<Severity, number>>;
  /** A line saying how a big scenario is shown (split into parts), or '' */
  readonly splitNote: string;
  /** The scenario's practices that are recorded, in the format's order (issue 18); empty = none recorded. */
  readonly practices: readonly DeckPractice[];
}

export interface RisksSlide extends SlideBase {
  readonly kind: 'risks';
  readonly scenario: ScenarioId;
  /** The rows of this slide. */
  readonly risks: readonly DeckRisk[];
  /** Total risks of the scenario. */
  readonly total: number;
  /** 1-based page of this scenario's risk table, and how many. */
  readonly page: number;
  readonly pages: number;
  /** "… and 12 more (in the notes)" when the table stops early, else ''. */
  readonly more: string;
  /** Column heads: severity, what, advice, where. */
  readonly columns: { readonly severity: string; readonly what: string; readonly advice: string; readonly nodes: string };
}

export interface LegendItem {
  readonly mark: NodeMarkKind | 'edge-added' | 'edge-removed' | 'risk';
  readonly text: string;
}

export interface ChangesSlide extends SlideBase {
  readonly kind: 'changes';
  /** The target; `marked` names its added and changed nodes and the ghosts' ids. */
  readonly scenario: ScenarioId;
  readonly from: ScenarioId;
  /** Nodes of `from` no longer in the target, to draw ghosted at their own positions. */
  readonly ghosts: readonly OrgNode[];
  readonly edges: readonly EdgeMark[];
  readonly legend: readonly LegendItem[];
  /** Counts, worded ("3 added, 1 changed, 2 removed"). */
  readonly counts: string;
}

export interface DeckStep {
  /** 1-based. */
  readonly number: number;
  readonly code: StepCode;
  readonly phase: StepPhase;
  readonly phaseName: string;
  readonly text: string;
  /** The step's nodes in the target (added or kept), and in the current (removed). */
  readonly toNodes: readonly NodeId[];
  readonly fromNodes: readonly NodeId[];
  readonly labels: readonly string[];
  /** The step's nodes in order (subject first), each with its label and whether it leaves the map (its id is then the current's). */
  readonly refs: readonly { readonly id: NodeId; readonly label: string; readonly removed: boolean }[];
}

export interface PathSlide extends SlideBase {
  readonly kind: 'path';
  /** The target. */
  readonly scenario: ScenarioId;
  readonly from: ScenarioId;
  readonly steps: readonly DeckStep[];
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  /** "Nothing to change." when the path is empty, else ''. */
  readonly empty: string;
  /** On the last path slide when the path has more steps than the slides show ("… and 12 more steps"), else ''. */
  readonly more: string;
}

/** One step of the path on its own slide (optional: `steps: true`); the target with the step's nodes highlighted. */
export interface StepSlide extends SlideBase {
  readonly kind: 'step';
  readonly scenario: ScenarioId;
  readonly from: ScenarioId;
  readonly step: DeckStep;
  readonly total: number;
}

export interface SummarySide {
  readonly scenario: ScenarioId;
  readonly name: string;
  readonly verdict: Verdict;
  readonly riskCounts: Readonly<Record<Severity, number>>;
  /** The scenario's recorded practices (issue 18); empty = none recorded. */
  readonly practices: readonly DeckPractice[];
}

export interface SummarySlide extends SlideBase {
  readonly kind: 'summary';
  /** One side for one scenario; before and after for two. */
  readonly before: SummarySide;
  readonly after: SummarySide | null;
  /** Two scenarios: risks of the current the target no longer has, and new ones. */
  readonly resolved: readonly DeckRisk[];
  readonly introduced: readonly DeckRisk[];
  /** One scenario: the most severe risks' advice; two: the path's first steps. */
  readonly nextSteps: readonly string[];
  /** Two scenarios: the practices added, completed and dropped (issue 18), in that order; empty for one. */
  readonly practiceChanges: readonly DeckPracticeChange[];
  readonly headings: { readonly before: string; readonly after: string; readonly resolved: string; readonly introduced: string; readonly next: string; readonly practices: string };
}

export type Slide = TitleSlide | MapSlide | RisksSlide | ChangesSlide | PathSlide | StepSlide | SummarySlide;

export interface DeckOptions {
  /** The date printed on the title slide (the caller's today; the model reads no clock). */
  readonly date?: string;
  /** Closing summary slide (default true). */
  readonly summary?: boolean;
  /** One slide per path step after the checklist (default false; the presentation mode may ask for them). */
  readonly steps?: boolean;
  /** Risk numbers badged on nodes (default true). */
  readonly riskMarks?: boolean;
  /** Compare marks on the changes slide (default true). */
  readonly compareMarks?: boolean;
  /** Most nodes on one map slide before the scenario is split (default `SPLIT_LIMIT`). */
  readonly splitLimit?: number;
}

export interface Deck {
  readonly lang: DeckLang;
  readonly title: string;
  readonly date: string;
  readonly scenarios: readonly ScenarioId[];
  readonly slides: readonly Slide[];
  /** Every numbered risk per scenario (the tables may list fewer; badges use these numbers). */
  readonly risks: Readonly<Record<string, readonly DeckRisk[]>>;
  /** Words the drawers need that no slide carries (legend, page words). */
  readonly words: DeckWords;
}

/** Every word a deck adds, in one language. */
export interface DeckWords {
  readonly risks: string;
  readonly noRisks: string;
  readonly changes: string;
  readonly path: string;
  readonly step: string;
  readonly summary: string;
  readonly model: string;
  readonly confidence: string;
  readonly why: string;
  readonly severity: string;
  readonly what: string;
  readonly advice: string;
  readonly where: string;
  readonly before: string;
  readonly after: string;
  readonly resolved: string;
  readonly introduced: string;
  readonly noneResolved: string;
  readonly noneIntroduced: string;
  readonly next: string;
  readonly nothingToChange: string;
  readonly added: string;
  readonly changed: string;
  readonly removed: string;
  readonly edgeAdded: string;
  readonly edgeRemoved: string;
  readonly riskBadge: string;
  /** `{{count}}` more risks than the table lists. */
  readonly moreRisks: string;
  /** `{{page}}`/`{{pages}}` */
  readonly pageOf: string;
  readonly overview: string;
  /** `{{hub}}` */
  readonly hubPart: string;
  readonly restPart: string;
  /** `{{count}}`, `{{parts}}`, `{{limit}}` */
  readonly splitNote: string;
  /** The split note when only the biggest parts are shown ({{count}}, {{shown}}, {{parts}}, {{limit}}). */
  readonly splitNoteCapped: string;
  /** Under the last path slide's rows when steps are left out ({{count}}). */
  readonly moreSteps: string;
  /** In the changes slides' notes when only some parts are shown ({{shown}}). */
  readonly moreChanges: string;
  /** `{{added}}`, `{{changed}}`, `{{removed}}` */
  readonly changeCounts: string;
  /** `{{high}}`, `{{medium}}`, `{{low}}` */
  readonly riskCounts: string;
  readonly notesReasons: string;
  readonly notesAdvice: string;
  readonly percent: string;
  readonly phases: Readonly<Record<StepPhase, string>>;
  readonly severityNames: Readonly<Record<Severity, string>>;
  readonly noLabel: string;
  /** Practices (issue 18): the heading, and the line when none is recorded. */
  readonly practices: string;
  readonly practicesNone: string;
  /** `{{practice}}`, `{{from}}`, `{{to}}` */
  readonly practiceChange: string;
}
