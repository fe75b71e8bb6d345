import { describe, expect, it, vi } from 'vitest';
import type { OpenResult, OrgmapBridge, SaveRequest } from '../../../shared/ipc';
import { createElectronPlatform, findBridge } from './desktop';

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
    await platform.openDocument();
    await platform.saveDocument({ text: 'x', suggestedName: 'a.orgmap' });
    await platform.saveDocument({ text: 'x', suggestedName: 'a.orgmap', saveAs: true });
    expect(bridge.saves.map((s) => s.path)).toEqual(['/maps/a.orgmap', undefined]);
  });

  it('delivers documents the shell opens, says when it listens, and saves back to them', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const got: OpenResult[] = [];
    platform.onDocumentOpened((r) => got.push(r));
    expect(bridge.readyForDocuments).toHaveBeenCalledOnce();
    bridge.opened[0]?.({ canceled: false, path: '/os/c.orgmap', name: 'c.orgmap', text: '{}' });
    expect(got).toHaveLength(1);
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
    expect(bridge.setTitle).toHaveBeenCalledWith({ fileName: 'a.orgmap', dirty: true });
  });
});
