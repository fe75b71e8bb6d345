import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as realFs from 'node:fs/promises';
import { chmod, mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import type { BrowserWindow } from 'electron';
import { emptyDocument, serializeDocument } from '../../shared/model';
import { PathGrants, openDocument, openPath, refusalOf, safeFileName, saveDocument, withDocumentExtension, type DialogLike, type DocumentDeps } from './documents';
import { TEMP_FILE_PATTERN, atomicWriteFile, cleanStaleTempFiles, describeFsError, readDocumentText, tempPathFor, type DocumentFs, type FolderFs, type WritableHandle } from './fs';

const fs: DocumentFs = {
  open: (path, flags, mode) => realFs.open(path, flags, mode),
  rename: realFs.rename,
  unlink: realFs.unlink,
  stat: realFs.stat,
  readFile: (path) => realFs.readFile(path),
  lstat: realFs.lstat,
  readlink: (path) => realFs.readlink(path),
};
const fs_: FolderFs = { readdir: (d) => realFs.readdir(d), lstat: realFs.lstat, unlink: realFs.unlink };

const VALID = serializeDocument(emptyDocument('Acme', 'Current'));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'orgmap-docs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename';

/** The real file system, failing at one step the way a full disk or a vanished folder would. */
function failingAt(step: Step): DocumentFs {
  const boom = () => Object.assign(new Error(`injected ${step} failure`), { code: 'ENOSPC' });
  return {
    ...fs,
    open: async (path, flags, mode) => {
      if (step === 'open') throw boom();
      const handle = await realFs.open(path, flags, mode);
      const wrapped: WritableHandle = {
        writeFile: async (data, options) => {
          if (step === 'writeFile') {
            await handle.writeFile(data.slice(0, 3), options); // a torn, partial write
            throw boom();
          }
          await handle.writeFile(data, options);
        },
        sync: async () => {
          if (step === 'sync') throw boom();
          await handle.sync();
        },
        close: async () => {
          await handle.close();
          if (step === 'close') throw boom();
        },
      };
      return wrapped;
    },
    rename: async (from, to) => {
      if (step === 'rename') throw boom();
      await realFs.rename(from, to);
    },
  };
}

describe('atomic save', () => {
  it('writes the file and leaves nothing else behind', async () => {
    const target = nodePath.join(dir, 'map.orgmap');
    await atomicWriteFile(fs, target, '{"v":1}');
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    await atomicWriteFile(fs, target, '{"v":2} ✓');
    expect(await readFile(target, 'utf8')).toBe('{"v":2} ✓');
    expect(await readdir(dir)).toEqual(['map.orgmap']);
  });

  it('writes through a temporary file beside the target, then renames it over', async () => {
    const target = nodePath.join(dir, 'map.orgmap');
    const calls: string[] = [];
    const spy: DocumentFs = {
      ...fs,
      open: async (path, flags, mode) => {
        calls.push(`open ${nodePath.basename(path)} ${flags}`);
        const handle = await fs.open(path, flags, mode);
        return {
          writeFile: async (d, o) => {
            calls.push('write');
            await handle.writeFile(d, o);
          },
          sync: async () => {
            calls.push('sync');
            await handle.sync();
          },
          close: async () => {
            calls.push('close');
            await handle.close();
          },
        };
      },
      rename: async (from, to) => {
        calls.push(`rename ${nodePath.basename(from)} → ${nodePath.basename(to)}`);
        expect(nodePath.dirname(from)).toBe(nodePath.dirname(to));
        await fs.rename(from, to);
      },
    };
    const syncDir = vi.fn(async () => {});
    await atomicWriteFile(spy, target, 'x', { tempPath: () => nodePath.join(dir, '.map.orgmap.t.tmp'), syncDir });
    expect(calls).toEqual(['open .map.orgmap.t.tmp wx', 'write', 'sync', 'close', 'rename .map.orgmap.t.tmp → map.orgmap']);
    expect(syncDir).toHaveBeenCalledWith(dir);
  });

  it.each<Step>(['open', 'writeFile', 'sync', 'close', 'rename'])('a failure at %s keeps the old file intact and removes the temporary file', async (step) => {
    const target = nodePath.join(dir, 'map.orgmap');
    await writeFile(target, 'OLD CONTENT');
    await expect(atomicWriteFile(failingAt(step), target, 'NEW CONTENT')).rejects.toThrow(`injected ${step} failure`);
    expect(await readFile(target, 'utf8')).toBe('OLD CONTENT');
    expect(await readdir(dir)).toEqual(['map.orgmap']);
  });

  it('never reuses or follows something already at the temporary name', async () => {
    const target = nodePath.join(dir, 'map.orgmap');
    const temp = nodePath.join(dir, '.squatter.tmp');
    await writeFile(temp, 'not ours');
    await expect(atomicWriteFile(fs, target, 'x', { tempPath: () => temp })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(temp, 'utf8')).toBe('not ours');
  });

  it('keeps the permissions of the file it replaces', async () => {
    const target = nodePath.join(dir, 'map.orgmap');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    const before = (await stat(target)).mode & 0o777; // Windows only knows read-only or not
    await atomicWriteFile(fs, target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(before);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('refuses to replace a folder', async () => {
    const target = nodePath.join(dir, 'folder.orgmap');
    await mkdir(target);
    await expect(atomicWriteFile(fs, target, 'x')).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('fails cleanly when the folder is gone', async () => {
    const error = await atomicWriteFile(fs, nodePath.join(dir, 'gone', 'map.orgmap'), 'x').catch((e: unknown) => e);
    expect(describeFsError(error, 'save')).toBe('The folder no longer exists.');
  });

  it('names temporary files hidden, beside the target, and unique', () => {
    const a = tempPathFor('/maps/acme.orgmap');
    expect(nodePath.dirname(a)).toBe('/maps');
    expect(nodePath.basename(a)).toMatch(/^\.acme\.orgmap\.[0-9a-f]{12}\.tmp$/);
    expect(tempPathFor('/maps/acme.orgmap')).not.toBe(a);
  });
});

describe('reading', () => {
  it('returns UTF-8 text without a BOM', async () => {
    const path = nodePath.join(dir, 'a.orgmap');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"naam":"Zoë"}')]));
    expect(await readDocumentText(fs, path)).toBe('{"naam":"Zoë"}');
  });

  it('refuses binary, oversized files and folders with a clear message', async () => {
    const binary = nodePath.join(dir, 'b.orgmap');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const big = nodePath.join(dir, 'big.orgmap');
    await writeFile(big, 'x'.repeat(101));
    const message = async (promise: Promise<unknown>) => describeFsError(await promise.then(() => null, (e: unknown) => e), 'open');
    expect(await message(readDocumentText(fs, binary))).toBe('b.orgmap: cannot read the file: it is not UTF-8 text');
    expect(await message(readDocumentText(fs, big, 100))).toBe('The file is too large.');
    expect(await message(readDocumentText(fs, dir))).toBe('That is a folder, not a file.');
    expect(await message(readDocumentText(fs, nodePath.join(dir, 'missing.orgmap')))).toBe('The file no longer exists.');
  });
});

describe('saving through a symbolic link (#15 item 6)', () => {
  it.runIf(process.platform !== 'win32')('writes the file the link points to, keeps the link and the file\'s permissions', async () => {
    const realDir = nodePath.join(dir, 'synced');
    await realFs.mkdir(realDir);
    const real = nodePath.join(realDir, 'map.orgmap');
    await writeFile(real, 'OLD');
    await realFs.chmod(real, 0o600);
    const link = nodePath.join(dir, 'map.orgmap');
    await realFs.symlink(nodePath.join('synced', 'map.orgmap'), link);
    await atomicWriteFile(fs, link, 'NEW');
    expect((await realFs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await realFs.readFile(real, 'utf8')).toBe('NEW');
    expect((await realFs.stat(real)).mode & 0o777).toBe(0o600);
    expect((await realFs.readdir(realDir)).sort()).toEqual(['map.orgmap']);
  });

  it.runIf(process.platform !== 'win32')('keeps permission bits the umask would narrow (0o666 stays 0o666)', async () => {
    const target = nodePath.join(dir, 'shared.orgmap');
    await writeFile(target, 'OLD');
    await realFs.chmod(target, 0o666);
    await atomicWriteFile(fs, target, 'NEW');
    expect((await realFs.stat(target)).mode & 0o777).toBe(0o666);
  });

  it.runIf(process.platform !== 'win32')('a dangling link: creates its target, a loop: refuses and writes nothing', async () => {
    const link = nodePath.join(dir, 'dangling.orgmap');
    await realFs.symlink(nodePath.join(dir, 'made.orgmap'), link);
    await atomicWriteFile(fs, link, 'NEW');
    expect(await realFs.readFile(nodePath.join(dir, 'made.orgmap'), 'utf8')).toBe('NEW');
    const a = nodePath.join(dir, 'a.orgmap');
    const b = nodePath.join(dir, 'b.orgmap');
    await realFs.symlink(b, a);
    await realFs.symlink(a, b);
    await expect(atomicWriteFile(fs, a, 'X')).rejects.toMatchObject({ code: 'ELOOP' });
  });
});

describe('file names', () => {
  it('turns suggestions into safe .orgmap names', () => {
    expect(safeFileName('Acme')).toBe('Acme.orgmap');
    expect(safeFileName('Acme.orgmap')).toBe('Acme.orgmap');
    expect(safeFileName('../../etc/passwd')).toBe('passwd.orgmap');
    expect(safeFileName('C:\\Windows\\evil')).toBe('evil.orgmap');
    expect(safeFileName('a<b>c:d"e|f?g*h\u0000i')).toBe('abcdefghi.orgmap');
    expect(safeFileName('')).toBe('Untitled.orgmap');
    expect(safeFileName('...')).toBe('Untitled.orgmap');
    expect(safeFileName('.orgmap')).toBe('Untitled.orgmap');
  });

  it('adds the extension unless that would overwrite an unconfirmed file', async () => {
    expect(await withDocumentExtension(fs, nodePath.join(dir, 'plan'))).toBe(nodePath.join(dir, 'plan.orgmap'));
    expect(await withDocumentExtension(fs, nodePath.join(dir, 'plan.json'))).toBe(nodePath.join(dir, 'plan.json'));
    await writeFile(nodePath.join(dir, 'taken.orgmap'), 'x');
    expect(await withDocumentExtension(fs, nodePath.join(dir, 'taken'))).toBe(nodePath.join(dir, 'taken'));
  });
});

describe('open and save handlers', () => {
  function deps(dialog: Partial<DialogLike>): DocumentDeps {
    return { fs, dialog: dialog as DialogLike, grants: new PathGrants(), windowFor: () => null };
  }
  const noWindow = null as BrowserWindow | null;

  it('open: cancelled, read and granted, or a readable refusal', async () => {
    const path = nodePath.join(dir, 'acme.orgmap');
    await writeFile(path, VALID);
    const canceled = deps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await openDocument(canceled, noWindow)).toEqual({ canceled: true });

    const opened = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [path] })) });
    expect(await openDocument(opened, noWindow)).toEqual({ canceled: false, path, name: 'acme.orgmap', text: VALID });
    expect(opened.grants.has(path)).toBe(true);

    const missing = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [nodePath.join(dir, 'nope.orgmap')] })) });
    expect(await openDocument(missing, noWindow)).toEqual({ canceled: false, error: 'The file no longer exists.', name: 'nope.orgmap' });
    expect(missing.grants.has(nodePath.join(dir, 'nope.orgmap'))).toBe(false);
  });

  it('open: a file the reader refuses gives the reader\'s message, is not granted or remembered, and stays byte-for-byte as it was', async () => {
    const cases: [string, Buffer][] = [
      ['newer.orgmap', Buffer.from('{"format":"orgmap","version":99,"title":"x","scenarios":[]}\n')],
      ['broken.orgmap', Buffer.from('{"format":"orgmap","version":1,')],
      ['edges.orgmap', Buffer.from(VALID.replace('"edges": []', '"edges": [{"id":"e1","kind":"owns","source":"a","target":"b"}]'))],
      ['binary.orgmap', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3])],
      ['empty.orgmap', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of cases) {
      const path = nodePath.join(dir, name);
      await writeFile(path, bytes);
      const before = await stat(path);
      const remember = vi.fn();
      const d = { ...deps({}), remember };
      const result = await openPath(d, path);
      expect(result, name).toMatchObject({ canceled: false, name });
      expect('error' in result && result.error, name).toBeTruthy();
      if (name !== 'binary.orgmap') expect('error' in result && result.error).toBe(refusalOf(bytes.toString('utf8'), name));
      expect(d.grants.has(path)).toBe(false);
      expect(remember).not.toHaveBeenCalled();
      expect((await readFile(path)).equals(bytes), name).toBe(true);
      expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    }
    expect((await readdir(dir)).sort()).toEqual(cases.map(([n]) => n).sort());
  });

  it('open: the reader\'s message names the file and the place', () => {
    expect(refusalOf(VALID, 'a.orgmap')).toBeNull();
    expect(refusalOf('{"format":"orgmap","version":99,"title":"","scenarios":[]}', 'new.orgmap')).toMatch(/^new\.orgmap: .*newer/);
  });

  it('save and open round trip through the real file system, remembered and cleared from recovery', async () => {
    const target = nodePath.join(dir, 'round.orgmap');
    const remember = vi.fn();
    const afterSave = vi.fn(async () => {});
    const d: DocumentDeps = { ...deps({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: target })) }), remember, afterSave };
    const saved = await saveDocument(d, noWindow, { text: VALID, suggestedName: 'round', recoveryId: 'doc-1' });
    expect(saved).toEqual({ canceled: false, path: target, name: 'round.orgmap' });
    expect(remember).toHaveBeenCalledWith(target);
    expect(afterSave).toHaveBeenCalledWith({ text: VALID, suggestedName: 'round', recoveryId: 'doc-1' }, target);
    const opened = await openPath(d, target);
    expect(opened).toEqual({ canceled: false, path: target, name: 'round.orgmap', text: VALID });
  });

  it.each([
    ['ENOSPC', 'The disk is full.'],
    ['EACCES', 'You do not have permission to write to this folder.'],
    ['EROFS', 'The disk is read-only.'],
    ['ENOENT', 'The folder no longer exists.'],
  ])('save: %s says so in plain words and keeps the old file', async (code, message) => {
    const target = nodePath.join(dir, 'keep.orgmap');
    await writeFile(target, VALID);
    const failing: DocumentFs = {
      ...fs,
      open: async () => {
        throw Object.assign(new Error(code), { code });
      },
    };
    const d = { ...deps({}), fs: failing, remember: vi.fn() };
    d.grants.grant(target);
    expect(await saveDocument(d, noWindow, { path: target, text: 'new', suggestedName: 'keep' })).toEqual({ canceled: false, error: message });
    expect(await readFile(target, 'utf8')).toBe(VALID);
    expect(d.remember).not.toHaveBeenCalled();
  });

  it('save: a real read-only folder fails cleanly and leaves the old file', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) return; // root writes anywhere; Windows has no folder modes
    const folder = nodePath.join(dir, 'ro');
    await mkdir(folder);
    const target = nodePath.join(folder, 'a.orgmap');
    await writeFile(target, VALID);
    await chmod(folder, 0o555);
    try {
      const d = deps({});
      d.grants.grant(target);
      expect(await saveDocument(d, noWindow, { path: target, text: 'new', suggestedName: 'a' })).toEqual({
        canceled: false,
        error: 'You do not have permission to write to this folder.',
      });
      expect(await readFile(target, 'utf8')).toBe(VALID);
    } finally {
      await chmod(folder, 0o755);
    }
  });

  it('save: stale temporary files in the target folder are cleaned first', async () => {
    const target = nodePath.join(dir, 'a.orgmap');
    const stale = nodePath.join(dir, '.a.orgmap.0123456789ab.tmp');
    await writeFile(stale, 'torn');
    const d: DocumentDeps = { ...deps({}), cleanFolder: (folder) => cleanStaleTempFiles(fs_, folder, { now: Date.now() + 10 * 60_000 }) };
    d.grants.grant(target);
    await saveDocument(d, noWindow, { path: target, text: VALID, suggestedName: 'a' });
    expect(await readdir(dir)).toEqual(['a.orgmap']);
  });

  it('save: a path the renderer invents is not written without the dialog', async () => {
    const victim = nodePath.join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const d = deps({ showSaveDialog });
    expect(await saveDocument(d, noWindow, { path: victim, text: 'pwned', suggestedName: 'x' })).toEqual({ canceled: true });
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('save: the dialog path is written and granted; later saves to it skip the dialog', async () => {
    const chosen = nodePath.join(dir, 'Acme');
    const showSaveDialog = vi.fn(async (_options: unknown) => ({ canceled: false, filePath: chosen }));
    const d = deps({ showSaveDialog: showSaveDialog as unknown as DialogLike['showSaveDialog'] });
    const first = await saveDocument(d, noWindow, { text: 'v1', suggestedName: '../Acme' });
    expect(first).toEqual({ canceled: false, path: `${chosen}.orgmap`, name: 'Acme.orgmap' });
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Acme.orgmap' });
    const second = await saveDocument(d, noWindow, { path: `${chosen}.orgmap`, text: 'v2', suggestedName: 'Acme' });
    expect(second).toEqual(first);
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(await readFile(`${chosen}.orgmap`, 'utf8')).toBe('v2');
  });

  it('save: a failure says why and leaves the old file', async () => {
    const target = nodePath.join(dir, 'a.orgmap');
    await writeFile(target, 'old');
    const d = { ...deps({}), fs: failingAt('rename') };
    d.grants.grant(target);
    expect(await saveDocument(d, noWindow, { path: target, text: 'new', suggestedName: 'a' })).toEqual({ canceled: false, error: 'The disk is full.' });
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('grants are exact absolute paths', () => {
    const grants = new PathGrants();
    grants.grant('/maps/a.orgmap');
    expect(grants.has('/maps/a.orgmap')).toBe(true);
    expect(grants.has('/maps/./x/../a.orgmap')).toBe(true);
    expect(grants.has('/maps/b.orgmap')).toBe(false);
    expect(grants.has('a.orgmap')).toBe(false);
  });
});

describe('stale temporary files', () => {
  it('are recognised by name and removed only when old, regular files', async () => {
    const now = Date.now();
    const names = {
      stale: '.acme.orgmap.0123456789ab.tmp',
      fresh: '.fresh.orgmap.ba9876543210.tmp',
      user: 'notes.tmp',
      map: 'acme.orgmap',
      folder: '.dir.orgmap.aaaaaaaaaaaa.tmp',
    };
    for (const name of [names.stale, names.fresh, names.user, names.map]) await writeFile(nodePath.join(dir, name), 'x');
    await mkdir(nodePath.join(dir, names.folder));
    const old = new Date(now - 10 * 60_000);
    await realFs.utimes(nodePath.join(dir, names.stale), old, old);
    await realFs.utimes(nodePath.join(dir, names.user), old, old);
    expect(await cleanStaleTempFiles(fs_, dir, { now })).toEqual([names.stale]);
    expect((await readdir(dir)).sort()).toEqual([names.fresh, names.folder, names.map, names.user].sort());
    expect(TEMP_FILE_PATTERN.test(nodePath.basename(tempPathFor('/x/acme.orgmap')))).toBe(true);
    expect(await cleanStaleTempFiles(fs_, nodePath.join(dir, 'missing'))).toEqual([]);
  });
});
