import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as nodeFs from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { LOG_BACKUP, LOG_FILE, RotatingLog, describeError, formatLogLine, openLogFolder, setupLogging, type LogFs } from './log';

const fs: LogFs = nodeFs;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(nodePath.join(tmpdir(), 'orgmap-log-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = new Date('2026-11-27T10:00:00.000Z');
const read = (name: string) => readFileSync(nodePath.join(dir, name), 'utf8');

describe('the log file', () => {
  it('formats one line per message: time, level, text without newlines or control characters', () => {
    expect(formatLogLine(at, 'warn', 'two\nlines\u0007')).toBe('2026-11-27T10:00:00.000Z WARN  two\\nlines\n');
    expect(formatLogLine(at, 'error', 'x'.repeat(20_000)).length).toBeLessThan(8100);
  });

  it('creates its folder and appends', () => {
    const logs = nodePath.join(dir, 'nested', 'logs');
    const log = new RotatingLog({ dir: logs, fs, now: () => at });
    log.info('starting');
    log.warn('careful');
    log.error('broken');
    expect(readFileSync(nodePath.join(logs, LOG_FILE), 'utf8').split('\n')).toEqual([
      '2026-11-27T10:00:00.000Z INFO  starting',
      '2026-11-27T10:00:00.000Z WARN  careful',
      '2026-11-27T10:00:00.000Z ERROR broken',
      '',
    ]);
  });

  it('rotates at the size cap, keeping exactly one backup', () => {
    const log = new RotatingLog({ dir, fs, maxBytes: 200, now: () => at });
    for (let i = 0; i < 20; i += 1) log.info(`message ${String(i).padStart(2, '0')} ${'.'.repeat(20)}`);
    expect(readdirSync(dir).sort()).toEqual([LOG_FILE, LOG_BACKUP].sort());
    expect(Buffer.byteLength(read(LOG_FILE))).toBeLessThanOrEqual(200);
    expect(Buffer.byteLength(read(LOG_BACKUP))).toBeLessThanOrEqual(200);
    expect(read(LOG_FILE)).toContain('message 19');
    expect(read(LOG_BACKUP)).not.toContain('message 19');
    // Lines are never split between the files.
    for (const name of [LOG_FILE, LOG_BACKUP]) for (const line of read(name).trimEnd().split('\n')) expect(line).toMatch(/^2026-.* INFO {2}message \d\d \.{20}$/);
  });

  it('counts an existing file towards the cap after a restart', () => {
    writeFileSync(nodePath.join(dir, LOG_FILE), 'x'.repeat(190) + '\n');
    new RotatingLog({ dir, fs, maxBytes: 200, now: () => at }).info('after restart');
    expect(read(LOG_BACKUP)).toHaveLength(191);
    expect(read(LOG_FILE)).toContain('after restart');
  });

  it('never throws when the folder cannot be written; keeps echoing', () => {
    const blocker = nodePath.join(dir, 'file');
    writeFileSync(blocker, '');
    const echo = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = new RotatingLog({ dir: nodePath.join(blocker, 'logs'), fs, echo });
    expect(() => {
      log.info('one');
      log.info('two');
    }).not.toThrow();
    expect(echo).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('setupLogging', () => {
  it('uses the app log folder and logs uncaught exceptions and rejections', () => {
    const listeners = new Map<string, (error: unknown) => void>();
    const app = { setAppLogsPath: vi.fn(), getPath: vi.fn(() => dir) };
    const onUncaught = vi.fn();
    const log = setupLogging({
      app,
      shell: { openPath: async () => '' },
      process: { on: (event, listener) => listeners.set(event, listener) },
      fs,
      onUncaught,
    });
    expect(app.setAppLogsPath).toHaveBeenCalledWith();
    expect(app.getPath).toHaveBeenCalledWith('logs');
    expect(log.dir).toBe(dir);
    listeners.get('uncaughtException')?.(new TypeError('boom'));
    listeners.get('unhandledRejection')?.('just a string');
    const text = read(LOG_FILE);
    expect(text).toMatch(/ERROR uncaught exception: TypeError: boom\\n\s+at /);
    expect(text).toContain('ERROR unhandled rejection: non-error thrown: "just a string"');
    expect(onUncaught).toHaveBeenCalledTimes(1);
  });

  it('describes errors by their stack, other values as JSON', () => {
    expect(describeError(new Error('x'))).toMatch(/^Error: x\n/);
    expect(describeError({ a: 1 })).toBe('non-error thrown: {"a":1}');
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(describeError(cyclic)).toBe('non-error thrown: [object Object]');
  });

  it('openLogFolder shows the folder; a failure is logged, not thrown', async () => {
    const log = new RotatingLog({ dir, fs });
    const openPath = vi.fn(async () => '');
    await openLogFolder({ openPath }, log);
    expect(openPath).toHaveBeenCalledWith(dir);
    await openLogFolder({ openPath: async () => 'No application is registered' }, log);
    await openLogFolder({ openPath: () => Promise.reject(new Error('gone')) }, log);
    expect(read(LOG_FILE)).toContain('could not open');
    expect(read(LOG_FILE)).toContain('No application is registered');
    expect(read(LOG_FILE)).toContain('gone');
  });
});
