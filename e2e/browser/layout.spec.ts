/**
 * The layout as it is drawn: after an import or a Tidy Up, the view is readable (labels ≥ 11 px
 * on screen) and no line drawn on the canvas passes through a box it does not end at.
 * With ORGMAP_LAYOUT_SHOTS=docs/layout it also writes the screenshots referenced from the README.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EditorPage } from './pages/editor';

test.use({ viewport: { width: 1440, height: 900 } });

const asset = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const SHOTS = process.env.ORGMAP_LAYOUT_SHOTS;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function zoom(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
}

/**
 * Every drawn relation, sampled every 4 px along its path (flow coordinates), checked against the
 * rendered node boxes: the boxes it ends at are those next to its first and last point; no other
 * box may contain a point of it. Returns the offending relations.
 */
async function linesThroughBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(el.style.transform);
      return { id: el.dataset.id ?? '', x: Number(m?.[1]), y: Number(m?.[2]), w: el.offsetWidth, h: el.offsetHeight };
    });
    const near = (b: (typeof boxes)[number], p: DOMPoint, d: number) => p.x >= b.x - d && p.x <= b.x + b.w + d && p.y >= b.y - d && p.y <= b.y + b.h + d;
    const bad: string[] = [];
    for (const g of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const path = g.querySelector<SVGPathElement>('.react-flow__edge-interaction') ?? g.querySelector<SVGPathElement>('path');
      if (!path) continue;
      const length = path.getTotalLength();
      const first = path.getPointAtLength(0);
      const last = path.getPointAtLength(length);
      const ends = new Set(boxes.filter((b) => near(b, first, 10) || near(b, last, 10)).map((b) => b.id));
      for (let at = 3; at < length - 3; at += 4) {
        const p = path.getPointAtLength(at);
        const hit = boxes.find((b) => !ends.has(b.id) && p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1);
        if (hit) {
          bad.push(`${g.dataset.id ?? '?'} crosses ${hit.id}`);
          break;
        }
      }
    }
    return bad;
  });
}

async function tidy(editor: EditorPage): Promise<void> {
  await editor.page.getByTestId('toolbar.tidy').click();
  await expect(editor.hint).toContainText(/Tidied up \d+ nodes/);
  await editor.waitForViewportStable();
}

test('an imported 200-row inventory opens at a readable zoom around the top hub, lines clear of boxes', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const dialog = await editor.openImport(asset('shared/import/fixtures/inventory-200.csv'));
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await editor.waitForViewportStable();
  // Labels are 14 px in flow units: at least 11 px on screen.
  expect(await zoom(page)).toBeGreaterThanOrEqual(11 / 14 - 0.001);
  // The top hub (the Social Media Team) is in view.
  const hub = await editor.node('Social Media Team').boundingBox();
  expect(hub).not.toBeNull();
  expect(hub?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect(await editor.edges.count()).toBeGreaterThan(10);
  expect(await linesThroughBoxes(page)).toEqual([]);
  await shot(page, 'inventory-200-import');
});

test('a 25-row import opens at a readable zoom (it opened at 36 %), its top in view', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  const dialog = await editor.openImport(asset('shared/import/fixtures/google-sheets.csv'));
  await dialog.getByTestId('import.run').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await editor.waitForViewportStable();
  expect(await zoom(page)).toBeGreaterThanOrEqual(11 / 14 - 0.001);
  const pane = await editor.pane.boundingBox();
  const tops = await editor.nodes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  // The topmost node (the top hub after the layout) is inside the pane.
  const top = Math.min(...tops);
  expect(top).toBeGreaterThanOrEqual(pane?.y ?? 0);
  expect(top).toBeLessThan((pane?.y ?? 0) + 200);
  expect(await linesThroughBoxes(page)).toEqual([]);
  await shot(page, 'import-25');
});

const MODELS = ['decentralized', 'centralized', 'hub-and-spoke', 'multiple-hub-and-spoke', 'holistic'] as const;

test('each template after Tidy Up: no overlaps, lines clear of boxes, readable', async ({ page }) => {
  test.setTimeout(120_000);
  const editor = new EditorPage(page);
  await editor.goto();
  for (const id of MODELS) {
    await editor.newFromTemplate(id);
    await editor.expectModel(id);
    await tidy(editor);
    await editor.expectModel(id);
    expect(await zoom(page), id).toBeGreaterThanOrEqual(11 / 14 - 0.001);
    expect(await linesThroughBoxes(page), id).toEqual([]);
    await shot(page, `template-${id}`);
  }
});

test('the Red Cross example after Tidy Up, and a selected line’s label above the boxes', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.getByTestId('file.open-input').setInputFiles(asset('assets/examples/red-cross.orgmap'));
  await editor.expectModel('hub-and-spoke');
  await tidy(editor);
  expect(await linesThroughBoxes(page)).toEqual([]);
  await shot(page, 'example-red-cross');
  // The label of a selected relation is painted over the nodes (it sits in a layer above them).
  const edge = editor.edges.first();
  await edge.focus();
  await page.keyboard.press('Enter');
  const label = page.locator('.edge-label');
  await expect(label).toBeVisible();
  const z = await page.locator('.react-flow__edgelabel-renderer').evaluate((el) => Number(getComputedStyle(el).zIndex));
  expect(z).toBeGreaterThan(1000);
});
