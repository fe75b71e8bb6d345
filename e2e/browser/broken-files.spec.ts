/**
 * Issue #15, the web app's readers: every file of the broken-file corpus (e2e/fixtures/broken/,
 * the same corpus the command line and the desktop shell's reader are tested with) is refused by
 * Open and by Import Spreadsheet with the same one line, and nothing of the open map changes. Also:
 * `npm run web` (vite preview, which serves these tests) sends the CSP as a header with
 * frame-ancestors. Import offers Windows-1252 as an explicit choice for a refused CSV that can be
 * read that way, never as a guess.
 */
import { expect, test } from '@playwright/test';
import { brokenCorpus, expectedMessage } from '../fixtures/broken/corpus';
import { EditorPage } from './pages/editor';

const corpus = brokenCorpus();

test('Open: every broken map is refused with the shared reader\'s line; the open map stays', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.fileInput.setInputFiles({ name: 'acme.orgmap', mimeType: 'application/json', buffer: Buffer.from('{"format":"orgmap","version":1,"title":"Acme","scenarios":[{"id":"current","name":"Current","nodes":[{"id":"s","kind":"team","label":"Sales","position":{"x":0,"y":0}}],"edges":[]}]}') });
  await expect(editor.node('Sales')).toHaveCount(1);
  for (const c of corpus.filter((x) => x.kind === 'map' && !x.opens)) {
    await editor.fileInput.setInputFiles(c.path);
    await expect(editor.hint, c.name).toHaveAttribute('data-hint', 'openFailed');
    await expect(editor.hint, c.name).toContainText(expectedMessage(c, c.name));
    await expect(page.getByTestId('document.title')).toHaveText('Acme');
    await expect(editor.node('Sales')).toHaveCount(1);
    await editor.hint.getByRole('button').click();
  }
  // The control: one byte-order mark opens, and "Café" is "Café".
  const control = corpus.find((x) => x.opens);
  if (!control) throw new Error('the corpus has no file that opens');
  await editor.fileInput.setInputFiles(control.path);
  await expect(page.getByTestId('document.title')).toHaveText('Café');
});

test('Import Spreadsheet: every broken CSV is refused with the shared reader\'s line (with the "CSV UTF-8" advice)', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('toolbar.import').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  for (const c of corpus.filter((x) => x.kind === 'spreadsheet')) {
    await dialog.getByTestId('import.file-input').setInputFiles(c.path);
    await expect(dialog.getByTestId('import.file-error'), c.name).toHaveText(expectedMessage(c, c.name));
    await expect(dialog.getByTestId('import.preview')).toHaveCount(0);
    // Windows-1252 is offered as an explicit choice only where it can be (not for UTF-16 or two marks).
    await expect(dialog.getByTestId('import.read-windows-1252'), c.name).toHaveCount(c.name === 'windows-1252.csv' ? 1 : 0);
  }
});

test('Import Spreadsheet: Excel\'s Windows-1252 CSV reads correctly when the user chooses Windows-1252', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('toolbar.import').click();
  const dialog = page.getByTestId('import-dialog');
  const legacy = corpus.find((x) => x.name === 'windows-1252.csv');
  if (!legacy) throw new Error('the corpus has no windows-1252.csv');
  await dialog.getByTestId('import.file-input').setInputFiles(legacy.path);
  await expect(dialog.getByTestId('import.file-error')).toHaveText(expectedMessage(legacy, legacy.name));
  await page.screenshot({ path: 'test-results/import-windows-1252-offer.png' });
  await dialog.getByTestId('import.read-windows-1252').click();
  await expect(dialog.getByTestId('import.file-error')).toHaveCount(0);
  await expect(dialog.getByTestId('import.file-status')).toContainText('Read as Windows-1252.');
  const preview = dialog.getByTestId('import.preview');
  await expect(preview).toContainText('@café');
  await expect(preview).not.toContainText('\ufffd');
  await page.screenshot({ path: 'test-results/import-windows-1252.png' });
  // Choosing another file (UTF-8) forgets the choice.
  await dialog.getByTestId('import.file-input').setInputFiles({ name: 'ok.csv', mimeType: 'text/csv', buffer: Buffer.from('platform,handle,owner\ninstagram,@café,Marketing\n') });
  await expect(dialog.getByTestId('import.file-status')).not.toContainText('Windows-1252');
  await expect(dialog.getByTestId('import.read-windows-1252')).toHaveCount(0);
});

test('npm run web sends the Content-Security-Policy as a header, with frame-ancestors \'none\'', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  // The meta tag stays for hosts that send no headers.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});
