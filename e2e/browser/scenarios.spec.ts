import { expect, test, type Dialog } from '@playwright/test';
import { EditorPage } from './pages/editor';

test.describe('scenarios', () => {
  test('tabs: add, rename (validated), reorder by button, key and drag, delete, each one undo step', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.expectTabs(['current']);
    await expect(page.getByTestId('scenario.delete')).toBeDisabled();

    // Add: a new empty scenario, shown, with its name field open.
    await page.getByTestId('palette.unit').click();
    await page.getByTestId('scenario.add').click();
    await expect(editor.nodes).toHaveCount(0);
    const input = page.getByTestId('scenario.rename-input');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('Scenario 2');
    await input.fill('Plan B');
    await input.press('Enter');
    await editor.expectTabs(['current', 'scenario-2']);
    await expect(editor.tab('scenario-2')).toHaveText('Plan B');
    await expect(editor.tab('scenario-2')).toHaveAttribute('aria-selected', 'true');

    // Rename by double-click: an empty name is refused, Escape keeps the old one.
    await editor.tab('scenario-2').dblclick();
    await input.fill('   ');
    await expect(page.getByTestId('scenario.rename-error')).toBeVisible();
    await input.press('Enter');
    await expect(input).toBeVisible();
    await input.press('Escape');
    await expect(editor.tab('scenario-2')).toHaveText('Plan B');

    // Rename by keyboard (F2).
    await editor.tab('scenario-2').focus();
    await page.keyboard.press('F2');
    await input.fill('Later');
    await input.press('Enter');
    await expect(editor.tab('scenario-2')).toHaveText('Later');
    await expect(editor.tab('scenario-2')).toBeFocused();

    // Rename in the inspector (nothing selected): applied on Enter, a too long name refused.
    await editor.pane.click({ position: { x: 10, y: 10 } });
    const field = page.getByTestId('inspector.scenario-name');
    await expect(field).toHaveValue('Later');
    await field.fill('x'.repeat(101));
    await expect(page.getByTestId('inspector.scenario-error')).toBeVisible();
    await field.press('Enter');
    await expect(editor.tab('scenario-2')).toHaveText('Later');
    await field.fill('Later');
    await field.press('Enter');
    await expect(page.getByTestId('inspector.scenario-error')).toBeHidden();

    // Switching tabs switches the canvas.
    await editor.tab('current').click();
    await expect(editor.nodes).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(editor.tab('scenario-2')).toHaveAttribute('aria-selected', 'true');
    await expect(editor.nodes).toHaveCount(0);

    // Reorder: button, keyboard, drag.
    await page.getByTestId('scenario.move-left').click();
    await editor.expectTabs(['scenario-2', 'current']);
    await editor.tab('scenario-2').focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await editor.expectTabs(['current', 'scenario-2']);
    await editor.tab('scenario-2').dragTo(editor.tab('current'));
    await editor.expectTabs(['scenario-2', 'current']);
    await page.getByTestId('toolbar.undo').click();
    await editor.expectTabs(['current', 'scenario-2']);
    await page.getByTestId('toolbar.undo').click();
    await editor.expectTabs(['scenario-2', 'current']);
    await page.getByTestId('toolbar.redo').click();
    await page.getByTestId('toolbar.redo').click();
    await editor.expectTabs(['scenario-2', 'current']);

    // Delete asks first; Cancel keeps it.
    await editor.tab('scenario-2').click();
    page.once('dialog', (d: Dialog) => {
      expect(d.message()).toContain('Later');
      void d.dismiss();
    });
    await page.getByTestId('scenario.delete').click();
    await editor.expectTabs(['scenario-2', 'current']);
    page.once('dialog', (d: Dialog) => void d.accept());
    await page.getByTestId('scenario.delete').click();
    await editor.expectTabs(['current']);
    await expect(editor.tab('current')).toHaveAttribute('aria-selected', 'true');
    await expect(editor.nodes).toHaveCount(1);
    await expect(page.getByTestId('scenario.delete')).toBeDisabled();

    // Undo brings it back, name and all; the next undo takes back the drag.
    await page.keyboard.press('Control+z');
    await editor.expectTabs(['scenario-2', 'current']);
    await expect(editor.tab('scenario-2')).toHaveText('Later');
    await page.keyboard.press('Control+z');
    await editor.expectTabs(['current', 'scenario-2']);
  });

  test('current vs target: duplicate into Target, make it hub and spoke, compare, copy the path', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('decentralized');
    await editor.expectModel('decentralized');
    const current = await editor.nodes.count();

    await page.getByTestId('scenario.duplicate').click();
    await editor.expectTabs(['current', 'target']);
    await expect(editor.tab('target')).toHaveText('Target');
    await expect(editor.tab('target')).toHaveAttribute('aria-selected', 'true');
    await expect(editor.nodes).toHaveCount(current);

    // Add a social media team and let it coordinate every department and unit.
    await page.getByTestId('palette.team').click();
    await expect(editor.nodes).toHaveCount(current + 1);
    const team = 'Social media team 1';
    for (const id of ['mkt', 'sales', 'cs', 'hr', 'product', 'eu', 'us', 'apac']) await editor.connectById(team, id, 'coordinates');
    await editor.expectModel('hub-and-spoke');
    // Close the orphan news page in the target.
    await editor.waitForViewportStable();
    await editor.nodeById('acc-news').click();
    await page.keyboard.press('Delete');
    await expect(editor.nodes).toHaveCount(current);

    // Each scenario has its own analysis.
    await editor.tab('current').click();
    await editor.expectModel('decentralized');
    await editor.tab('target').click();
    await editor.expectModel('hub-and-spoke');

    // The comparison: current → target by default.
    await page.getByTestId('compare.open').click();
    await expect(page.getByTestId('compare.from')).toHaveValue('current');
    await expect(page.getByTestId('compare.to')).toHaveValue('target');
    const summary = page.getByTestId('compare.summary');
    await expect(summary).toHaveAttribute('data-from-model', 'decentralized');
    await expect(summary).toHaveAttribute('data-to-model', 'hub-and-spoke');
    await expect(page.getByTestId('compare.model-change')).toHaveText('Decentralized → Hub and Spoke');
    await expect(page.getByTestId('compare.accounts')).toHaveText('12 → 11');
    await expect(page.getByTestId('compare.hubs')).toHaveText('0 → 1');
    // The template's goals (sales, customer service) are served by the target's model.
    await expect(page.getByTestId('compare.goal-warning')).toHaveCount(0);

    // Differences on the canvas: the team is new, the closed account is a ghost.
    await expect(page.locator('[data-testid="node"][data-diff="added"]')).toHaveCount(1);
    await expect(editor.node(team).locator('[data-testid="node.diff"]')).toHaveText('new');
    await expect(page.locator('[data-testid="node"][data-diff="removed"]')).toHaveCount(1);
    await expect(editor.nodeById('ghost:acc-news')).toBeVisible();
    // The new relations are marked too (the team coordinates eight parts).
    await expect(page.locator('.react-flow__edge.diff-added')).toHaveCount(8);

    // The path, in the strategist's words.
    const steps = page.getByTestId('compare.step');
    await expect(steps.first()).toContainText('Form a social media team');
    await expect(page.locator('[data-testid="compare.step"][data-step-code="put-under-guidelines"]').first()).toContainText('under the guidelines of Social media team 1');
    await expect(page.locator('[data-testid="compare.step"][data-step-code="close-orphan"]')).toContainText('Vertex News');
    const count = await steps.count();
    expect(count).toBeGreaterThan(3);

    // A step shows its nodes: the first selects the new team.
    await steps.first().getByRole('button').click();
    await expect(page.getByTestId('inspector.label')).toHaveValue(team);

    await page.getByTestId('compare.copy').click();
    await expect(editor.hint).toHaveAttribute('data-hint', 'copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').filter(Boolean)).toHaveLength(count);
    expect(copied).toMatch(/^1\. Form a social media team/);

    // In Dutch, the same path in Dutch.
    await page.getByTestId('language.switch').selectOption('nl');
    await expect(steps.first()).toContainText('Vorm een social media team');

    // Swapping the sides: the team is now the removed one.
    await page.getByTestId('compare.from').selectOption('target');
    await page.getByTestId('compare.to').selectOption('current');
    await expect(summary).toHaveAttribute('data-to-model', 'decentralized');
    await expect(page.getByTestId('compare.goal-warning')).toHaveAttribute('data-code', 'goals.fit.none');
    await expect(editor.tab('current')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.react-flow__node[data-id^="ghost:team"]')).toHaveCount(1);
    await expect(page.locator('.react-flow__edge.diff-removed')).toHaveCount(8);
    // Removed relations are named by their ends' labels, in Dutch, never by internal ids.
    for (const name of await page.locator('.react-flow__edge.diff-removed').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) {
      expect(name).toMatch(/^Verwijderd: Social media team 1 /);
      expect(name).not.toMatch(/Edge from|team-\d|ghost:/);
    }

    await page.getByTestId('compare.close').click();
    await expect(page.getByTestId('compare')).toBeHidden();
    await expect(page.locator('[data-testid="node"][data-diff]')).toHaveCount(0);
  });

  test('each scenario keeps its own viewport', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('centralized');
    await page.getByTestId('scenario.duplicate').click();
    await editor.waitForViewportStable();
    const viewport = page.locator('.react-flow__viewport');
    await page.getByTestId('palette.team').focus();
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await editor.waitForViewportStable();
    const zoomed = await viewport.getAttribute('style');
    await editor.tab('current').click();
    await editor.waitForViewportStable();
    expect(await viewport.getAttribute('style')).not.toBe(zoomed);
    await editor.tab('target').click();
    await editor.waitForViewportStable();
    expect(await viewport.getAttribute('style')).toBe(zoomed);
  });

  test('goals: checkboxes are undoable, advise models and warn when the target does not fit', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('decentralized');
    // The template's goals: sales and customer service.
    const goal = (id: string) => page.locator(`[data-testid="goal"][data-goal="${id}"]`);
    await expect(goal('sales')).toBeChecked();
    await expect(goal('branding')).not.toBeChecked();
    await expect(page.locator('[data-testid="goals.advice"] li[data-model="hub-and-spoke"]').first()).toBeVisible();
    await expect(page.locator('[data-testid="goals.warning"][data-scenario-id="current"]')).toHaveAttribute('data-code', 'goals.fit.none');

    await goal('connecting').check();
    await expect(page.locator('[data-testid="goals.advice"] li[data-goal="connecting"]')).toHaveAttribute('data-model', 'holistic');
    await page.keyboard.press('Control+z');
    await expect(goal('connecting')).not.toBeChecked();

    await page.getByTestId('scenario.duplicate').click();
    await expect(page.locator('[data-testid="goals.warning"][data-scenario-id="target"]')).toHaveAttribute('data-code', 'goals.fit.none');
  });
});
