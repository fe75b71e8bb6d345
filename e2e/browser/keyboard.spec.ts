import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor';

test('keyboard only: create nodes from the palette and connect them', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();

  await page.getByTestId('palette.team').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('palette.unit').focus();
  await page.keyboard.press('Enter');
  await expect(editor.nodes).toHaveCount(2);
  await expect(page.getByTestId('inspector.label')).toHaveValue('Business unit 1');

  // Connect the selected unit: the dialog lists what it can be connected to, either way round.
  await page.keyboard.press('c');
  const dialog = page.getByTestId('connect-dialog');
  await expect(dialog).toBeVisible();
  // A unit may send people into the team ("member of"), or the team may coordinate it.
  const options = dialog.getByTestId('connect.option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toHaveAttribute('data-kind', 'member');
  await expect(options.nth(0)).toHaveAttribute('data-direction', 'out');
  const option = options.nth(1);
  await expect(option).toHaveAttribute('data-kind', 'coordinates');
  await expect(option).toHaveAttribute('data-direction', 'in');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(option).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.org-edge--coordinates')).toHaveCount(1);
  await expect(editor.hint).toContainText('Social media team 1 coordinates Business unit 1');
  await editor.expectModel('hub-and-spoke');

  // An account: Enter on the palette asks for the handle, then the platform (Enter goes on to it).
  await page.getByTestId('palette.account').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('account-dialog')).toBeVisible();
  await expect(page.getByTestId('account.handle')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('account.platform.x')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('account.platform.facebook')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.node('Facebook 1')).toBeVisible();

  // Filter the list by typing, then Enter takes the first match.
  await page.keyboard.press('c');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Business');
  await expect(dialog.getByTestId('connect.option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.locator('.org-edge--owns')).toHaveCount(1);

  // Nodes on the canvas are reachable with the keyboard too: focus one and select it with Enter.
  await editor.node('Social media team 1').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector.label')).toHaveValue('Social media team 1');
  await page.keyboard.press('Delete');
  await expect(editor.nodes).toHaveCount(2);
});

test('shortcuts are listed in the help dialog and fit view is Shift+1', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('holistic');
  await editor.expectModel('holistic');
  const viewport = page.locator('.react-flow__viewport');
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  const zoomed = await viewport.getAttribute('style');
  await editor.pane.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Shift+Digit1');
  await expect(viewport).not.toHaveAttribute('style', zoomed ?? '');

  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await expect(page.locator('.react-flow__controls-zoomout')).toHaveAttribute('aria-label', 'Zoom out');
  const snap = page.getByTestId('toolbar.snap');
  await expect(snap).toHaveAttribute('aria-pressed', 'true');
  await snap.click();
  await expect(snap).toHaveAttribute('aria-pressed', 'false');

  await page.getByTestId('toolbar.help').click();
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  await expect(help.locator('[data-command-id="edit.undo"]')).toContainText('Ctrl+Z');
  await expect(help.locator('[data-command-id="view.fitView"]')).toContainText('Shift+1');
  await expect(help.locator('[data-command-id="edit.duplicate"]')).toContainText('Ctrl+D');
  await expect(help).toContainText('Shift + drag on empty canvas');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByTestId('toolbar.undo')).toHaveAttribute('title', 'Undo (Ctrl+Z)');
});

test('dialogs keep the keyboard inside and give the focus back when they close', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const helpButton = page.getByTestId('toolbar.help');
  await helpButton.focus();
  await page.keyboard.press('Enter');
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="help-dialog"]') !== null), key).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(helpButton).toBeFocused();
});
