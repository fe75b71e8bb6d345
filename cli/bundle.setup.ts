/**
 * Vitest global set-up: bundles the command line (scripts/build-cli.mjs, as the install does)
 * before any test runs, so the tests that spawn `node bin/orgmap.mjs` or `npx orgmap` run the
 * bundle of the sources under test, and the in-process tests the sources themselves.
 */
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
