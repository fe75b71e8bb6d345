import type { ParsedArgs } from '../args';
import { ANALYZE_SPEC, COMPARE_SPEC, EXPORT_SPEC, IMPORT_SPEC, VALIDATE_SPEC, type CommandSpec } from './specs';
import type { Command, CommandContext } from './types';
import { LANG_OPTION } from '../lang';

/** Every command understands --lang (issue 14); a command that declares it itself keeps its own wording. */
function withLang(command: Command): Command {
  return command.options.some((o) => o.name === 'lang') ? command : { ...command, options: [...command.options, LANG_OPTION], usage: `${command.usage} [--lang en|nl]` };
}

/**
 * A command whose module is imported only when it runs (issue 17: `orgmap analyze` need not load
 * the import and export code, nor --help any command's).
 */
function lazy(spec: CommandSpec, load: () => Promise<Command>): Command {
  return { ...spec, run: async (args: ParsedArgs, context: CommandContext) => (await load()).run(args, context) };
}

/** Every subcommand, in the order `orgmap --help` lists them. */
export const COMMANDS: readonly Command[] = [
  lazy(ANALYZE_SPEC, async () => (await import('./analyze')).analyze),
  lazy(COMPARE_SPEC, async () => (await import('./compare')).compare),
  lazy(VALIDATE_SPEC, async () => (await import('./validate')).validate),
  lazy(IMPORT_SPEC, async () => (await import('./import')).importCommand),
  lazy(EXPORT_SPEC, async () => (await import('./export')).exportCommand),
].map(withLang);

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
