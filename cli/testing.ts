/** Helpers for the CLI tests: an in-memory IO for `run()`, and the real command in a child process. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { MODELS, RISK_CODES, SEVERITIES } from '../shared/analysis/types';
import { PRACTICES, PRACTICE_VALUES } from '../shared/model/types';
import { readTextFile, type CliIO } from './io';
import { run } from './main';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const binPath = fileURLToPath(new URL('../bin/orgmap.mjs', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface Outcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `run()` in-process with string collectors and the real file system. */
export async function runInProcess(argv: readonly string[], overrides: Partial<CliIO> = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: readTextFile,
    env: {},
    ...overrides,
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

/** Runs a real process (`node bin/orgmap.mjs …`, `npx orgmap …`) in the repository. */
export function spawnCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, NO_COLOR: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
}

/** `node bin/orgmap.mjs …` */
export const orgmap = (...args: string[]) => spawnCommand(process.execPath, [binPath, ...args]);

/** The lines of a stream's text, without the final newline. */
export const lines = (text: string) => text.replace(/\n$/, '').split('\n');

/** Checks the JSON document against the shape the format doc promises, key for key. */
export function expectReportShape(report: unknown): void {
  expect(report).toEqual({ file: expect.any(String), scenarios: expect.any(Array) });
  const { scenarios } = report as { scenarios: unknown[] };
  for (const s of scenarios) {
    expect(Object.keys(s as object).sort()).toEqual(['confidence', 'id', 'model', 'name', 'practices', 'reasons', 'risks', 'scores', 'survey', 'tentative'].sort());
    expect(Object.keys((s as { practices: object }).practices)).toEqual([...PRACTICES]);
    for (const v of Object.values((s as { practices: object }).practices)) expect([...PRACTICE_VALUES, null]).toContain(v);
    const scenario = s as Record<string, unknown>;
    expect(typeof scenario['tentative']).toBe('boolean');
    if (scenario['model'] === 'undetermined') expect(scenario['survey']).toBeNull();
    else expect(scenario['survey']).toEqual({ share2010: expect.any(Number), share2012: expect.any(Number) });
    expect([...MODELS, 'undetermined']).toContain(scenario['model']);
    expect(scenario['confidence']).toBeGreaterThanOrEqual(0);
    expect(scenario['confidence']).toBeLessThanOrEqual(1);
    expect(Object.keys(scenario['scores'] as object).sort()).toEqual([...MODELS].sort());
    for (const value of [scenario['confidence'], ...Object.values(scenario['scores'] as object)]) {
      expect(typeof value).toBe('number');
      expect(Math.round((value as number) * 100) / 100).toBe(value); // at most 2 decimals
    }
    for (const reason of scenario['reasons'] as unknown[]) expect(typeof reason).toBe('string');
    for (const r of scenario['risks'] as Record<string, unknown>[]) {
      expect(Object.keys(r).sort()).toEqual(['advice', 'code', 'message', 'nodes', 'severity']);
      expect(RISK_CODES).toContain(r['code']);
      expect(SEVERITIES).toContain(r['severity']);
      expect(r['nodes']).toEqual(expect.any(Array));
      expect(r['message']).toEqual(expect.any(String));
      expect(r['advice']).toEqual(expect.any(String));
    }
  }
}

/** The escape character that starts terminal control sequences. */
export const ESC = '\u001b';
