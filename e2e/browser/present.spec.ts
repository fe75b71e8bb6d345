import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor';

/** Current → Target: a social media team added, the orphan news page closed, Marketing renamed. */
async function currentAndTarget(editor: EditorPage): Promise<void> {
  const page = editor.page;
  await editor.goto();
  await editor.newFromTemplate('decentralized');
  await page.getByTestId('scenario.duplicate').click();
  await editor.expectTabs(['current', 'target']);
  await page.getByTestId('palette.team').click();
  await editor.waitForViewportStable();
  await editor.nodeById('acc-news').click();
  await page.keyboard.press('Delete');
  await editor.nodeById('mkt').click();
  await page.getByTestId('inspector.label').fill('Brand & Marketing');
  await page.getByTestId('inspector.label').press('Enter');
}

const slide = (page: Page) => page.getByTestId('present.slide');

/** Presses → until the slide on screen is of `kind` (at most 20 presses). */
async function forwardTo(page: Page, kind: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if ((await slide(page).getAttribute('data-kind')) === kind) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no ${kind} slide`);
}

test.describe('present', () => {
  test('F5 presents the deck: step through by keys and clicks, notes, the path unfolding on the live map, Esc back to where you were', async ({ page }) => {
    // A long walk: the whole deck, twice over, on a machine that may be busy.
    test.setTimeout(90_000);
    const editor = new EditorPage(page);
    await currentAndTarget(editor);
    // Where the strategist is: the Target tab, Sales selected and focused, a view of their own.
    await editor.nodeById('sales').click();
    await editor.waitForViewportStable();
    await editor.nodeById('sales').focus();
    const viewport = page.locator('[data-testid="canvas"] .react-flow__viewport');
    const view = await viewport.getAttribute('style');

    await page.keyboard.press('F5');
    const present = page.getByTestId('present');
    await expect(present).toBeVisible();
    await expect(present).toBeFocused();
    // The editor is out of reach while presenting.
    await expect(page.getByTestId('app')).toHaveAttribute('inert', '');
    await expect(slide(page)).toHaveAttribute('data-kind', 'title');
    await expect(slide(page)).toHaveAttribute('data-index', '0');
    await expect(slide(page)).toContainText('Vertex Group');
    await expect(slide(page)).toContainText('Current → Target');
    const announce = page.getByTestId('present.announce');
    await expect(announce).toHaveAttribute('aria-live', 'polite');
    await expect(announce).toHaveText(/^Slide 1 of \d+, title: /);

    // → : the current map, drawn by React Flow (not a picture), with the verdict beside it.
    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-kind', 'map');
    await expect(slide(page)).toHaveAttribute('data-index', '1');
    await expect(announce).toHaveText(/^Slide 2 of \d+, map: Current/);
    const map = page.getByTestId('present.map');
    await expect(map.locator('.react-flow__node[data-id="acc-news"]')).toBeVisible();
    await expect(page.getByTestId('present.model')).toHaveAttribute('data-model', 'decentralized');
    await expect(map.locator('.react-flow__node.is-dimmed')).toHaveCount(0);
    // The canvas's routed lines (straight runs, rounded corners), not React Flow's default curves.
    const lines = map.locator('.react-flow__edge-path');
    await expect(lines.first()).toBeAttached();
    expect((await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))).filter((d) => /C/.test(d))).toEqual([]);
    // The map fills its pane edge to edge (a few pixels' margin) in at least one direction.
    await expect
      .poll(async () =>
        map.evaluate((pane) => {
          const box = pane.getBoundingClientRect();
          const rects = [...pane.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
          const w = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
          const h = Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top));
          return Math.max(w / box.width, h / box.height);
        }),
      )
      .toBeGreaterThan(0.9);
    await page.screenshot({ path: 'test-results/present-map.png' });
    // The live map zooms.
    const mapView = await map.locator('.react-flow__viewport').getAttribute('style');
    await page.keyboard.press('+');
    await expect.poll(() => map.locator('.react-flow__viewport').getAttribute('style')).not.toBe(mapView);

    // The risks are numbered on the map as in the risk table that follows.
    const newsBadge = map.locator('[data-testid="flow.risk-number"][data-node="acc-news"]');
    await expect(newsBadge).toBeVisible();
    const newsNumber = ((await newsBadge.textContent()) ?? '').trim();
    expect(newsNumber).toMatch(/^\d+$/);

    // Space and a click on the slide move on; Page Up goes back.
    await page.keyboard.press(' ');
    await expect(slide(page)).toHaveAttribute('data-kind', 'risks');
    await expect(slide(page).locator('table')).toContainText('Vertex News');
    const newsRow = slide(page).locator('tbody tr', { hasText: 'Vertex News' });
    await expect(newsRow.locator('td').first()).toHaveText(newsNumber);
    // Two risks: set bigger than a full table's 18 px, in the middle of the slide rather than along its top.
    const table = slide(page).getByTestId('present.risks');
    expect(await table.evaluate((t) => Number.parseFloat(getComputedStyle(t).fontSize))).toBeGreaterThan(18);
    const [tableBox, slideBox] = [await table.boundingBox(), await slide(page).boundingBox()];
    expect(tableBox && slideBox && tableBox.y - slideBox.y).toBeGreaterThan(slideBox ? slideBox.height * 0.2 : Infinity);
    await slide(page).locator('h1').click();
    await expect(slide(page)).toHaveAttribute('data-index', '3');
    await page.keyboard.press('PageUp');
    await expect(slide(page)).toHaveAttribute('data-kind', 'risks');
    await page.keyboard.press('PageDown');

    // The changes: the target with what was added, changed and removed marked.
    await forwardTo(page, 'changes');
    await expect(map.locator('[data-testid="node"][data-kind="team"]')).toHaveAttribute('data-diff', 'added');
    await expect(map.locator('.react-flow__node[data-id="mkt"] [data-testid="node"]')).toHaveAttribute('data-diff', 'changed');
    await expect(map.locator('.react-flow__node[data-id="ghost:acc-news"] [data-testid="node"]')).toHaveAttribute('data-diff', 'removed');

    // The path unfolds on the map: each → puts the next step's nodes forward and dims the rest.
    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-kind', 'path');
    const pathIndex = await slide(page).getAttribute('data-index');
    const steps = slide(page).getByTestId('present.step');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await expect(map.locator('.react-flow__node.is-dimmed')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-index', pathIndex ?? '');
    await expect(slide(page)).toHaveAttribute('data-build', '1');
    await expect(steps.first()).toHaveAttribute('aria-current', 'step');
    await expect(announce).toContainText('Step 1:');
    await expect(map.locator('.react-flow__node.is-highlighted')).not.toHaveCount(0);
    await expect(map.locator('.react-flow__node.is-dimmed')).not.toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
    await page.screenshot({ path: 'test-results/present-path.png' });
    await page.keyboard.press('ArrowLeft');
    await expect(steps.first()).toHaveAttribute('aria-current', 'step');

    // N: the speaker notes, and N again hides them.
    await page.keyboard.press('n');
    const notes = page.getByTestId('present.notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('1. ');
    await page.keyboard.press('N');
    await expect(notes).toBeHidden();

    // The whole deck by keys alone, each slide announced: every kind of the two-scenario deck, in order.
    await page.keyboard.press('Home');
    await expect(slide(page)).toHaveAttribute('data-index', '0');
    const total = Number(/of (\d+)/.exec((await announce.textContent()) ?? '')?.[1]);
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      await expect(slide(page)).toHaveAttribute('data-index', String(i));
      await expect(announce).toContainText(`Slide ${i + 1} of ${total}`);
      const kind = (await slide(page).getAttribute('data-kind')) ?? '';
      seen.push(kind);
      // A path slide takes one → per step before the deck moves on.
      const builds = kind === 'path' ? await steps.count() : 0;
      for (let b = 0; b <= builds; b++) await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(['title', 'map', 'risks', 'map', 'risks', 'changes', 'path', 'summary']);

    // End: the summary, the last slide; → stays there.
    await page.keyboard.press('End');
    await expect(slide(page)).toHaveAttribute('data-kind', 'summary');
    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-kind', 'summary');
    await expect(slide(page)).toContainText('Risks resolved');

    // Esc: back in the editor exactly where the strategist was.
    await page.keyboard.press('Escape');
    await expect(present).toBeHidden();
    await expect(page.getByTestId('app')).not.toHaveAttribute('inert', '');
    await expect(editor.tab('target')).toHaveAttribute('aria-selected', 'true');
    await expect(editor.nodeById('sales')).toHaveClass(/selected/);
    await expect(editor.nodeById('sales')).toBeFocused();
    expect(await viewport.getAttribute('style')).toBe(view);
  });

  test('in Dutch and the dark theme, by keyboard only, notes included', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const editor = new EditorPage(page);
    await currentAndTarget(editor);
    await page.getByTestId('language.switch').selectOption('nl');
    await editor.pane.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F5');
    await expect(page.getByTestId('present')).toBeVisible();
    await expect(page.getByTestId('present.announce')).toHaveText(/^Dia 1 van \d+, titel: /);
    await expect(page.getByTestId('present.leave')).toHaveText('Stoppen (Esc)');
    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-kind', 'map');
    await expect(slide(page)).toContainText('Waarom');
    await expect(page.getByTestId('present.announce')).toHaveText(/^Dia 2 van \d+, kaart: /);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Dark for real: the slide's background is dark, its text light.
    const colours = await page.getByTestId('present').evaluate((el) => {
      const style = getComputedStyle(el);
      const luminance = (rgb: string) => {
        const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      return { background: luminance(style.backgroundColor), text: luminance(style.color) };
    });
    expect(colours.background).toBeLessThan(0.2);
    expect(colours.text).toBeGreaterThan(0.7);
    const map = page.getByTestId('present.map');
    await expect(map.locator('.react-flow__node').first()).toBeVisible();
    const before = await map.locator('.react-flow__viewport').getAttribute('style');
    await page.keyboard.press('n');
    await expect(page.getByTestId('present.notes')).toContainText('Sprekersnotities');
    await expect(page.getByTestId('present.notes')).toContainText('Advies');
    // The notes take room beside the map: the map frames itself again in what is left.
    await expect.poll(() => map.locator('.react-flow__viewport').getAttribute('style')).not.toBe(before);
    await page.screenshot({ path: 'test-results/present-nl-dark.png' });
    await forwardTo(page, 'changes');
    await expect(slide(page)).toContainText('Wat verandert');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present')).toBeHidden();
    await expect(page.getByTestId('canvas')).toBeVisible();
  });
});

test('an empty map: a plain word instead of empty slides, and Esc back', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await expect(editor.nodes).toHaveCount(0);
  await page.keyboard.press('F5');
  await expect(page.getByTestId('present.empty')).toHaveText('There is nothing to present yet: draw a map first.');
  await expect(page.getByTestId('present.slide')).toHaveCount(0);
  await expect(page.getByTestId('present.next')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present')).toBeHidden();
});

/**
 * The pictures in docs/present.md, at a laptop's 1440×900: a map slide, a path step unfolding on
 * the map, and Compare side by side. They land in the test's output folder; with
 * ORGMAP_DOCS_SHOTS=1 in docs/present/ (then commit them).
 */
test.describe('present: pictures for the docs', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a map slide, a path step and the side-by-side view', async ({ page }, testInfo) => {
    const shot = (name: string) => (process.env.ORGMAP_DOCS_SHOTS === '1' ? `docs/present/${name}` : testInfo.outputPath(name));
    const editor = new EditorPage(page);
    await currentAndTarget(editor);
    await editor.pane.click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('F5');
    await forwardTo(page, 'map');
    const map = page.getByTestId('present.map');
    await expect(map.locator('[data-testid="flow.risk-number"]').first()).toBeVisible();
    await page.waitForTimeout(500); // the 300 ms framing of the map
    await page.screenshot({ path: shot('present-map.png') });

    // The last step (Marketing renamed): the step's node forward, its accounts around it, the rest dimmed.
    await forwardTo(page, 'path');
    const steps = await slide(page).getByTestId('present.step').count();
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-build', String(steps));
    await expect(map.locator('.react-flow__node.is-highlighted')).not.toHaveCount(0);
    await page.waitForTimeout(500); // the 300 ms framing of the step
    await page.screenshot({ path: shot('present-path-step.png') });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present')).toBeHidden();

    await page.keyboard.press('Alt+Shift+C');
    // No keyboard focus ring in the picture.
    await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
    await expect(page.getByTestId('side-by-side.to').locator('[data-testid="node"][data-diff="added"]')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot('side-by-side.png') });
  });
});
