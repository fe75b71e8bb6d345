import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor';

test.describe('drawing with the mouse', () => {
  test('builds a hub-and-spoke map from an empty canvas, then removing the hub changes the model', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(editor.nodes).toHaveCount(0);
    await editor.expectModel('undetermined');

    await editor.dragFromPalette('team', 380, 80);
    await editor.dragFromPalette('unit', 200, 260);
    await editor.dragFromPalette('unit', 560, 260);
    await editor.dragAccount('x', 200, 440, '@acme_nl');
    await editor.dragAccount('facebook', 560, 440);
    await expect(editor.nodes).toHaveCount(5);
    await expect(editor.node('Social media team 1')).toBeVisible();
    await expect(editor.node('@acme_nl').locator('.platform-mark')).toHaveAttribute('data-platform', 'x');

    await editor.connect('Social media team 1', 'Business unit 1');
    await editor.connect('Social media team 1', 'Business unit 2');
    await editor.connect('Business unit 1', '@acme_nl');
    await editor.connect('Business unit 2', 'Facebook 1');
    await expect(editor.edges).toHaveCount(4);

    await editor.expectModel('hub-and-spoke');
    await expect(editor.model).toContainText('Hub and Spoke');
    // The hub is visibly a hub, derived from its coordinates edges.
    await expect(editor.node('Social media team 1').getByTestId('node.hub')).toBeVisible();
    await expect(editor.node('Business unit 1').getByTestId('node.hub')).toHaveCount(0);
    // Edge kinds follow from the node kinds and are drawn differently.
    await expect(page.locator('.org-edge--coordinates')).toHaveCount(2);
    await expect(page.locator('.org-edge--owns')).toHaveCount(2);

    await editor.selectNode('Social media team 1');
    await page.keyboard.press('Delete');
    await expect(editor.nodes).toHaveCount(4);
    await expect(editor.edges).toHaveCount(2);
    await expect(editor.model).not.toHaveAttribute('data-model', 'hub-and-spoke');
    await editor.expectModel('decentralized');
  });

  test('refuses a connection the format forbids, with a hint saying why', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.dragAccount('linkedin', 300, 120);
    await editor.dragFromPalette('unit', 300, 360);
    await editor.connect('LinkedIn 1', 'Business unit 1');
    await expect(editor.edges).toHaveCount(0);
    await expect(editor.hint).toBeVisible();
    await expect(editor.hint).toHaveAttribute('data-hint', 'refusal.kinds');
    await expect(editor.hint).toContainText('Not allowed: Account → Business unit. An account does not lead anything');
  });

  test('an unowned account is listed as orphan-account and badged on the canvas', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.dragFromPalette('unit', 200, 120);
    await editor.dragAccount('youtube', 200, 320, 'Acme TV');
    await editor.dragAccount('instagram', 520, 320, 'Acme Insta');
    await editor.connect('Business unit 1', 'Acme TV');
    const orphanId = await editor.nodeId('Acme Insta');

    const risk = page.locator('[data-testid="risk"][data-risk-code="orphan-account"]');
    await expect(risk).toHaveCount(1);
    await expect(risk).toHaveAttribute('data-node-ids', orphanId);
    await expect(risk).toContainText('Acme Insta');
    await expect(page.getByTestId('risks.high')).toContainText('Acme Insta');

    const badge = editor.node('Acme Insta').getByTestId('node.risk-badge');
    await expect(badge).toHaveAttribute('data-risk-codes', /orphan-account/);
    await expect(editor.node('Acme TV').getByTestId('node.risk-badge')).toHaveCount(0);
    const tip = editor.node('Acme Insta').getByRole('tooltip');
    await expect(tip).toHaveCount(0);
    await badge.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Nobody is responsible for Acme Insta');

    // Clicking the risk selects its node.
    await editor.pane.click({ position: { x: 600, y: 40 } });
    await risk.click();
    await expect(page.getByTestId('inspector.label')).toHaveValue('Acme Insta');
    await expect(editor.node('Acme Insta')).toHaveClass(/selected/);

    // Giving the selected account an owner (Connect…, then pick the unit) clears the risk and the badge.
    await page.getByTestId('toolbar.connect').click();
    await page.getByTestId('connect-dialog').getByTestId('connect.option').filter({ hasText: 'Business unit 1' }).click();
    await expect(page.locator('[data-testid="risk"][data-risk-code="orphan-account"]')).toHaveCount(0);
    await expect(editor.node('Acme Insta').getByTestId('node.risk-badge')).toHaveCount(0);
  });
});
