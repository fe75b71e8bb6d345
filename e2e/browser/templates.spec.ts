import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EditorPage, withoutFileSystemAccess } from './pages/editor';

const MODELS = ['decentralized', 'centralized', 'hub-and-spoke', 'multiple-hub-and-spoke', 'holistic'] as const;
const templatePath = (id: string) => fileURLToPath(new URL(`../../assets/templates/${id}.orgmap`, import.meta.url));

test('each template opens and is classified as its own model; empty clears the map', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  for (const id of MODELS) {
    await editor.newFromTemplate(id);
    await editor.expectModel(id);
    const doc = JSON.parse(readFileSync(templatePath(id), 'utf8')) as { title: string; scenarios: { nodes: unknown[]; edges: unknown[] }[] };
    await expect(editor.nodes).toHaveCount(doc.scenarios[0]?.nodes.length ?? -1);
    await expect(page.getByTestId('document.title')).toHaveText(doc.title);
  }
  await editor.newFromTemplate('empty');
  await expect(editor.nodes).toHaveCount(0);
  await editor.expectModel('undetermined');
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
});

test('opens a .orgmap through the file input, refuses a broken one, and downloads the map', async ({ page }) => {
  // A browser without the File System Access API: Save downloads.
  await withoutFileSystemAccess(page);
  const editor = new EditorPage(page);
  await editor.goto();
  const input = page.getByTestId('file.open-input');
  await input.setInputFiles(templatePath('multiple-hub-and-spoke'));
  await editor.expectModel('multiple-hub-and-spoke');
  await expect(editor.hint).toContainText('multiple-hub-and-spoke.orgmap');

  await input.setInputFiles({ name: 'broken.orgmap', mimeType: 'application/json', buffer: Buffer.from('{"format":"orgmap","version":1}') });
  await expect(editor.hint).toHaveAttribute('data-hint', 'openFailed');
  await expect(editor.hint).toContainText('broken.orgmap');
  await editor.expectModel('multiple-hub-and-spoke');

  await page.getByTestId('palette.unit').click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('toolbar.save').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('multiple-hub-and-spoke.orgmap');
  const path = await download.path();
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { format: string; scenarios: { nodes: { label: string }[] }[] };
  expect(saved.format).toBe('orgmap');
  expect(saved.scenarios[0]?.nodes.some((n) => n.label.startsWith('Business unit'))).toBe(true);
});

test('opens a .orgmap dropped on the window', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const text = readFileSync(templatePath('centralized'), 'utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.orgmap', { type: 'application/json' }));
    return dt;
  }, text);
  await page.getByTestId('canvas').dispatchEvent('drop', { dataTransfer });
  await editor.expectModel('centralized');
  await expect(editor.hint).toContainText('dropped.orgmap');
});

test('asks before a template replaces unsaved changes', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('palette.department').click();
  await expect(editor.nodes).toHaveCount(1);

  // The app's own question (not the browser's confirm box): Save has the focus; Cancel keeps the map.
  const question = page.getByTestId('confirm-discard');
  await editor.newFromTemplate('holistic');
  await expect(question).toBeVisible();
  await expect(question).toContainText('Unsaved changes');
  await expect(page.getByTestId('confirm-discard.save')).toBeFocused();
  await page.getByTestId('confirm-discard.cancel').click();
  await expect(question).toBeHidden();
  await expect(editor.nodes).toHaveCount(1);
  await editor.expectModel('undetermined');

  await editor.newFromTemplate('holistic');
  await page.getByTestId('confirm-discard.discard').click();
  await editor.expectModel('holistic');
});
