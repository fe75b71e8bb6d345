import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNELS } from '../../shared/ipc';
import { MENU_COMMANDS } from '../../shared/commands/manifest';
import { COMMAND_WORDS } from '../../shared/i18n/commands';
import { SHELL_WORDS } from '../../shared/i18n/shell';
import type { NativeMenu} from './menu';
import { buildMenuTemplate, sendMenuCommand, setupMenu, type MenuOptions } from './menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

function clickAll(items: readonly MenuItemConstructorOptions[]): void {
  for (const item of flatten(items)) click(item);
}

const base: MenuOptions = { platform: 'linux', appName: 'Orgmap', dev: false, send: vi.fn() };
const find = (items: readonly MenuItemConstructorOptions[], id: string) => flatten(items).find((i) => i.id === id);

// The renderer's command registry (renderer/src/commands/commands.ts): the menu sends only these ids.
const REGISTRY_IDS = [
  'file.new', 'file.open', 'file.save', 'file.saveAs', 'file.export', 'file.copyImage',
  'edit.undo', 'edit.redo', 'edit.delete', 'edit.duplicate', 'edit.copy', 'edit.paste', 'edit.deselect', 'edit.selectAll', 'edit.connect',
  'view.fitView', 'view.zoomIn', 'view.zoomOut', 'view.snapToGrid', 'view.compare',
  'scenario.add', 'scenario.duplicate', 'scenario.rename', 'scenario.delete', 'scenario.moveLeft', 'scenario.moveRight',
  'help.shortcuts', 'help.modelGuide', 'help.about', 'help.welcome', 'help.openLogFolder',
  'view.grid', 'view.theme.system', 'view.theme.light', 'view.theme.dark', 'app.settings',
  'nav.map', 'nav.nextNode', 'nav.previousNode', 'nav.inspector', 'nav.risks',
  'file.import', 'layout.tidy',
  'view.sideBySide', 'view.present',
  'edit.find', 'file.print', 'view.zoom100', 'view.zoomSelection',
  'arrange.align.left', 'arrange.align.center', 'arrange.align.right', 'arrange.align.top', 'arrange.align.middle', 'arrange.align.bottom',
  'arrange.distribute.horizontal', 'arrange.distribute.vertical',
];

describe('native menu', () => {
  it('has File, Edit, View, Scenario and Help (plus the app menu on macOS), in English and Dutch', () => {
    const labels = (platform: string, language: 'en' | 'nl') => buildMenuTemplate({ ...base, platform, language }).map((m) => m.label);
    expect(labels('linux', 'en')).toEqual(['&File', '&Edit', '&View', '&Scenario', '&Help']);
    expect(labels('darwin', 'en')).toEqual(['Orgmap', '&File', '&Edit', '&View', '&Scenario', '&Help']);
    expect(labels('win32', 'nl')).toEqual(['&Bestand', 'Be&werken', 'Beel&d', '&Scenario', '&Help']);
    const nl = flatten(buildMenuTemplate({ ...base, language: 'nl' }));
    expect(find(nl, 'file.save')?.label).toBe('Opslaan');
    expect(find(nl, 'file.openRecent')?.label).toBe('Recent geopend');
    // Command items carry the renderer's words from the first build on (the shared catalog).
    expect(find(nl, 'view.compare')?.label).toBe('Vergelijken');
    expect(find(flatten(buildMenuTemplate(base)), 'file.new')?.label).toBe('New empty map');
    expect(find(flatten(buildMenuTemplate(base)), 'file.saveAs')?.label).toBe('Save as…');
    expect(find(nl, 'help.openLogFolder')?.label).toBe('Logmap openen');
    expect(nl.find((i) => i.role === 'quit')?.label).toBe('Afsluiten');
  });

  it('the shared word tables have every key in both languages, none empty, and a word for every menu command', () => {
    for (const tables of [SHELL_WORDS, COMMAND_WORDS]) {
      expect(Object.keys(tables.nl).sort()).toEqual(Object.keys(tables.en).sort());
      for (const table of Object.values(tables)) for (const value of Object.values(table) as string[]) expect(value.trim()).not.toBe('');
    }
    for (const id of MENU_COMMANDS) for (const language of ['en', 'nl'] as const) expect(Object.hasOwn(COMMAND_WORDS[language], id), id).toBe(true);
    // Every command item shows its catalog word, never its bare id.
    for (const language of ['en', 'nl'] as const) {
      const items = flatten(buildMenuTemplate({ ...base, language }));
      for (const id of MENU_COMMANDS) expect(find(items, id)?.label, id).not.toBe(id);
    }
  });

  it('File has New, Open…, Open Recent, Save, Save As…, Import Spreadsheet…, Export…, Copy as Image, Close and Quit', () => {
    const file = buildMenuTemplate(base)[0];
    const items = (file?.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
    expect(items.map((i) => i.id ?? i.role)).toEqual(['file.new', 'file.open', 'file.openRecent', 'file.save', 'file.saveAs', 'file.import', 'file.export', 'file.copyImage', 'file.print', 'close', 'quit']);
    // macOS: Quit lives in the app menu.
    const macFile = buildMenuTemplate({ ...base, platform: 'darwin' })[1];
    expect((macFile?.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean)).toEqual(['close']);
  });

  it('app commands only send their id; every id is in the contract and in the renderer registry', () => {
    const sent: string[] = [];
    for (const platform of ['linux', 'darwin', 'win32']) {
      clickAll(buildMenuTemplate({ ...base, platform, dev: true, send: (id) => sent.push(id) }));
    }
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    for (const id of MENU_COMMANDS) expect(REGISTRY_IDS).toContain(id);
  });

  it('uses the standard accelerators; only File ▸ New registers its own, the renderer handles the rest', () => {
    const items = flatten(buildMenuTemplate(base));
    const item = (id: string) => items.find((i) => i.id === id);
    expect(item('file.new')?.accelerator).toBe('CmdOrCtrl+N');
    expect(item('file.new')?.registerAccelerator).toBe(true);
    expect(item('file.open')?.accelerator).toBe('CmdOrCtrl+O');
    expect(item('file.save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(item('file.saveAs')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(item('file.save')?.registerAccelerator).toBe(false);
    expect(items.find((i) => i.role === 'close')?.accelerator).toBe('CmdOrCtrl+W');
    expect(items.find((i) => i.role === 'quit')?.accelerator).toBe('CmdOrCtrl+Q');
    // Keys without a modifier never become menu accelerators (text fields keep them); function keys do.
    for (const i of items) if (i.accelerator) expect(String(i.accelerator)).toMatch(/\+|^F\d+$/);
    expect(item('view.present')).toMatchObject({ accelerator: 'F5', registerAccelerator: false });
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'close', 'quit', 'togglefullscreen']));
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (dev: boolean) => flatten(buildMenuTemplate({ ...base, dev })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('Open Recent lists the files, opens them, and clears; empty says so', () => {
    const openRecent = vi.fn();
    const clearRecent = vi.fn();
    const recent = [
      { path: '/maps/a&b.orgmap', name: 'a&b.orgmap' },
      { path: '/maps/c.orgmap', name: 'c.orgmap' },
    ];
    const items = buildMenuTemplate({ ...base, recent, openRecent, clearRecent });
    const sub = find(items, 'file.openRecent')?.submenu as MenuItemConstructorOptions[];
    expect(sub.map((i) => i.label ?? i.type)).toEqual(['a&&b.orgmap', 'c.orgmap', 'separator', 'Clear Menu']);
    click(sub[1]);
    expect(openRecent).toHaveBeenCalledWith('/maps/c.orgmap');
    click(find(items, 'file.clearRecent'));
    expect(clearRecent).toHaveBeenCalled();
    const empty = find(buildMenuTemplate(base), 'file.openRecent')?.submenu as MenuItemConstructorOptions[];
    expect(empty).toEqual([{ id: 'file.noRecent', label: 'No Recent Files', enabled: false }]);
  });

  it('the registry (setMenu) overrides labels, shortcuts and enabled state by id; unknown ids change nothing', () => {
    const overrides = new Map([
      ['file.save', { id: 'file.save', label: 'Bewaar', accelerator: 'CmdOrCtrl+Shift+B', enabled: false }],
      ['edit.undo', { id: 'edit.undo', label: 'Terug', enabled: true }],
      ['nope.nothing', { id: 'nope.nothing', label: 'X', enabled: true }],
      ['file.new', { id: 'file.new', label: 'Nieuw', accelerator: 'CmdOrCtrl+Alt+N', enabled: true }],
    ]);
    const items = flatten(buildMenuTemplate({ ...base, overrides }));
    expect(find(items, 'file.save')).toMatchObject({ label: 'Bewaar', accelerator: 'CmdOrCtrl+Shift+B', enabled: false });
    expect(find(items, 'edit.undo')).toMatchObject({ label: 'Terug', accelerator: 'CmdOrCtrl+Z', enabled: true });
    expect(items.some((i) => i.label === 'X')).toBe(false);
    expect(find(items, 'file.new')).toMatchObject({ label: 'Nieuw', accelerator: 'CmdOrCtrl+N', registerAccelerator: true });
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

  it('setupMenu installs the menu, routes clicks, and rebuilds on language, recent list and registry changes', () => {
    let template: MenuItemConstructorOptions[] = [];
    const Menu = {
      buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => {
        template = t;
        return {} as Electron.Menu;
      }),
      setApplicationMenu: vi.fn(),
    };
    const webContents = { send: vi.fn(), isDestroyed: () => false };
    const onLanguage = vi.fn();
    const menu: NativeMenu = setupMenu({ Menu, platform: 'linux', appName: 'Orgmap', dev: false, target: () => ({ webContents }), onLanguage });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    click(find(template, 'file.save'));
    expect(webContents.send).toHaveBeenCalledWith(EVENT_CHANNELS.menuCommand, 'file.save');

    menu.setLanguage('nl');
    expect(menu.language).toBe('nl');
    expect(onLanguage).toHaveBeenCalledWith('nl');
    expect(template[0]?.label).toBe('&Bestand');
    menu.setRecent([{ path: '/m/x.orgmap', name: 'x.orgmap' }]);
    expect((find(template, 'file.openRecent')?.submenu as MenuItemConstructorOptions[])[0]?.label).toBe('x.orgmap');
    menu.setOverrides([{ id: 'file.save', label: 'Bewaren!', enabled: true }]);
    expect(find(template, 'file.save')?.label).toBe('Bewaren!');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(4);
  });
});

describe('Help menu items main handles itself', () => {
  it('Open Log Folder calls main on every platform, in both languages', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      const openLogFolder = vi.fn();
      const send = vi.fn();
      const item = find(buildMenuTemplate({ ...base, platform, send, openLogFolder }), 'help.openLogFolder');
      expect(item?.label).toBe('Open Log Folder');
      click(item);
      expect(openLogFolder).toHaveBeenCalledTimes(1);
      expect(send).not.toHaveBeenCalled();
    }
    expect(find(buildMenuTemplate({ ...base, language: 'nl' }), 'help.openLogFolder')?.label).toBe('Logmap openen');
  });

  it('About on Windows/Linux opens the box of main when given, keeping the registry label; macOS uses the app menu', () => {
    const showAbout = vi.fn();
    const send = vi.fn();
    const overrides = new Map([['help.about', { id: 'help.about', label: 'Over Orgmap…', enabled: true }]]);
    const item = find(buildMenuTemplate({ ...base, platform: 'win32', send, showAbout, overrides }), 'help.about');
    expect(item?.label).toBe('Over Orgmap…');
    click(item);
    expect(showAbout).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
    const mac = flatten(buildMenuTemplate({ ...base, platform: 'darwin', showAbout }));
    expect(mac.find((i) => i.id === 'help.about')).toBeUndefined();
    expect(mac.find((i) => i.role === 'about')).toBeDefined();
  });

  it('View shows the grid, snap and theme as the registry says: check boxes and one radio group', () => {
    const overrides = new Map([
      ['view.grid', { id: 'view.grid', label: 'Show Grid', enabled: true, checked: false }],
      ['view.snapToGrid', { id: 'view.snapToGrid', label: 'Snap to Grid', enabled: true, checked: true }],
      ['view.theme.system', { id: 'view.theme.system', label: 'System', enabled: true, checked: false }],
      ['view.theme.dark', { id: 'view.theme.dark', label: 'Dark', enabled: true, checked: true }],
    ]);
    const items = flatten(buildMenuTemplate({ ...base, overrides }));
    expect(find(items, 'view.grid')).toMatchObject({ type: 'checkbox', checked: false });
    expect(find(items, 'view.snapToGrid')).toMatchObject({ type: 'checkbox', checked: true });
    expect(find(items, 'view.theme.system')).toMatchObject({ type: 'radio', checked: false });
    expect(find(items, 'view.theme.dark')).toMatchObject({ type: 'radio', checked: true });
    // Without the registry's state, plain items.
    expect(find(flatten(buildMenuTemplate(base)), 'view.theme.dark')?.type).toBeUndefined();
    // Settings: Edit on Windows/Linux, the app menu on macOS.
    expect(find(buildMenuTemplate(base)[1]?.submenu as MenuItemConstructorOptions[], 'app.settings')).toBeDefined();
    expect(find(buildMenuTemplate({ ...base, platform: 'darwin' })[0]?.submenu as MenuItemConstructorOptions[], 'app.settings')).toBeDefined();
  });
});
