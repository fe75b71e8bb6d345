/**
 * The corpus of broken files (e2e/fixtures/broken/) through the desktop shell's reader: `openPath`
 * in the main process, the one way every open goes (dialog, recent list, drop, argv). It answers
 * the same line as the command line and the web app (the file's name where they show it).
 */
import { lstat, open, readFile, readlink, rename, stat, unlink } from 'node:fs/promises';
import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCorpus, expectedMessage } from '../../e2e/fixtures/broken/corpus';
import { openPath, PathGrants } from './documents';
import type { DocumentFs } from './fs';

const fs: DocumentFs = { open, rename, unlink, stat, readFile: (p) => readFile(p), lstat, readlink: (p) => readlink(p) };

describe('the corpus of broken files through the desktop shell (openPath)', () => {
  it.each(brokenCorpus().filter((c) => c.kind === 'map').map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const grants = new PathGrants();
    const result = await openPath({ fs, grants }, c.path);
    if (c.opens) {
      expect(result).toMatchObject({ canceled: false, name: c.name });
      expect('text' in result).toBe(true);
      return;
    }
    expect(result).toEqual({ canceled: false, error: expectedMessage(c, nodePath.basename(c.path)), name: c.name });
    // Refused: not granted for saving, not remembered.
    expect(grants.has(c.path)).toBe(false);
  });
});
