/**
 * Where a canvas frame's time goes, as CPU time rather than frames per second (which swings with
 * the machine's load): `npx tsx bench/trace-canvas.ts [open|work] [runs] [css] [impls] [nodes]`.
 *
 * Serves dist-bench/ as it is (build it first: `npx vite build --config bench/page/vite.config.ts`),
 * and for each impl (`orgmap,bare` by default) pans the pane and drags the node nearest the middle
 * in the opening view (`open`) or the working view (`work`, zoom 1 on hub-1): 60 mouse moves, each
 * followed by two animation frames, under a Chromium trace. Prints the thread CPU time of the
 * top-level tasks per thread (CrRendererMain: script, style, layout, paint recording, hit tests;
 * ThreadPoolForegroundWorker: rasterising) and of the main thread's Paint, Layerize, HitTest,
 * Layout and FunctionCall events. `css` is injected into the page after the first render, to see
 * what a paint property costs before changing any code. See docs/bench.md.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { Point } from './page/protocol';

const [view = 'work', runs = '1', css = '', impls = 'orgmap,bare', nodes = '5000'] = process.argv.slice(2);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_EVENTS = new Set(['Paint', 'Layerize', 'HitTest', 'Layout', 'UpdateLayoutTree', 'FunctionCall', 'EventDispatch', 'PrePaint', 'Commit']);

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** The functions with the most self time and the most total time (inclusive) in a CPU profile, ms. */
function profileSummary(profile: Profile): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const k = name(n);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
      seen.add(k);
    }
  });
  const top = (m: Map<string, number>): string =>
    [...m].filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, ms]) => `        ${Math.round(ms)} ${k}`).join('\n');
  return `      self:\n${top(self)}\n      total:\n${top(total)}`;
}

let profilesWritten = 0;

const twoFrames = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

async function traced(browser: Browser, page: Page, start: Point, amplitude: Point, button: 'left' | 'middle'): Promise<string> {
  const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'];
  // TRACE_START=1: the trace takes in the press and the first moves too (what a gesture's start costs).
  const fromPress = process.env.TRACE_START === '1';
  if (fromPress) await browser.startTracing(page, { categories });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down({ button });
  await page.mouse.move(start.x + 3, start.y + 2);
  await page.mouse.move(start.x + 5, start.y + 3);
  await twoFrames(page);
  if (!fromPress) await browser.startTracing(page, { categories });
  // PROFILE=1: a CPU profile of the same moves too (build the page with `--minify false` for names).
  const profiler = process.env.PROFILE === '1' ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
  }
  for (let i = 0; i < 60; i += 1) {
    const s = i / 30;
    await page.mouse.move(start.x + 5 + amplitude.x * Math.sin(2 * Math.PI * s * 0.8), start.y + 3 + amplitude.y * Math.sin(2 * Math.PI * s * 0.5));
    await twoFrames(page);
  }
  const profile = profiler ? ((await profiler.send('Profiler.stop')).profile as Profile) : null;
  // PROFILE_OUT=prefix: the raw profile too (prefix-1.cpuprofile, -2, … in the order taken), for a closer look.
  if (profile && process.env.PROFILE_OUT) writeFileSync(`${process.env.PROFILE_OUT}-${(profilesWritten += 1)}.cpuprofile`, JSON.stringify(profile));
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await page.mouse.up({ button });
  const threads = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}/${e.tid}`, e.args.name);
  const perThread = new Map<string, number>();
  const main = new Map<string, number>();
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || e.tdur === undefined) continue;
    const thread = (threads.get(`${e.pid}/${e.tid}`) ?? '?').replace(/\d+$/, '');
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask') perThread.set(thread, (perThread.get(thread) ?? 0) + e.tdur / 1000);
    if (thread === 'CrRendererMain' && MAIN_EVENTS.has(e.name)) main.set(e.name, (main.get(e.name) ?? 0) + e.tdur / 1000);
  }
  const list = (m: Map<string, number>, min: number): string =>
    [...m].filter(([, ms]) => ms >= min).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${Math.round(ms)}`).join(', ');
  return `${list(perThread, 20)}\n      main thread: ${list(main, 1)}${profile ? `\n${profileSummary(profile)}` : ''}`;
}

const server = await preview({ configFile: join(repo, 'bench/page/vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview has no local URL');
// As the canvas suite: Debian's Chromium with software rendering when present.
const CHROMIUM = '/usr/bin/chromium';
const browser = await chromium.launch({ headless: true, ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } : {}) });
try {
  let opening = '';
  for (let run = 0; run < Number(runs); run += 1) {
    for (const impl of impls.split(',')) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      // Bare React Flow opens where our editor's first run did, with the same Background.
      await page.goto(`${base}?impl=${impl}&n=${nodes}${impl === 'bare' ? `&bg=dots&gap=16&size=1${opening}` : ''}`);
      // A 5,000-node page on a loaded machine can take longer than the default 30 s to open.
      await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 180_000 });
      const ready = await page.evaluate(() => window.__bench?.ready);
      if (impl === 'orgmap' && ready?.viewport) opening = `&vx=${ready.viewport.x}&vy=${ready.viewport.y}&vz=${ready.viewport.zoom}`;
      if (css) await page.addStyleTag({ content: css });
      if (view === 'work') await page.evaluate(() => window.__bench?.setView(window.__bench.workViewport()));
      // Diagnosis only: a script run in the page once the view is set (TRACE_JS), as `css` is injected.
      if (process.env.TRACE_JS) {
        await twoFrames(page);
        await page.evaluate(process.env.TRACE_JS);
        await twoFrames(page);
      }
      const pane = await page.evaluate(() => window.__bench?.panePoint() ?? null);
      if (!pane) throw new Error('no spot to pan from');
      const pan = await traced(browser, page, pane, { x: 250, y: 120 }, pane.button);
      await page.waitForTimeout(300);
      const node = await page.evaluate(() => window.__bench?.nodePoint() ?? null);
      if (!node) throw new Error('no node to drag');
      const drag = await traced(browser, page, node, { x: 160, y: 90 }, 'left');
      process.stdout.write(`${impl}, ${view} view, CPU ms for 60 frames\n  pan:  ${pan}\n  drag: ${drag}\n`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
