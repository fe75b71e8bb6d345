import { loadDocument } from '../load';
import { VALIDATE_SPEC } from './specs';
import type { Command } from './types';
import { CLI_TEXT } from '../text';

export const validate: Command = {
  ...VALIDATE_SPEC,
  async run(args, { io, lang }) {
    await loadDocument(args.positionals[0] ?? '', io);
    io.stdout.write(`${CLI_TEXT[lang].ok}\n`);
    return 0;
  },
};
