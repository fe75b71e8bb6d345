import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { createRequire } from 'node:module';
import type { ZipLike } from '../../shared/export';
import { summarise } from '../../shared/export';
import { en, nl } from '../../shared/i18n';
import { parseDocument } from '../../shared/model';
import { EditorPage, withoutFileSystemAccess } from './pages/editor';

/**
 * File ▸ Export… and Copy as Image against the web build: every format parses and holds every
 * label, PNG size follows the drawing (not the window), selection-only, the clipboard, Dutch words.
 * The browser here has no File System Access API, so exports arrive as downloads.
 */

interface TemplateDoc {
  readonly title: string;
  readonly scenarios: readonly { readonly nodes: readonly { readonly id: string; readonly label: string }[] }[];
}
const template = JSON.parse(readFileSync(fileURLToPath(new URL('../../assets/templates/hub-and-spoke.orgmap', import.meta.url)), 'utf8')) as TemplateDoc;
const labels = template.scenarios[0]?.nodes.map((n) => n.label) ?? [];
const squash = (s: string) => s.replace(/\s+/g, '');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of an SVG (or slide XML): tags dropped, entities decoded. */
// The printed text (not the embedded fonts' CSS).
const textOf = (xml: string) => decode(xml.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' '));

// By file: tsconfig.web.json maps the name `jszip` to the renderer's type declaration, and the test
// runner's module resolution follows that mapping.
const JSZip = createRequire(import.meta.url)(fileURLToPath(new URL('../../node_modules/jszip/lib/index.js', import.meta.url))) as { loadAsync(data: Uint8Array): Promise<ZipLike> };

/** Share of pixels the app's PNG may differ from the command line's reference. */
const DIFF_LIMIT = 0.01;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The drawing's size in map units, from an SVG exported at 1×. */
function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error('no size on the svg');
  return { width: Number(m[1]), height: Number(m[2]) };
}

async function pdfText(data: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: pdf.numPages, text: parts.join(' ') };
}

test.beforeEach(async ({ page }) => {
  await withoutFileSystemAccess(page);
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  await expect(editor.nodes).toHaveCount(labels.length);
});

test('the dialog opens with Ctrl+Shift+E, is keyboard operable and closes with Escape', async ({ page }) => {
  const editor = new EditorPage(page);
  const dialog = await editor.openExportDialog();
  await expect(dialog.getByTestId('export.format.png')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByTestId('export.format.svg')).toBeChecked();
  // PNG-only choices leave with PNG; PDF adds the scenarios and the summary page.
  await expect(dialog.getByTestId('export.scale.2')).toHaveCount(0);
  await dialog.getByTestId('export.format.pdf').check();
  await expect(dialog.getByTestId('export.summary')).toBeVisible();
  await expect(dialog.getByTestId('export.scenario.current')).toBeChecked();
  // Nothing selected: "only the selection" cannot be chosen.
  await expect(dialog.getByTestId('export.what.selection')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByTestId('toolbar.export').click();
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('export.cancel').click();
  await expect(dialog).toBeHidden();
});

test('SVG: well-formed, every label as text, no script or foreignObject', async ({ page }) => {
  const editor = new EditorPage(page);
  const { name, bytes } = await editor.exportFile('svg');
  expect(name).toMatch(/\.svg$/);
  const svg = bytes.toString('utf8');
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).not.toMatch(/<script|foreignObject|\son[a-z]+=|javascript:/i);
  // Self-contained: the subset of Inter it prints is inside it (cli/export/svg-fonts.test.ts checks the fonts).
  for (const weight of [400, 600, 700]) expect(svg).toContain(`@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,`);
  const text = squash(textOf(svg));
  for (const label of labels) expect(text).toContain(squash(label));
  expect(svg.match(/ data-node="/g)).toHaveLength(labels.length);
  // The caption (on by default) names the map.
  expect(textOf(svg)).toContain(template.title);
});

test('PNG at 2× is twice the drawing, the same in a small and a large window', async ({ page }) => {
  const editor = new EditorPage(page);
  const frame = svgSize((await editor.exportFile('svg')).bytes.toString('utf8'));
  const large = await editor.exportFile('png', (d) => d.getByTestId('export.scale.2').check());
  expect(large.name).toMatch(/\.png$/);
  expect(pngSize(large.bytes)).toEqual({ width: Math.round(frame.width * 2), height: Math.round(frame.height * 2) });
  await page.setViewportSize({ width: 700, height: 500 });
  await editor.pane.click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  const small = await editor.exportFile('png', (d) => d.getByTestId('export.scale.2').check());
  expect(pngSize(small.bytes)).toEqual(pngSize(large.bytes));
  expect(small.bytes.equals(large.bytes)).toBe(true);
  // 3× and a transparent background.
  const three = await editor.exportFile('png', async (d) => {
    await d.getByTestId('export.scale.3').check();
    await d.getByTestId('export.background.transparent').check();
  });
  expect(pngSize(three.bytes)).toEqual({ width: Math.round(frame.width * 3), height: Math.round(frame.height * 3) });
});

test('PNG matches the command line reference for every starter template', async ({ page }) => {
  const editor = new EditorPage(page);
  for (const name of ['centralized', 'decentralized', 'holistic', 'hub-and-spoke', 'multiple-hub-and-spoke']) {
    await editor.newFromTemplate(name);
    // The references (cli/export/references.ts): 1×, white, legend, no caption.
    const { bytes } = await editor.exportFile('png', async (d) => {
      await d.getByTestId('export.scale.1').check();
      await d.getByTestId('export.caption').uncheck();
    });
    const actual = PNG.sync.read(bytes);
    const expected = PNG.sync.read(readFileSync(fileURLToPath(new URL(`../../cli/fixtures/export/${name}.png`, import.meta.url))));
    expect([actual.width, actual.height], name).toEqual([expected.width, expected.height]);
    const differing = pixelmatch(actual.data, expected.data, undefined, actual.width, actual.height, { threshold: 0.1 });
    // The browser and resvg anti-alias edges a little differently; the drawing is the same.
    expect(differing / (actual.width * actual.height), name).toBeLessThan(DIFF_LIMIT);
  }
});

test('PDF and PPTX hold every label', async ({ page }) => {
  const editor = new EditorPage(page);
  const pdf = await editor.exportFile('pdf', (d) => d.getByTestId('export.summary').check());
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { pages, text } = await pdfText(pdf.bytes);
  expect(pages).toBe(4); // the deck of one scenario: title, map with the verdict, risks, summary
  for (const label of labels) expect(squash(text)).toContain(squash(label));
  expect(text).toContain('Hub and Spoke');

  const pptx = await editor.exportFile('pptx');
  expect(pptx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(pptx.bytes);
  // Slide 1 is the deck's title; the map is slide 2.
  const slide = (await zip.file('ppt/slides/slide2.xml')?.async('string')) ?? '';
  for (const node of template.scenarios[0]?.nodes ?? []) {
    expect(slide).toContain(`name="node:${node.id}"`);
    expect(squash(textOf(slide))).toContain(squash(node.label));
  }
  expect(slide).toContain('<p:cxnSp>');
});

test('only the selection', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.selectNode('Marketing');
  await editor.selectNode('HR', { shift: true });
  const { bytes } = await editor.exportFile('svg', async (d) => {
    await expect(d.getByTestId('export.what.selection')).toBeEnabled();
    await d.getByTestId('export.what.selection').check();
  });
  const svg = bytes.toString('utf8');
  expect(svg.match(/ data-node="/g)).toHaveLength(2);
  const text = textOf(svg);
  expect(text).toContain('Marketing');
  expect(text).toContain('HR');
  expect(text).not.toContain('Customer Service');
});

test.describe('copy as image', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Ctrl+Shift+C puts a PNG of the map on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const editor = new EditorPage(page);
    // The same picture as a 2× PNG without legend and caption.
    const expected = await editor.exportFile('png', async (d) => {
      await d.getByTestId('export.scale.2').check();
      await d.getByTestId('export.legend').uncheck();
      await d.getByTestId('export.caption').uncheck();
    });
    await editor.pane.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+C');
    await expect(editor.hint).toHaveAttribute('data-hint', 'exporting.copied');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return { types: [], bytes: [] };
      const blob = await item.getType('image/png');
      return { types: [...item.types], bytes: [...new Uint8Array(await blob.arrayBuffer())] };
    });
    expect(copied.types).toContain('image/png');
    expect(pngSize(new Uint8Array(copied.bytes))).toEqual(pngSize(expected.bytes));
  });
});

test.describe('in Dutch', () => {
  test('the words an export adds follow the UI language', async ({ page }) => {
    const editor = new EditorPage(page);
    await page.getByTestId('language.switch').selectOption('nl');
    const dialog = await editor.openExportDialog();
    await expect(dialog.getByRole('heading')).toHaveText('Exporteren');
    await page.keyboard.press('Escape');
    const svg = (await editor.exportFile('svg')).bytes.toString('utf8');
    const text = textOf(svg);
    expect(text).toContain('LEGENDA');
    expect(text).toContain('coördineert');
    expect(text).not.toContain('LEGEND ');
    // The summary page words the analysis with the Dutch catalog, as the app's panels do.
    const pdf = await pdfText((await editor.exportFile('pdf', (d) => d.getByTestId('export.summary').check())).bytes);
    const document = parseDocument(readFileSync(fileURLToPath(new URL('../../assets/templates/hub-and-spoke.orgmap', import.meta.url)), 'utf8'), 'hub-and-spoke.orgmap');
    if (!document.ok) throw new Error(document.error.message);
    const scenario = document.document.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const dutch = summarise(scenario, nl);
    const english = summarise(scenario, en);
    expect(dutch.reasons.length).toBeGreaterThan(0);
    expect(squash(pdf.text)).toContain(squash(dutch.reasons[0] ?? ''));
    expect(squash(pdf.text)).not.toContain(squash(english.reasons[0] ?? ''));
  });
});

test('light unless asked: in the dark theme the default export is light, and Dark gives the canvas’ dark colours', async ({ page }) => {
  const editor = new EditorPage(page);
  await page.getByTestId('toolbar.settings').click();
  await page.getByTestId('settings.theme.dark').check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const canvasNodeFill = await page.locator('.org-node').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const hex = (css: string) => `#${(css.match(/\d+/g) ?? []).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
  const pageFill = (svg: string) => /<svg[^>]*>\n(?:<defs>[^\n]*<\/defs>\n)?<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"\/>/.exec(svg)?.[1];
  const nodeFills = (svg: string) => new Set([...svg.matchAll(/class="node-box"[^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));

  const light = (
    await editor.exportFile('svg', async (dialog) => {
      await expect(dialog.getByTestId('export.theme.light')).toBeChecked();
    })
  ).bytes.toString('utf8');
  expect(pageFill(light)).toBe('#ffffff');
  expect(nodeFills(light)).toEqual(new Set(['#ffffff']));

  const dark = (
    await editor.exportFile('svg', async (dialog) => {
      await dialog.getByTestId('export.theme.dark').check();
    })
  ).bytes.toString('utf8');
  expect(pageFill(dark)).toBe('#0b1120');
  // The dark export's node fill is the one the dark canvas shows.
  expect(nodeFills(dark)).toEqual(new Set([hex(canvasNodeFill)]));
  expect(hex(canvasNodeFill)).toBe('#1a2333');
  expect(dark).toContain('stroke="#6ea3f7"');
});
