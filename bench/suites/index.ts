import type { Suite } from '../types';
import { analysisSuite } from './analysis';

/**
 * Every benchmark suite, in the order `npm run bench` runs them. A new suite (canvas in a headless
 * browser, export, layout) is a module in this folder exporting a `Suite`, listed here.
 */
export const SUITES: readonly Suite[] = [analysisSuite];
