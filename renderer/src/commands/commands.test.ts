import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { createAppStore } from '../store';
import { COMMAND_MANIFEST } from '../../../shared/commands/manifest';
import { acceleratorFor, COMMANDS, formatShortcut, labelKeyOf, matchesShortcut } from './commands';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}, code = '') => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('command registry', () => {
  it('has unique ids, a label key for each and the shortcuts users know', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The shared `commands` namespace (shared/i18n/commands.ts), which the native menu reads too.
    const i18n = createI18n('en');
    for (const c of COMMANDS) {
      for (const lng of ['en', 'nl']) expect(i18n.exists(labelKeyOf(c, { saveMode: 'file' }), { lng }), `${c.id} in ${lng}`).toBe(true);
    }
    const save = COMMANDS.find((c) => c.id === 'file.save');
    if (!save) throw new Error('missing file.save');
    expect(i18n.getFixedT('en', 'ui')(labelKeyOf(save, { saveMode: 'file' }))).toBe('Save');
    expect(i18n.getFixedT('nl', 'ui')(labelKeyOf(save, { saveMode: 'download' }))).toBe('Downloaden');
    expect(i18n.getFixedT('en', 'ui')(labelKeyOf(COMMANDS.find((c) => c.id === 'view.theme.dark') ?? save, { saveMode: 'file' }))).toBe('Theme: Dark');
    const byId = (id: string) => COMMANDS.find((c) => c.id === id);
    expect(byId('edit.undo')?.shortcuts).toContainEqual({ key: 'z', mod: true });
    expect(byId('edit.redo')?.shortcuts).toContainEqual({ key: 'y', ctrl: true });
    expect(byId('edit.duplicate')?.shortcuts).toContainEqual({ key: 'd', mod: true });
    expect(byId('app.settings')?.shortcuts).toContainEqual({ key: ',', mod: true });
    // Toggles and the theme choice tell the native menu their state.
    const state = createAppStore({ theme: 'dark', showGrid: false, snapToGrid: true }).getState();
    expect(['view.theme.system', 'view.theme.light', 'view.theme.dark'].map((id) => byId(id)?.checked?.(state))).toEqual([false, false, true]);
    expect(byId('view.grid')?.checked?.(state)).toBe(false);
    expect(byId('view.snapToGrid')?.checked?.(state)).toBe(true);
  });

  it('gives every command of the manifest a behaviour, and has none the manifest lacks', () => {
    expect(COMMANDS.map((c) => c.id).sort()).toEqual(COMMAND_MANIFEST.map((c) => c.id).sort());
    // The merged command carries the manifest's words and keys and the registry's behaviour.
    const save = COMMANDS.find((c) => c.id === 'file.save');
    expect(save).toMatchObject({ labelKey: 'file.save', inTextFields: true, shortcuts: [{ key: 's', mod: true }] });
    expect(typeof save?.run).toBe('function');
  });

  it('matches Ctrl on Linux/Windows and ⌘ on macOS', () => {
    const undo = { key: 'z', mod: true };
    expect(matchesShortcut(undo, key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut(undo, key('z', { metaKey: true }), true)).toBe(true);
    expect(matchesShortcut(undo, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut({ key: 'z', mod: true, shift: true }, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesShortcut({ key: 'y', ctrl: true }, key('y', { ctrlKey: true }), true)).toBe(true);
  });

  it('matches Shift+1 by key code whatever the layout types', () => {
    const fit = { key: 'Digit1', shift: true, byCode: true };
    expect(matchesShortcut(fit, key('!', { shiftKey: true }, 'Digit1'), false)).toBe(true);
    expect(matchesShortcut(fit, key('1', {}, 'Digit1'), false)).toBe(false);
  });

  it('a plain letter shortcut does not fire with a modifier', () => {
    const connect = { key: 'c' };
    expect(matchesShortcut(connect, key('c'), false)).toBe(true);
    expect(matchesShortcut(connect, key('c', { ctrlKey: true }), false)).toBe(false);
    expect(matchesShortcut(connect, key('C', { shiftKey: true }), false)).toBe(false);
  });

  it('gives the native menu accelerators only for commands that also act in text fields', () => {
    const byId = (id: string) => COMMANDS.find((c) => c.id === id);
    const undo = byId('edit.undo');
    const redo = byId('edit.redo');
    const del = byId('edit.delete');
    const selectAll = byId('edit.selectAll');
    if (!undo || !redo || !del || !selectAll) throw new Error('missing command');
    expect(acceleratorFor(undo)).toBe('CmdOrCtrl+Z');
    expect(acceleratorFor(redo)).toBe('CmdOrCtrl+Shift+Z');
    expect(acceleratorFor(del)).toBeUndefined();
    expect(acceleratorFor(selectAll)).toBeUndefined();
  });

  it('formats shortcuts per platform', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⇧⌘Z');
    expect(formatShortcut({ key: 'Digit1', shift: true, byCode: true }, false)).toBe('Shift+1');
  });
});
