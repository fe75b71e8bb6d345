import { classify, findRisks } from '../shared/analysis';
import { MODELS, SEVERITIES, type Classification, type ModelId, type RiskCode, type Severity } from '../shared/analysis/types';
import { SURVEY_SHARE } from '../shared/analysis/survey';
import { en, formatReason, formatRisk, type Catalog } from '../shared/i18n';
import { PRACTICES, type OrgDocument, type PracticeKey, type PracticeValue, type Practices, type Scenario } from '../shared/model/types';

/** One risk as `orgmap analyze --json` prints it (docs/orgmap-format.md, "Command line"). */
export interface RiskReport {
  readonly code: RiskCode;
  readonly severity: Severity;
  readonly nodes: readonly string[];
  readonly message: string;
  readonly advice: string;
}

export interface ScenarioReport {
  readonly id: string;
  readonly name: string;
  readonly model: Classification;
  readonly confidence: number;
  /** Too little evidence for a firm verdict (docs/analysis-rules.md, "Confidence"); false for undetermined. */
  readonly tentative: boolean;
  /** How common the model was in Altimeter's survey, in percent (null for undetermined). */
  readonly survey: { readonly share2010: number; readonly share2012: number } | null;
  readonly scores: Readonly<Record<ModelId, number>>;
  readonly reasons: readonly string[];
  /** Every practice in the format's order; null = not recorded (issue 18). */
  readonly practices: Readonly<Record<PracticeKey, PracticeValue | null>>;
  readonly risks: readonly RiskReport[];
}

/** All six practices, in the format's order, null where the scenario records none. */
export function practicesReport(practices: Practices | undefined): Record<PracticeKey, PracticeValue | null> {
  return Object.fromEntries(PRACTICES.map((k) => [k, practices?.[k] ?? null])) as Record<PracticeKey, PracticeValue | null>;
}

/** The one JSON document `orgmap analyze --json` writes. */
export interface AnalysisReport {
  readonly file: string;
  readonly scenarios: readonly ScenarioReport[];
}

/** Rounds to 2 decimals for output; never `-0`. */
export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** Analyses one scenario and words the result with `catalog` (English by default: stable text for scripts). */
export function reportScenario(scenario: Scenario, catalog: Catalog = en): ScenarioReport {
  const result = classify(scenario);
  const scores = Object.fromEntries(MODELS.map((m) => [m, round2(result.scores[m])])) as Record<ModelId, number>;
  // Most severe first; the analysis order is kept within a severity (Array.prototype.sort is stable).
  const risks = [...findRisks(scenario)]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((risk): RiskReport => {
      const { message, advice } = formatRisk(risk, catalog);
      return { code: risk.code, severity: risk.severity, nodes: [...risk.nodes], message, advice };
    });
  return {
    id: scenario.id,
    name: scenario.name,
    model: result.model,
    confidence: round2(result.confidence),
    tentative: result.tentative,
    survey: result.model === 'undetermined' ? null : { share2010: SURVEY_SHARE[result.model].y2010, share2012: SURVEY_SHARE[result.model].y2012 },
    scores,
    reasons: result.reasons.map((reason) => formatReason(reason, catalog)),
    practices: practicesReport(scenario.practices),
    risks,
  };
}

/** The report for a document, for every scenario or only the one given. */
export function reportDocument(file: string, document: OrgDocument, scenarios: readonly Scenario[] = document.scenarios, catalog: Catalog = en): AnalysisReport {
  return { file, scenarios: scenarios.map((s) => reportScenario(s, catalog)) };
}
