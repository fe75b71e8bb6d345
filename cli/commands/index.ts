import { analyze } from './analyze';
import { compare } from './compare';
import { exportCommand } from './export';
import { importCommand } from './import';
import type { Command } from './types';
import { validate } from './validate';

/** Every subcommand, in the order `orgmap --help` lists them. */
export const COMMANDS: readonly Command[] = [analyze, compare, validate, importCommand, exportCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
