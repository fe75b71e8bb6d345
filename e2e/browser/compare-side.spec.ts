import { expect, test, type Locator } from '@playwright/test';
import { EditorPage } from './pages/editor';

/** The transform of a pane's React Flow viewport ("translate(…) scale(…)"). */
const transform = (pane: Locator) => pane.locator('.react-flow__viewport').getAttribute('style');

test.describe('compare side by side', () => {
  test('current and target next to each other, marked on both sides, moving together, by keyboard too', async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('decentralized');
    await expect(page.getByTestId('compare.side-by-side')).toBeDisabled();
    // Target: a copy with a social media team added, the orphan news page closed, Marketing renamed.
    await page.getByTestId('scenario.duplicate').click();
    await editor.expectTabs(['current', 'target']);
    await page.getByTestId('palette.team').click();
    await editor.waitForViewportStable();
    await editor.nodeById('acc-news').click();
    await page.keyboard.press('Delete');
    await editor.nodeById('mkt').click();
    await page.getByTestId('inspector.label').fill('Brand & Marketing');
    await page.getByTestId('inspector.label').press('Enter');
    await editor.pane.click({ position: { x: 5, y: 5 } });

    // Opened by its shortcut (Alt+Shift+C): the comparison panel and the two maps.
    await page.keyboard.press('Alt+Shift+C');
    const view = page.getByTestId('side-by-side');
    await expect(view).toBeVisible();
    await expect(page.getByTestId('compare')).toBeVisible();
    await expect(page.getByTestId('compare.side-by-side')).toHaveAttribute('aria-pressed', 'true');
    const left = page.getByTestId('side-by-side.from');
    const right = page.getByTestId('side-by-side.to');
    await expect(left).toHaveAttribute('data-scenario', 'current');
    await expect(right).toHaveAttribute('data-scenario', 'target');
    await expect(left.getByRole('heading')).toHaveText('Before: Current');
    await expect(right.getByRole('heading')).toHaveText('After: Target');

    // Marks on both sides: removed and changed on the left, added and changed on the right.
    const leftNode = (id: string) => left.locator(`.react-flow__node[data-id="${id}"] [data-testid="node"]`);
    const rightNode = (id: string) => right.locator(`.react-flow__node[data-id="${id}"] [data-testid="node"]`);
    await expect(leftNode('acc-news')).toHaveAttribute('data-diff', 'removed');
    await expect(leftNode('mkt')).toHaveAttribute('data-diff', 'changed');
    await expect(rightNode('mkt')).toHaveAttribute('data-diff', 'changed');
    await expect(right.locator('[data-testid="node"][data-diff="added"]')).toHaveCount(1);
    await expect(right.locator('[data-testid="node"][data-kind="team"]')).toHaveAttribute('data-diff', 'added');
    await expect(right.locator('.react-flow__node[data-id="acc-news"]')).toHaveCount(0);
    await expect(leftNode('sales')).not.toHaveAttribute('data-diff', /.*/);
    // Looking only: the editor's canvas underneath is out of the way.
    await expect(page.getByTestId('canvas')).toHaveAttribute('inert', '');
    // The palette (for drawing) gives the two maps its width while they are side by side.
    await expect(page.getByTestId('palette.team')).toBeHidden();

    await page.screenshot({ path: 'test-results/side-by-side-open.png' });
    // One view: a wheel zoom on the right moves the left the same way.
    await expect.poll(() => transform(left)).toBe(await transform(right));
    const start = await transform(left);
    const box = await right.boundingBox();
    if (!box) throw new Error('no pane');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => transform(right)).not.toBe(start);
    await expect.poll(async () => (await transform(left)) === (await transform(right))).toBe(true);

    // Keyboard: Tab reaches the panes; arrows pan and minus zooms both.
    await left.focus();
    await expect(left).toBeFocused();
    const beforeKeys = await transform(left);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('-');
    await expect.poll(() => transform(left)).not.toBe(beforeKeys);
    await expect.poll(async () => (await transform(left)) === (await transform(right))).toBe(true);
    // The app's own shortcuts did not act on the keys the pane took (no node selected, no zoom of the canvas).
    await expect(page.getByTestId('side-by-side')).toBeVisible();
    await page.screenshot({ path: 'test-results/side-by-side.png' });

    // Dutch.
    await page.getByTestId('language.switch').selectOption('nl');
    await expect(left.getByRole('heading')).toHaveText('Voor: Current');
    await expect(page.getByTestId('side-by-side.close')).toHaveText('Eén kaart met markeringen');

    // The same command leaves; the canvas is back as it was, with the overlay marks of Compare.
    await page.keyboard.press('Alt+Shift+C');
    await expect(view).toBeHidden();
    await expect(page.getByTestId('compare')).toBeVisible();
    await expect(page.getByTestId('canvas')).not.toHaveAttribute('inert', '');
    await expect(page.getByTestId('palette.team')).toBeVisible();
    await expect(editor.nodeById('mkt').getByTestId('node')).toHaveAttribute('data-diff', 'changed');
  });
});
