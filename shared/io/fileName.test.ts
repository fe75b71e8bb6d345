/**
 * The one sanitiser against what the four it replaced gave (7 Dec 2026): App.tsx `suggestedName`
 * (a title), renderer/src/export/names.ts, electron/main/documents.ts `safeFileName` and
 * electron/main/export.ts `exportFileName`. Each column is one caller's option set; the expected
 * names are those the old functions returned for the same text.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TITLE_NAME, EXPORT_DIALOG_NAME, EXPORT_TITLE_NAME, safeFileName, SAVE_DIALOG_NAME } from './fileName';

const a78 = 'a'.repeat(78);
const long1 = `${a78} bc ${'d'.repeat(30)}`;
const long2 = `${'w '.repeat(70)}end`;

// [text, document title → .orgmap, export title → .pdf, Save dialog → .orgmap, export Save dialog → .png]
const TABLE: readonly (readonly [string, string, string, string, string])[] = [
  ['Acme', 'Acme.orgmap', 'Acme.pdf', 'Acme.orgmap', 'Acme.png'],
  ['Acme: social', 'Acme social.orgmap', 'Acme social.pdf', 'Acme social.orgmap', 'Acme social.png'],
  ['', 'map.orgmap', 'map.pdf', 'Untitled.orgmap', 'map.png'],
  ['   ', 'map.orgmap', 'map.pdf', 'Untitled.orgmap', 'map.png'],
  ['../../etc/passwd', '.. .. etc passwd.orgmap', 'etc passwd.pdf', 'passwd.orgmap', 'passwd.png'],
  ['C:\\Windows\\evil', 'C Windows evil.orgmap', 'C Windows evil.pdf', 'evil.orgmap', 'evil.png'],
  ['a<b>c:d"e|f?g*h\u0000i', 'a b c d e f g h i.orgmap', 'a b c d e f g h i.pdf', 'abcdefghi.orgmap', 'abcdefghi.png'],
  ['...', '....orgmap', 'map.pdf', 'Untitled.orgmap', 'map.png'],
  ['.orgmap', '.orgmap.orgmap', 'orgmap.pdf', 'Untitled.orgmap', 'orgmap.png'],
  ['Acme.orgmap', 'Acme.orgmap.orgmap', 'Acme.orgmap.pdf', 'Acme.orgmap', 'Acme.orgmap.png'],
  ['Acme.ORGMAP', 'Acme.ORGMAP.orgmap', 'Acme.ORGMAP.pdf', 'Acme.orgmap', 'Acme.ORGMAP.png'],
  ['map.PNG', 'map.PNG.orgmap', 'map.PNG.pdf', 'map.PNG.orgmap', 'map.png'],
  ['map.pdf', 'map.pdf.orgmap', 'map.pdf.pdf', 'map.pdf.orgmap', 'map.pdf.png'],
  [' .hidden. ', '.hidden..orgmap', 'hidden.pdf', 'hidden.orgmap', 'hidden.png'],
  ['tab\there  two  spaces', 'tab here two spaces.orgmap', 'tab here two spaces.pdf', 'tabhere  two  spaces.orgmap', 'tabhere  two  spaces.png'],
  ['del\u007fchar', 'del\u007fchar.orgmap', 'del\u007fchar.pdf', 'delchar.orgmap', 'delchar.png'],
  ['\u00a0nbsp\u00a0', 'nbsp.orgmap', 'nbsp.pdf', 'nbsp.orgmap', 'nbsp.png'],
  ['Café – plan ✓ 🚀', 'Café – plan ✓ 🚀.orgmap', 'Café – plan ✓ 🚀.pdf', 'Café – plan ✓ 🚀.orgmap', 'Café – plan ✓ 🚀.png'],
  ['line\nbreak\r\n', 'line break.orgmap', 'line break.pdf', 'linebreak.orgmap', 'linebreak.png'],
  ['acme - a/b', 'acme - a b.orgmap', 'acme - a b.pdf', 'b.orgmap', 'b.png'],
  ['..   name . .', '.. name . ..orgmap', 'name.pdf', 'name.orgmap', 'name.png'],
  [long1, `${a78} b.orgmap`, `${long1}.pdf`, `${long1}.orgmap`, `${long1}.png`],
  [long2, `${'w '.repeat(39)}w.orgmap`, `${'w '.repeat(59)}w.pdf`, `${long2}.orgmap`, `${long2}.png`],
  ['x'.repeat(250), `${'x'.repeat(80)}.orgmap`, `${'x'.repeat(120)}.pdf`, `${'x'.repeat(200)}.orgmap`, `${'x'.repeat(200)}.png`],
];

describe('safeFileName', () => {
  it.each(TABLE)('%j gives what each of the four old sanitisers gave', (text, documentTitle, exportTitle, saveDialog, exportDialog) => {
    expect(safeFileName(text, 'orgmap', DOCUMENT_TITLE_NAME)).toBe(documentTitle);
    expect(safeFileName(text, 'pdf', EXPORT_TITLE_NAME)).toBe(exportTitle);
    expect(safeFileName(text, 'orgmap', SAVE_DIALOG_NAME)).toBe(saveDialog);
    expect(safeFileName(text, 'png', EXPORT_DIALOG_NAME)).toBe(exportDialog);
  });

  it('never gives an empty name, a folder or a refused character', () => {
    for (const options of [DOCUMENT_TITLE_NAME, EXPORT_TITLE_NAME, SAVE_DIALOG_NAME, EXPORT_DIALOG_NAME]) {
      for (const [text] of TABLE) {
        const name = safeFileName(text, 'svg', options);
        expect(name.endsWith('.svg')).toBe(true);
        expect(name.length).toBeGreaterThan('.svg'.length);
        expect(name).not.toMatch(/[\u0000-\u001f\\/:*?"<>|]/); // eslint-disable-line no-control-regex -- what a name must not hold
      }
    }
  });
});
