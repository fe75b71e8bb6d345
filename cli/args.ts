/**
 * A small, table-driven argument parser. Each command declares its positionals and options; the
 * parser checks argv against that declaration and reports the first problem as a {@link UsageError}
 * (exit status 2). No dependency: the grammar we need is tiny and must stay stable for scripts.
 */

export interface PositionalSpec {
  readonly name: string;
  readonly required: boolean;
}

export interface OptionSpec {
  /** Long name without dashes: `scenario` for `--scenario`. */
  readonly name: string;
  /** Placeholder of the value (`ID`) when the option takes one; absent for a flag. */
  readonly value?: string;
  readonly description: string;
  /** A one-letter alias: `o` for `-o` (valued options only). */
  readonly short?: string;
  /** May be given more than once (valued options only); read it with {@link listOption}. */
  readonly repeatable?: boolean;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Flags map to `true`, valued options to their value, repeatable ones to all their values; absent when not given. */
  readonly options: Readonly<Record<string, string | true | readonly string[] | undefined>>;
}

/** Wrong arguments: one line on stderr, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Parses the arguments that follow the command name. Accepts `--name value`, `--name=value`,
 * flags, `--` (everything after it is positional) and `--help`/`-h` (as the flag `help`, which
 * every command understands).
 */
export function parseArgs(
  argv: readonly string[],
  spec: { readonly positionals: readonly PositionalSpec[]; readonly options: readonly OptionSpec[] },
): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true | string[]> = {};
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      options['help'] = true;
      continue;
    }
    const shortOption = arg.length === 2 && !arg.startsWith('--') ? spec.options.find((o) => o.short !== undefined && `-${o.short}` === arg) : undefined;
    if (!arg.startsWith('--') && !shortOption) throw new UsageError(`unknown option "${arg}"`);

    const eq = shortOption ? -1 : arg.indexOf('=');
    const name = shortOption ? shortOption.name : eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const option = shortOption ?? spec.options.find((o) => o.name === name);
    if (!option) throw new UsageError(`unknown option "--${name}"`);
    if (options[name] !== undefined && option.repeatable !== true) throw new UsageError(`option "--${name}" given more than once`);

    if (option.value === undefined) {
      if (eq !== -1) throw new UsageError(`option "--${name}" takes no value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      // A value that looks like an option is almost always a forgotten value, not an id.
      if (value !== undefined && value.startsWith('--')) value = undefined;
      else i += 1;
    }
    if (value === undefined || value === '') throw new UsageError(`option "--${name}" needs a value (${option.value})`);
    if (option.repeatable === true) {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else options[name] = value;
  }

  if (options['help'] === undefined) {
    const required = spec.positionals.filter((p) => p.required);
    if (positionals.length < required.length) {
      const missing = required[positionals.length];
      throw new UsageError(`missing ${missing?.name ?? 'argument'}`);
    }
    if (positionals.length > spec.positionals.length) {
      throw new UsageError(`unexpected argument "${positionals[spec.positionals.length] ?? ''}"`);
    }
  }
  return { positionals, options };
}

/** The string value of a valued option, if given. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** Every value of a repeatable option, in the order given ([] when absent). */
export function listOption(args: ParsedArgs, name: string): readonly string[] {
  const value = args.options[name];
  return Array.isArray(value) ? (value as readonly string[]) : typeof value === 'string' ? [value] : [];
}

/** Whether a flag was given. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.options[name] === true;
}
