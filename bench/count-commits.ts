/**
 * The empty app's React commits before the canvas says `data-ready=interactive`, and which
 * components rendered in each (issue 17). Serves a build as plain files (bench/static-server.ts),
 * loads it in headless Chromium with a stand-in React DevTools hook, and prints one line per
 * commit: page time (ms), the canvas's `data-ready` then, and the components that rendered.
 * Component names need an unminified build:
 *
 *   npx vite build --config renderer/vite.config.ts --outDir /tmp/web-nomin --minify false
 *   npx tsx bench/count-commits.ts /tmp/web-nomin [runs]
 *
 * A component counts as rendered in a commit when its fiber's props or hook state differ from what
 * the previous commit left (React re-creates the hook list on every render of a function
 * component); fibers React skipped keep both, so they do not count.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { previewHeaders } from '../renderer/csp-plugin';
import { serveStatic } from './static-server';

interface Commit {
  t: number;
  ready: string | null;
  names: string[];
}

// Runs in the page before any script (kept as text: no build helpers leak into it).
const HOOK = `
localStorage.setItem('orgmap.settings', JSON.stringify({ welcomed: true }));
window.__commits = [];
const seen = new WeakMap();
const nameOf = (f) => {
  const t = f.type;
  if (!t || typeof t === 'string') return null;
  return t.displayName || t.name || (t.render && (t.render.displayName || t.render.name)) || (t.type && (t.type.displayName || t.type.name)) || null;
};
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  isDisabled: false, supportsFiber: true, renderers: new Map(),
  checkDCE() {}, inject() { return 1; }, onScheduleFiberRoot() {}, onPostCommitFiberRoot() {}, onCommitFiberRootUnmount() {},
  onCommitFiberRoot(_id, root) {
    const names = [];
    const walk = (first) => {
      for (let f = first; f; f = f.sibling) {
        const was = seen.get(f) || (f.alternate && seen.get(f.alternate));
        const rendered = !was || was.p !== f.memoizedProps || was.s !== f.memoizedState;
        const now = { p: f.memoizedProps, s: f.memoizedState };
        seen.set(f, now);
        if (f.alternate) seen.set(f.alternate, now);
        const name = nameOf(f);
        if (rendered && name) names.push(name);
        if (f.child) walk(f.child);
      }
    };
    walk(root.current.child);
    const canvas = document.querySelector('[data-testid=canvas]');
    window.__commits.push({ t: Math.round(performance.now()), ready: canvas ? canvas.getAttribute('data-ready') : null, names });
  },
};
`;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx bench/count-commits.ts <built web dir> [runs]');
  process.exit(2);
}
const runs = Number(process.argv[3] ?? 1);
const server = await serveStatic(dir, previewHeaders(readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8')));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript({ content: HOOK });
      await page.goto(server.url);
      await page.waitForSelector('[data-testid=canvas][data-ready=interactive]', { timeout: 120_000 });
      const commits = await page.evaluate(() => (window as unknown as { __commits: Commit[] }).__commits);
      const before = commits.filter((c) => c.ready !== 'interactive');
      console.log(`run ${run + 1}: ${before.length} commits before interactive (${commits.length} in all)`);
      for (const c of commits) console.log(`  ${c.t} ms  ${c.ready ?? '-'}  ${c.names.length}: ${[...new Set(c.names)].join(' ')}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
