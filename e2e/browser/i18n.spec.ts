import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor';

test.describe('Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('follows the system language, words the analysis in Dutch, and can switch', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(page.getByTestId('language.switch')).toHaveValue('nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByTestId('palette.department')).toHaveText('Afdeling');
    await expect(page.getByTestId('palette.unit')).toHaveText('Bedrijfsonderdeel');
    await expect(editor.model).toContainText('Nog te weinig op de kaart');

    await editor.newFromTemplate('decentralized');
    await editor.expectModel('decentralized');
    await expect(editor.model).toContainText('Decentraal');
    await expect(page.getByTestId('analysis.guide')).toContainText('Sterke punten');

    await page.getByTestId('template.menu').click();
    await page.getByTestId('template.empty').click();
    await page.getByTestId('palette.account').click();
    await page.getByTestId('account.platform.instagram').click();
    await expect(editor.node('Instagram 1')).toBeVisible();
    const risk = page.locator('[data-testid="risk"][data-risk-code="orphan-account"]');
    await expect(risk).toContainText('Niemand is verantwoordelijk voor Instagram 1 (Instagram)');
    await expect(page.getByTestId('risks')).toContainText('Hoog');
    await expect(page.getByTestId('inspector')).toContainText('Accountnaam');

    await page.getByTestId('language.switch').selectOption('en');
    await expect(page.getByTestId('palette.department')).toHaveText('Department');
    await expect(risk).toContainText('Nobody is responsible for Instagram 1 (Instagram)');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('starts in English for an English system and switches to Dutch', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(page.getByTestId('language.switch')).toHaveValue('en');
  await page.getByTestId('language.switch').selectOption('nl');
  await expect(page.getByTestId('palette.team')).toHaveText('Socialmediateam');
  await expect(page.getByTestId('toolbar.undo')).toHaveAttribute('aria-label', 'Ongedaan maken');
});
