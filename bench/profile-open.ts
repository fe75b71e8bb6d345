/**
 * Where opening a file goes: a CPU profile (CDP Profiler) of our web build from the moment a
 * generated map is chosen in File ▸ Open's input until the canvas says `data-ready=interactive`,
 * (or, with `visible`, until it says `visible`), summed by function (self time) and by source
 * file. Proportions hold on a busy machine even when the wall times do not. Run `npm run build:web`
 * first.
 *
 *   npx tsx bench/profile-open.ts [nodes=5000] [top=30] [interactive|visible]
 */
import { fileURLToPath } from 'node:url';
import { generateMapText } from './generate';
import { openWebBuildPage } from './webBuildPage';
import { showTop, sourceMapper, tally, type Profile } from './cpuProfile';

const nodes = Number(process.argv[2] ?? 5000);
const top = Number(process.argv[3] ?? 30);
const until = process.argv[4] === 'visible' ? 'visible' : 'interactive';
const original = sourceMapper(fileURLToPath(new URL('../dist-web/assets/', import.meta.url)));

type ReadyLog = [string, number][];

/**
 * After `from` (an index into the page's log of `data-ready` values): the opened map's `loading`,
 * then `until` — or, for `visible`, `interactive` too (a map below the sketch's threshold skips
 * `visible`). Null while not there yet.
 */
function reached(log: ReadyLog, from: number, until: 'visible' | 'interactive'): number | null {
  const loading = log.findIndex(([v], i) => i >= from && v === 'loading');
  if (loading < 0) return null;
  const hit = log.find(([v], i) => i > loading && (v === until || (until === 'visible' && v === 'interactive')));
  return hit ? hit[1] : null;
}

const app = await openWebBuildPage();
const { url, context, page } = app;
try {
  await page.addInitScript(() => {
    // Each value data-ready takes, with the page's clock: the value when the observer runs, once per change.
    const log: [string, number][] = [];
    (window as unknown as { __ready: [string, number][] }).__ready = log;
    new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) {
        const value = r.target instanceof HTMLElement ? r.target.dataset['ready'] : undefined;
        if (value !== undefined && log.at(-1)?.[0] !== value) log.push([value, now]);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    (window as unknown as { __changedAt: number }).__changedAt = -1;
    window.addEventListener('change', () => ((window as unknown as { __changedAt: number }).__changedAt = performance.now()), true);
  });
  await page.goto(url);
  const canvas = page.getByTestId('canvas');
  await canvas.and(page.locator('[data-ready=interactive]')).waitFor({ timeout: 120_000 });
  const readyLog = () => page.evaluate(() => (window as unknown as { __ready: [string, number][] }).__ready);
  // The empty map's steps are already in the log: the opened map's come after them (not a fixed
  // `slice(2)`, which counted on the empty map logging exactly two steps).
  const from = (await readyLog()).length;
  const file = { name: 'big.orgmap', mimeType: 'application/json', buffer: Buffer.from(generateMapText({ nodes, seed: 1 })) };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const profiledFrom = await page.evaluate(() => performance.now());
  const started = Date.now();
  await page.getByTestId('file.open-input').setInputFiles(file);
  let at: number | null = null;
  const deadline = Date.now() + 240_000;
  while ((at = reached(await readyLog(), from, until)) === null) {
    if (Date.now() > deadline) throw new Error(`the canvas never said ${until} (log: ${JSON.stringify(await readyLog())})`);
    await page.waitForTimeout(50);
  }
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const changed = await page.evaluate(() => (window as unknown as { __changedAt: number }).__changedAt);
  const before = (await readyLog()).slice(0, from).map(([v]) => v).join(", ");
  const steps = (await readyLog()).slice(from).map(([v, t]) => `${v} ${(t - changed).toFixed(0)} ms`).join(', ');
  // The page cannot answer Playwright while it renders, so the wait above often ends long after
  // `at` (up to `interactive`): the profile is cut to the input's change → `at` on the page's clock
  // (±1 ms, the time between Profiler.start and the reading of that clock).
  const { self, byFile, total } = tally(profile, original, (changed - profiledFrom) * 1000, (at - profiledFrom) * 1000);
  const show = (m: ReadonlyMap<string, number>, n: number) => showTop(m, n, total);
  process.stdout.write(`${nodes} nodes: chosen → ${until} ${(at - changed).toFixed(0)} ms (page clock from the input's change; ${wall} ms wall on Playwright's clock, which waits for the page); the empty map logged ${before}; then ${steps}; ${(total / 1000).toFixed(0)} ms sampled up to then, not idle\n\nby function (self):\n${show(self, top)}\n\nby file:\n${show(byFile, 25)}\n`);
} finally {
  await app.close();
}
