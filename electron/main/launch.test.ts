import { describe, expect, it, vi } from 'vitest';
import nodePath from 'node:path';
import { EVENT_CHANNELS, type OpenResult } from '../../shared/ipc';
import { DocumentInbox, OsOpenQueue, documentPathsFromArgv } from './launch';

describe('argv: which arguments are documents', () => {
  const existing = new Set([nodePath.resolve('/home/u/maps/acme.orgmap'), nodePath.resolve('/home/u/maps/Beta.ORGMAP'), nodePath.resolve('/tmp/x.orgmap')]);
  const isFile = (p: string) => existing.has(p);

  it('takes existing .orgmap files after the executable, resolving relative ones against the working directory', () => {
    expect(documentPathsFromArgv(['/opt/Orgmap/orgmap', 'acme.orgmap'], '/home/u/maps', isFile)).toEqual([nodePath.resolve('/home/u/maps/acme.orgmap')]);
    expect(documentPathsFromArgv(['orgmap', '/tmp/x.orgmap', 'Beta.ORGMAP'], '/home/u/maps', isFile)).toEqual([
      nodePath.resolve('/tmp/x.orgmap'),
      nodePath.resolve('/home/u/maps/Beta.ORGMAP'),
    ]);
  });

  it('ignores flags, the app entry in development, other files, missing files and duplicates', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '/repo/out/main/index.js',
      '--inspect=9229',
      '-psn_0_12345',
      '--no-sandbox',
      '--user-data-dir=/tmp/x.orgmap',
      'notes.txt',
      'missing.orgmap',
      'acme.orgmap',
      './acme.orgmap',
      '',
      'bad\0.orgmap',
    ];
    expect(documentPathsFromArgv(argv, '/home/u/maps', isFile)).toEqual([nodePath.resolve('/home/u/maps/acme.orgmap')]);
  });

  it('never looks at the executable itself, and survives a failing stat', () => {
    expect(documentPathsFromArgv(['/tmp/x.orgmap'], '/', isFile)).toEqual([]);
    expect(documentPathsFromArgv(['app', '/tmp/x.orgmap'], '/', () => {
      throw new Error('EACCES');
    })).toEqual([]);
  });
});

describe('documents pushed to the renderer', () => {
  const doc = (name: string): OpenResult => ({ canceled: false, path: `/m/${name}`, name, text: '{}' });

  it('wait until the renderer listens, then arrive in order; later ones at once', () => {
    const target = { send: vi.fn(), isDestroyed: () => false };
    const inbox = new DocumentInbox(() => target);
    inbox.push(doc('a.orgmap'));
    inbox.push({ canceled: false, error: 'refused', name: 'b.orgmap' });
    expect(target.send).not.toHaveBeenCalled();
    inbox.ready();
    expect(target.send.mock.calls).toEqual([
      [EVENT_CHANNELS.openDocument, doc('a.orgmap')],
      [EVENT_CHANNELS.openDocument, { canceled: false, error: 'refused', name: 'b.orgmap' }],
    ]);
    inbox.push(doc('c.orgmap'));
    expect(target.send).toHaveBeenCalledTimes(3);
    // A reload: hold again until the new page listens.
    inbox.notReady();
    inbox.push(doc('d.orgmap'));
    expect(target.send).toHaveBeenCalledTimes(3);
    expect(inbox.waiting).toHaveLength(1);
  });

  it('keep waiting when there is no window, and only a bounded number', () => {
    const inbox = new DocumentInbox(() => null);
    inbox.ready();
    for (let i = 0; i < 30; i += 1) inbox.push(doc(`${i}.orgmap`));
    expect(inbox.waiting).toHaveLength(DocumentInbox.MAX_WAITING);
    expect(inbox.waiting[0]).toEqual(doc('10.orgmap'));
  });
});

describe('files from the OS before and after ready (macOS open-file, argv)', () => {
  it('queues until started, then opens in order and at once', async () => {
    const queue = new OsOpenQueue();
    queue.add('/m/a.orgmap');
    queue.add('/m/b.orgmap');
    const opened: string[] = [];
    queue.start(async (p) => {
      opened.push(p);
    });
    expect(opened).toEqual(['/m/a.orgmap', '/m/b.orgmap']);
    queue.add('/m/c.orgmap');
    expect(opened).toEqual(['/m/a.orgmap', '/m/b.orgmap', '/m/c.orgmap']);
    expect(queue.pending).toEqual([]);
  });
});
