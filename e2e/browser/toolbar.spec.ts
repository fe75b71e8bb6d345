import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor';

/** Issue #16: the toolbar is one row at every width; what does not fit goes into the ⋯ menu. */

const LONG_TITLE = 'A very long map title that goes on and on about the organisation, its many accounts and all its teams';

/** One row, nothing scrolled away: every shown item's vertical centre within a few pixels, no horizontal scroll. */
async function expectOneRow(page: Page, width: number): Promise<void> {
  const toolbar = page.locator('header.toolbar');
  const centres = await toolbar
    .locator('> *, [data-testid="toolbar.row"] > *')
    .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').map((el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(3);
  const scroll = await toolbar.evaluate((el) => {
    const row = el.querySelector<HTMLElement>('[data-testid="toolbar.row"]');
    return { bar: el.scrollWidth - el.clientWidth, row: row?.scrollLeft ?? -1, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  expect(scroll).toEqual({ bar: 0, row: 0, page: 0 });
  const settings = await page.getByTestId('toolbar.settings').boundingBox();
  expect((settings?.x ?? 0) + (settings?.width ?? 0)).toBeLessThanOrEqual(width);
}

/** The row's command buttons, split into those shown and those moved into the menu. */
async function rowButtons(page: Page): Promise<{ shown: string[]; moved: string[] }> {
  return page.getByTestId('toolbar.row').evaluate((row) => {
    const buttons = [...row.querySelectorAll<HTMLElement>('[data-command]')];
    const shown = buttons.filter((b) => getComputedStyle(b).visibility !== 'hidden');
    return {
      shown: shown.map((b) => b.dataset.command ?? ''),
      moved: buttons.filter((b) => !shown.includes(b)).map((b) => b.dataset.command ?? ''),
    };
  });
}

for (const [width, height] of [
  [1440, 900],
  [1280, 800],
] as const) {
  test(`at ${width} px every toolbar button is shown in one row and there is no ⋯ menu`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('multiple-hub-and-spoke');
    for (const language of ['en', 'nl']) {
      await page.getByTestId('language.switch').selectOption(language);
      await expect(page.getByTestId('toolbar.more')).toHaveCount(0);
      const { shown, moved } = await rowButtons(page);
      expect(moved).toEqual([]);
      expect(shown).toContain('file.export');
      expect(shown).toContain('help.shortcuts');
      for (const testId of ['toolbar.open', 'toolbar.save', 'toolbar.import', 'toolbar.export', 'toolbar.undo', 'toolbar.connect', 'toolbar.tidy', 'toolbar.snap', 'toolbar.help', 'toolbar.settings']) {
        await expect(page.getByTestId(testId)).toBeVisible();
      }
      await expectOneRow(page, width);
    }
  });
}

test('at 900 px the buttons that do not fit are in the ⋯ menu, run by keyboard; the row neither wraps nor scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('multiple-hub-and-spoke');
  const more = page.getByTestId('toolbar.more');
  await expect(more).toBeVisible();
  await expectOneRow(page, 900);
  await expect(more).toHaveAccessibleName('More');
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  const { shown, moved } = await rowButtons(page);
  expect(moved.length).toBeGreaterThan(0);
  expect(moved).toContain('help.shortcuts');
  // The moved buttons cannot be tabbed to; the menu lists exactly them, in order.
  await expect(page.getByTestId('toolbar.help')).toBeHidden();

  // Keyboard: Enter opens the menu on its first item; the arrows move; Escape gives the focus back.
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More' });
  await expect(menu).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const items = menu.locator('[role^="menuitem"]');
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-command-id')))).toEqual(moved);
  expect(shown.some((id) => moved.includes(id))).toBe(false);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // ArrowUp opens on the last item (Keyboard Shortcuts); Enter runs the same command as the button.
  await page.keyboard.press('ArrowUp');
  await expect(menu.locator('[data-command-id="help.shortcuts"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('help-dialog')).toBeVisible();
  await expect(menu).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-dialog')).toBeHidden();
  await expect(more).toBeFocused();

  // The snap toggle is a checkbox item and toggles as the button does.
  const snap = page.getByTestId('toolbar.snap');
  if (moved.includes('view.snapToGrid')) {
    const before = await snap.getAttribute('aria-pressed');
    await page.keyboard.press('Enter');
    const item = menu.locator('[data-command-id="view.snapToGrid"]');
    await expect(item).toHaveAttribute('aria-checked', before ?? 'false');
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(snap).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
  }

  // In Dutch.
  await page.getByTestId('language.switch').selectOption('nl');
  await expect(more).toHaveAccessibleName('Meer');
  await expectOneRow(page, 900);
});

test('at 600 px Export is in the ⋯ menu and opens the export dialog by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 700 });
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  await expectOneRow(page, 600);
  const { moved } = await rowButtons(page);
  expect(moved).toContain('file.export');
  const more = page.getByTestId('toolbar.more');
  await more.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  const exportItem = menu.locator('[data-command-id="file.export"]');
  for (let i = 0; i < moved.length && !(await exportItem.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(exportItem).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
});

for (const width of [1280, 900]) {
  test(`at ${width} px a long title changes neither the toolbar's height nor its buttons`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('multiple-hub-and-spoke');
    const toolbar = page.locator('header.toolbar');
    const before = { box: await toolbar.boundingBox(), buttons: await rowButtons(page), settings: await page.getByTestId('toolbar.settings').boundingBox() };
    await page.getByTestId('inspector.title').fill(LONG_TITLE);
    await expect(page.getByTestId('document.title')).toHaveText(LONG_TITLE);
    // Give the ResizeObserver a frame or two.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect({ box: await toolbar.boundingBox(), buttons: await rowButtons(page), settings: await page.getByTestId('toolbar.settings').boundingBox() }).toEqual(before);
    expect(before.box?.height).toBeLessThan(50);
    await expectOneRow(page, width);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the open ⋯ menu has no serious accessibility violations, ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('multiple-hub-and-spoke');
    if (theme === 'dark') {
      await page.keyboard.press('Control+,');
      await page.getByTestId('settings.theme.dark').check();
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    }
    await page.getByTestId('toolbar.more').click();
    await expect(page.getByRole('menu')).toBeVisible();
    const result = await new AxeBuilder({ page }).include('header.toolbar').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}
