import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor';

test.describe('editing', () => {
  test('undo and redo: a drag is one step; keyboard and toolbar both work', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    const undo = page.getByTestId('toolbar.undo');
    const redo = page.getByTestId('toolbar.redo');
    await expect(undo).toBeDisabled();

    await page.getByTestId('palette.team').click();
    await expect(editor.nodes).toHaveCount(1);
    const start = await editor.position('Social media team 1');
    await editor.dragNode('Social media team 1', 160, 96);
    const moved = await editor.position('Social media team 1');
    expect(moved.x - start.x).toBeGreaterThan(100);

    await page.keyboard.press('Control+z');
    expect(await editor.position('Social media team 1')).toEqual(start);
    await page.keyboard.press('Control+z');
    await expect(editor.nodes).toHaveCount(0);
    await expect(undo).toBeDisabled();

    await page.keyboard.press('Control+Shift+z');
    await expect(editor.nodes).toHaveCount(1);
    await page.keyboard.press('Control+y');
    expect(await editor.position('Social media team 1')).toEqual(moved);
    await expect(redo).toBeDisabled();

    await undo.click();
    expect(await editor.position('Social media team 1')).toEqual(start);
    await redo.click();
    expect(await editor.position('Social media team 1')).toEqual(moved);
  });

  test('inspector edits label (one undo step per typing burst), notes, platform, handle', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await page.getByTestId('palette.unit').click();
    const label = page.getByTestId('inspector.label');
    await expect(label).toHaveValue('Business unit 1');
    await label.click();
    await page.keyboard.press('Control+a');
    await label.pressSequentially('Sales NL');
    await expect(editor.node('Sales NL')).toBeVisible();
    // Emptying the field does not give the node an empty name.
    await page.keyboard.press('Control+z');
    await expect(label).toHaveValue('Business unit 1');
    await expect(editor.node('Business unit 1')).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(editor.node('Sales NL')).toBeVisible();

    // Labels are text, never markup.
    const markup = '<img src=x onerror="document.body.dataset.pwned=1"><b>Bold</b>';
    await label.fill(markup);
    await expect(editor.node(markup)).toBeVisible();
    await expect(editor.node(markup).locator('img, b')).toHaveCount(0);
    await expect(page.locator('body')).not.toHaveAttribute('data-pwned', '1');
    await page.keyboard.press('Control+z');
    await expect(editor.node('Sales NL')).toBeVisible();

    await page.getByTestId('inspector.notes').fill('Runs the Dutch web shop');
    await editor.pane.click({ position: { x: 30, y: 30 } });
    await expect(page.getByTestId('inspector.label')).toHaveCount(0);
    // With nothing selected the inspector edits the map's title.
    await page.getByTestId('inspector.title').fill('Acme social media');
    await expect(page.getByTestId('document.title')).toHaveText('Acme social media');
    await editor.selectNode('Sales NL');
    await expect(page.getByTestId('inspector.notes')).toHaveValue('Runs the Dutch web shop');
    await expect(page.getByTestId('inspector.platform')).toHaveCount(0);

    await page.getByTestId('palette.account').click();
    await page.getByTestId('account.platform.x').click();
    await expect(page.getByTestId('inspector.platform')).toHaveValue('x');
    await page.getByTestId('inspector.platform').selectOption('linkedin');
    await expect(editor.node('X (Twitter) 1').locator('.platform-mark')).toHaveAttribute('data-platform', 'linkedin');
    await page.getByTestId('inspector.handle').fill('@acme_sales');
    await expect(editor.node('X (Twitter) 1')).toContainText('@acme_sales');
    await expect(editor.node('X (Twitter) 1')).toContainText('LinkedIn');
  });

  test('inspector switches the relation kind where more than one is legal', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.dragFromPalette('department', 200, 120);
    await editor.dragFromPalette('team', 200, 360);
    await editor.connect('Department 1', 'Social media team 1');
    const kind = page.getByTestId('inspector.edge-kind');
    await expect(kind).toHaveValue('member');
    await expect(kind).toBeEnabled();
    await expect(page.locator('.org-edge--member')).toHaveCount(1);
    await kind.selectOption('coordinates');
    await expect(page.locator('.org-edge--coordinates')).toHaveCount(1);
    await expect(page.locator('.org-edge--member')).toHaveCount(0);
    // The department is now a hub.
    await expect(editor.node('Department 1').getByTestId('node.hub')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(page.locator('.org-edge--member')).toHaveCount(1);
    await expect(editor.node('Department 1').getByTestId('node.hub')).toHaveCount(0);

    // unit → account can only be "owns": the switch is disabled.
    await editor.dragFromPalette('unit', 520, 120);
    await editor.dragAccount('tiktok', 520, 360);
    await editor.connect('Business unit 1', 'TikTok 1');
    await expect(kind).toHaveValue('owns');
    await expect(kind).toBeDisabled();
  });

  test('box and shift-click selection, duplicate, copy/paste and delete', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.dragFromPalette('department', 200, 150);
    await editor.dragFromPalette('team', 420, 150);
    await editor.connect('Department 1', 'Social media team 1');
    await expect(editor.edges).toHaveCount(1);
    const dept = await editor.nodeId('Department 1');
    const team = await editor.nodeId('Social media team 1');

    // Box selection: Shift + drag on the empty pane around both nodes.
    const pane = await editor.pane.boundingBox();
    if (!pane) throw new Error('no pane');
    await page.keyboard.down('Shift');
    await page.mouse.move(pane.x + 40, pane.y + 40);
    await page.mouse.down();
    await page.mouse.move(pane.x + 60, pane.y + 60);
    await page.mouse.move(pane.x + 700, pane.y + 300, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await expect(page.getByTestId('inspector')).toContainText('3 items selected');

    await page.keyboard.press('Control+d');
    await expect(editor.nodes).toHaveCount(4);
    await expect(editor.edges).toHaveCount(2);
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

    await editor.pane.click({ position: { x: 20, y: 400 } });
    await editor.nodeById(dept).locator('.org-node__label').click();
    await editor.nodeById(team).locator('.org-node__label').click({ modifiers: ['Shift'] });
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(editor.nodes).toHaveCount(6);
    await expect(editor.edges).toHaveCount(3);

    await page.keyboard.press('Backspace');
    await expect(editor.nodes).toHaveCount(4);
    await expect(editor.edges).toHaveCount(2);
    await page.keyboard.press('Control+z');
    await expect(editor.nodes).toHaveCount(6);
  });
});
