import type { Suite } from '../types';

/**
 * Every benchmark suite by name, in the order `npm run bench` runs them. A new suite (canvas in a
 * headless browser, export, layout) is a module in this folder exporting a `Suite`, listed here
 * with a loader: suites are imported only when selected, so `npm run bench -- analysis` does not
 * load a browser toolchain.
 */
export const SUITES: Readonly<Record<string, () => Promise<Suite>>> = {
  analysis: async () => (await import('./analysis')).analysisSuite,
  cli: async () => (await import('./cli')).cliSuite,
  layout: async () => (await import('./layout')).layoutSuite,
  canvas: async () => (await import('./canvas')).canvasSuite,
  export: async () => (await import('./export')).exportSuite,
  open: async () => (await import('./open')).openSuite,
  deck: async () => (await import('./deck')).deckSuite,
  import: async () => (await import('./import')).importSuite,
};
