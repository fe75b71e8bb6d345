/**
 * The one place `ipcMain.handle` is called. Every handler goes through `handle()`, which
 *  1. rejects messages whose sender is not our own window's top frame showing our own app origin
 *     (cf. Electron Fiddle `src/main/ipc.ts`, drawio `validateSender`), and
 *  2. validates the arguments before the feature code sees them.
 * Everything here takes its dependencies as parameters so it runs under Vitest without Electron.
 */
import type { IpcMainInvokeEvent } from 'electron';
import {
  INVOKE_CHANNELS,
  MAX_DOCUMENT_SIZE,
  type InvokeArgs,
  type InvokeMethod,
  type InvokeResult,
  type SaveRequest,
  type TitleRequest,
} from '../../shared/ipc';

/** The parts of an IPC sender the trust check looks at. */
export interface SenderInfo {
  /** `event.sender.id`: which webContents sent it. */
  readonly webContentsId: number;
  /** `event.senderFrame.url`, or null when the frame is gone. */
  readonly frameUrl: string | null;
  /** Whether the sending frame is the top frame (subframes never get to talk to main). */
  readonly isMainFrame: boolean;
}

/** Who may send: our windows' webContents ids, showing one of our origins. */
export interface TrustPolicy {
  readonly origins: readonly string[];
  readonly isOurWebContents: (webContentsId: number) => boolean;
}

/**
 * Same origin for our purposes: scheme, host and port equal. Computed by hand because WHATWG `URL`
 * gives custom schemes such as `app:` the opaque origin "null".
 */
export function sameOrigin(a: string, b: string): boolean {
  let ua: URL;
  let ub: URL;
  try {
    ua = new URL(a);
    ub = new URL(b);
  } catch {
    return false;
  }
  return ua.protocol === ub.protocol && ua.hostname === ub.hostname && ua.port === ub.port && ua.username === '' && ua.password === '';
}

/** The sender check. Pure: true only for the top frame of one of our windows, at one of our origins. */
export function isTrustedSender(sender: SenderInfo, policy: TrustPolicy): boolean {
  if (!policy.isOurWebContents(sender.webContentsId)) return false;
  if (!sender.isMainFrame || sender.frameUrl === null) return false;
  const url = sender.frameUrl;
  return policy.origins.some((origin) => sameOrigin(url, origin));
}

/** Reads the trust-relevant facts off a real IPC event. */
export function senderInfo(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): SenderInfo {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame ? frame.parent === null : false,
  };
}

/** Thrown by validators; the renderer sees only the message. */
export class IpcValidationError extends Error {
  override name = 'IpcValidationError';
}

/** Turns the raw, untrusted argument list into the typed arguments, or throws IpcValidationError. */
export type Validator<M extends InvokeMethod> = (args: readonly unknown[]) => InvokeArgs<M>;

export type Handler<M extends InvokeMethod> = (
  event: IpcMainInvokeEvent,
  ...args: InvokeArgs<M>
) => InvokeResult<M> | Promise<InvokeResult<M>>;

/** The slice of `ipcMain` the registry needs. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export interface IpcRegistry {
  /** Registers the handler of one bridge method behind the sender check and the validator. */
  handle<M extends InvokeMethod>(method: M, validate: Validator<M>, fn: Handler<M>): void;
  /** The methods registered so far (tests check that every contract method has a handler). */
  registered(): readonly InvokeMethod[];
}

export interface RegistryDeps {
  readonly ipcMain: IpcMainLike;
  readonly policy: () => TrustPolicy;
  readonly log?: (message: string) => void;
}

export function createIpcRegistry({ ipcMain, policy, log = () => {} }: RegistryDeps): IpcRegistry {
  const methods: InvokeMethod[] = [];
  return {
    handle<M extends InvokeMethod>(method: M, validate: Validator<M>, fn: Handler<M>): void {
      if (methods.includes(method)) throw new Error(`IPC handler for ${method} registered twice`);
      methods.push(method);
      const channel = INVOKE_CHANNELS[method];
      ipcMain.handle(channel, async (event, ...raw) => {
        const sender = senderInfo(event);
        if (!isTrustedSender(sender, policy())) {
          log(`ipc: refused ${channel} from webContents ${sender.webContentsId} at ${sender.frameUrl ?? '(no frame)'}`);
          throw new Error(`Refused: ${channel} from an untrusted sender`);
        }
        const args = validate(raw);
        return fn(event, ...args);
      });
    },
    registered: () => [...methods],
  };
}

// ── Validators ───────────────────────────────────────────────────────────────────────────────────

function fail(message: string): never {
  throw new IpcValidationError(message);
}

/** A plain object (what structured clone produces from an object literal), not an array or class. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${what}: unexpected field "${key}"`);
  }
}

const MAX_PATH = 4096;
const MAX_NAME = 255;

function checkPath(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH || value.includes('\0')) {
    fail(`${what}: not a usable file path`);
  }
  return value;
}

function checkName(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length > MAX_NAME || value.includes('\0')) fail(`${what}: not a usable file name`);
  return value;
}

/** For messages without arguments. */
export function noArgs(args: readonly unknown[]): [] {
  if (args.length !== 0) fail('expected no arguments');
  return [];
}

export const validateSaveRequest: Validator<'saveDocument'> = (args) => {
  if (args.length !== 1) fail('saveDocument: expected one argument');
  const value = args[0];
  if (!isPlainObject(value)) fail('saveDocument: expected an object');
  onlyKeys(value, ['path', 'text', 'suggestedName'], 'saveDocument');
  if (typeof value.text !== 'string') fail('saveDocument: text must be a string');
  if (value.text.length > MAX_DOCUMENT_SIZE) fail('saveDocument: document too large');
  const request: SaveRequest = {
    text: value.text,
    suggestedName: checkName(value.suggestedName, 'saveDocument.suggestedName'),
    ...(value.path === undefined ? {} : { path: checkPath(value.path, 'saveDocument.path') }),
  };
  return [request];
};

export const validateTitleRequest: Validator<'setTitle'> = (args) => {
  if (args.length !== 1) fail('setTitle: expected one argument');
  const value = args[0];
  if (!isPlainObject(value)) fail('setTitle: expected an object');
  onlyKeys(value, ['fileName', 'dirty', 'path'], 'setTitle');
  if (typeof value.dirty !== 'boolean') fail('setTitle: dirty must be a boolean');
  const fileName = value.fileName === null ? null : checkName(value.fileName, 'setTitle.fileName');
  const path = value.path === undefined || value.path === null ? null : checkPath(value.path, 'setTitle.path');
  const request: TitleRequest = { fileName, dirty: value.dirty, path };
  return [request];
};
