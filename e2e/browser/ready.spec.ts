/**
 * `data-ready` on the canvas (renderer/src/canvas/ready.ts): what a harness times opening by
 * (bench/suites/open.ts). `loading` from the moment a map reaches the canvas, `interactive` once
 * it is framed and painted and its nodes take clicks.
 */
import { expect, test } from '@playwright/test';
import { EditorPage, seedWelcomed } from './pages/editor';

function mapText(count: number): string {
  const nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i + 1}`, kind: 'unit', label: `Unit ${i + 1}`, position: { x: 220 * (i % 20), y: 120 * Math.floor(i / 20) } }));
  return JSON.stringify({ format: 'orgmap', version: 1, title: 'Ready', scenarios: [{ id: 'current', name: 'Current', nodes, edges: [] }] });
}

test('the empty map says interactive; an opened map says loading, then interactive with its nodes shown and clickable', async ({ page }) => {
  await seedWelcomed(page);
  // Every value data-ready takes, with the nodes in the DOM and how many React Flow still hides
  // at that moment, logged from before any script of the app runs.
  await page.addInitScript(() => {
    const log: { ready: string; nodes: number; hidden: number }[] = [];
    (window as unknown as { __ready: typeof log }).__ready = log;
    new MutationObserver((records) => {
      for (const r of records) {
        const ready = r.target instanceof HTMLElement ? r.target.dataset['ready'] : undefined;
        if (ready === undefined) continue;
        const nodes = document.querySelectorAll('.react-flow__node').length;
        const hidden = document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
        log.push({ ready, nodes, hidden });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  const editor = new EditorPage(page);
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'interactive');

  await editor.fileInput.setInputFiles({ name: 'ready.orgmap', mimeType: 'application/json', buffer: Buffer.from(mapText(300)) });
  // The file is parsed in a worker, so right after the choice the attribute still says the empty
  // map's `interactive`: wait for the opened map's steps in the log, not for the attribute.
  const readLog = () => page.evaluate(() => (window as unknown as { __ready: { ready: string; nodes: number; hidden: number }[] }).__ready);
  // The empty map's readiness, then the opened map's: each loading, then interactive.
  await expect.poll(async () => (await readLog()).map((e) => e.ready)).toEqual(['loading', 'interactive', 'loading', 'interactive']);
  const log = await readLog();
  expect(log[1]).toEqual({ ready: 'interactive', nodes: 0, hidden: 0 });
  // When it says interactive, the map's nodes are in the DOM and none is hidden (React Flow hides
  // a node until it has measured it); and one takes a click.
  expect(log[3]).toEqual({ ready: 'interactive', nodes: 300, hidden: 0 });
  await page.locator('.react-flow__node').first().click({ force: true });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('a big map says visible once its sketch shows the whole map, before React Flow renders its nodes; then interactive', async ({ page }) => {
  await seedWelcomed(page);
  await page.addInitScript(() => {
    const log: { ready: string; nodes: number; hidden: number; sketch: boolean; inPane: boolean }[] = [];
    (window as unknown as { __ready: typeof log }).__ready = log;
    new MutationObserver((records) => {
      for (const r of records) {
        const ready = r.target instanceof HTMLElement ? r.target.dataset['ready'] : undefined;
        if (ready === undefined) continue;
        const sketch = document.querySelector('[data-testid="node-sketch"]');
        const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
        // The sketch's paths are in flow coordinates inside the viewport: their box on screen.
        const box = sketch?.querySelector('path')?.parentElement instanceof SVGSVGElement ? (sketch as SVGSVGElement).getBBox() : null;
        const m = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform.match(/translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/);
        let inPane = false;
        if (box && pane && m) {
          const [x, y, k] = [Number(m[1]), Number(m[2]), Number(m[3])];
          const left = x + box.x * k;
          const top = y + box.y * k;
          inPane = left >= -1 && top >= -1 && left + box.width * k <= pane.width + 1 && top + box.height * k <= pane.height + 1;
        }
        log.push({
          ready,
          nodes: document.querySelectorAll('.react-flow__node').length,
          hidden: document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length,
          sketch: sketch !== null,
          inPane,
        });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  const editor = new EditorPage(page);
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'interactive');

  await editor.fileInput.setInputFiles({ name: 'big.orgmap', mimeType: 'application/json', buffer: Buffer.from(mapText(2000)) });
  // The file is parsed in a worker, so right after the choice the attribute still says the empty
  // map's `interactive`: wait for the whole sequence in the log, not for the attribute.
  const readLog = () => page.evaluate(() => (window as unknown as { __ready: { ready: string; nodes: number; hidden: number; sketch: boolean; inPane: boolean }[] }).__ready);
  await expect.poll(async () => (await readLog()).map((e) => e.ready), { timeout: 60_000 }).toEqual(['loading', 'interactive', 'loading', 'visible', 'interactive']);
  await expect(canvas).toHaveAttribute('data-ready', 'interactive');
  const log = await readLog();
  // Visible: the sketch, holding the whole map inside the pane, and no React Flow node yet.
  expect(log[3]).toMatchObject({ ready: 'visible', nodes: 0, sketch: true, inPane: true });
  // Interactive: React Flow's nodes, measured and shown, in place of the sketch; one takes a click.
  expect(log[4]).toMatchObject({ ready: 'interactive', hidden: 0, sketch: false });
  expect(log[4]?.nodes).toBeGreaterThan(0);
  await page.locator('.react-flow__node').first().click({ force: true });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});
