import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/*.test.ts'],
    environment: 'node',
    // Bundles the command line first, so spawned `orgmap` runs test the bundle (cli/bundle.test.ts).
    globalSetup: ['cli/bundle.setup.ts'],
    testTimeout: 60_000,
  },
});
