/** Types for scripts/build-cli.mjs (imported by the CLI tests' global set-up). */
export declare function buildCli(outdir?: string): Promise<{ readonly outfile: string; readonly inputs: readonly string[] }>;
