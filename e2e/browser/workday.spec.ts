import { expect, test } from '@playwright/test';
import { EditorPage, pick, readOpfs, withStubbedPickers, writeOpfs } from './pages/editor';

/** Issue #16, a working day in the editor: zoom, placing nodes, risks, find, align, menus. */

test('zoom: the level is shown and typed, steps land on 100 %, Shift+0/1/2, new maps start at 100 %', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const level = page.getByTestId('zoom.level');
  await expect(level).toHaveText('100 %');

  await page.locator('.react-flow__controls-zoomin').click();
  await expect(level).toHaveText('125 %');
  await page.locator('.react-flow__controls-zoomout').click();
  await page.locator('.react-flow__controls-zoomout').click();
  await expect(level).toHaveText('90 %');
  await editor.pane.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+=');
  await expect(level).toHaveText('100 %');

  // Click the level and type one.
  await level.click();
  const input = page.getByTestId('zoom.input');
  await expect(input).toBeFocused();
  await page.keyboard.type('150');
  await page.keyboard.press('Enter');
  await expect(level).toHaveText('150 %');
  // Nonsense changes nothing.
  await level.click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(level).toHaveText('150 %');

  // A template opens framed; Shift+0 is 100 %, Shift+1 fits again, Shift+2 frames the selection.
  await editor.newFromTemplate('multiple-hub-and-spoke');
  await editor.waitForViewportStable();
  const framed = await level.textContent();
  await page.keyboard.press('Shift+Digit0');
  await expect(level).toHaveText('100 %');
  await page.keyboard.press('Shift+Digit1');
  await expect(level).toHaveText(framed ?? '');
  const first = editor.nodes.first();
  await first.locator('.org-node__label').click();
  await page.keyboard.press('Shift+Digit2');
  await expect(level).toHaveText('150 %');
  const box = await first.boundingBox();
  const pane = await editor.pane.boundingBox();
  if (!box || !pane) throw new Error('no box');
  // The selected node is in the middle of the view.
  expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(20);

  // Zoomed out, then a new empty map: 100 %, not the old zoom.
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await expect(level).not.toHaveText('150 %');
  await editor.newFromTemplate('empty');
  await expect(level).toHaveText('100 %');
});

test('nodes added with Enter sit side by side; the account dialog takes the handle first and the node shows it once', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('palette.team').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(editor.nodes).toHaveCount(4);
  const boxes = await editor.nodeBoxes();
  for (const a of boxes) {
    for (const b of boxes) {
      if (a === b) continue;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.id} and ${b.id}`).toBe(false);
    }
  }

  // Typing straight away goes into the handle; Enter moves on to the platforms.
  await page.getByTestId('palette.account').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('account.handle')).toBeFocused();
  await page.keyboard.type('@RedCrossLA');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('account.platform.x')).toBeFocused();
  await page.keyboard.press('Enter');
  const account = editor.node('@RedCrossLA');
  await expect(account).toBeVisible();
  await expect(account).not.toContainText('@RedCrossLA@RedCrossLA');
  await expect(account.locator('.org-node__handle')).toHaveCount(0);
  await expect(editor.nodes).toHaveCount(5);
});

test('risk marks: outline in the severity colour, the list number on the node, legend, both ways between canvas and list', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.getByTestId('legend.risk')).toBeVisible();
  await expect(page.getByTestId('legend.added')).toBeVisible();
  await expect(page.getByTestId('legend.removed')).toBeVisible();

  // An account nobody runs: a high risk.
  await page.getByTestId('palette.account').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const account = editor.node('X (Twitter) 1');
  await expect(account).toBeVisible();
  await expect(account.locator('.org-node')).toHaveClass(/risk-outline--high/);
  const outline = await account.locator('.org-node').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  const item = page.locator('[data-testid="risk"][data-risk-code="orphan-account"]');
  const number = await item.getAttribute('data-risk-number');
  expect(number).toMatch(/^\d+$/);
  const badge = account.getByTestId('node.risk-badge');
  await expect(badge).toHaveText(number ?? '');
  await expect(item.locator('.risk__number')).toHaveText(number ?? '');

  // The badge goes to the list; the list frames the node at a readable zoom.
  await badge.click();
  await expect(item).toBeFocused();
  await page.getByTestId('zoom.level').click();
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zoom.level')).toHaveText('10 %');
  await item.click();
  await editor.waitForViewportStable();
  const zoom = Number((await page.getByTestId('zoom.level').textContent())?.replace(/\D/g, ''));
  expect(zoom).toBeGreaterThanOrEqual(60);
  expect(zoom).toBeLessThanOrEqual(150);
  const box = await account.boundingBox();
  const pane = await editor.pane.boundingBox();
  if (!box || !pane) throw new Error('no box');
  expect(box.x).toBeGreaterThan(pane.x);
  expect(box.x + box.width).toBeLessThan(pane.x + pane.width);
});

test('find: Ctrl+F by label, handle or platform; arrows choose, Enter frames and selects it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  await editor.waitForViewportStable();
  await editor.pane.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+f');
  const dialog = page.getByTestId('find-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('find.input')).toBeFocused();

  await page.keyboard.type('linkedin');
  const results = dialog.getByTestId('find.result');
  // The label that says LinkedIn first, then the account that is on LinkedIn.
  await expect(results.first()).toContainText('Northwind on LinkedIn');
  await expect(results.first()).toHaveAttribute('data-field', 'label');
  await expect(results.nth(1)).toContainText('Northwind Careers');
  await expect(results.nth(1)).toHaveAttribute('data-field', 'platform');

  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('inspector.label')).toHaveValue('Northwind Careers');
  await editor.waitForViewportStable();
  const zoom = Number((await page.getByTestId('zoom.level').textContent())?.replace(/\D/g, ''));
  expect(zoom).toBeGreaterThanOrEqual(60);
  const box = await editor.node('Northwind Careers').boundingBox();
  const pane = await editor.pane.boundingBox();
  if (!box || !pane) throw new Error('no box');
  expect(Math.abs(box.x + box.width / 2 - (pane.x + pane.width / 2))).toBeLessThan(30);

  // By handle, from inside a text field too; nothing found says so.
  await page.getByTestId('inspector.label').focus();
  await page.keyboard.press('Control+f');
  await page.keyboard.type('@northwind_care');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAttribute('data-field', 'handle');
  await page.getByTestId('find.input').fill('zzz');
  await expect(dialog.getByTestId('find.count')).toContainText('Nothing on this map matches');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('align and distribute: Alt+A lines up the selection, Alt+Shift+H spreads it, each one undo step', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.dragFromPalette('team', 120, 120);
  await editor.dragFromPalette('team', 300, 330);
  await editor.dragFromPalette('team', 560, 220);
  await expect(editor.nodes).toHaveCount(3);
  const labels = ['Social media team 1', 'Social media team 2', 'Social media team 3'];
  const before = await Promise.all(labels.map((l) => editor.position(l)));
  await editor.selectNode('Social media team 1');
  await editor.selectNode('Social media team 2', { shift: true });
  await editor.selectNode('Social media team 3', { shift: true });

  await page.keyboard.press('Alt+KeyA');
  await expect.poll(async () => new Set((await Promise.all(labels.map((l) => editor.position(l)))).map((p) => p.x)).size).toBe(1);
  const left = await Promise.all(labels.map((l) => editor.position(l)));
  expect(left[0]?.x).toBe(Math.min(...before.map((p) => p.x)));
  expect(left.map((p) => p.y)).toEqual(before.map((p) => p.y));
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Promise.all(labels.map((l) => editor.position(l)))).toEqual(before);

  // Top, then spread across: equal gaps, the outer two stay.
  await page.keyboard.press('Alt+KeyW');
  await expect.poll(async () => new Set((await Promise.all(labels.map((l) => editor.position(l)))).map((p) => p.y)).size).toBe(1);
  await page.keyboard.press('Alt+Shift+KeyH');
  const boxes = await editor.nodeBoxes();
  await expect
    .poll(async () => {
      const b = (await editor.nodeBoxes()).sort((p, q) => p.x - q.x);
      return Math.round(Math.abs(b[1]!.x - (b[0]!.x + b[0]!.width) - (b[2]!.x - (b[1]!.x + b[1]!.width))));
    })
    .toBeLessThanOrEqual(2);
  expect(boxes.length).toBe(3);
  // One undo takes back the spread, not the alignment.
  await page.keyboard.press('Control+z');
  const afterUndo = await Promise.all(labels.map((l) => editor.position(l)));
  expect(new Set(afterUndo.map((p) => p.y)).size).toBe(1);
  expect(afterUndo.map((p) => p.x)).toEqual(before.map((p) => p.x));
});

test('context menu: right-click on a node, the pane; Shift+F10 on the focused node; arrows, Enter and Escape', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.dragFromPalette('team', 300, 150);
  await editor.dragFromPalette('team', 600, 150);
  const menu = page.getByTestId('context-menu');

  // A node: it becomes the selection; Duplicate from the menu adds one.
  await editor.node('Social media team 1').locator('.org-node__label').click({ button: 'right' });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('data-target', 'node');
  await expect(menu.locator('[data-command="arrange.align.left"]')).toHaveCount(0);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await expect(page.getByTestId('inspector.label')).toHaveValue('Social media team 1');
  await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect(menu).toBeHidden();
  await expect(editor.nodes).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(editor.nodes).toHaveCount(2);

  // Two selected: Arrange is there; the arrows move, Escape closes.
  await editor.selectNode('Social media team 1');
  await editor.selectNode('Social media team 2', { shift: true });
  await editor.node('Social media team 2').locator('.org-node__label').click({ button: 'right' });
  await expect(menu.locator('[data-command="arrange.align.top"]')).toBeVisible();
  // Spreading needs three: shown but disabled, and the arrows skip it.
  await expect(menu.locator('[data-command="arrange.distribute.vertical"]')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('End');
  await expect(menu.locator('[data-command="arrange.align.bottom"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // The pane: Select All runs from the keyboard.
  await editor.pane.click({ button: 'right', position: { x: 40, y: 400 } });
  await expect(menu).toHaveAttribute('data-target', 'pane');
  await expect(menu.locator('[data-command="edit.paste"]')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(menu.locator('[data-command="edit.find"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.locator('[data-command="edit.selectAll"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  // The keyboard: Shift+F10 on the focused node, Escape gives the focus back to it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  const focused = page.locator('.react-flow__node:focus');
  await expect(focused).toHaveCount(1);
  await page.keyboard.press('Shift+F10');
  await expect(menu).toHaveAttribute('data-target', 'node');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(focused).toHaveCount(1);
  await page.keyboard.press('ContextMenu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');

  // In Dutch too.
  await page.getByTestId('language.switch').selectOption('nl');
  await editor.pane.click({ button: 'right', position: { x: 40, y: 400 } });
  await expect(menu).toHaveAttribute('aria-label', 'Acties voor de kaart');
  await expect(menu.locator('[data-command="edit.selectAll"]')).toContainText('Alles selecteren');
});

test('unsaved changes: the app asks in its own dialog, in Dutch too; Save saves first, a cancelled save keeps the map', async ({ page }) => {
  await withStubbedPickers(page);
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('language.switch').selectOption('nl');
  await page.getByTestId('palette.department').click();
  await expect(editor.nodes).toHaveCount(1);
  const question = page.getByTestId('confirm-discard');

  // Ctrl+Alt+N (New): Save has the focus; the picker is cancelled, so nothing is thrown away.
  await editor.pane.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+Alt+n');
  await expect(question).toBeVisible();
  await expect(question).toContainText('Niet-opgeslagen wijzigingen');
  await expect(page.getByTestId('confirm-discard.save')).toBeFocused();
  await expect(page.getByTestId('confirm-discard.discard')).toHaveText('Niet opslaan');
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(editor.nodes).toHaveCount(1);

  // Escape is Cancel.
  await page.keyboard.press('Control+Alt+n');
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(editor.nodes).toHaveCount(1);

  // Save with a file chosen: written, then the new map.
  await pick(page, { save: 'kept.orgmap' });
  await page.keyboard.press('Control+Alt+n');
  await page.getByTestId('confirm-discard.save').click();
  await expect(editor.nodes).toHaveCount(0);
  expect(await readOpfs(page, 'kept.orgmap')).toContain('"department"');
});

test('the page loads without a failed request (the favicon is inline) and shows the app icon', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  const editor = new EditorPage(page);
  await editor.goto();
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
});

for (const [width, height] of [
  [1440, 900],
  [1280, 800],
] as const) {
  test(`the toolbar is one row at ${width} px, in both languages, whatever the title`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const editor = new EditorPage(page);
    await editor.goto();
    const toolbar = page.getByTestId('toolbar.open').locator('xpath=..');
    // One row: every item's vertical centre within a few pixels of the others'.
    const rowTops = async () => {
      const centres = await toolbar.locator('> *').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
      return Math.max(...centres) - Math.min(...centres) <= 3 ? [1] : centres;
    };
    await editor.newFromTemplate('multiple-hub-and-spoke');
    for (const language of ['en', 'nl']) {
      await page.getByTestId('language.switch').selectOption(language);
      expect(await rowTops()).toHaveLength(1);
      const save = await page.getByTestId('toolbar.save').boundingBox();
      await page.getByTestId('inspector.title').fill(`A very long map title (${language}) that goes on and on about the organisation and its many accounts`);
      expect(await rowTops()).toHaveLength(1);
      // Nothing jumps when the title changes.
      expect(await page.getByTestId('toolbar.save').boundingBox()).toEqual(save);
      const bar = await toolbar.boundingBox();
      expect(bar?.height).toBeLessThan(50);
      // Everything is on screen, not scrolled away.
      const settings = await page.getByTestId('toolbar.settings').boundingBox();
      expect((settings?.x ?? 0) + (settings?.width ?? 0)).toBeLessThanOrEqual(width);
    }
  });
}

test('Open Recent in the browser: maps opened or saved here are listed after a reload and open again', async ({ page }) => {
  await withStubbedPickers(page);
  const editor = new EditorPage(page);
  await editor.goto();
  const text = JSON.stringify({ format: 'orgmap', version: 1, title: 'Acme', scenarios: [{ id: 'current', name: 'Current', nodes: [{ id: 'n1', kind: 'unit', label: 'Sales', position: { x: 0, y: 0 } }], edges: [] }] });
  await writeOpfs(page, 'acme.orgmap', text);
  await page.getByTestId('toolbar.open-recent').click();
  await expect(page.getByTestId('recent.none')).toBeVisible();
  await page.keyboard.press('Escape');

  await pick(page, { open: 'acme.orgmap' });
  await page.getByTestId('toolbar.open').click();
  await expect(editor.node('Sales')).toBeVisible();
  // Saved under another name: that one is on the list too, newest first.
  await pick(page, { save: 'acme-2.orgmap' });
  await page.keyboard.press('Control+Shift+s');
  // The title says Acme since the open; the hint is what says the save is done.
  await expect(editor.hint).toContainText('acme-2.orgmap');
  await expect(page.getByTestId('document.title')).toContainText('Acme');

  await page.reload();
  await expect(page.getByTestId('app')).toBeVisible();
  await page.getByTestId('toolbar.open-recent').click();
  const items = page.getByTestId('recent.item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('acme-2.orgmap');
  await expect(items.first()).toBeFocused();
  await expect(items.nth(1)).toContainText('acme.orgmap');
  await items.nth(1).click();
  await expect(editor.node('Sales')).toBeVisible();
  await expect(editor.hint).toContainText('acme.orgmap');

  // Clearing empties it.
  await page.getByTestId('toolbar.open-recent').click();
  await page.getByTestId('recent.clear').click();
  await expect(page.getByTestId('recent.none')).toBeVisible();
});

test('print: Ctrl+P puts one page per scenario, drawn like the PDF, and takes them away after printing', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __printed: number };
    w.__printed = 0;
    window.print = () => {
      w.__printed += 1;
    };
  });
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('multiple-hub-and-spoke');
  const scenarios = await editor.tabs.count();
  await editor.pane.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+p');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  const pages = page.locator('.print-pages .print-page img');
  await expect(pages).toHaveCount(scenarios);
  // Each page is the shared SVG, decoded and drawn at its size.
  expect(await pages.first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(300);
  expect(await pages.first().getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-pages')).toHaveCount(0);
});

test('the welcome and the model guide show each model as a small picture drawn from its template', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('help.menu').click();
  await page.getByTestId('help.menu.help.welcome').click();
  const welcome = page.getByTestId('welcome');
  const pictures = welcome.locator('img.model-picture');
  await expect(pictures).toHaveCount(5);
  for (const img of await pictures.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  }
  await page.keyboard.press('Escape');
  await page.getByTestId('help.menu').click();
  await page.getByTestId('help.menu.help.modelGuide').click();
  const guide = page.getByTestId('model-guide');
  await expect(guide.locator('img.model-picture')).toHaveCount(5);
  await expect(guide.getByRole('img', { name: 'The Hub and Spoke template as a map' })).toBeVisible();
});
