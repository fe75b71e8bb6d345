import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser end-to-end tests run against the production web build (`npm run build:web`), served by
 * `vite preview`. Debian's Chromium is used where it exists (this machine, CI); elsewhere
 * Playwright's own browser.
 */
const debianChromium = '/usr/bin/chromium';
/** `npm test` passes a free port, so a dev server or a second run on this machine cannot clash. */
const PORT = Number(process.env.ORGMAP_E2E_PORT) || 5198;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_REPORT }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'browser', testDir: 'e2e/browser' },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
