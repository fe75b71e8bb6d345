// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenResult } from '../../../shared/ipc';
import { createBrowserPlatform, type FilePickers } from './browser';
import type { RecoveryStore } from './types';

// jsdom's File has no text(); read it the old way.
if (!('text' in File.prototype)) {
  Object.defineProperty(File.prototype, 'text', {
    value(this: File) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsText(this);
      });
    },
  });
}

/** An in-memory file behind a handle; `close()` commits, as Chromium's swap-file writes do. */
interface FakeFile {
  name: string;
  text: string;
  aborted: boolean;
  permission: PermissionState;
  failWrite: boolean;
}

function fakeFile(name: string, text = ''): FakeFile {
  return { name, text, aborted: false, permission: 'granted', failWrite: false };
}

function handleFor(file: FakeFile): FileSystemFileHandle {
  const handle = {
    kind: 'file',
    name: file.name,
    getFile: async () => new File([file.text], file.name),
    createWritable: async () => {
      let pending = '';
      return {
        write: async (data: string) => {
          if (file.failWrite) throw new DOMException('There is not enough space on the disk.', 'QuotaExceededError');
          pending += data;
        },
        close: async () => {
          file.text = pending;
        },
        abort: async () => {
          file.aborted = true;
        },
      };
    },
    queryPermission: async () => file.permission,
    requestPermission: async () => file.permission,
  };
  return handle as unknown as FileSystemFileHandle;
}

const noRecovery: RecoveryStore = { write: async () => undefined, clear: async () => undefined, list: async () => [], read: async () => null };

function pickers(open: FakeFile | 'cancel', save: FakeFile | 'cancel') {
  const calls: string[] = [];
  const abort = () => new DOMException('The user aborted a request.', 'AbortError');
  const p: FilePickers = {
    showOpenFilePicker: async () => {
      calls.push('open');
      if (open === 'cancel') throw abort();
      return [handleFor(open)];
    },
    showSaveFilePicker: async ({ suggestedName }) => {
      calls.push(`save:${suggestedName}`);
      if (save === 'cancel') throw abort();
      return handleFor(save);
    },
  };
  return { pickers: p, calls };
}

function opened(result: OpenResult) {
  if (result.canceled || !('text' in result)) throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  return result;
}

describe('browser platform with the File System Access API', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('Save writes back to the adopted file; Save As asks and then Save follows the new file', async () => {
    const acme = fakeFile('acme.orgmap', '{"v":1}');
    const copy = fakeFile('copy.orgmap');
    const { pickers: p, calls } = pickers(acme, copy);
    const platform = createBrowserPlatform({ pickers: p, recovery: noRecovery });
    expect(platform.saveMode).toBe('file');
    const doc = opened(await platform.openDocument());
    expect(doc).toMatchObject({ name: 'acme.orgmap', text: '{"v":1}' });
    platform.adoptDocument(doc);

    expect(await platform.saveDocument({ text: 'v2', suggestedName: 'acme.orgmap' })).toEqual({ canceled: false, path: 'acme.orgmap', name: 'acme.orgmap' });
    expect(acme.text).toBe('v2');
    expect(await platform.saveDocument({ text: 'v3', suggestedName: 'acme.orgmap', saveAs: true })).toMatchObject({ name: 'copy.orgmap' });
    expect(copy.text).toBe('v3');
    await platform.saveDocument({ text: 'v4', suggestedName: 'copy.orgmap' });
    expect(copy.text).toBe('v4');
    expect(acme.text).toBe('v2');
    expect(calls).toEqual(['open', 'save:acme.orgmap']);
  });

  it('a file the app did not adopt (refused, declined) is never written; a new map asks where', async () => {
    const acme = fakeFile('acme.orgmap', 'old');
    const other = fakeFile('other.orgmap');
    const { pickers: p, calls } = pickers(acme, other);
    const platform = createBrowserPlatform({ pickers: p, recovery: noRecovery });
    await platform.openDocument();
    await platform.saveDocument({ text: 'new', suggestedName: 'map.orgmap' });
    expect(acme.text).toBe('old');
    expect(calls).toEqual(['open', 'save:map.orgmap']);

    platform.adoptDocument(opened(await platform.openDocument()));
    platform.adoptDocument(null);
    await platform.saveDocument({ text: 'newer', suggestedName: 'map.orgmap' });
    expect(acme.text).toBe('old');
    expect(calls.at(-1)).toBe('save:map.orgmap');
  });

  it('a failed write says so, drops the swap file and leaves the old file as it was', async () => {
    const acme = fakeFile('acme.orgmap', 'old');
    const { pickers: p } = pickers(acme, 'cancel');
    const platform = createBrowserPlatform({ pickers: p, recovery: noRecovery });
    platform.adoptDocument(opened(await platform.openDocument()));
    acme.failWrite = true;
    const result = await platform.saveDocument({ text: 'new', suggestedName: 'acme.orgmap' });
    expect(result).toEqual({ canceled: false, error: 'acme.orgmap: There is not enough space on the disk.' });
    expect(acme.text).toBe('old');
    expect(acme.aborted).toBe(true);
  });

  it('write permission refused: Save asks where instead', async () => {
    const acme = fakeFile('acme.orgmap', 'old');
    const copy = fakeFile('copy.orgmap');
    const { pickers: p, calls } = pickers(acme, copy);
    const platform = createBrowserPlatform({ pickers: p, recovery: noRecovery });
    platform.adoptDocument(opened(await platform.openDocument()));
    acme.permission = 'denied';
    await platform.saveDocument({ text: 'new', suggestedName: 'acme.orgmap' });
    expect(acme.text).toBe('old');
    expect(copy.text).toBe('new');
    expect(calls).toEqual(['open', 'save:acme.orgmap']);
  });

  it('cancelled pickers are cancellations, not errors', async () => {
    const { pickers: p } = pickers('cancel', 'cancel');
    const platform = createBrowserPlatform({ pickers: p, recovery: noRecovery });
    expect(await platform.openDocument()).toEqual({ canceled: true });
    expect(await platform.saveDocument({ text: 'x', suggestedName: 'a.orgmap' })).toEqual({ canceled: true });
  });
});

describe('browser platform without the File System Access API', () => {
  const created: string[] = [];
  beforeEach(() => {
    document.body.innerHTML = '';
    created.length = 0;
    URL.createObjectURL = vi.fn(() => {
      created.push('blob:1');
      return 'blob:1';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves by downloading, under the suggested name, every time', async () => {
    const platform = createBrowserPlatform({ pickers: {}, recovery: noRecovery });
    expect(platform.saveMode).toBe('download');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    expect(await platform.saveDocument({ text: 'x', suggestedName: 'acme.orgmap' })).toEqual({ canceled: false, path: 'acme.orgmap', name: 'acme.orgmap' });
    await platform.saveDocument({ text: 'x', suggestedName: 'acme.orgmap', saveAs: true });
    expect(clicked).toEqual(['acme.orgmap', 'acme.orgmap']);
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('opens through the file input and reports files a script puts there', async () => {
    const platform = createBrowserPlatform({ pickers: {}, recovery: noRecovery });
    const input = document.querySelector<HTMLInputElement>('[data-testid="file.open-input"]');
    if (!input) throw new Error('no input');
    const click = vi.spyOn(input, 'click').mockImplementation(() => undefined);
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };
    const asked = platform.openDocument();
    expect(click).toHaveBeenCalledOnce();
    choose(new File(['{"a":1}'], 'a.orgmap'));
    expect(await asked).toMatchObject({ canceled: false, name: 'a.orgmap', text: '{"a":1}' });

    const got: OpenResult[] = [];
    platform.onDocumentOpened((r) => got.push(r));
    choose(new File(['{}'], 'b.orgmap'));
    await vi.waitFor(() => expect(got).toHaveLength(1));
    expect(got[0]).toMatchObject({ name: 'b.orgmap' });
  });

  it('shows the file name and the unsaved marker in the title', () => {
    const platform = createBrowserPlatform({ pickers: {}, recovery: noRecovery });
    platform.setTitle({ fileName: 'acme.orgmap', dirty: true });
    expect(document.title).toBe('• acme.orgmap — Orgmap');
    platform.setTitle({ fileName: 'acme.orgmap', dirty: false });
    expect(document.title).toBe('acme.orgmap — Orgmap');
    platform.setTitle({ fileName: null, dirty: true });
    expect(document.title).toBe('• Orgmap');
  });
});
