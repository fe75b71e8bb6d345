/**
 * The corpus of broken files (e2e/fixtures/broken/) that every reader — the command line, the
 * desktop shell's main process, the web app's Open and Import — is run through; `expected.json`
 * says, for each file, the one line every reader must answer (`{{file}}` stands for the name the
 * reader shows), or that it opens.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextFileKind } from './textFile';

export interface BrokenCase {
  readonly name: string;
  readonly path: string;
  readonly kind: TextFileKind;
  readonly why: string;
  /** The refusal with `{{file}}` for the file's name; absent when the file opens. */
  readonly message?: string;
  readonly opens?: boolean;
}

export const BROKEN_DIR = fileURLToPath(new URL('../../e2e/fixtures/broken/', import.meta.url));

export function brokenCorpus(): BrokenCase[] {
  const manifest = JSON.parse(readFileSync(`${BROKEN_DIR}expected.json`, 'utf8')) as Record<string, Omit<BrokenCase, 'name' | 'path'>>;
  return Object.entries(manifest).map(([name, entry]) => ({ ...entry, name, path: `${BROKEN_DIR}${name}` }));
}

/** The expected line for a reader that names the file `file`. */
export function expectedMessage(c: BrokenCase, file: string): string {
  return (c.message ?? '').split('{{file}}').join(file);
}
