import { describe, expect, it } from 'vitest';
import type { EdgeId, NodeId } from '../../../shared/model/types';
import { COMMANDS, formatShortcut, getCommand, matchesShortcut } from '../commands/commands';
import { contextMenuEntries, selectionForContext, SEPARATOR } from './contextMenu';

const n = (id: string) => id as NodeId;
const e = (id: string) => id as EdgeId;

describe('context menu', () => {
  it('offers registry commands only, so labels, keys and enabled states are the menus’', () => {
    for (const target of ['node', 'edge', 'pane'] as const) {
      for (const id of contextMenuEntries(target, { selectedNodeIds: [n('a'), n('b')] })) {
        if (id !== SEPARATOR) expect(getCommand(id), id).toBeDefined();
      }
    }
  });

  it('shows align and distribute for two nodes or more, not for one', () => {
    const one = contextMenuEntries('node', { selectedNodeIds: [n('a')] });
    const two = contextMenuEntries('node', { selectedNodeIds: [n('a'), n('b')] });
    expect(one).toContain('edit.duplicate');
    expect(one.some((id) => id.startsWith('arrange.'))).toBe(false);
    expect(two).toContain('arrange.align.left');
    expect(two).toContain('arrange.distribute.vertical');
    expect(contextMenuEntries('pane', { selectedNodeIds: [] })).toEqual(expect.arrayContaining(['edit.paste', 'edit.selectAll', 'view.fitView']));
    expect(contextMenuEntries('edge', { selectedNodeIds: [] })[0]).toBe('edit.delete');
  });

  it('a right-click outside the selection selects what it hit; inside it, the selection stays', () => {
    const state = { selectedNodeIds: [n('a'), n('b')], selectedEdgeIds: [e('x')] };
    expect(selectionForContext(state, { node: n('a') })).toBeNull();
    expect(selectionForContext(state, { node: n('c') })).toEqual({ nodes: ['c'], edges: [] });
    expect(selectionForContext(state, { edge: e('x') })).toBeNull();
    expect(selectionForContext(state, { edge: e('y') })).toEqual({ nodes: [], edges: ['y'] });
    expect(selectionForContext(state, {})).toBeNull();
  });

  it('opens with Shift+F10 and the context-menu key', () => {
    const command = getCommand('edit.contextMenu');
    const press = (key: string, shiftKey = false) => ({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey });
    expect(command?.shortcuts.some((s) => matchesShortcut(s, press('F10', true), false))).toBe(true);
    expect(command?.shortcuts.some((s) => matchesShortcut(s, press('ContextMenu'), false))).toBe(true);
    expect(command?.shortcuts.some((s) => matchesShortcut(s, press('F10'), false))).toBe(false);
  });
});

describe('arrange shortcuts', () => {
  it('Figma’s Alt+A/H/D/W/V/S and Alt+Shift+H/V, by key position, each taken by no other command', () => {
    const press = (code: string, shiftKey = false) => ({ key: 'x', code, ctrlKey: false, metaKey: false, altKey: true, shiftKey });
    const expected: [string, string, boolean][] = [
      ['arrange.align.left', 'KeyA', false],
      ['arrange.align.center', 'KeyH', false],
      ['arrange.align.right', 'KeyD', false],
      ['arrange.align.top', 'KeyW', false],
      ['arrange.align.middle', 'KeyV', false],
      ['arrange.align.bottom', 'KeyS', false],
      ['arrange.distribute.horizontal', 'KeyH', true],
      ['arrange.distribute.vertical', 'KeyV', true],
    ];
    for (const [id, code, shift] of expected) {
      const matching = COMMANDS.filter((c) => c.shortcuts.some((s) => matchesShortcut(s, press(code, shift), false)));
      expect(matching.map((c) => c.id), id).toEqual([id]);
    }
    expect(formatShortcut(getCommand('arrange.align.left')?.shortcuts[0] ?? { key: '' }, false)).toBe('Alt+A');
    expect(formatShortcut(getCommand('arrange.distribute.vertical')?.shortcuts[0] ?? { key: '' }, true)).toBe('⌥⇧V');
  });
});
