/**
 * Where the empty app's start goes (issue 17): the web build loaded in headless Chromium at
 * 1280 × 800, a CPU profile (CDP Profiler, started on the blank tab before a cold first load) from navigation until the canvas says `data-ready=interactive`, summed by
 * function (self time) and by source file, with the page's own milestones (navigation timing,
 * every script's response end, first paint, `interactive`). Run `npm run build:web` first.
 *
 *   npx tsx bench/profile-start.ts [top=30]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const top = Number(process.argv[2] ?? 30);
const appConfig = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));
const assets = fileURLToPath(new URL('../dist-web/assets/', import.meta.url));
const maps = new Map<string, TraceMap | null>();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A minified frame as its source: function name and file:line from the build's source map. */
function original(frame: ProfileNode['callFrame']): { key: string; file: string } {
  const file = frame.url.split('/').pop() ?? '';
  if (!file.endsWith('.js')) return { key: `${frame.functionName || '(anonymous)'} ${file}`, file: file || frame.functionName };
  if (!maps.has(file)) maps.set(file, existsSync(`${assets}${file}.map`) ? new TraceMap(readFileSync(`${assets}${file}.map`, 'utf8')) : null);
  const map = maps.get(file);
  const pos = map && frame.lineNumber >= 0 ? originalPositionFor(map, { line: frame.lineNumber + 1, column: Math.max(0, frame.columnNumber) }) : null;
  if (!pos?.source) return { key: `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`, file };
  const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  return { key: `${pos.name ?? frame.functionName} ${source}:${pos.line}`, file: source.replace(/\/dist\/.*$/, '') };
}

const server = await preview({ configFile: appConfig, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ headless: true, ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] } : {}) });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('orgmap.settings', JSON.stringify({ welcomed: true }));
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
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    const { key, file } = original(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    if (node.callFrame.functionName !== '(idle)') total += us;
  });
  const show = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  process.stdout.write(`page milestones (ms from navigation):\n${marks.map(([k, t]) => `${t.toFixed(0).padStart(7)}  ${k}`).join('\n')}\n\n${(total / 1000).toFixed(0)} ms sampled, not idle\n\nby function (self):\n${show(self, top)}\n\nby file:\n${show(byFile, 25)}\n`);
} finally {
  await browser.close();
  await server.close();
}
