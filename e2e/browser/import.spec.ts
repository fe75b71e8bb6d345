/**
 * From a spreadsheet to a map (issue 7): File ▸ Import Spreadsheet… with the committed fixtures
 * (shared/import/fixtures, the ones the CLI tests read), the mapping step, the preview with the
 * rows that cannot be used, the CSV of rejects, into the current or a new scenario, the layout
 * (elkjs in a web worker under the production build's CSP) and Tidy Up with one-step undo.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { EditorPage, withoutFileSystemAccess } from './pages/editor';

const fixture = (name: string) => fileURLToPath(new URL(`../../shared/import/fixtures/${name}`, import.meta.url));

type Box = Awaited<ReturnType<EditorPage['nodeBoxes']>>[number];

/** Pairs of node boxes (flow coordinates, as drawn) that share area. */
function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Box;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Box;
      if (b.x >= a.x + a.width) break;
      if (a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

/**
 * Positions of all nodes by id: the view settled, then fitted to the whole map (an import or a Tidy
 * Up frames only the part around the top hub, and React Flow renders only the nodes in view).
 */
async function positions(editor: EditorPage): Promise<Map<string, string>> {
  await editor.waitForViewportStable();
  await editor.fitView();
  return new Map((await editor.nodeBoxes()).map((b) => [b.id, `${b.x},${b.y}`]));
}

/** Console errors and warnings (the layout logs why it fell back to its grid), and failed requests. */
async function consoleErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    // Chromium's own favicon request (the app has none) is not ours; app requests are checked below.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the 200-row inventory: mapping confirmed, map laid out without overlaps, model and risks at once', async ({ page }) => {
  const errors = await consoleErrors(page);
  const editor = new EditorPage(page);
  await editor.goto();
  const dialog = await editor.openImport(fixture('inventory-200.csv'));
  // Every field has its guessed column, and the user can see and change it.
  for (const field of ['platform', 'handle', 'owner', 'ownerKind', 'hub', 'label', 'notes']) {
    await expect(dialog.getByTestId(`import.map.${field}`)).not.toHaveValue('');
  }
  await expect(dialog.getByTestId('import.map.platform').locator('option:checked')).toHaveText(/platform/i);
  await expect(dialog.getByTestId('import.stats')).toContainText('Rows: 200 · accounts: 197');
  await expect(dialog.getByTestId('import.reject-count')).toContainText('2 rows cannot be imported');
  await expect(dialog.getByTestId('import.preview-row')).toHaveCount(20);
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden();
  await expect(editor.hint).toContainText('Imported 197 accounts from inventory-200.csv; 2 rows could not be imported.');

  // The import frames the part around the top hub (layout.spec.ts); the whole map to read every box.
  await editor.waitForViewportStable();
  await editor.fitView();
  await expect.poll(async () => (await editor.nodeBoxes()).length, { timeout: 15_000 }).toBeGreaterThan(197);
  await editor.waitForViewportStable();
  const boxes = await editor.nodeBoxes();
  expect(boxes.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y) && b.width > 0)).toBe(true);
  expect(overlaps(boxes)).toEqual([]);
  await editor.expectModel('multiple-hub-and-spoke');
  await expect(page.locator('[data-testid="risk"][data-risk-code="orphan-account"]')).toHaveCount(13);
  // The layout ran in the worker (no CSP refusal, no grid fallback logged), and nothing failed.
  expect(errors).toEqual([]);

  // One undo step takes the whole import away.
  await editor.press('Control+Z');
  await expect(editor.nodes).toHaveCount(0);
});

test('a Dutch header row (Excel: semicolons, BOM, CRLF) is understood, in a Dutch dialog', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('language.switch').selectOption('nl');
  const dialog = await editor.openImport(fixture('excel-nl-semicolon.csv'));
  await expect(dialog.getByRole('heading', { name: 'Een spreadsheet met accounts importeren' })).toBeVisible();
  // Our own file button, in Dutch (the browser's "Choose File" would stay English).
  await expect(dialog.getByTestId('import.file-button')).toHaveText('Bestand kiezen…');
  await expect(dialog.getByTestId('import.file-name')).toHaveText('excel-nl-semicolon.csv');
  const chosen = (field: string) => dialog.getByTestId(`import.map.${field}`).locator('option:checked');
  await expect(chosen('platform')).toHaveText('Platform');
  await expect(chosen('handle')).toHaveText('Account');
  await expect(chosen('owner')).toHaveText('Afdeling');
  await expect(chosen('ownerKind')).toHaveText('Soort eigenaar');
  await expect(chosen('hub')).toHaveText('Hub');
  await expect(chosen('notes')).toHaveText('Opmerkingen');
  // The user can change a field: the preview follows.
  await dialog.getByTestId('import.map.hub').selectOption('');
  await expect(dialog.getByTestId('import.stats')).toContainText('hubs: 0');
  await dialog.getByTestId('import.map.hub').selectOption({ label: 'Hub' });
  await expect(dialog.getByTestId('import.stats')).toContainText('hubs: 1');
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden();
  await expect(editor.node('Social Media Team')).toBeVisible();
  await expect(editor.node('Marketing')).toHaveCount(1);
});

test('broken rows are marked with their reasons, and the rejects can be saved as CSV', async ({ page }) => {
  await withoutFileSystemAccess(page);
  const editor = new EditorPage(page);
  await editor.goto();
  const dialog = await editor.openImport(fixture('broken.csv'));
  await expect(dialog.getByTestId('import.reject-count')).toContainText('2 rows cannot be imported');
  const rejected = dialog.locator('[data-testid="import.preview-row"][data-status="rejected"]');
  await expect(rejected).toHaveCount(2);
  await expect(rejected.nth(0)).toContainText('8');
  await expect(rejected.nth(0).getByTestId('import.preview-reason')).toContainText('a value with a separator in it was probably not quoted');
  await expect(rejected.nth(1).getByTestId('import.preview-reason')).toContainText('No platform');
  await expect(dialog.getByTestId('import.rejects').locator('li')).toHaveText([/^Row 8: /, /^Row 9: No platform/]);
  // Warnings are marked too (a typo read as a platform).
  await expect(dialog.locator('[data-testid="import.preview-row"][data-status="warning"]').first()).toContainText('“Facebok” read as Facebook');
  // The filled-in dialog (mapping, preview, rejects) passes the accessibility audit, in both themes.
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const audit = await new AxeBuilder({ page }).include('[data-testid="import-dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  const download = page.waitForEvent('download');
  await dialog.getByTestId('import.save-rejects').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('broken - rejected rows.csv');
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  const csv = Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '');
  const lines = csv.split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe('Platform;Handle;Owner;Owner type;Hub;;;Row;Reason');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/^Twitter;'?@initech_sales;Sales;department;Social Team;extra;cells;8;/);
  // The reason holds a comma: quoted even in a semicolon file, for a spreadsheet that splits at commas (#15 item 3).
  expect(lines[2]).toMatch(/^;'@no_platform;Sales;department;Social Team;;;9;"No platform, [^"]*"$/);
  await expect(dialog.getByTestId('import.rejects-saved')).toContainText('broken - rejected rows.csv');

  // What can be imported is imported.
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden();
  await expect(editor.node('@initech_hr')).toBeVisible();
  await expect(editor.node('@no_platform')).toHaveCount(0);
});

test('into a new scenario: the current one is left alone, the new tab shows the import, one undo removes it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  const templateNodes = await editor.nodes.count();
  const before = await editor.tabIds();
  const dialog = await editor.openImport(fixture('dutch-tab.tsv'));
  await dialog.getByTestId('import.into.new').check();
  await dialog.getByTestId('import.new-name').fill('');
  await expect(dialog.getByTestId('import.run')).toBeDisabled();
  await dialog.getByTestId('import.new-name').fill('Gemeente');
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => editor.tabIds()).toHaveLength(before.length + 1);
  const added = (await editor.tabIds()).at(-1) ?? '';
  await expect(editor.tab(added)).toHaveAttribute('aria-selected', 'true');
  await expect(editor.tab(added)).toContainText('Gemeente');
  await expect(editor.node('Communicatie')).toBeVisible();
  await editor.tab(before[0] ?? '').click();
  await expect(editor.nodes).toHaveCount(templateNodes);
  await editor.press('Control+Z');
  await editor.expectTabs(before);
  await expect(editor.nodes).toHaveCount(templateNodes);
});

test('Tidy Up lays the map out again in one undo step; a selection tidies only itself', async ({ page }) => {
  const errors = await consoleErrors(page);
  const editor = new EditorPage(page);
  await editor.goto();
  const dialog = await editor.openImport(fixture('google-sheets.csv'));
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden();
  const laidOut = await positions(editor);
  expect(laidOut.size).toBeGreaterThan(3);

  // Mess it up: drag a node onto another one.
  const [first, second] = [...laidOut.keys()];
  const target = await editor.nodeById(second ?? '').boundingBox();
  const source = await editor.nodeById(first ?? '').boundingBox();
  if (!target || !source) throw new Error('no boxes');
  await page.mouse.move(source.x + 10, source.y + 10);
  await page.mouse.down();
  await page.mouse.move(source.x + 13, source.y + 13);
  await page.mouse.move(target.x + 12, target.y + 12, { steps: 5 });
  await page.mouse.up();
  const messy = await positions(editor);
  expect(messy).not.toEqual(laidOut);

  await page.keyboard.press('Escape');
  await editor.press('Alt+Shift+T');
  await expect(editor.hint).toHaveAttribute('data-hint', /importing\.hint\./);
  expect(errors).toEqual([]);
  await expect(editor.hint).toContainText(/Tidied up \d+ nodes/);
  const tidied = await positions(editor);
  expect(tidied).not.toEqual(messy);
  expect(overlaps(await editor.nodeBoxes())).toEqual([]);

  await editor.press('Control+Z');
  expect(await positions(editor)).toEqual(messy);

  // The toolbar button with two nodes selected moves only those two (not the pair dragged together).
  const ids = [...messy.keys()].filter((id) => id !== first && id !== second);
  const chosen = ids.slice(0, 2);
  await editor.nodeById(chosen[0] ?? '').click();
  await editor.nodeById(chosen[1] ?? '').click({ modifiers: ['Shift'] });
  await page.getByTestId('toolbar.tidy').click();
  await expect(editor.hint).toContainText('Tidied up 2 nodes');
  const after = await positions(editor);
  for (const id of messy.keys()) if (!chosen.includes(id)) expect(after.get(id), id).toBe(messy.get(id));
  expect(errors).toEqual([]);
});

test('keyboard only: open with the shortcut, choose the file, change a field, import with Enter', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.press('Control+Shift+O');
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  // The file button (ours, in the UI language) has the focus; Space opens the file chooser.
  await expect(dialog.getByTestId('import.file-button')).toBeFocused();
  await expect(dialog.getByTestId('import.file-name')).toHaveText('No file chosen');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(fixture('google-sheets.csv'));
  await expect(dialog.getByTestId('import.preview')).toBeVisible();
  // Tab: the "first row is data" box, then the field selects in order, each with a visible label.
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('import.headerless')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('import.map.platform')).toBeFocused();
  await expect(dialog.getByLabel('Platform', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('import.map.owner')).toBeFocused();
  // Owner → (not imported): every account becomes an orphan, the preview says so.
  await page.keyboard.press('Home');
  await expect(dialog.getByTestId('import.map.owner')).toHaveValue('');
  await expect(dialog.getByTestId('import.stats')).toContainText('owners: 0');
  // Back up past the file input and the close button: Shift+Tab wraps to the Import button.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByTestId('import.file-button')).toBeFocused();
  await expect(dialog.getByTestId('import.file-name')).toHaveText('google-sheets.csv');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByTestId('import.run')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-testid="risk"][data-risk-code="orphan-account"]').first()).toBeVisible();
});

test('into a scenario with a map on it: the user’s nodes stay put, the imported ones land beside them', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  const before = await positions(editor);
  const dialog = await editor.openImport(fixture('google-sheets.csv'));
  await expect(dialog.getByTestId('import.into.current')).toBeChecked();
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden();
  await editor.waitForViewportStable();
  await editor.fitView();
  await expect.poll(async () => (await editor.nodeBoxes()).length).toBeGreaterThan(before.size);
  const after = await positions(editor);
  for (const [id, at] of before) expect(after.get(id), id).toBe(at);
  expect(overlaps(await editor.nodeBoxes())).toEqual([]);
  // "Corporate Communications" and the hub are new here; one undo takes only the import away.
  await expect(editor.node('Digital Hub')).toBeVisible();
  await editor.press('Control+Z');
  await expect(editor.nodes).toHaveCount(before.size);
});
