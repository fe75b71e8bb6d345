import { flag, stringOption } from '../args';
import { CliFailure } from '../errors';
import { formatReport } from '../human';
import { loadDocument } from '../load';
import { modelName, severityName } from '../../shared/i18n';
import { catalogFor } from '../lang';
import { CLI_TEXT } from '../text';
import { reportDocument } from '../report';
import { ANALYZE_SPEC } from './specs';
import type { Command } from './types';

export const analyze: Command = {
  ...ANALYZE_SPEC,
  async run(args, { io, style, lang }) {
    const catalog = catalogFor(lang);
    const file = args.positionals[0] ?? '';
    const document = await loadDocument(file, io);
    const wanted = stringOption(args, 'scenario');
    let scenarios = document.scenarios;
    if (wanted !== undefined) {
      const found = scenarios.find((s) => s.id === wanted);
      if (!found) {
        const known = scenarios.map((s) => s.id).join(', ');
        throw new CliFailure(`${file}: no scenario "${wanted}" (the file has: ${known})`);
      }
      scenarios = [found];
    }
    const report = reportDocument(file, document, scenarios, catalog);
    if (flag(args, 'json')) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout.write(formatReport(report, { style, modelName: (m) => modelName(m, catalog), severityName: (s) => severityName(s, catalog), text: CLI_TEXT[lang], catalog }));
    return 0;
  },
};
