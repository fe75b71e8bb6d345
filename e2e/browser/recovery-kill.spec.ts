/**
 * Issue #15 item 7: after the browser is killed, the draft written a moment before is there.
 * Before, drafts lived in localStorage, which Chromium flushes lazily: a draft written 8 s before
 * a kill came back, one written 2.5 s before was lost. Now they are IndexedDB writes with strict
 * durability, written at least every second while editing.
 *
 * Chromium is started by hand (not by Playwright) so that it can be killed with SIGKILL, like a
 * crash, and started again on the same profile.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { EditorPage, seedWelcomed } from './pages/editor';

const CHROMIUM = '/usr/bin/chromium';

async function startChromium(profile: string): Promise<{ child: ChildProcess; browser: Browser }> {
  const child = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 20_000);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', () => reject(new Error(`Chromium exited: ${err}`)));
  });
  return { child, browser: await chromium.connectOverCDP(endpoint) };
}

/** The app at the server's address (a connected browser has no baseURL of its own), as a returning user. */
async function open(page: Page, baseURL: string | undefined): Promise<void> {
  await seedWelcomed(page);
  await page.goto(baseURL ?? 'http://127.0.0.1:5198/');
  await expect(page.getByTestId('app')).toBeVisible();
}

/** SIGKILL to Chromium's whole process group: no shutdown, no flush. */
function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  });
}

// Not a skip: .ci/run installs Debian's Chromium, and without it this test fails saying what is missing.
test.beforeAll(() => {
  expect(existsSync(CHROMIUM), `needs Debian's Chromium at ${CHROMIUM} to kill and restart it (apt-get install -y chromium, as .ci/run does)`).toBe(true);
});

test('a draft written 1.5 s before the browser is killed is offered after the restart', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'orgmap-kill-'));
  try {
    let { child, browser } = await startChromium(profile);
    let page = await (browser.contexts()[0] ?? (await browser.newContext())).newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await open(page, baseURL);
    await page.getByTestId('inspector.title').fill('Killed at 1.5 s');
    await page.getByTestId('palette.unit').click();
    await page.waitForTimeout(1500);
    await kill(child);

    ({ child, browser } = await startChromium(profile));
    page = await (browser.contexts()[0] ?? (await browser.newContext())).newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await open(page, baseURL);
    const dialog = new EditorPage(page).restoreDialog;
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    await expect(dialog.getByTestId('restore.title')).toHaveText('Killed at 1.5 s');
    await expect(dialog.getByTestId('restore.nodes')).toHaveText('1');
    await browser.close().catch(() => undefined);
    await kill(child).catch(() => undefined);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
