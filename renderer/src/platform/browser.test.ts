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

describe('exports in the browser', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => vi.restoreAllMocks());

  function exportHandle(name: string, written: unknown[], fail = false): FileSystemFileHandle {
    const writable = {
      write: async (data: unknown) => {
        if (fail) throw new DOMException('There is not enough space on the disk.', 'QuotaExceededError');
        written.push(data);
      },
      close: async () => undefined,
      abort: vi.fn(async () => undefined),
    };
    return { kind: 'file', name, createWritable: async () => writable } as unknown as FileSystemFileHandle;
  }

  it('asks with the save picker, typed to the format, and writes the bytes as one Blob', async () => {
    const written: unknown[] = [];
    const asked: unknown[] = [];
    const p: FilePickers = {
      showSaveFilePicker: async (options) => {
        asked.push(options);
        return exportHandle('slides.pdf', written);
      },
    };
    const platform = createBrowserPlatform({ pickers: p, recovery: noRecovery });
    const result = await platform.saveExport({ format: 'pdf', data: new Uint8Array([37, 80, 68, 70]), suggestedName: 'map.pdf' });
    expect(result).toEqual({ canceled: false, path: 'slides.pdf', name: 'slides.pdf' });
    expect(asked).toEqual([{ types: [{ description: 'PDF document', accept: { 'application/pdf': ['.pdf'] } }], suggestedName: 'map.pdf', id: 'orgmap-exports' }]);
    const [blob] = written;
    expect(blob).toBeInstanceOf(Blob);
    expect((blob as Blob).type).toBe('application/pdf');
    expect((blob as Blob).size).toBe(4);
  });

  it('a cancelled picker is a cancellation; a failed write says why', async () => {
    const abort = () => new DOMException('The user aborted a request.', 'AbortError');
    const cancelled = createBrowserPlatform({ pickers: { showSaveFilePicker: async () => Promise.reject(abort()) }, recovery: noRecovery });
    expect(await cancelled.saveExport({ format: 'svg', data: '<svg/>', suggestedName: 'a.svg' })).toEqual({ canceled: true });
    const failing = createBrowserPlatform({ pickers: { showSaveFilePicker: async () => exportHandle('a.svg', [], true) }, recovery: noRecovery });
    expect(await failing.saveExport({ format: 'svg', data: '<svg/>', suggestedName: 'a.svg' })).toEqual({ canceled: false, error: 'a.svg: There is not enough space on the disk.' });
  });

  it('without the pickers, downloads under the suggested name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:2');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const platform = createBrowserPlatform({ pickers: {}, recovery: noRecovery });
    expect(await platform.saveExport({ format: 'png', data: new Uint8Array([137, 80, 78, 71]), suggestedName: 'map.png' })).toEqual({ canceled: false, path: 'map.png', name: 'map.png' });
    expect(clicked).toEqual(['map.png']);
  });

  it('copies a PNG with the Clipboard API, or says the browser cannot', async () => {
    const platform = createBrowserPlatform({ pickers: {}, recovery: noRecovery });
    const png = Promise.resolve(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }));
    expect(await platform.copyImage(png)).toEqual({ ok: false, error: 'this browser cannot put images on the clipboard' });
    const write = vi.fn(async (_items: unknown[]) => undefined);
    class FakeItem {
      constructor(readonly items: Record<string, unknown>) {}
    }
    Object.defineProperty(window.navigator, 'clipboard', { value: { write }, configurable: true });
    Object.defineProperty(window, 'ClipboardItem', { value: FakeItem, configurable: true });
    try {
      expect(await platform.copyImage(png)).toEqual({ ok: true });
      const [[items]] = write.mock.calls as unknown as [[FakeItem[]]];
      expect(items[0]?.items['image/png']).toBe(png);
      write.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
      expect(await platform.copyImage(png)).toEqual({ ok: false, error: 'Document is not focused.' });
    } finally {
      Reflect.deleteProperty(window.navigator, 'clipboard');
      Reflect.deleteProperty(window, 'ClipboardItem');
    }
  });
});
