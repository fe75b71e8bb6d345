/**
 * Where the empty app's start goes (issue 17): the web build loaded in headless Chromium at
 * 1280 × 800, a CPU profile (CDP Profiler, started on the blank tab before a cold first load) from navigation until the canvas says `data-ready=interactive`, summed by
 * function (self time) and by source file, with the page's own milestones (navigation timing,
 * every script's response end, first paint, `interactive`). Run `npm run build:web` first.
 *
 *   npx tsx bench/profile-start.ts [top=30]
 */
import { fileURLToPath } from 'node:url';
import { openWebBuildPage } from './webBuildPage';
import { showTop, sourceMapper, tally, type Profile } from './cpuProfile';

const top = Number(process.argv[2] ?? 30);
const original = sourceMapper(fileURLToPath(new URL('../dist-web/assets/', import.meta.url)));

const app = await openWebBuildPage();
const { url, browser, context, page } = app;
try {
  await page.addInitScript(() => {
    const log: [string, number][] = [];
    (window as unknown as { __ready: [string, number][] }).__ready = log;
    new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) if (r.target instanceof HTMLElement && r.target.dataset['ready']) log.push([r.target.dataset['ready'], now]);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    // When the app first puts something in #root, and every long task (≥ 50 ms) of the main thread.
    new MutationObserver((records, observer) => {
      if (records.some((r) => r.target instanceof HTMLElement && r.target.id === 'root' && r.addedNodes.length > 0)) {
        log.push(['#root filled', performance.now()]);
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) log.push([`long task ${e.duration.toFixed(0)} ms from`, e.startTime]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const interactive = async () => {
    await page.waitForFunction(() => (window as unknown as { __ready: [string, number][] }).__ready.some(([v]) => v === 'interactive'), undefined, { timeout: 120_000, polling: 50 });
  };
  // A first load in another context warms the server; the profiled load is cold, as each of the
  // bench's runs (a new context: no HTTP cache, no compiled code kept).
  const warm = await browser.newContext();
  await (await warm.newPage()).goto(url);
  await warm.close();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await interactive();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const marks = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const out: [string, number][] = [];
    if (nav) out.push(['responseEnd (html)', nav.responseEnd], ['domInteractive', nav.domInteractive], ['domContentLoadedEnd', nav.domContentLoadedEventEnd], ['loadEventEnd', nav.loadEventEnd]);
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) out.push([`${r.initiatorType} ${r.name.split('/').pop() ?? ''} (${r.transferSize} B) start ${r.startTime.toFixed(0)} end`, r.responseEnd]);
    for (const p of performance.getEntriesByType('paint')) out.push([p.name, p.startTime]);
    for (const [v, t] of (window as unknown as { __ready: [string, number][] }).__ready) out.push([v.includes(' ') ? v : `data-ready=${v}`, t]);
    return out.sort((a, b) => a[1] - b[1]);
  });
  const { self, byFile, total } = tally(profile, original);
  const show = (m: ReadonlyMap<string, number>, n: number) => showTop(m, n, total);
  process.stdout.write(`page milestones (ms from navigation):\n${marks.map(([k, t]) => `${t.toFixed(0).padStart(7)}  ${k}`).join('\n')}\n\n${(total / 1000).toFixed(0)} ms sampled, not idle\n\nby function (self):\n${show(self, top)}\n\nby file:\n${show(byFile, 25)}\n`);
} finally {
  await app.close();
}
