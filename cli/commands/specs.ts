/**
 * What `orgmap --help` and the argument parser need to know of each command (name, usage, options),
 * apart from the code that runs it: cli/commands/index.ts lists these and loads a command's module
 * only when that command runs (issue 17), so `orgmap analyze` does not load the import and export code.
 */
import type { Command } from './types';

export type CommandSpec = Omit<Command, 'run'>;

export const ANALYZE_SPEC: CommandSpec = {
  name: 'analyze',
  summary: 'name the model each scenario follows, why, and what is at risk',
  usage: 'FILE [--scenario ID] [--json]',
  positionals: [{ name: 'FILE', required: true }],
  options: [
    { name: 'scenario', value: 'ID', description: 'analyse only the scenario with this id' },
    { name: 'json', description: 'write one JSON document to stdout instead of text' },
  ],
};

export const COMPARE_SPEC: CommandSpec = {
  name: 'compare',
  summary: 'compare two scenarios: model change, risks resolved and introduced, and the path from one to the other',
  usage: 'FILE [--from ID] [--to ID] [--json]',
  positionals: [{ name: 'FILE', required: true }],
  options: [
    { name: 'from', value: 'ID', description: 'the scenario to start from (default: the first)' },
    { name: 'to', value: 'ID', description: 'the scenario to arrive at (default: "target", else the first other one)' },
    { name: 'json', description: 'write one JSON document to stdout instead of text' },
  ],
};

export const VALIDATE_SPEC: CommandSpec = {
  name: 'validate',
  summary: 'check a file against the .orgmap format; prints "ok" or the refusal',
  usage: 'FILE',
  positionals: [{ name: 'FILE', required: true }],
  options: [],
};

export const IMPORT_SPEC: CommandSpec = {
  name: 'import',
  summary: 'turn a spreadsheet of accounts (CSV/TSV) into a laid-out .orgmap, listing the rows it cannot use',
  usage: 'FILE.csv [--map COLUMN=FIELD …] [--title T] [--rejects FILE.csv] -o OUT.orgmap',
  positionals: [{ name: 'FILE.csv', required: true }],
  options: [
    {
      name: 'map',
      value: 'COLUMN=FIELD',
      repeatable: true,
      description: 'use this column (header name or 1-based number) for a field: platform, handle, owner, owner-kind, hub, label, notes, or ignore; repeatable',
    },
    { name: 'title', value: 'T', description: "the map's title (default: the file name)" },
    { name: 'rejects', value: 'FILE.csv', description: 'also write the rejected rows, with the reason, as CSV' },
    { name: 'output', value: 'OUT.orgmap', short: 'o', description: 'where to write the map (-o); required' },
  ],
};

export const EXPORT_SPEC: CommandSpec = {
  name: 'export',
  summary: 'draw a scenario as PNG, SVG, PDF or editable PowerPoint, as the app exports it',
  usage: 'FILE --format png|svg|pdf|pptx [--scenario ID …] [--scale N] [--background white|transparent] [--legend] [--caption] [--summary] [--no-risk-marks] [--no-compare-marks] [--theme light|dark] [--lang en|nl] [-o OUT]',
  positionals: [{ name: 'FILE', required: true }],
  options: [
    { name: 'format', value: 'FORMAT', description: 'png, svg, pdf or pptx; required' },
    { name: 'scenario', value: 'ID', repeatable: true, description: 'the scenario to draw (default: the first; pdf and pptx: all); repeatable for pdf and pptx' },
    { name: 'scale', value: 'N', description: 'png: 1, 2 or 3 pixels per map unit (default 2); svg: size multiplier' },
    { name: 'background', value: 'white|transparent', description: 'page behind the map (default white)' },
    { name: 'legend', description: 'add the legend of line kinds and the hub mark' },
    { name: 'caption', description: 'add a caption: title, scenario, model and date' },
    { name: 'summary', description: 'pdf, pptx: end the deck with a summary slide (model before and after, risks resolved and introduced, next steps)' },
    { name: 'no-risk-marks', description: 'pdf, pptx: do not number the risks on the nodes' },
    { name: 'no-compare-marks', description: 'pdf, pptx: do not mark the changes on the target' },
    { name: 'theme', value: 'light|dark', description: 'colours: light (default) or dark, as the canvas in dark mode' },
    { name: 'lang', value: 'en|nl', description: 'language of the words the export adds (default: from LC_ALL / LANG, else en)' },
    { name: 'output', value: 'OUT', short: 'o', description: 'where to write (-o; default: next to FILE, with the format as extension)' },
  ],
};
