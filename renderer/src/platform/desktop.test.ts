import { describe, expect, it, vi } from 'vitest';
import type { OrgmapBridge, SaveRequest } from '../../../shared/ipc';
import { createElectronPlatform, findBridge } from './desktop';

function fakeBridge(): OrgmapBridge & { saves: SaveRequest[] } {
  const saves: SaveRequest[] = [];
  return {
    saves,
    getAppInfo: vi.fn(async () => ({ name: 'Orgmap', version: '0.1.0', platform: 'linux' as const })),
    openDocument: vi.fn(async () => ({ canceled: false as const, path: '/maps/a.orgmap', name: 'a.orgmap', text: '{}' })),
    saveDocument: vi.fn(async (r: SaveRequest) => {
      saves.push(r);
      return { canceled: false as const, path: r.path ?? '/maps/new.orgmap', name: 'new.orgmap' };
    }),
    setTitle: vi.fn(async () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
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
