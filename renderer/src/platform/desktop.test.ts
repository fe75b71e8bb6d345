import { describe, expect, it, vi } from 'vitest';
import type { ExportSaveRequest, OpenResult, OrgmapBridge, SaveRequest } from '../../../shared/ipc';
import { createElectronPlatform, findBridge } from './desktop';
import type { MapReader } from './mapReader';

function fakeBridge(): OrgmapBridge & { saves: SaveRequest[]; opened: ((r: OpenResult) => void)[] } {
  const saves: SaveRequest[] = [];
  const opened: ((r: OpenResult) => void)[] = [];
  return {
    saves,
    opened,
    getAppInfo: vi.fn(async () => ({ name: 'Orgmap', version: '0.1.0', platform: 'linux' as const })),
    openDocument: vi.fn(async () => ({ canceled: false as const, path: '/maps/a.orgmap', name: 'a.orgmap', text: '{}' })),
    saveDocument: vi.fn(async (r: SaveRequest) => {
      saves.push(r);
      return { canceled: false as const, path: r.path ?? '/maps/new.orgmap', name: 'new.orgmap' };
    }),
    setTitle: vi.fn(async () => undefined),
    openRecentDocument: vi.fn(async () => ({ canceled: true as const })),
    openDroppedFile: vi.fn(async () => ({ canceled: false as const, path: '/drop/b.orgmap', name: 'b.orgmap', text: '{}' })),
    setLanguage: vi.fn(async () => undefined),
    setMenu: vi.fn(async () => undefined),
    listRecentDocuments: vi.fn(async () => []),
    clearRecentDocuments: vi.fn(async () => undefined),
    readyForDocuments: vi.fn(async () => undefined),
    writeRecoveryDraft: vi.fn(async () => undefined),
    clearRecoveryDraft: vi.fn(async () => undefined),
    listRecoveryDrafts: vi.fn(async () => []),
    readRecoveryDraft: vi.fn(async () => null),
    getSettings: vi.fn(async () => ({ language: 'nl' as const, theme: 'dark' as const, grid: false, snap: true, welcomed: true })),
    setSettings: vi.fn(async (patch) => ({ language: 'en' as const, theme: 'system' as const, grid: true, snap: true, welcomed: false, ...patch })),
    openLogFolder: vi.fn(async () => undefined),
    showAbout: vi.fn(async () => undefined),
    saveExport: vi.fn(async (r: ExportSaveRequest) => ({ canceled: false as const, path: `/out/${r.suggestedName}`, name: r.suggestedName })),
    copyImage: vi.fn(async () => ({ ok: true as const })),
    onMenuCommand: vi.fn(() => () => undefined),
    onOpenDocument: vi.fn((cb: (r: OpenResult) => void) => {
      opened.push(cb);
      return () => undefined;
    }),
    onSaveRequest: vi.fn(() => () => undefined),
  };
}

describe('Electron platform adapter', () => {
  it('is found only when the preload exposed a bridge', () => {
    expect(findBridge({} as Window)).toBeNull();
    const bridge = fakeBridge();
    expect(findBridge({ orgmap: bridge } as unknown as Window)).toBe(bridge);
    expect(findBridge({ orgmap: { openDocument: 1 } } as unknown as Window)).toBeNull();
  });

  it('saves back to the opened file, and Save As asks again', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(platform.kind).toBe('electron');
    const opened = await platform.openDocument();
    if (opened.canceled || !('path' in opened)) throw new Error('expected a document');
    platform.adoptDocument(opened);
    await platform.saveDocument({ text: 'x', suggestedName: 'a.orgmap' });
    await platform.saveDocument({ text: 'x', suggestedName: 'a.orgmap', saveAs: true });
    expect(bridge.saves.map((s) => s.path)).toEqual(['/maps/a.orgmap', undefined]);
  });

  it('a file the app did not adopt (refused, declined) never becomes the save target', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    await platform.openDocument();
    await platform.openDroppedFile(new File(['{}'], 'b.orgmap'));
    await platform.saveDocument({ text: 'x', suggestedName: 'new.orgmap' });
    expect(bridge.saves[0]?.path).toBeUndefined();
    // A new map after a saved one: Save asks again.
    platform.adoptDocument({ canceled: false, path: '/maps/a.orgmap', name: 'a.orgmap', text: '{}' });
    platform.adoptDocument(null);
    await platform.saveDocument({ text: 'x', suggestedName: 'new.orgmap' });
    expect(bridge.saves[1]?.path).toBeUndefined();
  });

  it('sends the recovery id with a save and forwards recovery calls to the bridge', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    await platform.saveDocument({ text: 'x', suggestedName: 'a.orgmap', recoveryId: 'abc' });
    expect(bridge.saves[0]?.recoveryId).toBe('abc');
    await platform.recovery.write({ id: 'abc', text: 't' });
    await platform.recovery.clear('abc');
    await platform.recovery.list();
    await platform.recovery.read('abc');
    expect(bridge.writeRecoveryDraft).toHaveBeenCalledWith({ id: 'abc', text: 't' });
    expect(bridge.clearRecoveryDraft).toHaveBeenCalledWith('abc');
    expect(bridge.listRecoveryDrafts).toHaveBeenCalledOnce();
    expect(bridge.readRecoveryDraft).toHaveBeenCalledWith('abc');
  });

  it('delivers documents the shell opens, says when it listens, and saves back to them', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const got: OpenResult[] = [];
    platform.onDocumentOpened((r) => got.push(r));
    expect(bridge.readyForDocuments).toHaveBeenCalledOnce();
    bridge.opened[0]?.({ canceled: false, path: '/os/c.orgmap', name: 'c.orgmap', text: '{}' });
    await vi.waitFor(() => expect(got).toHaveLength(1));
    const first = got[0];
    if (!first || first.canceled || !('path' in first)) throw new Error('expected a document');
    platform.adoptDocument(first);
    await platform.saveDocument({ text: 'x', suggestedName: 'c.orgmap' });
    expect(bridge.saves[0]?.path).toBe('/os/c.orgmap');
  });

  it('forwards language, menu items and save requests', () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    platform.setLanguage('nl');
    expect(bridge.setLanguage).toHaveBeenCalledWith('nl');
    platform.setMenu([{ id: 'edit.undo', label: 'Undo', enabled: false, accelerator: 'CmdOrCtrl+Z' }]);
    expect(bridge.setMenu).toHaveBeenCalledOnce();
    platform.onSaveRequest(() => undefined);
    expect(bridge.onSaveRequest).toHaveBeenCalledOnce();
  });

  it('forwards menu commands and the title', () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const cb = vi.fn();
    platform.onMenuCommand(cb);
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(cb);
    platform.setTitle({ fileName: 'a.orgmap', dirty: true });
    expect(bridge.setTitle).toHaveBeenCalledWith({ fileName: 'a.orgmap', dirty: true, path: null });
    platform.adoptDocument({ canceled: false, path: '/maps/a.orgmap', name: 'a.orgmap', text: '{}' });
    platform.setTitle({ fileName: 'a.orgmap', dirty: false });
    expect(bridge.setTitle).toHaveBeenLastCalledWith({ fileName: 'a.orgmap', dirty: false, path: '/maps/a.orgmap' });
  });

  it('keeps settings with the shell and opens its log folder and About box', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(await platform.settings.load()).toEqual({ language: 'nl', theme: 'dark', grid: false, snap: true, welcomed: true });
    await platform.settings.save({ grid: true });
    expect(bridge.setSettings).toHaveBeenCalledWith({ grid: true });
    platform.openLogFolder?.();
    platform.showAbout?.();
    expect(bridge.openLogFolder).toHaveBeenCalledTimes(1);
    expect(bridge.showAbout).toHaveBeenCalledTimes(1);
  });

  it('saves exports and copies images through the bridge (bytes, not a Blob)', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const request = { format: 'pdf' as const, data: new Uint8Array([37, 80, 68, 70]), suggestedName: 'map.pdf' };
    expect(await platform.saveExport(request)).toEqual({ canceled: false, path: '/out/map.pdf', name: 'map.pdf' });
    expect(bridge.saveExport).toHaveBeenCalledWith(request);
    expect(await platform.copyImage(Promise.resolve(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' })))).toEqual({ ok: true });
    expect(bridge.copyImage).toHaveBeenCalledWith(new Uint8Array([137, 80, 78, 71]));
  });
});

describe('the desktop shell parses opened files in the open worker (mapReader.ts)', () => {
  /** A reader whose parse marks what it was given, resolving in the order `release` is called. */
  function fakeReader() {
    const asked: OpenResult[] = [];
    const waiting: (() => void)[] = [];
    const reader: MapReader = {
      read: vi.fn(async () => ({ canceled: true as const })),
      parse: vi.fn((result: OpenResult) => {
        asked.push(result);
        return new Promise<OpenResult>((resolve) => waiting.push(() => resolve(result.canceled || !('text' in result) ? result : { ...result, name: `parsed ${result.name}` })));
      }),
      warm: vi.fn(),
    };
    return { reader, asked, release: (i: number) => waiting[i]?.() };
  }

  it('hands the text of every open (dialog, drop, files the shell pushes) to the reader before the app gets it', async () => {
    const bridge = fakeBridge();
    const { reader, asked, release } = fakeReader();
    const platform = createElectronPlatform(bridge, reader);
    const fromDialog = platform.openDocument();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    release(0);
    expect(await fromDialog).toMatchObject({ name: 'parsed a.orgmap', text: '{}' });
    const dropped = platform.openDroppedFile(new File(['{}'], 'b.orgmap'));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    release(1);
    expect(await dropped).toMatchObject({ name: 'parsed b.orgmap', path: '/drop/b.orgmap' });
  });

  it('delivers files the shell pushes in the order they came, even when a later one is parsed first', async () => {
    const bridge = fakeBridge();
    const { reader, release } = fakeReader();
    const platform = createElectronPlatform(bridge, reader);
    const got: string[] = [];
    platform.onDocumentOpened((r) => got.push(!r.canceled && 'name' in r ? (r.name ?? '') : 'canceled'));
    bridge.opened[0]?.({ canceled: false, path: '/os/big.orgmap', name: 'big.orgmap', text: '{}' });
    bridge.opened[0]?.({ canceled: false, path: '/os/small.orgmap', name: 'small.orgmap', text: '{}' });
    release(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(got).toEqual([]);
    release(0);
    await vi.waitFor(() => expect(got).toEqual(['parsed big.orgmap', 'parsed small.orgmap']));
  });

  it('without a worker (Node here, no Electron binary) gives the app the text as main sent it', async () => {
    const bridge = fakeBridge();
    const opened = await createElectronPlatform(bridge).openDocument();
    expect(opened).toEqual({ canceled: false, path: '/maps/a.orgmap', name: 'a.orgmap', text: '{}' });
  });
});
