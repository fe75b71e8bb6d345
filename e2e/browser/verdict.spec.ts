import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor';

// Issue 14: a sparse map gets a visible tentative verdict, a map with evidence does not, and the
// verdict is accompanied by how common the model was in Altimeter's survey – in both languages.

test('a sparse map is marked tentative beside the verdict; a full template is not; both languages', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const tentative = page.getByTestId('analysis.tentative');
  const survey = page.getByTestId('analysis.survey');

  // Undetermined: neither a tentative mark nor a survey share.
  await expect(editor.model).toHaveAttribute('data-model', 'undetermined');
  await expect(tentative).toHaveCount(0);
  await expect(survey).toHaveCount(0);

  // One account nobody owns: the model is judged from structure alone, so it is tentative.
  await editor.newFromTemplate('empty');
  await page.getByTestId('palette.account').click();
  await page.getByTestId('account.platform.instagram').click();
  await expect(editor.node('Instagram 1')).toBeVisible();
  await editor.expectModel('decentralized');
  await expect(tentative).toHaveText('tentative: add the accounts and who runs them');
  await expect(survey).toContainText('10.8% worked this way in 2010 and 9.4% in 2012');
  const confidence = Number((await page.getByTestId('analysis.confidence').innerText()).match(/(\d+)%/)?.[1]);
  expect(confidence).toBeLessThanOrEqual(60);

  await page.getByTestId('language.switch').selectOption('nl');
  await expect(tentative).toHaveText('voorlopig: voeg de accounts toe en wie ze beheert');
  await expect(survey).toContainText('10,8%');
  await expect(survey).not.toContainText('worked this way');

  // A template with owners, hubs and spokes: a firm verdict, no tentative mark (the edited map is
  // discarded in the app's own unsaved-changes question, not the browser's confirm box).
  await editor.newFromTemplate('hub-and-spoke');
  await expect(page.getByTestId('confirm-discard')).toBeVisible();
  await page.getByTestId('confirm-discard.discard').click();
  await editor.expectModel('hub-and-spoke');
  await expect(tentative).toHaveCount(0);
  await expect(survey).toContainText('41%');
  await expect(survey).toContainText('35,4%');

  await page.getByTestId('language.switch').selectOption('en');
  await expect(tentative).toHaveCount(0);
  await expect(survey).toContainText('41% worked this way in 2010 and 35.4% in 2012');
});
