/**
 * Where opening a file goes: a CPU profile (CDP Profiler) of our web build from the moment a
 * generated map is chosen in File ▸ Open's input until the canvas says `data-ready=interactive`,
 * (or, with `visible`, until it says `visible`), summed by function (self time) and by source
 * file. Proportions hold on a busy machine even when the wall times do not. Run `npm run build:web`
 * first.
 *
 *   npx tsx bench/profile-open.ts [nodes=5000] [top=30] [interactive|visible]
 */
import { existsSync, readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { generateMapText } from './generate';

const nodes = Number(process.argv[2] ?? 5000);
const top = Number(process.argv[3] ?? 30);
const until = process.argv[4] === 'visible' ? 'visible' : 'interactive';
const appConfig = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));
const assets = fileURLToPath(new URL('../dist-web/assets/', import.meta.url));
const maps = new Map<string, TraceMap | null>();

/** A minified frame as its source: function name and file:line from the build's source map. */
function original(frame: ProfileNode['callFrame']): { key: string; file: string } {
  const file = frame.url.split('/').pop() ?? '';
  if (!file.endsWith('.js')) return { key: `${frame.functionName || '(anonymous)'} ${file}`, file: file || frame.functionName };
  if (!maps.has(file)) maps.set(file, existsSync(`${assets}${file}.map`) ? new TraceMap(readFileSync(`${assets}${file}.map`, 'utf8')) : null);
  const map = maps.get(file);
  const pos = map ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }) : null;
  if (!pos?.source) return { key: `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`, file };
  const source = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  return { key: `${pos.name ?? frame.functionName} ${source}:${pos.line}`, file: source.replace(/\/dist\/.*$/, '') };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await preview({ configFile: appConfig, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ headless: true, ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] } : {}) });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem('orgmap.settings', JSON.stringify({ welcomed: true }));
    const log: string[] = [];
    (window as unknown as { __ready: string[] }).__ready = log;
    new MutationObserver((records) => {
      for (const r of records) if (r.target instanceof HTMLElement && r.target.dataset['ready']) log.push(r.target.dataset['ready']);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  await page.goto(url);
  const canvas = page.getByTestId('canvas');
  await canvas.and(page.locator('[data-ready=interactive]')).waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.getByTestId('file.open-input').setInputFiles({ name: 'big.orgmap', mimeType: 'application/json', buffer: Buffer.from(generateMapText({ nodes, seed: 1 })) });
  // The empty map logged loading, interactive; the opened one adds loading, (visible,) interactive.
  await page.waitForFunction(
    (state) => (window as unknown as { __ready: string[] }).__ready.slice(2).includes(state),
    until,
    { timeout: 240_000, polling: 100 },
  );
  const wall = Date.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
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
  process.stdout.write(`${nodes} nodes: chosen → ${until} ${wall} ms wall (Playwright's clock); ${(total / 1000).toFixed(0)} ms sampled, not idle\n\nby function (self):\n${show(self, top)}\n\nby file:\n${show(byFile, 25)}\n`);
} finally {
  await browser.close();
  await server.close();
}
