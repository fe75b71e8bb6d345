/**
 * Opening, the way a person meets the app (issue 17), in the web build (`npm run build:web`,
 * served by `vite preview`, the empty app by bench/static-server.ts) in headless Chromium at 1280 × 800:
 *
 * - **empty app**: from navigation start to the empty map's canvas saying `data-ready=interactive`
 *   (renderer/src/canvas/ready.ts), and how many bytes of script the page loaded by then, beside
 *   bare React Flow's empty map (bench/page/empty.tsx), both served as plain files
 *   ({@link measureEmptyApp});
 * - **open**: a generated .orgmap file (bench/generate.ts, 5,000 and 20,000 nodes) chosen in File ▸
 *   Open's file input (`data-testid="file.open-input"`, Playwright `setInputFiles`, as a person's
 *   choice in the file chooser), from the input's `change` event to the canvas saying `visible` and
 *   `interactive`, and to the first frame in which every node in the DOM is shown and stays so
 *   (the same `firstRender` as the canvas suite);
 * - side by side, in the same run and interleaved: **bare React Flow** opening the same file
 *   (bench/page/open.tsx: read, JSON.parse, `onlyRenderVisibleElements`, `fitView`), from `change`
 *   to its first frame showing the whole map.
 *
 * Every time is the page's own clock (`performance.now()`), so Playwright's round trips are not in it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { previewHeaders } from '../../renderer/csp-plugin';
import { generateMapText } from '../generate';
import { serveStatic } from '../static-server';
import { median, round } from '../stats';
import type { Measurement, Suite } from '../types';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const appConfig = join(repo, 'renderer/vite.config.ts');
const pageConfig = join(repo, 'bench/page/vite.config.ts');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREEN = { width: 1280, height: 800 };
const SETTINGS_KEY = 'orgmap.settings';
const TIMEOUT = 240_000;

/** Targets of issue 17 (ms, or ours/bare). */
export const OPEN_TARGETS = { emptyMs: 1_000, visible: { 5000: 1_000, 20000: 2_500 } as Record<number, number>, interactiveRatio: 1 } as const;

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

/**
 * Before any script of the page: the welcome counts as dismissed (a returning user), and every
 * value `data-ready` takes on the canvas is logged with the page's clock.
 */
function seed(settingsKey: string): void {
  localStorage.setItem(settingsKey, JSON.stringify({ welcomed: true }));
  const log: [string, number][] = [];
  (window as unknown as { __readyLog: [string, number][] }).__readyLog = log;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const value = r.target instanceof HTMLElement ? r.target.dataset['ready'] : undefined;
      if (value !== undefined) log.push([value, now]);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  (window as unknown as { __changedAt: number }).__changedAt = -1;
  window.addEventListener('change', () => ((window as unknown as { __changedAt: number }).__changedAt = performance.now()), true);
}

type Log = [string, number][];
const readyLog = (page: Page) => page.evaluate(() => (window as unknown as { __readyLog: Log }).__readyLog);

/** The first time at or after `from` (page clock) the canvas said `value` (or a later state). */
async function waitReady(page: Page, from: number, values: readonly string[]): Promise<number> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const hit = (await readyLog(page)).find(([v, t]) => t >= from && values.includes(v));
    if (hit) return hit[1];
    if (Date.now() > deadline) throw new Error(`canvas never said ${values.join(' or ')} (log: ${JSON.stringify(await readyLog(page))})`);
    await page.waitForTimeout(50);
  }
}

interface OursRun {
  readonly emptyMs: number;
  readonly scriptBytes: number;
  readonly visibleMs: number;
  readonly interactiveMs: number;
  readonly stableMs: number;
  readonly nodesInDom: number;
}

async function openOurs(browser: Browser, base: string, file: { name: string; buffer: Buffer }): Promise<OursRun> {
  const context = await browser.newContext({ viewport: SCREEN, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript(seed, SETTINGS_KEY);
    let scriptBytes = 0;
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') void response.body().then((b) => (scriptBytes += b.length), () => undefined);
    });
    await page.goto(base);
    const emptyMs = await waitReady(page, 0, ['interactive']);
    const bytesAtEmpty = scriptBytes;
    await page.getByTestId('file.open-input').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
    const changed = await page.evaluate(() => (window as unknown as { __changedAt: number }).__changedAt);
    if (changed < 0) throw new Error('the file input did not fire change');
    // `loading` first (the new map reached the canvas), then ready again.
    const loadingAt = await waitReady(page, changed, ['loading']);
    const visibleAt = await waitReady(page, loadingAt, ['visible', 'interactive']);
    const interactiveAt = await waitReady(page, loadingAt, ['interactive']);
    const stable = await stableRender(page, changed);
    return { emptyMs, scriptBytes: bytesAtEmpty, visibleMs: visibleAt - changed, interactiveMs: interactiveAt - changed, stableMs: stable.at - changed, nodesInDom: stable.nodes };
  } finally {
    await context.close();
  }
}

/**
 * In the page: the first frame after `after` in which React Flow's nodes are in the DOM, none
 * hidden (React Flow hides a node until it has measured it), and the count holds for 600 ms (as
 * bench/page/measure.ts `firstRender`; the frame it reports is the first of the quiet stretch).
 */
// A string, not a function: tsx (esbuild, keepNames) would wrap inner functions in a helper
// that does not exist in the page.
const STABLE_RENDER = `(after) => {
  const nodes = document.getElementsByClassName('react-flow__node');
  return new Promise((resolve, reject) => {
    let key = '';
    let since = 0;
    function tick(now) {
      const hidden = nodes.length > 0 ? document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length : -1;
      const k = nodes.length + '/' + (hidden === 0);
      if (k !== key) {
        key = k;
        since = now;
      }
      if (hidden === 0 && now - since >= 600) return resolve({ at: Math.max(since, after), nodes: nodes.length });
      if (now - after > 240000) return reject(new Error('no stable render (' + nodes.length + ' nodes in the DOM)'));
      requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  });
}`;

function stableRender(page: Page, after: number): Promise<{ at: number; nodes: number }> {
  return page.evaluate(`(${STABLE_RENDER})(${after})`) as Promise<{ at: number; nodes: number }>;
}

async function openBare(browser: Browser, base: string, file: { name: string; buffer: Buffer }): Promise<{ paintedMs: number; nodesInDom: number }> {
  const context = await browser.newContext({ viewport: SCREEN, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript(seed, SETTINGS_KEY);
    await page.goto(`${base}open.html`);
    await page.waitForFunction(() => '__open' in window);
    await page.getByTestId('bare.open-input').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
    const changed = await page.evaluate(() => (window as unknown as { __changedAt: number }).__changedAt);
    if (changed < 0) throw new Error('the file input did not fire change');
    const painted = await stableRender(page, changed);
    return { paintedMs: painted.at - changed, nodesInDom: painted.nodes };
  } finally {
    await context.close();
  }
}

/**
 * The empty app (issue 17), measured apart from the file opening: navigation → the canvas says
 * `data-ready=interactive`, in a new context each time (no HTTP cache, no compiled code kept), with
 * the built files served as they are (bench/static-server.ts: from disk, no compression, as the
 * desktop app loads them; `vite preview` gzips each script on every request, CPU the page waits for
 * on a loaded machine), interleaved with bare React Flow's empty map (bench/page/empty.tsx) served
 * the same way. Also the bytes of script the page had loaded by then.
 */
export async function measureEmptyApp(browser: Browser, runs: number, log: (line: string) => void): Promise<{ measurements: Measurement[]; details: Record<string, unknown> }> {
  const app = await serveStatic(join(repo, 'dist-web'), previewHeaders(readFileSync(join(repo, 'renderer/index.html'), 'utf8')));
  const page = await serveStatic(join(repo, 'dist-bench'));
  const once = async (url: string) => {
    const context = await browser.newContext({ viewport: SCREEN, deviceScaleFactor: 1 });
    try {
      const tab = await context.newPage();
      await tab.addInitScript(seed, SETTINGS_KEY);
      let scriptBytes = 0;
      tab.on('response', (response) => {
        if (response.request().resourceType() === 'script') void response.body().then((b) => (scriptBytes += b.length), () => undefined);
      });
      await tab.goto(url);
      const ms = await waitReady(tab, 0, ['interactive']);
      return { ms, scriptBytes };
    } finally {
      await context.close();
    }
  };
  const ours: { ms: number; scriptBytes: number }[] = [];
  const bare: { ms: number; scriptBytes: number }[] = [];
  const loads: number[] = [];
  try {
    await once(app.url); // the first request of each server warms the file cache
    await once(`${page.url}empty.html`);
    for (let i = 0; i < runs; i += 1) {
      loads.push(round(loadavg()[0] ?? 0));
      ours.push(await once(app.url));
      bare.push(await once(`${page.url}empty.html`));
      log(`open: empty app run ${i + 1}: ours ${round(ours[i]?.ms ?? 0, 0)} ms, bare React Flow ${round(bare[i]?.ms ?? 0, 0)} ms (load ${loads[i]})`);
    }
  } finally {
    await app.close();
    await page.close();
  }
  const oursMs = median(ours.map((o) => o.ms));
  const bareMs = median(bare.map((b) => b.ms));
  return {
    measurements: [
      { subject: 'empty app', metric: 'navigation → interactive', value: round(oursMs, 0), unit: 'ms', target: OPEN_TARGETS.emptyMs },
      { subject: 'empty app, bare React Flow', metric: 'navigation → interactive', value: round(bareMs, 0), unit: 'ms' },
      { subject: 'empty app', metric: 'ours / bare React Flow', value: round(oursMs / bareMs), unit: '×' },
      { subject: 'empty app', metric: 'script loaded by then', value: median(ours.map((o) => o.scriptBytes)), unit: 'bytes' },
      { subject: 'empty app, bare React Flow', metric: 'script loaded by then', value: median(bare.map((b) => b.scriptBytes)), unit: 'bytes' },
    ],
    details: { server: 'bench/static-server.ts (files as built, no compression)', loadAverage1m: loads, ours, bare },
  };
}

/**
 * The web build's script files, and what a start loads before any dynamic `import()`: the
 * index.html's module script and modulepreload links and, from each of those, the files it imports
 * statically (`import … from "./x.js"`, `import "./x.js"`; a dynamic `import("./x.js")` has a
 * parenthesis and is not followed), summed: the honest "first chunk", not the entry file alone.
 */
export function startScripts(dir: string): { entry: number; atStart: number; startFiles: string[]; files: Record<string, number> } {
  const assets = join(dir, 'assets');
  const files: Record<string, number> = {};
  for (const name of readdirSync(assets)) if (name.endsWith('.js')) files[name] = statSync(join(assets, name)).size;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const entryName = queue[0] ?? '';
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (seen.has(name) || !(name in files)) continue;
    seen.add(name);
    const code = readFileSync(join(assets, name), 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{][^;()"']*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(m[1] ?? '');
  }
  const startFiles = [...seen];
  return { entry: files[entryName] ?? Number.NaN, atStart: startFiles.reduce((sum, name) => sum + (files[name] ?? 0), 0), startFiles, files };
}

export const openSuite: Suite = {
  name: 'open',
  description: 'the web build opening: navigation → empty map interactive; a 5,000- and 20,000-node file chosen in File ▸ Open → visible and interactive, beside bare React Flow (fitView) opening the same file',
  async run({ quick, log }) {
    log('open: building the web app (renderer/vite.config.ts → dist-web) and bench/page');
    await build({ configFile: appConfig, logLevel: 'warn' });
    await build({ configFile: pageConfig, logLevel: 'warn' });
    // BENCH_OPEN_NODES=5000,20000 (with --quick: one run each) times only those sizes.
    const only = (process.env['BENCH_OPEN_NODES'] ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    const sizes = only.length > 0 ? only : quick ? [5_000] : [5_000, 20_000];
    const runs = quick ? 1 : 3;
    const resultsDir = join(repo, 'bench/results');
    mkdirSync(resultsDir, { recursive: true });
    const [appPort, pagePort] = [await freePort(), await freePort()];
    const servers: PreviewServer[] = [
      await preview({ configFile: appConfig, logLevel: 'warn', preview: { host: '127.0.0.1', port: appPort, strictPort: true } }),
      await preview({ configFile: pageConfig, logLevel: 'warn', preview: { host: '127.0.0.1', port: pagePort, strictPort: true } }),
    ];
    const browser = await chromium.launch({ headless: true, ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM, args: CHROMIUM_ARGS } : {}) });
    const measurements: Measurement[] = [];
    const details: Record<string, unknown> = { runs, screen: SCREEN, scripts: startScripts(join(repo, 'dist-web')), chromium: browser.version() };
    const empty: number[] = [];
    try {
      for (const n of sizes) {
        const file = { name: `open-${n}.orgmap`, buffer: Buffer.from(generateMapText({ nodes: n, seed: 1 })) };
        const ours: OursRun[] = [];
        const bare: { paintedMs: number; nodesInDom: number }[] = [];
        const loads: number[] = [];
        for (let i = 0; i < runs; i += 1) {
          loads.push(round(loadavg()[0] ?? 0));
          const o = await openOurs(browser, `http://127.0.0.1:${appPort}/`, file);
          ours.push(o);
          empty.push(o.emptyMs);
          log(`open: ${n} nodes, ours run ${i + 1}: empty app ${round(o.emptyMs, 0)} ms; visible ${round(o.visibleMs, 0)} ms, interactive ${round(o.interactiveMs, 0)} ms, stable ${round(o.stableMs, 0)} ms (${o.nodesInDom} nodes in the DOM; load ${loads[i]})`);
          const b = await openBare(browser, `http://127.0.0.1:${pagePort}/`, file);
          bare.push(b);
          log(`open: ${n} nodes, bare run ${i + 1}: painted ${round(b.paintedMs, 0)} ms (${b.nodesInDom} nodes in the DOM)`);
        }
        const label = `${n.toLocaleString('en')} nodes`;
        const visible = median(ours.map((o) => o.visibleMs));
        const interactive = median(ours.map((o) => o.interactiveMs));
        const painted = median(bare.map((b) => b.paintedMs));
        measurements.push(
          { subject: `open ${label}, ours`, metric: 'chosen → visible', value: round(visible, 0), unit: 'ms', target: OPEN_TARGETS.visible[n] },
          { subject: `open ${label}, ours`, metric: 'chosen → interactive', value: round(interactive, 0), unit: 'ms' },
          { subject: `open ${label}, bare React Flow`, metric: 'chosen → fitView painted', value: round(painted, 0), unit: 'ms' },
          { subject: `open ${label}`, metric: 'interactive ours / painted bare', value: round(interactive / painted), unit: '×', target: OPEN_TARGETS.interactiveRatio },
        );
        details[String(n)] = { loadAverage1m: loads, ours, bare };
      }
      const emptyApp = await measureEmptyApp(browser, quick ? 3 : 5, log);
      details['emptyApp'] = emptyApp.details;
      measurements.unshift(
        ...emptyApp.measurements,
        // The same start inside the file-opening runs above, through `vite preview`: for information.
        { subject: 'empty app, vite preview', metric: 'navigation → interactive', value: round(median(empty), 0), unit: 'ms' },
        { subject: 'web build', metric: 'script loaded at start (entry and its static imports)', value: (details['scripts'] as { atStart: number }).atStart, unit: 'bytes' },
        { subject: 'web build', metric: 'entry file (index-*.js)', value: (details['scripts'] as { entry: number }).entry, unit: 'bytes' },
      );
    } finally {
      await browser.close();
      for (const server of servers) await server.close();
    }
    return { measurements, details };
  },
};
