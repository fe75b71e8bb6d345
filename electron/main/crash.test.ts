/**
 * The crash test of the atomic save: a child process saves a large map and is killed (SIGKILL, no
 * chance to clean up) at each step of a save (stopped there first, so the kill lands exactly
 * there), in both directions, and then at random moments of saves over and over. After every kill
 * the file on disk must be exactly the old or the new version, byte for byte — never torn. The same
 * harness run against an in-place writer (`writeFileSync` into the target) must find torn files,
 * which shows the harness can see what it is looking for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import * as realFs from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseDocument, serializeDocument } from '../../shared/model';
import { sampleDocument } from '../../test-support/model/sample';
import { TEMP_FILE_PATTERN, cleanStaleTempFiles } from './fs';
import { CRASH_PHASES, FIRST_PHASE_AFTER_RENAME } from './testing/crash-phases';

const here = nodePath.dirname(fileURLToPath(import.meta.url));

let work: string;
let writer: string;
let texts: { a: Buffer; b: Buffer; fileA: string; fileB: string };

beforeAll(async () => {
  work = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-crash-'));
  writer = nodePath.join(work, 'crash-writer.mjs');
  // Bundle the real documents.ts into a plain Node script: each of the hundreds of launches then
  // costs a bare `node` start, not a TypeScript loader's.
  await build({
    entryPoints: [nodePath.join(here, 'testing', 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writer,
    logLevel: 'silent',
  });
  // Two versions of a large map (a few MB each), different in content and length.
  const doc = sampleDocument(2500);
  const a = serializeDocument(doc);
  const b = serializeDocument({ ...doc, title: `${doc.title} — revised`, notes: 'x'.repeat(15_000) });
  expect(parseDocument(a).ok && parseDocument(b).ok).toBe(true);
  texts = { a: Buffer.from(a), b: Buffer.from(b), fileA: nodePath.join(work, 'A.txt'), fileB: nodePath.join(work, 'B.txt') };
  await writeFile(texts.fileA, a);
  await writeFile(texts.fileB, b);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

type Verdict = 'old' | 'new' | 'torn';

/**
 * Starts the writer, waits until it is saving, kills it after `delayMs`, and waits for it to be
 * gone. With `stopAt` (`<phase>@<save>`), kills it where it stopped itself instead.
 */
function runAndKill(mode: 'atomic' | 'in-place', target: string, delayMs: number, stopAt?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, mode, target, texts.fileA, texts.fileB, ...(stopAt ? [stopAt] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killed) return;
      if (stopAt === undefined && stdout.includes('ready')) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      } else if (stopAt !== undefined && stdout.includes(`at ${stopAt.split('@')[0] ?? ''}\n`)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer exited by itself (${code ?? signal}): ${stderr}`));
    });
  });
}

function verdict(bytes: Buffer): Verdict {
  if (bytes.equals(texts.a)) return 'old';
  if (bytes.equals(texts.b)) return 'new';
  return 'torn';
}

interface Tally {
  old: number;
  new: number;
  torn: number;
  /** Kills that left a temporary file behind: the kill landed inside a save. */
  midSave: number;
}

/** One worker's share of the kills, in its own folder. */
async function killLoop(mode: 'atomic' | 'in-place', runs: number, folder: string, stopAtTorn: boolean): Promise<Tally> {
  await realFs.mkdir(folder, { recursive: true });
  const target = nodePath.join(folder, 'map.orgmap');
  await writeFile(target, texts.a);
  const tally: Tally = { old: 0, new: 0, torn: 0, midSave: 0 };
  for (let i = 0; i < runs; i += 1) {
    await runAndKill(mode, target, Math.random() * 20);
    const result = verdict(await readFile(target));
    tally[result] += 1;
    if (result === 'torn' && stopAtTorn) break;
    const leftovers = await leftoversIn(folder);
    if (leftovers.length) {
      tally.midSave += 1;
      // The clean-up the app runs on start: with the age threshold passed, every leftover goes.
      const removed = await cleanStaleTempFiles({ readdir: (d) => realFs.readdir(d), lstat: realFs.lstat, unlink: realFs.unlink }, folder, {
        now: Date.now() + 60 * 60_000,
      });
      expect(removed.sort()).toEqual(leftovers.sort());
    }
    expect(await readdir(folder)).toEqual(['map.orgmap']);
    // Reset to a known version so both outcomes stay possible on the next run.
    if (result === 'torn') await writeFile(target, texts.a);
  }
  return tally;
}

function sum(tallies: Tally[]): Tally {
  return tallies.reduce((t, x) => ({ old: t.old + x.old, new: t.new + x.new, torn: t.torn + x.torn, midSave: t.midSave + x.midSave }), {
    old: 0,
    new: 0,
    torn: 0,
    midSave: 0,
  });
}

const KILLS = Number(process.env.KILLS ?? 60);
const WORKERS = 2;

/** The temporary files in `folder`. */
async function leftoversIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => TEMP_FILE_PATTERN.test(name));
}

describe('crash test: killed while saving', () => {
  it(`killed at each step of a save (${CRASH_PHASES.join(', ')}), both ways: the old file up to the rename, the new one from it, only the temporary file left over`, async () => {
    const afterRename = CRASH_PHASES.indexOf(FIRST_PHASE_AFTER_RENAME);
    // Save 1 writes B over A; save 2 writes A back over B. The two directions at once, each in its own folder.
    const direction = async ([save, before, after]: readonly [number, Verdict, Verdict]): Promise<void> => {
      const folder = nodePath.join(work, `phases-${save}`);
      await realFs.mkdir(folder, { recursive: true });
      const target = nodePath.join(folder, 'map.orgmap');
      for (const [i, phase] of CRASH_PHASES.entries()) {
        await writeFile(target, texts.a);
        await runAndKill('atomic', target, 0, `${phase}@${save}`);
        const where = `killed at ${phase} of save ${save}`;
        expect(verdict(await readFile(target)), where).toBe(i < afterRename ? before : after);
        // A temporary file exists from its open up to the rename.
        const leftovers = await leftoversIn(folder);
        expect(leftovers, where).toHaveLength(i > CRASH_PHASES.indexOf('open') && i < afterRename ? 1 : 0);
        const removed = await cleanStaleTempFiles({ readdir: (d) => realFs.readdir(d), lstat: realFs.lstat, unlink: realFs.unlink }, folder, {
          now: Date.now() + 60 * 60_000,
        });
        expect(removed, where).toEqual(leftovers);
        expect(await readdir(folder), where).toEqual(['map.orgmap']);
      }
    };
    await Promise.all(([[1, 'old', 'new'], [2, 'new', 'old']] as const).map(direction));
  }, 60_000);

  it(`the atomic save leaves the old or the new file, never a torn one (${KILLS} kills)`, async () => {
    const tallies = await Promise.all(
      Array.from({ length: WORKERS }, (_, w) => killLoop('atomic', KILLS / WORKERS, nodePath.join(work, `atomic-${w}`), false)),
    );
    const total = sum(tallies);
    expect(total.old + total.new + total.torn).toBe(KILLS);
    expect(total.torn).toBe(0);
    // The test means something only if kills really landed inside saves, and saves completed.
    expect(total.midSave).toBeGreaterThan(KILLS / 10);
    expect(total.new).toBeGreaterThan(0);
    expect(total.old).toBeGreaterThan(0);
  }, 90_000);

  it('the same harness catches an in-place writer tearing the file', async () => {
    const total = sum([await killLoop('in-place', 100, nodePath.join(work, 'in-place'), true)]);
    expect(total.torn).toBeGreaterThan(0);
  }, 60_000);
});
