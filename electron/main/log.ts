/**
 * The main process's log: one text file in the user's log folder (`app.setAppLogsPath()`, then
 * `app.getPath('logs')`: ~/Library/Logs/Orgmap, %APPDATA%\Orgmap\logs, ~/.config/Orgmap/logs),
 * capped in size with one backup: when `main.log` would grow past the cap it becomes `main.old.log`
 * (replacing the previous backup) and a new `main.log` starts. No dependency; appends are
 * synchronous so the line describing a crash is on disk before the process goes.
 *
 * Logging never throws: a log folder that cannot be written leaves the app running, and the line
 * still goes to the console.
 */
import nodePath from 'node:path';
import type { IpcRegistry } from './ipc';
import { noArgs } from './ipc';

/** The file operations the log needs (`node:fs` fits; tests use a real temp folder). */
export interface LogFs {
  appendFileSync(path: string, data: string): void;
  statSync(path: string, options: { throwIfNoEntry: false }): { size: number } | undefined;
  renameSync(from: string, to: string): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogOptions {
  readonly dir: string;
  readonly fs: LogFs;
  /** Bytes `main.log` may reach before it is rotated. */
  readonly maxBytes?: number;
  readonly now?: () => Date;
  /** Also written here (the terminal in development); default none. */
  readonly echo?: (line: string) => void;
}

export const LOG_FILE = 'main.log';
export const LOG_BACKUP = 'main.old.log';
export const DEFAULT_MAX_LOG_BYTES = 1024 * 1024;
/** Longest message kept; a runaway message cannot fill the file in one go. */
const MAX_MESSAGE = 8000;

/** One log line: ISO time, level, message on one line (newlines escaped, control characters dropped). */
export function formatLogLine(time: Date, level: LogLevel, message: string): string {
  const text = message
    .slice(0, MAX_MESSAGE)
    .replace(/\r?\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  return `${time.toISOString()} ${level.toUpperCase().padEnd(5)} ${text}\n`;
}

/** What an uncaught error or rejection becomes in the log: its stack when it has one. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `non-error thrown: ${JSON.stringify(error)}`;
  } catch {
    return `non-error thrown: ${String(error)}`;
  }
}

export class RotatingLog {
  readonly dir: string;
  readonly file: string;
  readonly backup: string;
  readonly #options: LogOptions;
  readonly #max: number;
  #size: number | null = null;
  #broken = false;

  constructor(options: LogOptions) {
    this.#options = options;
    this.dir = options.dir;
    this.file = nodePath.join(options.dir, LOG_FILE);
    this.backup = nodePath.join(options.dir, LOG_BACKUP);
    this.#max = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
  }

  info(message: string): void {
    this.write('info', message);
  }

  warn(message: string): void {
    this.write('warn', message);
  }

  error(message: string): void {
    this.write('error', message);
  }

  write(level: LogLevel, message: string): void {
    const line = formatLogLine((this.#options.now ?? (() => new Date()))(), level, message);
    this.#options.echo?.(line.trimEnd());
    if (this.#broken) return;
    const bytes = Buffer.byteLength(line);
    const { fs } = this.#options;
    try {
      if (this.#size === null) {
        fs.mkdirSync(this.dir, { recursive: true });
        this.#size = fs.statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
      }
      if (this.#size > 0 && this.#size + bytes > this.#max) {
        fs.renameSync(this.file, this.backup); // replaces the previous backup
        this.#size = 0;
      }
      fs.appendFileSync(this.file, line);
      this.#size += bytes;
    } catch (error) {
      // Stop trying (every line would fail the same way); say so once on the console.
      this.#broken = true;
      console.warn(`[orgmap] log: cannot write ${this.file}: ${String(error)}`);
    }
  }
}

/** The parts of Electron's `app`, `shell` and `process` the logging setup touches. */
export interface LoggingDeps {
  readonly app: { setAppLogsPath(path?: string): void; getPath(name: 'logs'): string };
  readonly shell: { openPath(path: string): Promise<string> };
  readonly process: { on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown };
  readonly fs: LogFs;
  readonly echo?: (line: string) => void;
  /** After an uncaught exception is logged (index.ts shows an error box). */
  readonly onUncaught?: (error: unknown) => void;
}

/**
 * Creates the log folder and the log, and logs uncaught exceptions and unhandled rejections.
 * Call before `ready` so startup problems are logged too.
 */
export function setupLogging({ app, process, fs, echo, onUncaught }: LoggingDeps): RotatingLog {
  app.setAppLogsPath();
  const log = new RotatingLog({ dir: app.getPath('logs'), fs, ...(echo ? { echo } : {}) });
  process.on('uncaughtException', (error) => {
    log.error(`uncaught exception: ${describeError(error)}`);
    onUncaught?.(error);
  });
  process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${describeError(reason)}`));
  return log;
}

/** Shows the log folder in the file manager; a failure is logged, not thrown at the page. */
export async function openLogFolder(shell: LoggingDeps['shell'], log: RotatingLog): Promise<void> {
  try {
    // Created on the first line; make sure there is a folder to show even before that.
    log.info('log: folder opened from Help');
    const problem = await shell.openPath(log.dir);
    if (problem) log.warn(`log: could not open ${log.dir}: ${problem}`);
  } catch (error) {
    log.warn(`log: could not open ${log.dir}: ${String(error)}`);
  }
}

/** The `openLogFolder` message (Help ▸ Open Log Folder from the renderer's command registry). */
export function setupLogFolder(registry: IpcRegistry, shell: LoggingDeps['shell'], log: RotatingLog): void {
  registry.handle('openLogFolder', noArgs, () => openLogFolder(shell, log));
}
