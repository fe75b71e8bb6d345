import { basename, dirname, extname, join, resolve } from 'node:path';
import { flag, listOption, stringOption, UsageError } from '../args';
import { CliFailure } from '../errors';
import { terminalSafe } from '../human';
import { loadDocument } from '../load';
import { writeFileAtomically } from '../export/write';
import { EXPORT_LABELS_EN, EXPORT_LABELS_NL, renderScenarioSvg, type SvgOptions } from '../../shared/export';
import type { Scenario } from '../../shared/model/types';
import { CATALOGS, interpolate } from '../../shared/i18n';
import { CLI_TEXT } from '../text';
import { EXPORT_SPEC } from './specs';
import type { Command } from './types';

const FORMATS = ['png', 'svg', 'pdf', 'pptx'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: Command = {
  ...EXPORT_SPEC,
  async run(args, { io, lang: envLang }) {
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
    const lang = stringOption(args, 'lang') ?? envLang;
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
    // pdfkit, pptxgenjs, resvg and jszip load here, only for this command (the bundle makes this a
    // chunk of its own), so `orgmap analyze` and `orgmap --version` never pay for them.
    const { captionFor, renderPdf, renderPng, renderPptx } = await import('../export/formats');
    let data: string | Uint8Array;
    let note = '';
    if (fmt === 'svg' || fmt === 'png') {
      const options: SvgOptions = { ...base, scale, ...(flag(args, 'caption') ? { caption: captionFor(document, first, date, lang) } : {}) };
      if (fmt === 'svg') {
        // Self-contained: the subset of Inter the SVG prints travels inside it (fontkit loads only here).
        const [{ svgFaces }, { embedSvgFonts }] = await Promise.all([import('../export/fonts'), import('../../shared/export/svg-fonts')]);
        data = embedSvgFonts(renderScenarioSvg(first, options), svgFaces());
      }
      else {
        const png = await renderPng(first, options);
        data = png.png;
        const lowered = png.scale < scale ? interpolate(CLI_TEXT[lang].scaleLowered, { scale: png.scale.toFixed(2).replace('.', CATALOGS[lang].verdict.decimalMark) }) : '';
        note = ` (${png.width}×${png.height} px${lowered})`;
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
    const exported = interpolate(CLI_TEXT[lang].exported, { scenarios: terminalSafe(scenarios.map((s) => s.name).join(', ')), output: terminalSafe(output) });
    io.stdout.write(`${exported}${note}\n`);
    return 0;
  },
};
