/**
 * Case counts of the #15 property tests. A normal run (`npm test`) uses the counts written at each
 * property; `npm run fuzz` (scripts/fuzz.mjs) sets ORGMAP_FUZZ_CASES and every property runs that
 * many cases — a slow one (PDF, PNG, PowerPoint) a tenth of them — with no time limit.
 */
const FUZZ = Number(process.env.ORGMAP_FUZZ_CASES) || 0;

/** Cases for a property: `normal`, or the soak's count (a tenth for a slow property). */
export function fuzzRuns(normal: number, slow = false): number {
  return FUZZ > 0 ? Math.max(1, slow ? Math.round(FUZZ / 10) : FUZZ) : normal;
}

/** The test's time limit: `normal` ms, none in a soak. */
export function fuzzTimeout(normal: number): number {
  return FUZZ > 0 ? 0 : normal;
}
