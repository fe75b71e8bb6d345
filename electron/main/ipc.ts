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
  LANGUAGES,
  MAX_DOCUMENT_SIZE,
  RECOVERY_ID_PATTERN,
  SETTING_KEYS,
  THEMES,
  type InvokeArgs,
  type InvokeMethod,
  type InvokeResult,
  type Language,
  type MenuItemState,
  type RecoveryDraftWrite,
  type SaveRequest,
  type Settings,
  type Theme,
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

/** Refuses a message's arguments (the renderer sees the message). */
export function fail(message: string): never {
  throw new IpcValidationError(message);
}

/** A plain object (what structured clone produces from an object literal), not an array or class. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], what: string): void {
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
  onlyKeys(value, ['path', 'text', 'suggestedName', 'recoveryId'], 'saveDocument');
  if (typeof value.text !== 'string') fail('saveDocument: text must be a string');
  if (value.text.length > MAX_DOCUMENT_SIZE) fail('saveDocument: document too large');
  const request: SaveRequest = {
    text: value.text,
    suggestedName: checkName(value.suggestedName, 'saveDocument.suggestedName'),
    ...(value.path === undefined ? {} : { path: checkPath(value.path, 'saveDocument.path') }),
    ...(value.recoveryId === undefined ? {} : { recoveryId: checkRecoveryId(value.recoveryId, 'saveDocument.recoveryId') }),
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

function one(args: readonly unknown[], what: string): unknown {
  if (args.length !== 1) fail(`${what}: expected one argument`);
  return args[0];
}

/** A recovery draft id: it becomes a file name in main, so only `A–Z a–z 0–9 _ -`, 1–64 long. */
function checkRecoveryId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !RECOVERY_ID_PATTERN.test(value)) fail(`${what}: not a valid draft id`);
  return value;
}

/** One file path (an entry of the recent list, a dropped file). */
function pathArg(method: 'openRecentDocument' | 'openDroppedPath'): Validator<typeof method> {
  return (args) => [checkPath(one(args, method), `${method}.path`)];
}
export const validateOpenRecent: Validator<'openRecentDocument'> = pathArg('openRecentDocument');
export const validateDroppedPath: Validator<'openDroppedPath'> = pathArg('openDroppedPath');

export const validateLanguage: Validator<'setLanguage'> = (args) => {
  const value = one(args, 'setLanguage');
  if (typeof value !== 'string' || !(LANGUAGES as readonly string[]).includes(value)) fail('setLanguage: unknown language');
  return [value as Language];
};

/** Command ids as the registry writes them: `file.saveAs`. */
const COMMAND_ID = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){1,3}$/;
/** Electron accelerators: modifiers joined by `+`, then one key. */
const ACCELERATOR = /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+){0,4}([A-Za-z0-9]|F([1-9]|1[0-9]|2[0-4])|Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Esc|[!-*,-/:-@[-`{-~])$/;
const MAX_MENU_ITEMS = 200;
const MAX_LABEL = 100;

export const validateMenuItems: Validator<'setMenu'> = (args) => {
  const value = one(args, 'setMenu');
  if (!Array.isArray(value)) fail('setMenu: expected a list');
  if (value.length > MAX_MENU_ITEMS) fail('setMenu: too many items');
  const items = value.map((raw: unknown, index): MenuItemState => {
    const what = `setMenu[${index}]`;
    if (!isPlainObject(raw)) fail(`${what}: expected an object`);
    onlyKeys(raw, ['id', 'label', 'accelerator', 'enabled', 'checked'], what);
    if (typeof raw.id !== 'string' || raw.id.length > 64 || !COMMAND_ID.test(raw.id)) fail(`${what}.id: not a command id`);
    // eslint-disable-next-line no-control-regex
    if (typeof raw.label !== 'string' || raw.label.trim() === '' || raw.label.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(raw.label)) {
      fail(`${what}.label: not a usable label`);
    }
    if (typeof raw.enabled !== 'boolean') fail(`${what}.enabled: must be a boolean`);
    if (raw.accelerator !== undefined && (typeof raw.accelerator !== 'string' || raw.accelerator.length > 60 || !ACCELERATOR.test(raw.accelerator))) {
      fail(`${what}.accelerator: not an accelerator`);
    }
    if (raw.checked !== undefined && typeof raw.checked !== 'boolean') fail(`${what}.checked: must be a boolean`);
    return {
      id: raw.id,
      label: raw.label,
      enabled: raw.enabled,
      ...(raw.accelerator === undefined ? {} : { accelerator: raw.accelerator }),
      ...(raw.checked === undefined ? {} : { checked: raw.checked }),
    };
  });
  return [items];
};

export const validateRecoveryWrite: Validator<'writeRecoveryDraft'> = (args) => {
  const value = one(args, 'writeRecoveryDraft');
  if (!isPlainObject(value)) fail('writeRecoveryDraft: expected an object');
  onlyKeys(value, ['id', 'text', 'fileName'], 'writeRecoveryDraft');
  const id = checkRecoveryId(value.id, 'writeRecoveryDraft.id');
  if (typeof value.text !== 'string') fail('writeRecoveryDraft: text must be a string');
  if (value.text.length > MAX_DOCUMENT_SIZE) fail('writeRecoveryDraft: document too large');
  const draft: RecoveryDraftWrite = {
    id,
    text: value.text,
    ...(value.fileName === undefined ? {} : { fileName: checkName(value.fileName, 'writeRecoveryDraft.fileName') }),
  };
  return [draft];
};

function idArg(method: 'clearRecoveryDraft' | 'readRecoveryDraft'): Validator<typeof method> {
  return (args) => [checkRecoveryId(one(args, method), `${method}.id`)];
}
export const validateRecoveryId: Validator<'clearRecoveryDraft'> = idArg('clearRecoveryDraft');
export const validateRecoveryRead: Validator<'readRecoveryDraft'> = idArg('readRecoveryDraft');

/**
 * A settings patch: a plain object with only setting names, each with an allowed value
 * (language `en`/`nl`, theme `system`/`light`/`dark`, grid, snap and welcomed booleans). Anything else
 * refuses the whole patch.
 */
export const validateSettingsPatch: Validator<'setSettings'> = (args) => {
  const value = one(args, 'setSettings');
  if (!isPlainObject(value)) fail('setSettings: expected an object');
  onlyKeys(value, SETTING_KEYS, 'setSettings');
  const patch: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (value.language !== undefined) {
    if (typeof value.language !== 'string' || !(LANGUAGES as readonly string[]).includes(value.language)) fail('setSettings.language: unknown language');
    patch.language = value.language as Language;
  }
  if (value.theme !== undefined) {
    if (typeof value.theme !== 'string' || !(THEMES as readonly string[]).includes(value.theme)) fail('setSettings.theme: unknown theme');
    patch.theme = value.theme as Theme;
  }
  for (const key of ['grid', 'snap', 'welcomed'] as const) {
    if (value[key] !== undefined) {
      if (typeof value[key] !== 'boolean') fail(`setSettings.${key}: must be a boolean`);
      patch[key] = value[key];
    }
  }
  return [patch];
};
