import type { OptionSpec, ParsedArgs, PositionalSpec } from '../args';
import type { CliIO } from '../io';
import type { Lang } from '../lang';
import type { Style } from '../style';

export interface CommandContext {
  readonly io: CliIO;
  /** Styling for stdout (plain when it is not a terminal). */
  readonly style: Style;
  /** The language of the texts: --lang, else the environment's locale, else English. */
  readonly lang: Lang;
}

/**
 * One `orgmap` subcommand. Adding one (compare, export, import …) means writing its spec in
 * `./specs.ts`, a module that exports a `Command` made of that spec and `run`, and listing both in
 * `./index.ts` (which imports the module only when the command runs); parsing, help and exit codes
 * come for free.
 */
export interface Command {
  readonly name: string;
  /** One line for `orgmap --help`. */
  readonly summary: string;
  /** Arguments after the command name, as shown in usage lines: `FILE [--scenario ID] [--json]`. */
  readonly usage: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: readonly OptionSpec[];
  /** Does the work; returns the exit status. Throws `CliFailure` for a refusal (status 2). */
  run(args: ParsedArgs, context: CommandContext): Promise<number>;
}
