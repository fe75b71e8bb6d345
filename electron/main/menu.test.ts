import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNELS, MENU_COMMANDS, type MenuCommandId } from '../../shared/ipc';
import { buildMenuTemplate, sendMenuCommand, setupMenu } from './menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function clickAll(items: readonly MenuItemConstructorOptions[]): void {
  for (const item of flatten(items)) (item.click as (() => void) | undefined)?.();
}

describe('native menu', () => {
  it('has File, Edit, View and Help (plus the app menu on macOS)', () => {
    const send = vi.fn();
    const labels = (platform: string) => buildMenuTemplate({ platform, appName: 'Orgmap', dev: false, send }).map((m) => m.label);
    expect(labels('linux')).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels('darwin')).toEqual(['Orgmap', '&File', '&Edit', '&View', '&Help']);
  });

  it('app commands only send their id; every id is in the contract', () => {
    const sent: MenuCommandId[] = [];
    for (const platform of ['linux', 'darwin', 'win32']) {
      clickAll(buildMenuTemplate({ platform, appName: 'Orgmap', dev: false, send: (id) => sent.push(id) }));
    }
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('uses the standard accelerators and Electron roles for editing', () => {
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: 'Orgmap', dev: false, send: vi.fn() }));
    const accelerator = (id: string) => items.find((i) => i.id === id)?.accelerator;
    expect(accelerator('file.new')).toBe('CmdOrCtrl+N');
    expect(accelerator('file.open')).toBe('CmdOrCtrl+O');
    expect(accelerator('file.save')).toBe('CmdOrCtrl+S');
    expect(accelerator('file.saveAs')).toBe('CmdOrCtrl+Shift+S');
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (dev: boolean) => flatten(buildMenuTemplate({ platform: 'linux', appName: 'Orgmap', dev, send: vi.fn() })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('sends on the menu channel to a live window only', () => {
    const live = { send: vi.fn(), isDestroyed: () => false };
    expect(sendMenuCommand(live, 'file.open')).toBe(true);
    expect(live.send).toHaveBeenCalledWith(EVENT_CHANNELS.menuCommand, 'file.open');
    const dead = { send: vi.fn(), isDestroyed: () => true };
    expect(sendMenuCommand(dead, 'file.open')).toBe(false);
    expect(dead.send).not.toHaveBeenCalled();
    expect(sendMenuCommand(null, 'file.open')).toBe(false);
  });

  it('setupMenu installs the application menu and routes clicks to the target window', () => {
    let template: MenuItemConstructorOptions[] = [];
    const built = {};
    const Menu = {
      buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => {
        template = t;
        return built as Electron.Menu;
      }),
      setApplicationMenu: vi.fn(),
    };
    const webContents = { send: vi.fn(), isDestroyed: () => false };
    setupMenu({ Menu, platform: 'linux', appName: 'Orgmap', dev: false, target: () => ({ webContents }) });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(built);
    (flatten(template).find((i) => i.id === 'file.save')?.click as (() => void) | undefined)?.();
    expect(webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.menuCommand, 'file.save');
  });
});
