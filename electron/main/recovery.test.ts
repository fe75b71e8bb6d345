import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as realFs from 'node:fs/promises';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { emptyDocument, parseDocument, serializeDocument } from '../../shared/model';
import { RecoveryStore, type RecoveryFs } from './recovery';

const fs: RecoveryFs = {
  open: (path, flags, mode) => realFs.open(path, flags, mode),
  rename: realFs.rename,
  unlink: realFs.unlink,
  stat: realFs.stat,
  readFile: (path) => realFs.readFile(path),
  readdir: (d) => realFs.readdir(d),
  lstat: realFs.lstat,
  mkdir: (d, o) => realFs.mkdir(d, o),
};

let root: string;
let dir: string;
let clock = 1_000;
beforeEach(async () => {
  root = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-recovery-'));
  dir = nodePath.join(root, 'userData', 'recovery');
  clock = 1_000;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const store = (max?: number) => new RecoveryStore({ dir, fs, now: () => (clock += 1000), ...(max ? { max } : {}) });
const text = (title: string) => serializeDocument(emptyDocument(title, 'Current'));

describe('recovery drafts', () => {
  it('are written, listed newest first, restored exactly by a new instance (after a crash), and cleared', async () => {
    const first = store();
    await first.write({ id: 'doc-1', text: text('One'), fileName: 'one.orgmap' });
    await first.write({ id: 'doc-2', text: text('Two') });
    await first.write({ id: 'doc-1', text: text('One, edited'), fileName: 'one.orgmap' });

    // The process is gone; the next start reads the folder.
    const next = store();
    const list = await next.list();
    expect(list.map((d) => [d.id, d.fileName])).toEqual([
      ['doc-1', 'one.orgmap'],
      ['doc-2', null],
    ]);
    const draft = await next.read('doc-1');
    expect(draft?.text).toBe(text('One, edited'));
    expect(draft && parseDocument(draft.text).ok).toBe(true);
    expect(draft?.size).toBe(text('One, edited').length);

    await next.clear('doc-1');
    expect((await next.list()).map((d) => d.id)).toEqual(['doc-2']);
    expect(await next.read('doc-1')).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(['doc-2.meta.json', 'doc-2.orgmap']);
  });

  it('keeps at most the newest drafts', async () => {
    const s = store(3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await s.write({ id, text: text(id) });
    expect((await s.list()).map((d) => d.id)).toEqual(['e', 'd', 'c']);
  });

  it('ignores half-written, foreign and damaged entries', async () => {
    const s = store();
    await s.write({ id: 'ok', text: text('ok') });
    await writeFile(nodePath.join(dir, 'nometa.orgmap'), text('x'));
    await writeFile(nodePath.join(dir, 'notext.meta.json'), JSON.stringify({ id: 'notext', savedAt: 1, size: 1 }));
    await writeFile(nodePath.join(dir, 'bad.meta.json'), '{not json');
    await writeFile(nodePath.join(dir, 'bad.orgmap'), text('x'));
    await writeFile(nodePath.join(dir, 'liar.meta.json'), JSON.stringify({ id: 'other', savedAt: 1, size: 1 }));
    await writeFile(nodePath.join(dir, 'liar.orgmap'), text('x'));
    await writeFile(nodePath.join(dir, 'a b.meta.json'), JSON.stringify({ id: 'a b', savedAt: 1, size: 1 }));
    expect((await s.list()).map((d) => d.id)).toEqual(['ok']);
    expect(await s.read('notext')).toBeNull();
  });

  it('refuses ids that would leave the folder, even past the IPC validator', async () => {
    const s = store();
    await expect(s.write({ id: '../escape', text: 'x' })).rejects.toThrow(/invalid/);
    await expect(s.clear('../../x')).rejects.toThrow(/invalid/);
    expect(await readdir(root)).toEqual([]);
  });

  it('an empty or missing folder has no drafts', async () => {
    expect(await store().list()).toEqual([]);
    expect(await store().read('nothing')).toBeNull();
  });

  it('rapid writes of one draft reach the disk as the latest text only; a clear in between is kept in order', async () => {
    let renames = 0;
    const counting: RecoveryFs = {
      ...fs,
      rename: async (from, to) => {
        renames += 1;
        await realFs.rename(from, to);
      },
    };
    const s = new RecoveryStore({ dir, fs: counting, now: () => (clock += 1000) });
    await Promise.all([1, 2, 3, 4, 5].map((n) => s.write({ id: 'busy', text: text(`v${n}`) })));
    expect((await s.read('busy'))?.text).toBe(text('v5'));
    // None had started when the others came: one draft written (text and meta), not five.
    expect(renames).toBe(2);

    // Saved (clear) and then edited again at once: the new draft must survive.
    const writes = [s.write({ id: 'busy', text: text('before save') }), s.clear('busy'), s.write({ id: 'busy', text: text('after save') })];
    await Promise.all(writes);
    expect((await s.read('busy'))?.text).toBe(text('after save'));
  });
});
