#!/usr/bin/env node
// `npm run fuzz`: the #15 property tests as a longer soak. Every property of the files below runs
// ORGMAP_FUZZ_CASES cases (default 20,000; the slow ones — PDF, PNG, PowerPoint — a tenth of
// that), with no time limit. `npm test` runs the same properties with a few thousand cases in all.
//   npm run fuzz                          20,000 cases a property
//   ORGMAP_FUZZ_CASES=100000 npm run fuzz a longer soak
// A failure prints fast-check's counterexample and the seed to replay it with.
import { spawnSync } from 'node:child_process';

const FILES = [
  'cli/export/outputs.property.test.ts', // SVG, every PPTX part, PDF, PNG, save → open
  'shared/import/csvGuard.test.ts', // rejects CSV reads back, no unguarded formula
  'shared/io/textFile.test.ts', // the one reader of text never replaces
];

const cases = process.env.ORGMAP_FUZZ_CASES || '20000';
if (!/^[1-9][0-9]*$/.test(cases)) {
  console.error(`ORGMAP_FUZZ_CASES must be a positive whole number, not "${cases}"`);
  process.exit(2);
}
console.log(`fuzz: ${cases} cases a property (slow formats ${Math.max(1, Math.round(Number(cases) / 10))})`);
const result = spawnSync('npx', ['vitest', 'run', '--no-file-parallelism', ...FILES], {
  stdio: 'inherit',
  env: { ...process.env, ORGMAP_FUZZ_CASES: cases },
});
process.exit(result.status ?? 1);
