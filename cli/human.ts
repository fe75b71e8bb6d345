import { MODELS, SEVERITIES, type Classification, type Severity } from '../shared/analysis/types';
import { PRACTICES } from '../shared/model/types';
import type { AnalysisReport, ScenarioReport } from './report';
import type { Style } from './style';
import { CLI_TEXT, type CliText } from './text';
import { en, surveyText, type Catalog } from '../shared/i18n';

/**
 * Text that came from the file (labels, scenario names, inside messages) must not drive the
 * terminal: control characters (an escape sequence could rewrite the screen or the title) and
 * bidirectional overrides are shown as U+FFFD.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd').replace(/[\t\n]/g, ' ');
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

export interface HumanOptions {
  readonly style: Style;
  /** Display name of a model id (`Hub and Spoke`). */
  readonly modelName: (model: Classification) => string;
  /** Display name of a severity (`High`). */
  readonly severityName: (severity: Severity) => string;
  /** The words around the analysis (default English). */
  readonly text?: CliText;
  /** The catalog for the survey sentence (default English). */
  readonly catalog?: Catalog;
}

function severityColour(style: Style, severity: Severity): (text: string) => string {
  return severity === 'high' ? style.red : severity === 'medium' ? style.yellow : style.cyan;
}

export function formatScenario(report: ScenarioReport, { style, modelName, severityName, text = CLI_TEXT.en, catalog = en }: HumanOptions): string[] {
  const lines: string[] = [];
  lines.push(style.bold(`${text.scenario} ${terminalSafe(report.name)} (${report.id})`));
  if (report.model === 'undetermined') {
    lines.push(`  ${text.model}: ${style.bold(modelName('undetermined'))}`); // the reasons say why
  } else {
    const tentative = report.tentative ? ` (${style.yellow(text.tentative)})` : '';
    lines.push(`  ${text.model}: ${style.bold(modelName(report.model))}, ${percent(report.confidence)} ${text.confidence}${tentative}`);
    if (report.survey) lines.push(`  ${text.survey}: ${surveyText({ y2010: report.survey.share2010, y2012: report.survey.share2012 }, catalog)}`);
  }

  lines.push(`  ${text.scores}:`);
  const names = MODELS.map((m) => modelName(m));
  const width = Math.max(...names.map((n) => n.length));
  MODELS.forEach((model, i) => {
    const line = `    ${(names[i] ?? model).padEnd(width)}  ${percent(report.scores[model]).padStart(4)}`;
    lines.push(model === report.model ? style.bold(line) : line);
  });

  if (report.reasons.length > 0) {
    lines.push(`  ${text.reasons}:`);
    for (const reason of report.reasons) lines.push(`    - ${terminalSafe(reason)}`);
  }

  // Practices (issue 18): the recorded ones with their value, then what is not recorded.
  const recorded = PRACTICES.filter((k) => report.practices[k] !== null);
  const unrecorded = PRACTICES.filter((k) => report.practices[k] === null);
  const practice = catalog.practices;
  if (recorded.length === 0) lines.push(`  ${text.practices}: ${style.dim(practice.values.unrecorded.toLowerCase())}`);
  else {
    lines.push(`  ${text.practices}:`);
    for (const k of recorded) lines.push(`    ${practice.names[k]}: ${practice.values[report.practices[k] ?? 'no'].toLowerCase()}`);
    if (unrecorded.length > 0) lines.push(`    ${style.dim(`${practice.values.unrecorded}: ${unrecorded.map((k) => practice.names[k]).join(', ')}`)}`);
  }

  const counts = SEVERITIES.map((s) => `${report.risks.filter((r) => r.severity === s).length} ${severityName(s).toLowerCase()}`);
  if (report.risks.length === 0) lines.push(`  ${text.risks}: ${style.green(text.noneFound)}`);
  else lines.push(`  ${text.risks}: ${counts.join(', ')}`);
  for (const severity of SEVERITIES) {
    const risks = report.risks.filter((r) => r.severity === severity);
    if (risks.length === 0) continue;
    const tint = severityColour(style, severity);
    lines.push(`    ${tint(style.bold(severityName(severity)))}`);
    for (const risk of risks) {
      lines.push(`      ${tint(risk.code)}: ${terminalSafe(risk.message)}`);
      if (risk.nodes.length > 0) lines.push(`        ${style.dim(`${text.nodes}:`)} ${risk.nodes.join(', ')}`);
      lines.push(`        ${style.dim(`${text.advice}:`)} ${terminalSafe(risk.advice)}`);
    }
  }
  return lines;
}

/** The default output of `orgmap analyze`: one block per scenario. */
export function formatReport(report: AnalysisReport, options: HumanOptions): string {
  const blocks = [[options.style.dim(terminalSafe(report.file))], ...report.scenarios.map((s) => formatScenario(s, options))];
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
