/** The contract between `bench/run.ts` and the suites in `bench/suites/`. */

/** One measured value; `target` makes it a check that can fail the run. */
export interface Measurement {
  /** What was measured on: `5,000 nodes`. */
  readonly subject: string;
  /** What was measured: `median`, `p95`, `heap / file`. */
  readonly metric: string;
  readonly value: number;
  /** `ms`, `bytes`, `×` … */
  readonly unit: string;
  /** Upper bound the value must stay below; absent for a figure reported for information. */
  readonly target?: number;
}

export interface SuiteResult {
  readonly measurements: readonly Measurement[];
  /** Anything else worth keeping in the JSON report (raw samples, sizes, settings). */
  readonly details?: unknown;
}

export interface SuiteOptions {
  /** Fewer sizes and runs, for a smoke run (`npm run bench -- --quick`). */
  readonly quick: boolean;
  /** Writes a progress line (to stderr, so stdout stays the table). */
  readonly log: (line: string) => void;
}

export interface Suite {
  readonly name: string;
  readonly description: string;
  run(options: SuiteOptions): Promise<SuiteResult>;
}

export function passed(m: Measurement): boolean | null {
  return m.target === undefined ? null : m.value < m.target;
}
