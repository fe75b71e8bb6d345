/**
 * The built web app (dist-web, `npm run build:web` first) served by `vite preview`, and one page of
 * headless Chromium on it (1280 × 800, the welcome dialog already seen). Shared by
 * bench/profile-open.ts and bench/profile-start.ts; each adds its own init script for what it logs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview } from 'vite';

export interface WebBuildPage {
  readonly url: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

export async function openWebBuildPage(): Promise<WebBuildPage> {
  const configFile = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));
  const server = await preview({ configFile, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0] ?? '';
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ headless: true, ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] } : {}) });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('orgmap.settings', JSON.stringify({ welcomed: true })));
    const opened = browser;
    return {
      url,
      browser: opened,
      context,
      page,
      async close() {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
