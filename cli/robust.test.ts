/**
 * Issue #15, command line: a FIFO is refused, not waited on (item 4); `import` checks every output
 * before writing any (item 5); outputs written through a symbolic link replace the real file and
 * keep its permissions (item 6); a file in /proc is read, not refused as "1 bytes" (item 8).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../shared/model';
import { brokenCorpus, expectedMessage } from '../e2e/fixtures/broken/corpus';
import { readTextFile } from './io';
import { fixture, lines, runInProcess } from './testing';

const posix = process.platform !== 'win32';
let tmp = '';
const csv = 'platform,handle,owner\nx,@acme,Marketing\nbogus-row-without-platform,,\n';

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'orgmap-robust-'));
});
afterAll(() => {
  // left for the OS: tmpdir; FIFOs and links inside are harmless
});

/** Resolves with the outcome, or with 'hung' after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'hung'> {
  return Promise.race([promise, new Promise<'hung'>((r) => setTimeout(() => r('hung'), ms))]);
}

describe.runIf(posix)('a FIFO is refused, not waited on (#15 item 4)', () => {
  it.each([
    ['validate', (f: string) => ['validate', f]],
    ['analyze', (f: string) => ['analyze', f]],
    ['export', (f: string) => ['export', f, '--format', 'svg', '-o', join(tmp, 'fifo-out.svg')]],
    ['import', (f: string) => ['import', f, '-o', join(tmp, 'fifo-out.orgmap')]],
  ])('%s', async (name, argv) => {
    const fifo = join(tmp, `${name}.fifo`);
    execFileSync('mkfifo', [fifo]);
    const out = await withTimeout(runInProcess(argv(fifo)), 5000);
    expect(out).not.toBe('hung');
    if (out === 'hung') return;
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual([`${fifo}: cannot read the file: it is not a regular file`]);
    expect(existsSync(join(tmp, 'fifo-out.svg')) || existsSync(join(tmp, 'fifo-out.orgmap'))).toBe(false);
  });
});

describe.runIf(process.platform === 'linux')('files whose size says 0 (#15 item 8)', () => {
  it('/proc/self/environ is read to its end and refused for what it is, not as "too large: 1 bytes"', async () => {
    const out = await runInProcess(['validate', '/proc/self/environ']);
    expect(out.status).toBe(2);
    expect(out.stderr).not.toMatch(/too large/);
    expect(out.stderr).toMatch(/^\/proc\/self\/environ: (not valid JSON|cannot read the file: it is not UTF-8 text)/);
  });
  it('reads the whole of a file the size of which is reported as 0', async () => {
    const text = await readTextFile('/proc/self/status', 'map');
    expect(text.length).toBeGreaterThan(1);
    expect(text).toMatch(/^Name:/);
  });
});

describe('import checks every output before writing any (#15 item 5)', () => {
  it.each([
    ['a directory', () => tmp, 'it is a directory'],
    ['a missing folder', () => join(tmp, 'no-such-folder', 'rejects.csv'), 'no such directory'],
  ])('--rejects into %s: exit 2, one line, the map not written', async (_what, rejects, words) => {
    const input = join(tmp, 'in5.csv');
    writeFileSync(input, csv);
    const output = join(tmp, `out5-${_what.length}.orgmap`);
    const out = await runInProcess(['import', input, '--rejects', rejects(), '-o', output]);
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual([`${rejects()}: cannot write the file: ${words}`]);
    expect(existsSync(output)).toBe(false);
  });
});

describe.runIf(posix)('outputs through a symbolic link (#15 item 6)', () => {
  it('import -o and --rejects write the real files, keep the links and the files\' permissions', async () => {
    const real = join(tmp, 'synced');
    mkdirSync(real, { recursive: true });
    const realMap = join(real, 'map.orgmap');
    const realRejects = join(real, 'rejects.csv');
    writeFileSync(realMap, 'old');
    writeFileSync(realRejects, 'old');
    chmodSync(realMap, 0o600);
    chmodSync(realRejects, 0o640);
    const linkMap = join(tmp, 'link.orgmap');
    const linkRejects = join(tmp, 'link-rejects.csv');
    symlinkSync(realMap, linkMap);
    symlinkSync(join('synced', 'rejects.csv'), linkRejects); // relative link
    const input = join(tmp, 'in6.csv');
    writeFileSync(input, csv);
    const out = await runInProcess(['import', input, '--rejects', linkRejects, '-o', linkMap]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(lstatSync(linkMap).isSymbolicLink()).toBe(true);
    expect(readlinkSync(linkMap)).toBe(realMap);
    expect(lstatSync(linkRejects).isSymbolicLink()).toBe(true);
    expect(parseDocument(readFileSync(realMap, 'utf8')).ok).toBe(true);
    expect(readFileSync(realRejects, 'utf8')).toContain('platform,handle,owner,Row,Reason');
    expect(statSync(realMap).mode & 0o777).toBe(0o600);
    expect(statSync(realRejects).mode & 0o777).toBe(0o640);
  });

  it('export -o through a dangling link creates the link\'s target', async () => {
    const target = join(tmp, 'made-by-export.svg');
    const link = join(tmp, 'export-link.svg');
    symlinkSync(target, link);
    const out = await runInProcess(['export', fixture('hub-and-spoke.orgmap'), '--format', 'svg', '-o', link]);
    expect(out.stderr).toBe('');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^<svg|^<\?xml/);
  });
});

describe('the corpus of broken files (e2e/fixtures/broken/) through the command line (#15 one reader)', () => {
  it.each(brokenCorpus().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const output = join(tmp, `corpus-${c.name}.orgmap`);
    const out = await runInProcess(c.kind === 'map' ? ['validate', c.path] : ['import', c.path, '-o', output]);
    if (c.opens) {
      expect(out.stderr).toBe('');
      expect(out.status).toBe(0);
      return;
    }
    expect(out.status).toBe(2);
    expect(lines(out.stderr)).toEqual([expectedMessage(c, c.path)]);
    expect(existsSync(output)).toBe(false);
  });
});
