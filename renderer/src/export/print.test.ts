import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../document/templates';
import { printPages } from './print';
import { getCommand, matchesShortcut } from '../commands/commands';

describe('print', () => {
  it('one page per scenario, each with its caption; user text escaped', () => {
    const template = loadTemplate('hub-and-spoke');
    const first = template.scenarios[0];
    if (!first) throw new Error('no scenario');
    const doc = { ...template, title: 'Acme <b>&</b>', scenarios: [first, { ...first, id: 'target' as never, name: 'Target "2027"' }] };
    const pages = printPages(doc, 'en', '2026-12-07');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Acme &lt;b&gt;&amp;&lt;/b&gt;');
    expect(pages[1]).toContain('Target &quot;2027&quot;');
    expect(pages[0]).toContain('2026-12-07');
    expect(pages.every((p) => p.startsWith('<svg'))).toBe(true);
    // In Dutch, the words the page adds are Dutch.
    expect(printPages(doc, 'nl', '2026-12-07')[0]).not.toEqual(pages[0]);
  });

  it('is Ctrl/⌘+P, also from a text field', () => {
    const command = getCommand('file.print');
    expect(command?.inTextFields).toBe(true);
    const press = { key: 'p', code: 'KeyP', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
    expect(command?.shortcuts.some((s) => matchesShortcut(s, press, false))).toBe(true);
  });
});
