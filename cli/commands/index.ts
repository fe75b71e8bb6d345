import { analyze } from './analyze';
import { compare } from './compare';
import { exportCommand } from './export';
import { importCommand } from './import';
import type { Command } from './types';
import { validate } from './validate';
import { LANG_OPTION } from '../lang';

/** Every command understands --lang (issue 14); a command that declares it itself keeps its own wording. */
function withLang(command: Command): Command {
  return command.options.some((o) => o.name === 'lang') ? command : { ...command, options: [...command.options, LANG_OPTION], usage: `${command.usage} [--lang en|nl]` };
}

/** Every subcommand, in the order `orgmap --help` lists them. */
export const COMMANDS: readonly Command[] = [analyze, compare, validate, importCommand, exportCommand].map(withLang);

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
