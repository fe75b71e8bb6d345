import { flag, stringOption } from '../args';
import { CliFailure } from '../errors';
import { terminalSafe } from '../human';
import { loadDocument } from '../load';
import { round2 } from '../report';
import type { Style } from '../style';
import { type Classification, type Risk, type RiskCode, type Severity } from '../../shared/analysis/types';
import {
  compareScenarios,
  formatGoalWarning,
  formatMessage,
  formatStep,
  goalFit,
  goalName,
  hasSemiAutonomousUnits,
  planPath,
  type Comparison,
  type GoalFit,
  type PracticeChange,
} from '../../shared/compare';
import { en, formatRisk, interpolate, modelName, severityName, type Catalog } from '../../shared/i18n';
import { catalogFor, type Lang } from '../lang';
import { CLI_TEXT } from '../text';
import type { Goal, OrgDocument, PracticeKey, PracticeValue, Scenario } from '../../shared/model/types';
import { COMPARE_SPEC } from './specs';
import type { Command } from './types';

/** One side of the comparison as `orgmap compare --json` prints it. */
interface SideReport {
  readonly id: string;
  readonly name: string;
  readonly model: Classification;
  readonly confidence: number;
  /** Too little evidence for a firm verdict (docs/analysis-rules.md, "Confidence"). */
  readonly tentative: boolean;
  readonly accounts: number;
  readonly hubs: number;
}

interface RiskChangeReport {
  readonly code: RiskCode;
  readonly severity: Severity;
  readonly nodes: readonly string[];
  readonly message: string;
}

/** The one JSON document `orgmap compare --json` writes (docs/cli.md). */
export interface CompareReport {
  readonly file: string;
  readonly from: SideReport;
  readonly to: SideReport;
  readonly nodes: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly { readonly from: string; readonly to: string; readonly fields: readonly string[] }[];
  };
  readonly edges: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly { readonly from: string; readonly to: string; readonly fromKind: string; readonly toKind: string }[];
  };
  readonly risks: { readonly resolved: readonly RiskChangeReport[]; readonly introduced: readonly RiskChangeReport[] };
  /** null when the file sets no goals. */
  readonly goals: {
    readonly goals: readonly Goal[];
    readonly fits: boolean;
    readonly served: readonly Goal[];
    readonly unserved: readonly Goal[];
    readonly suggested: readonly string[];
    readonly warnings: readonly string[];
  } | null;
  /** Practices added, completed and dropped (issue 18); null = not recorded on that side. */
  readonly practices: {
    readonly added: readonly PracticeChangeReport[];
    readonly completed: readonly PracticeChangeReport[];
    readonly dropped: readonly PracticeChangeReport[];
  };
  readonly steps: readonly string[];
}

interface PracticeChangeReport {
  readonly practice: PracticeKey;
  readonly from: PracticeValue | null;
  readonly to: PracticeValue | null;
}

const practiceChanges = (list: readonly PracticeChange[]): PracticeChangeReport[] =>
  list.map((c) => ({ practice: c.practice, from: c.from ?? null, to: c.to ?? null }));

/**
 * Which scenarios to compare. --from defaults to the first scenario; --to to the one with id
 * `target`, or — when there is none or it is the --from one — the first other scenario.
 */
function pickScenarios(file: string, document: OrgDocument, fromId: string | undefined, toId: string | undefined): [Scenario, Scenario] {
  const scenarios = document.scenarios;
  const known = scenarios.map((s) => s.id).join(', ');
  const find = (id: string, option: string): Scenario => {
    const found = scenarios.find((s) => s.id === id);
    if (!found) throw new CliFailure(`${file}: no scenario "${id}" for --${option} (the file has: ${known})`);
    return found;
  };
  const from = fromId === undefined ? (scenarios[0] as Scenario) : find(fromId, 'from');
  if (toId !== undefined) return [from, find(toId, 'to')];
  const target = scenarios.find((s) => s.id === 'target' && s !== from) ?? scenarios.find((s) => s !== from);
  if (!target) throw new CliFailure(`${file}: only one scenario (${known}), nothing to compare it with; give --to ID`);
  return [from, target];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

function riskReports(risks: readonly Risk[], catalog: Catalog): RiskChangeReport[] {
  return [...risks]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((risk) => ({ code: risk.code, severity: risk.severity, nodes: [...risk.nodes], message: formatRisk(risk, catalog).message }));
}

function sideReport(scenario: Scenario, c: Comparison, side: 'from' | 'to'): SideReport {
  const classification = c.classification[side];
  return {
    id: scenario.id,
    name: scenario.name,
    model: classification.model,
    confidence: round2(classification.confidence),
    tentative: classification.tentative,
    accounts: c.counts[side].accounts,
    hubs: c.counts[side].hubs,
  };
}

export function compareReport(file: string, document: OrgDocument, from: Scenario, to: Scenario, catalog: Catalog = en): CompareReport {
  const c = compareScenarios(from, to);
  const goals = document.goals ?? [];
  let goalReport: CompareReport['goals'] = null;
  if (goals.length > 0) {
    const fit: GoalFit = goalFit(goals, c.classification.to, { semiAutonomousUnits: hasSemiAutonomousUnits(from) || hasSemiAutonomousUnits(to) });
    goalReport = {
      goals: [...goals],
      fits: fit.fits,
      served: fit.served,
      unserved: fit.unserved,
      suggested: fit.suggested,
      warnings: fit.warnings.map((w) => formatGoalWarning(w, catalog)),
    };
  }
  return {
    file,
    from: sideReport(from, c, 'from'),
    to: sideReport(to, c, 'to'),
    nodes: {
      added: [...c.nodes.added],
      removed: [...c.nodes.removed],
      changed: c.nodes.changed.map((n) => ({ from: n.from, to: n.to, fields: [...n.fields] })),
    },
    edges: {
      added: c.edges.added.map((e) => e.id),
      removed: c.edges.removed.map((e) => e.id),
      changed: c.edges.changed.map((e) => ({ from: e.from, to: e.to, fromKind: e.fromKind, toKind: e.toKind })),
    },
    risks: { resolved: riskReports(c.risks.resolved, catalog), introduced: riskReports(c.risks.introduced, catalog) },
    goals: goalReport,
    practices: { added: practiceChanges(c.practices.added), completed: practiceChanges(c.practices.completed), dropped: practiceChanges(c.practices.dropped) },
    steps: planPath(c).map((s) => formatStep(s, catalog)),
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function formatText(report: CompareReport, style: Style, lang: Lang): string {
  const { from, to } = report;
  const catalog = catalogFor(lang);
  const text = CLI_TEXT[lang];
  const name = (m: Classification) => modelName(m, catalog);
  const row = (label: string) => `  ${`${label}:`.padEnd(13)}`;
  const lines: string[] = [style.dim(terminalSafe(report.file))];
  lines.push(style.bold(`${text.compare} ${terminalSafe(from.name)} (${from.id}) → ${terminalSafe(to.name)} (${to.id})`));
  const model = from.model === to.model ? `${name(to.model)} (${text.unchanged})` : `${name(from.model)} → ${name(to.model)}`;
  lines.push(`${row(text.model)}${style.bold(model)}`);
  const confidence = (s: SideReport) => (s.model === 'undetermined' ? '–' : `${percent(s.confidence)}${s.tentative ? ` (${catalog.verdict.tentative})` : ''}`);
  lines.push(`${row(text.confidence[0]?.toUpperCase() + text.confidence.slice(1))}${confidence(from)} → ${confidence(to)}`);
  lines.push(`${row(text.accounts)}${from.accounts} → ${to.accounts}`);
  lines.push(`${row(text.hubs)}${from.hubs} → ${to.hubs}`);
  const n = report.nodes;
  const e = report.edges;
  lines.push(`${row(text.nodesRow)}${interpolate(text.changes, { added: n.added.length, removed: n.removed.length, changed: n.changed.length })}`);
  lines.push(`${row(text.lines)}${interpolate(text.changes, { added: e.added.length, removed: e.removed.length, changed: e.changed.length })}`);
  for (const [title, risks, tint] of [
    [text.risksResolved, report.risks.resolved, style.green],
    [text.risksIntroduced, report.risks.introduced, style.red],
  ] as const) {
    if (risks.length === 0) {
      lines.push(`  ${title}: ${text.none}`);
      continue;
    }
    lines.push(`  ${title} (${risks.length}):`);
    for (const r of risks) lines.push(`    - ${tint(`${severityName(r.severity, catalog)} ${r.code}`)}: ${terminalSafe(r.message)} ${style.dim(`[${r.nodes.join(', ')}]`)}`);
  }
  const p = report.practices;
  if (p.added.length + p.completed.length + p.dropped.length === 0) lines.push(`${row(text.practices)}${catalog.practices.compare.none}`);
  else {
    const value = (v: PracticeValue | null) => (v === null ? catalog.practices.values.unrecorded : catalog.practices.values[v]).toLowerCase();
    for (const [title, list, mark] of [
      [catalog.practices.compare.added, p.added, style.green('+')],
      [catalog.practices.compare.completed, p.completed, style.green('+')],
      [catalog.practices.compare.dropped, p.dropped, style.red('-')],
    ] as const) {
      if (list.length === 0) continue;
      lines.push(`  ${title} (${list.length}):`);
      for (const c of list) lines.push(`    ${mark} ${catalog.practices.names[c.practice]}: ${value(c.from)} → ${value(c.to)}`);
    }
  }
  if (report.goals) {
    const goals = report.goals;
    lines.push(`${row(text.goals)}${goals.goals.map((g) => goalName(g, catalog)).join(', ')}`);
    if (goals.fits) lines.push(`    ${style.green(terminalSafe(formatMessage('goals.fit.fits', { model: to.model, goals: goals.goals.join(',') }, catalog)))}`);
    for (const w of goals.warnings) lines.push(`    ${style.yellow(`! ${terminalSafe(w)}`)}`);
  }
  lines.push('');
  lines.push(style.bold(`${text.path}:`));
  // The same numbering as formatPathAsText (what the app copies).
  if (report.steps.length === 0) lines.push(`  ${catalog.compare.path.empty}`);
  report.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${terminalSafe(step)}`));
  return `${lines.join('\n')}\n`;
}

export const compare: Command = {
  ...COMPARE_SPEC,
  async run(args, { io, style, lang }) {
    const file = args.positionals[0] ?? '';
    const document = await loadDocument(file, io);
    const [from, to] = pickScenarios(file, document, stringOption(args, 'from'), stringOption(args, 'to'));
    const report = compareReport(file, document, from, to, catalogFor(lang));
    if (flag(args, 'json')) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout.write(formatText(report, style, lang));
    return 0;
  },
};
