import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as realFs from 'node:fs/promises';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { emptyDocument, serializeDocument } from '../../shared/model';
import { PathGrants } from './documents';
import type { DocumentFs } from './fs';
import { RecentDocuments, openRecent, parseRecentFile } from './recent';

const fs: DocumentFs = {
  open: (path, flags, mode) => realFs.open(path, flags, mode),
  rename: realFs.rename,
  unlink: realFs.unlink,
  stat: realFs.stat,
  readFile: (path) => realFs.readFile(path),
};
const VALID = serializeDocument(emptyDocument('Acme', 'Current'));

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-recent-'));
  file = nodePath.join(dir, 'recent.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function maps(count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const path = nodePath.join(dir, `map-${i}.orgmap`);
    await writeFile(path, VALID);
    paths.push(path);
  }
  return paths;
}

describe('recent documents', () => {
  it('most recent first, no duplicates, at most ten; persisted and read back by a new instance', async () => {
    const paths = await maps(12);
    const addToOs = vi.fn();
    const onChange = vi.fn();
    const recent = new RecentDocuments({ file, fs, addToOs, onChange });
    await recent.load();
    for (const path of paths) await recent.add(path);
    await recent.add(paths[5] as string);
    const expected = [paths[5], paths[11], paths[10], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]];
    expect(recent.list().map((r) => r.path)).toEqual(expected);
    expect(recent.list()[0]).toEqual({ path: paths[5], name: 'map-5.orgmap' });
    expect(addToOs).toHaveBeenCalledTimes(13);
    expect(onChange).toHaveBeenLastCalledWith(recent.list());

    const again = new RecentDocuments({ file, fs });
    await again.load();
    expect(again.list().map((r) => r.path)).toEqual(expected);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'orgmap-recent', version: 1 });
    expect((await realFs.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('drops files that are gone: on load, and when listed', async () => {
    const [a, b, c] = await maps(3);
    const recent = new RecentDocuments({ file, fs });
    await recent.load();
    for (const p of [a, b, c]) await recent.add(p as string);
    await unlink(b as string);
    const reloaded = new RecentDocuments({ file, fs });
    await reloaded.load();
    expect(reloaded.list().map((r) => r.path)).toEqual([c, a]);
    // And the pruned list was written back.
    expect(parseRecentFile(await readFile(file, 'utf8'))).toEqual([c, a]);
    await unlink(a as string);
    expect((await reloaded.prune()).map((r) => r.path)).toEqual([c]);
  });

  it('clear empties the list, the file and the OS list', async () => {
    const [a] = await maps(1);
    const clearOs = vi.fn();
    const recent = new RecentDocuments({ file, fs, clearOs });
    await recent.add(a as string);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(clearOs).toHaveBeenCalled();
    expect(parseRecentFile(await readFile(file, 'utf8'))).toEqual([]);
  });

  it('a damaged or hostile list file is read leniently', () => {
    expect(parseRecentFile('not json')).toEqual([]);
    expect(parseRecentFile('{"paths": "x"}')).toEqual([]);
    expect(parseRecentFile('{"paths": ["relative.orgmap", 3, "/ok.orgmap", "/nul\\u0000.orgmap"]}')).toEqual(['/ok.orgmap']);
    expect(parseRecentFile(JSON.stringify({ paths: Array.from({ length: 30 }, (_, i) => `/m/${i}.orgmap`) }))).toHaveLength(10);
  });

  it('compares paths without case where the file system does', async () => {
    const recent = new RecentDocuments({ file, fs, caseInsensitive: true });
    await recent.add('/Maps/A.orgmap');
    await recent.add('/maps/a.orgmap');
    expect(recent.list()).toHaveLength(1);
    expect(recent.has('/MAPS/A.ORGMAP')).toBe(true);
    expect(recent.has('A.orgmap')).toBe(false);
  });

  it('openRecent reads only listed paths; a vanished file is dropped and said so', async () => {
    const [a, b] = await maps(2);
    const recent = new RecentDocuments({ file, fs });
    await recent.add(a as string);
    await recent.add(b as string);
    const grants = new PathGrants();
    const deps = { fs, grants };
    expect(await openRecent(recent, deps, a as string)).toEqual({ canceled: false, path: a, name: 'map-0.orgmap', text: VALID });
    expect(grants.has(a as string)).toBe(true);

    const secret = nodePath.join(dir, 'secret.orgmap');
    await writeFile(secret, VALID);
    expect(await openRecent(recent, deps, secret)).toMatchObject({ canceled: false, error: 'That file is not on the recent list.' });
    expect(grants.has(secret)).toBe(false);

    await unlink(b as string);
    expect(await openRecent(recent, deps, b as string)).toMatchObject({ canceled: false, error: 'The file no longer exists.' });
    expect(recent.list().map((r) => r.path)).toEqual([a]);
  });
});
