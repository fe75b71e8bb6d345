/**
 * Closing or quitting with unsaved changes asks Save / Don't Save / Cancel.
 *
 * The renderer reports its unsaved-changes state with every `setTitle`. When the window is about to
 * close while dirty, main prevents the close and asks (`dialog.showMessageBox`, in the renderer's
 * language). The handshake for Save:
 *
 *   main ──onSaveRequest({reason, timeoutMs})──▶ renderer
 *   renderer ──saveDocument(…) as for File ▸ Save──▶ main   (Save As dialog for an untitled map)
 *   main: saved → close the window (and go on quitting); cancelled or failed → stay open;
 *         no save within timeoutMs → stay open (never lose work because a renderer hung)
 *
 * The decisions are a pure function, `closeStep(state, event)`, returning the next state and the
 * effects to carry out; `CloseGuard` applies it to one window. Quitting (Cmd+Q, File ▸ Quit, OS
 * shutdown) goes through each window's close; a Cancel anywhere cancels the quit, a completed
 * close continues it.
 */
import type { MessageBoxOptions } from 'electron';
import { EVENT_CHANNELS, type Language, type SaveRequestEvent } from '../../shared/ipc';
import { shellText } from '../../shared/i18n/shell';

export type ClosePhase = 'idle' | 'asking' | 'awaiting-save' | 'closing';

export interface CloseState {
  readonly phase: ClosePhase;
  /** The app is quitting (not just this window closing). */
  readonly quitting: boolean;
}

export type CloseChoice = 'save' | 'discard' | 'cancel';

export type CloseEvent =
  | { readonly type: 'close-requested'; readonly dirty: boolean }
  | { readonly type: 'quit-requested' }
  | { readonly type: 'answer'; readonly choice: CloseChoice }
  | { readonly type: 'save-result'; readonly saved: boolean }
  | { readonly type: 'save-timeout' };

export type CloseEffect =
  /** Let this `close` event go ahead. */
  | 'allow'
  /** `event.preventDefault()` on this `close` event. */
  | 'prevent'
  /** Show Save / Don't Save / Cancel. */
  | 'ask'
  /** Send onSaveRequest to the renderer and start the timeout. */
  | 'request-save'
  /** Close the window again (the next close event is allowed). */
  | 'close'
  /** The user kept the window: the quit, if any, is off. */
  | 'cancel-quit';

export const INITIAL_CLOSE_STATE: CloseState = { phase: 'idle', quitting: false };

/** The close confirmation as a pure function. */
export function closeStep(state: CloseState, event: CloseEvent): { state: CloseState; effects: CloseEffect[] } {
  switch (event.type) {
    case 'quit-requested':
      return { state: { ...state, quitting: true }, effects: [] };
    case 'close-requested':
      if (state.phase === 'closing') return { state, effects: ['allow'] };
      // Already asking or waiting for the save: a second click on the close button changes nothing.
      if (state.phase !== 'idle') return { state, effects: ['prevent'] };
      if (!event.dirty) return { state: { ...state, phase: 'closing' }, effects: ['allow'] };
      return { state: { ...state, phase: 'asking' }, effects: ['prevent', 'ask'] };
    case 'answer':
      if (state.phase !== 'asking') return { state, effects: [] };
      switch (event.choice) {
        case 'save':
          return { state: { ...state, phase: 'awaiting-save' }, effects: ['request-save'] };
        case 'discard':
          return { state: { ...state, phase: 'closing' }, effects: ['close'] };
        case 'cancel':
          return { state: { phase: 'idle', quitting: false }, effects: state.quitting ? ['cancel-quit'] : [] };
      }
      return { state, effects: [] };
    case 'save-result':
      // Saves that are not part of a close (File ▸ Save) pass by without effect.
      if (state.phase !== 'awaiting-save') return { state, effects: [] };
      if (event.saved) return { state: { ...state, phase: 'closing' }, effects: ['close'] };
      return { state: { phase: 'idle', quitting: false }, effects: state.quitting ? ['cancel-quit'] : [] };
    case 'save-timeout':
      if (state.phase !== 'awaiting-save') return { state, effects: [] };
      return { state: { phase: 'idle', quitting: false }, effects: state.quitting ? ['cancel-quit'] : [] };
  }
}

/** The question, in the renderer's language. Buttons: 0 Save, 1 Don't Save, 2 Cancel. */
export function closeQuestion(language: Language, fileName: string | null): MessageBoxOptions {
  const name = fileName ?? shellText(language, 'untitled');
  return {
    type: 'warning',
    buttons: [shellText(language, 'close.save'), shellText(language, 'close.dontSave'), shellText(language, 'close.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: shellText(language, 'close.message', { name }),
    detail: shellText(language, 'close.detail'),
  };
}

export function choiceOf(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/** How long main waits for the renderer to start the requested save before it gives up on closing. */
export const SAVE_REQUEST_TIMEOUT_MS = 30_000;

/** The parts of a BrowserWindow the guard uses. */
export interface GuardedWindow {
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean };
}

export interface CloseGuardDeps<W extends GuardedWindow> {
  readonly window: W;
  /** The renderer's last reported state (setTitle). */
  readonly documentState: () => { readonly dirty: boolean; readonly fileName: string | null };
  readonly language: () => Language;
  readonly ask: (window: W, options: MessageBoxOptions) => Promise<{ response: number }>;
  readonly cancelQuit?: () => void;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly timeoutMs?: number;
  readonly log?: (message: string) => void;
}

/** Applies `closeStep` to one window. */
export class CloseGuard<W extends GuardedWindow> {
  #state: CloseState = INITIAL_CLOSE_STATE;
  #timer: unknown = null;
  readonly #deps: CloseGuardDeps<W>;

  constructor(deps: CloseGuardDeps<W>) {
    this.#deps = deps;
  }

  get state(): CloseState {
    return this.#state;
  }

  /** Wire to the window's `close` event. */
  onClose(event: { preventDefault(): void }): void {
    this.#dispatch({ type: 'close-requested', dirty: this.#deps.documentState().dirty }, event);
  }

  /** Wire to `app.on('before-quit')`. */
  onQuit(): void {
    this.#dispatch({ type: 'quit-requested' });
  }

  /** Every saveDocument outcome from this window's renderer. */
  onSaveResult(saved: boolean): void {
    this.#dispatch({ type: 'save-result', saved });
  }

  /**
   * The renderer started the requested save: the timeout only covers a renderer that never
   * answers, not a user who takes their time in the Save dialog.
   */
  onSaveStarted(): void {
    if (this.#state.phase === 'awaiting-save') this.#stopTimer();
  }

  /** The renderer crashed or was killed: no save will come; its work is in the recovery draft. */
  onRendererGone(): void {
    this.#dispatch({ type: 'save-timeout' });
  }

  #stopTimer(): void {
    if (this.#timer === null) return;
    (this.#deps.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.#timer);
    this.#timer = null;
  }

  #dispatch(event: CloseEvent, closeEvent?: { preventDefault(): void }): void {
    const { state, effects } = closeStep(this.#state, event);
    this.#state = state;
    if (state.phase !== 'awaiting-save') this.#stopTimer();
    for (const effect of effects) this.#run(effect, closeEvent);
  }

  #run(effect: CloseEffect, closeEvent?: { preventDefault(): void }): void {
    const { window, setTimer = setTimeout } = this.#deps;
    switch (effect) {
      case 'allow':
        return;
      case 'prevent':
        closeEvent?.preventDefault();
        return;
      case 'ask': {
        const { fileName } = this.#deps.documentState();
        this.#deps
          .ask(window, closeQuestion(this.#deps.language(), fileName))
          .then(
            ({ response }) => choiceOf(response),
            (): CloseChoice => 'cancel',
          )
          .then((choice) => this.#dispatch({ type: 'answer', choice }));
        return;
      }
      case 'request-save': {
        const timeoutMs = this.#deps.timeoutMs ?? SAVE_REQUEST_TIMEOUT_MS;
        const request: SaveRequestEvent = { reason: this.#state.quitting ? 'quit' : 'close', timeoutMs };
        if (window.isDestroyed() || window.webContents.isDestroyed()) {
          this.#dispatch({ type: 'save-timeout' });
          return;
        }
        window.webContents.send(EVENT_CHANNELS.saveRequest, request);
        this.#timer = setTimer(() => {
          this.#timer = null;
          this.#deps.log?.('close: no save arrived; the window stays open');
          this.#dispatch({ type: 'save-timeout' });
        }, timeoutMs);
        return;
      }
      case 'close':
        if (!window.isDestroyed()) window.close();
        return;
      case 'cancel-quit':
        this.#deps.cancelQuit?.();
        return;
    }
  }
}
