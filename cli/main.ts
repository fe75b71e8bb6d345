/**
 * The `orgmap` command. `bin/orgmap.mjs` calls {@link run} with the real process; tests call it
 * with string collectors. Exit status (docs/orgmap-format.md): 0 the command did its job, 2 a file
 * that cannot be read or is refused / an unknown scenario / wrong arguments (one line on stderr),
 * 1 an internal fault.
 */
import pkg from '../package.json' with { type: 'json' };
import { parseArgs, UsageError } from './args';
import { COMMANDS, findCommand } from './commands';
import { resolveLang } from './lang';
import type { Command } from './commands/types';
import { CliFailure } from './errors';
import { terminalSafe } from './human';
import type { CliIO } from './io';
import { oneLine } from './load';
import { pickStyle } from './style';

export type { CliIO, Output } from './io';
export { nodeIO } from './io';

export const VERSION: string = pkg.version;

function usageLine(command: Command): string {
  return `orgmap ${command.name} ${command.usage}`;
}

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => usageLine(c).length));
  return [
    `orgmap ${VERSION}: classify a social-media organisation map (.orgmap) into one of Altimeter's five models and flag governance risks.`,
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${usageLine(c).padEnd(width)}  ${c.summary}`),
    `  ${'orgmap help [COMMAND]'.padEnd(width)}  show this help, or a command's`,
    `  ${'orgmap --version'.padEnd(width)}  print the version`,
    '',
    'Exit status: 0 done (risks found or not), 2 unreadable or refused file, unknown scenario or',
    'wrong arguments (one line on stderr), 1 internal fault.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const lines = [`Usage: ${usageLine(command)}`, '', `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`];
  if (command.options.length > 0) {
    const labels = command.options.map((o) => (o.value ? `--${o.name} ${o.value}` : `--${o.name}`));
    const width = Math.max(...labels.map((l) => l.length));
    lines.push('', 'Options:', ...command.options.map((o, i) => `  ${(labels[i] ?? '').padEnd(width)}  ${o.description}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes one line to stderr, whatever the message holds. */
function fail(io: CliIO, message: string): void {
  io.stderr.write(`${terminalSafe(oneLine(message))}\n`);
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  // The contract allows one line on stderr for wrong arguments, so no full help here.
  if (first === undefined) throw new UsageError(`missing command (${COMMANDS.map((c) => c.name).join(', ')})`);
  if (first === '--help' || first === '-h') {
    io.stdout.write(mainHelp());
    return 0;
  }
  if (first === 'help') {
    if (rest.length > 1) throw new UsageError(`unexpected argument "${rest[1] ?? ''}"`);
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout.write(mainHelp());
      return 0;
    }
    const command = findCommand(topic);
    if (!command) throw new UsageError(`unknown command "${topic}"`);
    io.stdout.write(commandHelp(command));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ''}"`);
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"`);

  const command = findCommand(first);
  if (!command) throw new UsageError(`unknown command "${first}"`);
  let args;
  try {
    args = parseArgs(rest, command);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${error.message} (usage: ${usageLine(command)})`);
    throw error;
  }
  if (args.options['help'] === true) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  return command.run(args, { io, style: pickStyle(io.stdout.isTTY, io.env), lang: resolveLang(args, io.env) });
}

/** Runs `orgmap` with the arguments after the program name; resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = error.message.includes('(usage:') ? '' : ' (see "orgmap --help")';
      fail(io, `orgmap: ${error.message}${hint}`);
      return 2;
    }
    if (error instanceof CliFailure) {
      fail(io, error.message);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const debug = io.env?.['ORGMAP_DEBUG'];
    fail(io, `orgmap: internal error: ${error instanceof Error ? error.message : String(error)}`);
    // The contract allows one line; the stack is there for whoever asks for it.
    if (debug !== undefined && debug !== '') io.stderr.write(`${detail}\n`);
    return 1;
  }
}
