import { basename, dirname, extname, join, resolve } from 'node:path';
import { flag, listOption, stringOption, UsageError } from '../args';
import { CliFailure } from '../errors';
import { terminalSafe } from '../human';
import { loadDocument } from '../load';
import { captionFor, renderPdf, renderPng, renderPptx } from '../export/formats';
import { svgFaces } from '../export/fonts';
import { embedSvgFonts } from '../../shared/export/svg-fonts';
import { writeFileAtomically } from '../export/write';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL, renderScenarioSvg, type SvgOptions } from '../../shared/export';
import { CATALOGS } from '../../shared/i18n';
import type { Scenario } from '../../shared/model/types';
import type { Command } from './types';

const FORMATS = ['png', 'svg', 'pdf', 'pptx'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: Command = {
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
    { name: 'lang', value: 'en|nl', description: 'language of the words the export adds (default en)' },
    { name: 'output', value: 'OUT', short: 'o', description: 'where to write (-o; default: next to FILE, with the format as extension)' },
  ],
  async run(args, { io }) {
    const file = args.positionals[0] ?? '';
    const format = stringOption(args, 'format');
    if (format === undefined) throw new UsageError('missing --format png|svg|pdf|pptx');
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be png, svg, pdf or pptx, not "${format}"`);
    const fmt = format as Format;
    const scaleText = stringOption(args, 'scale');
    const scale = scaleText === undefined ? (fmt === 'png' ? 2 : 1) : Number(scaleText);
    if (!Number.isFinite(scale) || scale <= 0 || scale > 8) throw new UsageError(`--scale must be a number above 0 and at most 8, not "${scaleText ?? ''}"`);
    const background = stringOption(args, 'background') ?? 'white';
    if (background !== 'white' && background !== 'transparent') throw new UsageError(`--background must be white or transparent, not "${background}"`);
    const theme = stringOption(args, 'theme') ?? 'light';
    if (theme !== 'light' && theme !== 'dark') throw new UsageError(`--theme must be light or dark, not "${theme}"`);
    const lang = stringOption(args, 'lang') ?? 'en';
    if (lang !== 'en' && lang !== 'nl') throw new UsageError(`--lang must be en or nl, not "${lang}"`);
    const output = stringOption(args, 'output') ?? join(dirname(file), `${basename(file, extname(file))}.${fmt}`);
    if (resolve(output) === resolve(file)) throw new UsageError(`"${output}" is the input file; choose another output`);

    const document = await loadDocument(file, io);
    const wanted = listOption(args, 'scenario');
    const scenarios: Scenario[] = [];
    for (const id of wanted) {
      const found = document.scenarios.find((s) => s.id === id);
      if (!found) throw new CliFailure(`${file}: no scenario "${id}" (the file has: ${document.scenarios.map((s) => s.id).join(', ')})`);
      scenarios.push(found);
    }
    if (scenarios.length === 0) scenarios.push(...(fmt === 'pdf' || fmt === 'pptx' ? document.scenarios : document.scenarios.slice(0, 1)));
    if (scenarios.length > 1 && (fmt === 'png' || fmt === 'svg')) throw new UsageError(`--format ${fmt} draws one scenario; give one --scenario`);

    const labels = lang === 'nl' ? EXPORT_LABELS_NL : EXPORT_LABELS_EN;
    const date = new Date().toISOString().slice(0, 10);
    const base: SvgOptions = { background, theme, labels, legend: flag(args, 'legend') };
    const first = scenarios[0];
    if (!first) throw new CliFailure(`${file}: no scenario to export`);
    let data: string | Uint8Array;
    let note = '';
    if (fmt === 'svg' || fmt === 'png') {
      const options: SvgOptions = { ...base, scale, ...(flag(args, 'caption') ? { caption: captionFor(document, first, date) } : {}) };
      // Self-contained: the subset of Inter the SVG prints travels inside it.
      if (fmt === 'svg') data = embedSvgFonts(renderScenarioSvg(first, options), svgFaces());
      else {
        const png = renderPng(first, options);
        data = png.png;
        note = ` (${png.width}×${png.height} px${png.scale < scale ? `; scale lowered to ${png.scale.toFixed(2)} to stay within 8,192 px and 32 megapixels` : ''})`;
      }
    } else {
      // The deck the app makes: same slides, same order, in the chosen language.
      const options = {
        document, scenarios, svg: base, ...(flag(args, 'caption') ? { caption: { date } } : {}), summary: flag(args, 'summary'),
        riskMarks: !flag(args, 'no-risk-marks'), compareMarks: !flag(args, 'no-compare-marks'), date, catalog: CATALOGS[lang], createdAt: new Date(),
      };
      data = fmt === 'pdf' ? await renderPdf(options) : await renderPptx(options);
    }
    await writeFileAtomically(output, data);
    io.stdout.write(`Exported ${terminalSafe(scenarios.map((s) => s.name).join(', '))} → ${terminalSafe(output)}${note}\n`);
    return 0;
  },
};
