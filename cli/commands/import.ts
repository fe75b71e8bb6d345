import { basename, extname, resolve } from 'node:path';
import { listOption, stringOption, UsageError } from '../args';
import { CliFailure } from '../errors';
import { formatScenario, terminalSafe } from '../human';
import { checkWritable, writeFileAtomically } from '../export/write';
import { ReadFailure, type CliIO } from '../io';
import { reportScenario } from '../report';
import { en, interpolate, modelName, severityName } from '../../shared/i18n';
import { catalogFor } from '../lang';
import { CLI_TEXT, type CliText } from '../text';
import {
  applyImport,
  formatImportMessage,
  IMPORT_FIELDS,
  missingKey,
  planImport,
  readSheet,
  refusalMessage,
  rejectsToCsv,
  sheetMapping,
  sheetTable,
  type ColumnMapping,
  type CsvTable,
  type ImportMessage,
  type Sheet,
} from '../../shared/import';
import { emptyDocument, LIMITS, parseDocument, serializeDocument } from '../../shared/model';
import { replaceScenario } from '../../shared/model/edits';
import { IMPORT_SPEC } from './specs';
import type { Command } from './types';

/** At most this many rejects and warnings are listed; `--rejects FILE` has them all. */
const LISTED = 50;

const SEPARATOR_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

export const importCommand: Command = {
  ...IMPORT_SPEC,
  async run(args, { io, style, lang }) {
    const file = args.positionals[0] ?? '';
    const output = stringOption(args, 'output');
    if (output === undefined) throw new UsageError('missing -o OUT.orgmap (usage: orgmap import FILE.csv [--map COLUMN=FIELD …] -o OUT.orgmap)');
    const rejectsFile = stringOption(args, 'rejects');
    const title = stringOption(args, 'title') ?? basename(file, extname(file));
    if (title.length > LIMITS.titleMax) throw new UsageError(`--title is longer than ${LIMITS.titleMax} characters`);
    for (const target of [output, rejectsFile]) {
      if (target !== undefined && resolve(target) === resolve(file)) throw new UsageError(`"${target}" is the input file; choose another output`);
    }
    if (rejectsFile !== undefined && resolve(rejectsFile) === resolve(output)) throw new UsageError('--rejects and -o name the same file');

    const sheet = await readSheetFile(file, io.readFile);
    // A sheet whose first row is already data (platform names, handles, URLs) has no header.
    const { headerless } = sheet;
    const table = sheetTable(sheet);
    const mapped = sheetMapping(table, listOption(args, 'map'));
    if (!mapped.ok) throw new UsageError(mapped.message);
    const { mapping } = mapped;
    if (missingKey(mapping)) {
      throw new CliFailure(
        `${file}: no column for the platform or the handle (columns: ${table.header.map((h, i) => h || `#${i + 1}`).join(', ')}); name one with --map COLUMN=platform`,
      );
    }

    const result = planImport(table, mapping);
    const base = emptyDocument(title, CLI_TEXT[lang].import.scenarioName);
    const current = base.scenarios[0];
    if (current === undefined) throw new Error('emptyDocument() gave no scenario');
    // The app's layout (elkjs), run in this thread; the app runs the same graph in a web worker.
    // elkjs loads here, only for this command (a chunk of its own in the bundle).
    const { elkInThread } = await import('../../shared/layout/run');
    let layoutProblem: string | null = null;
    const scenario = await applyImport(current, result, elkInThread, { layout: 'all', layoutOptions: { onFallback: (reason) => (layoutProblem = reason) } });
    const document = replaceScenario(base, current.id, scenario);
    const text = serializeDocument(document);
    const check = parseDocument(text, output);
    if (!check.ok) throw new Error(`the import produced an invalid map: ${check.error.message}`);

    const catalog = catalogFor(lang);
    const words = CLI_TEXT[lang];
    const it = words.import;
    const message = (m: ImportMessage): string => terminalSafe(formatImportMessage(m, catalog));
    // Every output checked before any is written: a bad --rejects must not leave the map written.
    await checkWritable(output);
    if (rejectsFile !== undefined) await checkWritable(rejectsFile);
    await writeFileAtomically(output, text);
    if (rejectsFile !== undefined) await writeFileAtomically(rejectsFile, rejectsToCsv(table, result.rejects, catalog));

    const { stats } = result;
    const lines: string[] = [];
    lines.push(style.bold(interpolate(it.imported, { file: terminalSafe(file), output: terminalSafe(output) })));
    lines.push(
      `  ${interpolate(it.rowsRead, { rows: stats.rows })}${stats.emptyRows > 0 ? interpolate(it.emptyRows, { count: stats.emptyRows }) : ''}; ${interpolate(it.separator, { separator: it.separators[SEPARATOR_NAMES[table.separator]] })}`,
    );
    lines.push(`  ${interpolate(it.columns, { columns: describeMapping(table, mapping, words) })}${headerless ? it.headerless : ''}`);
    const merged = stats.mergedAccounts === 0 ? '' : interpolate(stats.mergedAccounts === 1 ? it.merged_one : it.merged_other, { count: stats.mergedAccounts });
    lines.push(`  ${interpolate(it.accounts, { accounts: stats.accounts, orphans: stats.orphans })}${merged}`);
    lines.push(`  ${interpolate(it.owners, { owners: stats.owners, hubs: stats.hubs, nodes: stats.newNodes, edges: stats.newEdges })}`);
    if (layoutProblem !== null) lines.push(`  ${it.layout}: ${style.yellow(it.layoutFailed)} (${terminalSafe(layoutProblem)})`);
    if (result.rejects.length === 0) lines.push(`  ${it.rejected}: ${style.green(words.none)}`);
    else {
      lines.push(
        `  ${it.rejected}: ${style.red(String(result.rejects.length))}${rejectsFile === undefined ? it.rejectsHint : interpolate(it.rejectsWritten, { file: terminalSafe(rejectsFile) })}`,
      );
      for (const r of result.rejects.slice(0, LISTED)) lines.push(`    ${interpolate(it.row, { row: r.row })}: ${message(r.reason)}`);
      if (result.rejects.length > LISTED) lines.push(`    ${interpolate(it.more, { count: result.rejects.length - LISTED })}`);
    }
    if (result.warnings.length > 0) {
      lines.push(`  ${it.warnings}: ${style.yellow(String(result.warnings.length))}`);
      for (const w of result.warnings.slice(0, LISTED)) lines.push(`    ${w.row > 0 ? interpolate(it.row, { row: w.row }) : it.file}: ${message(w.message)}`);
      if (result.warnings.length > LISTED) lines.push(`    ${interpolate(it.more, { count: result.warnings.length - LISTED })}`);
    }
    lines.push('');
    lines.push(...formatScenario(reportScenario(scenario, catalog), { style, modelName: (m) => modelName(m, catalog), severityName: (s) => severityName(s, catalog), text: words, catalog }));
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};

/** `platform ← "Kanaal", owner ← column 3`: the field names are the ids `--map` takes, so they stay as they are. */
function describeMapping(table: CsvTable, mapping: ColumnMapping, words: CliText): string {
  const parts: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const header = table.header[column] ?? '';
    parts.push(`${field} ← ${header === '' ? interpolate(words.import.column, { column: column + 1 }) : `"${terminalSafe(header)}"`}`);
  }
  return parts.length === 0 ? words.none : parts.join(', ');
}

/** The file through the shared pipeline; a refusal is the one line the app's dialog shows too (in English, as every command-line refusal). */
async function readSheetFile(file: string, readFile: CliIO['readFile']): Promise<Sheet> {
  let text: string;
  try {
    text = await readFile(file, 'spreadsheet');
  } catch (error) {
    if (error instanceof ReadFailure) {
      if (error.problem) throw new CliFailure(refusalMessage(file, { stage: 'text', problem: error.problem }, en));
      throw new CliFailure(`${file}: cannot read the file: ${error.message}`);
    }
    throw error;
  }
  const read = readSheet(text);
  if (!read.ok) throw new CliFailure(refusalMessage(file, read.refusal, en));
  return read.sheet;
}
