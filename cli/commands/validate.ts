import { loadDocument } from '../load';
import type { Command } from './types';
import { CLI_TEXT } from '../text';

export const validate: Command = {
  name: 'validate',
  summary: 'check a file against the .orgmap format; prints "ok" or the refusal',
  usage: 'FILE',
  positionals: [{ name: 'FILE', required: true }],
  options: [],
  async run(args, { io, lang }) {
    await loadDocument(args.positionals[0] ?? '', io);
    io.stdout.write(`${CLI_TEXT[lang].ok}\n`);
    return 0;
  },
};
