import { expect, test, type Page } from '@playwright/test';
import { EditorPage, SETTINGS_KEY } from './pages/editor';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const html = (page: Page) => page.locator('html');
const toolbarBackground = (page: Page) => page.getByTestId('app').locator('.toolbar').evaluate((el) => getComputedStyle(el).backgroundColor);

async function openSettings(page: Page) {
  await page.getByTestId('toolbar.settings').click();
  await expect(page.getByTestId('settings')).toBeVisible();
}

test.describe('themes', () => {
  test('the switch changes the theme: data-theme and the colours', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    const light = await toolbarBackground(page);

    await openSettings(page);
    await expect(page.getByTestId('settings.theme.system')).toBeChecked();
    await page.getByTestId('settings.theme.dark').check();
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    const dark = await toolbarBackground(page);
    expect(dark).not.toBe(light);
    // The canvas follows: React Flow's own dark mode.
    await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings')).toHaveCount(0);

    // Ctrl+, opens the settings too.
    await page.keyboard.press('Control+,');
    await page.getByTestId('settings.theme.light').check();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    expect(await toolbarBackground(page)).toBe(light);
  });

  test('follows the system until a theme is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html(page)).toHaveAttribute('data-theme', 'dark');

    await openSettings(page);
    await page.getByTestId('settings.theme.light').check();
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html(page)).toHaveAttribute('data-theme', 'light');
  });
});

test('settings persist across a reload, outside the map and its undo history', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.locator('.react-flow__background')).toHaveCount(1);
  await expect(page.getByTestId('toolbar.snap')).toHaveAttribute('aria-pressed', 'true');
  await openSettings(page);
  await page.getByTestId('settings.theme.dark').check();
  await page.getByTestId('settings.grid').uncheck();
  await page.getByTestId('settings.snap').uncheck();
  await page.getByTestId('settings.language').selectOption('nl');
  await expect(page.getByTestId('settings')).toContainText('Instellingen');
  await page.getByTestId('settings.done').click();
  await expect(page.locator('.react-flow__background')).toHaveCount(0);
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as unknown, SETTINGS_KEY);
  expect(stored).toMatchObject({ theme: 'dark', grid: false, snap: false, language: 'nl' });

  await page.reload();
  await expect(page.getByTestId('app')).toBeVisible();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(html(page)).toHaveAttribute('lang', 'nl');
  await expect(page.getByTestId('language.switch')).toHaveValue('nl');
  await expect(page.locator('.react-flow__background')).toHaveCount(0);
  await expect(page.getByTestId('toolbar.snap')).toHaveAttribute('aria-pressed', 'false');
  await openSettings(page);
  await expect(page.getByTestId('settings.theme.dark')).toBeChecked();
  await expect(page.getByTestId('settings.grid')).not.toBeChecked();
  await expect(page.getByTestId('settings.snap')).not.toBeChecked();

  // The language switch in the toolbar is the same setting.
  await page.keyboard.press('Escape');
  await page.getByTestId('language.switch').selectOption('en');
  await page.reload();
  await expect(html(page)).toHaveAttribute('lang', 'en');
});

test.describe('first-run welcome', () => {
  test('shows on the first start, keyboard operable, then not again', async ({ page }) => {
    await page.goto('/');
    const welcome = page.getByTestId('welcome');
    await expect(welcome).toBeVisible();
    await expect(welcome).toContainText('Orgmap maps how an organisation runs social media');
    await expect(welcome.locator('.welcome__card')).toHaveCount(5);
    await expect(page.getByTestId('welcome.open')).toBeVisible();
    await expect(page.getByTestId('welcome.empty')).toBeVisible();
    // Focus starts inside, Tab stays inside, Escape closes.
    await expect(page.getByTestId('welcome.template.decentralized')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="welcome"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(welcome).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId('app')).toBeVisible();
    await expect(page.getByTestId('palette.department')).toBeVisible();
    await expect(page.getByTestId('welcome')).toHaveCount(0);

    // Help ▸ Welcome brings it back; focus returns to the menu button when it closes.
    await page.getByTestId('help.menu').click();
    await page.getByTestId('help.menu.help.welcome').click();
    await expect(welcome).toBeVisible();
    await page.getByTestId('welcome').getByRole('button', { name: 'Close' }).click();
    await expect(welcome).toHaveCount(0);
  });

  test('“Open a map” and “Import an inventory” run their commands; Import only where the registry has it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await page.getByTestId('welcome.open').click();
    // The browser's open path: its hidden file input is driven (nothing is chosen here); the welcome is gone.
    await expect(page.getByTestId('welcome')).toHaveCount(0);

    await page.getByTestId('help.menu').click();
    await page.getByTestId('help.menu.help.shortcuts').click();
    const hasImport = (await page.getByTestId('help-dialog').locator('[data-command-id="file.import"]').count()) > 0;
    await page.keyboard.press('Escape');
    await page.getByTestId('help.menu').click();
    await page.getByTestId('help.menu.help.welcome').click();
    if (!hasImport) {
      await expect(page.getByTestId('welcome.import')).toHaveCount(0);
      return;
    }
    await page.getByTestId('welcome.import').click();
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    await expect(page.getByTestId('import-dialog')).toBeVisible();
  });

  test('a map that arrives while it shows (opened from outside) takes its place', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('welcome')).toBeVisible();
    const text = readFileSync(new URL('../../assets/templates/holistic.orgmap', import.meta.url));
    await new EditorPage(page).fileInput.setInputFiles({ name: 'holistic.orgmap', mimeType: 'application/json', buffer: text });
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    await new EditorPage(page).expectModel('holistic');
    await page.reload();
    await expect(page.getByTestId('app')).toBeVisible();
    await expect(page.getByTestId('welcome')).toHaveCount(0);
  });

  test('a template card opens that model’s example map', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('welcome.template.centralized').click();
    await expect(page.getByTestId('welcome')).toHaveCount(0);
    const editor = new EditorPage(page);
    await editor.expectModel('centralized');
    await expect(editor.nodes.first()).toBeVisible();
  });
});

test('Help shows the model guide for all five models and the About box; no log folder in a browser', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('help.menu').click();
  await expect(page.getByTestId('help.menu.help.openLogFolder')).toHaveCount(0);
  await page.getByTestId('help.menu.help.modelGuide').click();
  const guide = page.getByTestId('model-guide');
  await expect(guide).toBeVisible();
  for (const model of ['decentralized', 'centralized', 'hub-and-spoke', 'multiple-hub-and-spoke', 'holistic']) {
    await expect(guide.getByTestId(`model-guide.${model}`)).toContainText('Strengths');
  }
  await page.keyboard.press('Escape');
  await expect(guide).toHaveCount(0);
  await expect(page.getByTestId('help.menu')).toBeFocused();

  await page.getByTestId('help.menu').click();
  await page.getByTestId('help.menu.help.about').click();
  await expect(page.getByTestId('about')).toBeVisible();
  await expect(page.getByTestId('about.version')).toHaveText(`Version ${version}`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('about')).toHaveCount(0);

  // The shortcut sheet is in the menu too.
  await page.getByTestId('help.menu').click();
  await page.getByTestId('help.menu.help.shortcuts').click();
  await expect(page.getByTestId('help-dialog')).toContainText('Settings…');
});
