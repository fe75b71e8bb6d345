import { describe, expect, expectTypeOf, it } from 'vitest';
import { THEMES } from '../settings';
import { COMMAND_MANIFEST, commandSpec, defaultAccelerator, menuGroup, MENU_COMMANDS, THEME_COMMANDS, toAccelerator, type CommandId, type MenuCommandId } from './manifest';

describe('command manifest', () => {
  it('has unique ids, a label key for each, and shortcuts that are all well formed', () => {
    const ids = COMMAND_MANIFEST.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMAND_MANIFEST) {
      expect(c.labelKey, c.id).toMatch(/^[a-z]+(\.[A-Za-z0-9]+)+$/);
      for (const s of c.shortcuts) expect(s.key, c.id).not.toBe('');
    }
    expect(commandSpec('file.save')?.downloadLabelKey).toBe('file.download');
    expect(commandSpec('view.theme.dark')?.labelKey).toBe('view.theme.dark');
    expect(commandSpec('nope')).toBeUndefined();
  });

  it('puts 54 commands in the native menu: every command but the five only the renderer has', () => {
    expect(MENU_COMMANDS).toHaveLength(54);
    const rendererOnly = COMMAND_MANIFEST.filter((c) => !c.menu).map((c) => c.id);
    expect(rendererOnly.sort()).toEqual(['edit.contextMenu', 'edit.copy', 'edit.paste', 'file.openRecent', 'help.openLogFolder']);
    expect(menuGroup('file', 2).map((c) => c.id)).toEqual(['file.import', 'file.export', 'file.copyImage', 'file.print']);
    expect(menuGroup('arrange', 1).map((c) => c.id)).toEqual(['arrange.align.top', 'arrange.align.middle', 'arrange.align.bottom']);
    expect(menuGroup('view', 3).map((c) => c.id)).toEqual(['view.theme.system', 'view.theme.light', 'view.theme.dark']);
  });

  it('types its ids: a menu id is an entry with a menu place; one theme command per theme of the settings', () => {
    expect(THEME_COMMANDS).toEqual(THEMES.map((theme) => `view.theme.${theme}`));
    expect(menuGroup('view', 3).map((c) => c.id)).toEqual(THEME_COMMANDS);
    // Checked by the typecheck: the ids are literal types, not string.
    expectTypeOf<'arrange.align.left' | 'view.theme.dark' | 'file.new'>().toExtend<MenuCommandId>();
    expectTypeOf<'edit.copy'>().not.toExtend<MenuCommandId>();
    expectTypeOf<'edit.copy'>().toExtend<CommandId>();
    expectTypeOf<string>().not.toExtend<CommandId>();
    expectTypeOf(MENU_COMMANDS).toEqualTypeOf<readonly MenuCommandId[]>();
  });

  it('gives the menu the accelerators it showed before the renderer speaks (File ▸ New its own)', () => {
    const defaults = Object.fromEntries(COMMAND_MANIFEST.flatMap((c) => (defaultAccelerator(c) ? [[c.id, defaultAccelerator(c)]] : [])));
    expect(defaults).toEqual({
      'file.new': 'CmdOrCtrl+N',
      'file.open': 'CmdOrCtrl+O',
      'file.save': 'CmdOrCtrl+S',
      'file.saveAs': 'CmdOrCtrl+Shift+S',
      'file.export': 'CmdOrCtrl+Shift+E',
      'file.copyImage': 'CmdOrCtrl+Shift+C',
      'file.import': 'CmdOrCtrl+Shift+O',
      'edit.undo': 'CmdOrCtrl+Z',
      'edit.redo': 'CmdOrCtrl+Shift+Z',
      'edit.duplicate': 'CmdOrCtrl+D',
      'edit.selectAll': 'CmdOrCtrl+A',
      'view.zoomIn': 'CmdOrCtrl+=',
      'view.zoomOut': 'CmdOrCtrl+-',
      'view.snapToGrid': "CmdOrCtrl+Shift+'",
      'help.shortcuts': 'CmdOrCtrl+/',
      'view.present': 'F5',
    });
    expect(COMMAND_MANIFEST.filter((c) => c.menuRegisters).map((c) => c.id)).toEqual(['file.new']);
    // help.shortcuts shows its second shortcut: the first ("?") has no modifier.
    expect(toAccelerator(commandSpec('help.shortcuts')?.shortcuts[1] ?? { key: '' })).toBe('CmdOrCtrl+/');
  });
});
