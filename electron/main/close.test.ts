import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { EVENT_CHANNELS } from '../../shared/ipc';
import { CloseGuard, INITIAL_CLOSE_STATE, choiceOf, closeQuestion, closeStep, type CloseEvent, type CloseState, type GuardedWindow } from './close';

const idle = INITIAL_CLOSE_STATE;
const at = (phase: CloseState['phase'], quitting = false): CloseState => ({ phase, quitting });

describe('close confirmation: the state machine', () => {
  it('a clean window closes at once', () => {
    expect(closeStep(idle, { type: 'close-requested', dirty: false })).toEqual({ state: at('closing'), effects: ['allow'] });
  });

  it('a dirty window is kept open and the user is asked', () => {
    expect(closeStep(idle, { type: 'close-requested', dirty: true })).toEqual({ state: at('asking'), effects: ['prevent', 'ask'] });
  });

  it("Don't Save closes; Cancel keeps the window; Save asks the renderer to save", () => {
    expect(closeStep(at('asking'), { type: 'answer', choice: 'discard' })).toEqual({ state: at('closing'), effects: ['close'] });
    expect(closeStep(at('asking'), { type: 'answer', choice: 'cancel' })).toEqual({ state: idle, effects: [] });
    expect(closeStep(at('asking'), { type: 'answer', choice: 'save' })).toEqual({ state: at('awaiting-save'), effects: ['request-save'] });
  });

  it('the save closes the window when it succeeded, and keeps it open when cancelled, failed or never came', () => {
    expect(closeStep(at('awaiting-save'), { type: 'save-result', saved: true })).toEqual({ state: at('closing'), effects: ['close'] });
    expect(closeStep(at('awaiting-save'), { type: 'save-result', saved: false })).toEqual({ state: idle, effects: [] });
    expect(closeStep(at('awaiting-save'), { type: 'save-timeout' })).toEqual({ state: idle, effects: [] });
  });

  it('while asking or saving, more close clicks are held off; once closing, the close goes through', () => {
    expect(closeStep(at('asking'), { type: 'close-requested', dirty: true }).effects).toEqual(['prevent']);
    expect(closeStep(at('awaiting-save'), { type: 'close-requested', dirty: false }).effects).toEqual(['prevent']);
    expect(closeStep(at('closing'), { type: 'close-requested', dirty: true }).effects).toEqual(['allow']);
  });

  it('quitting: Cancel or a failed save cancels the quit; a completed close keeps it going', () => {
    const quitting = closeStep(idle, { type: 'quit-requested' }).state;
    expect(quitting).toEqual(at('idle', true));
    const asking = closeStep(quitting, { type: 'close-requested', dirty: true }).state;
    expect(closeStep(asking, { type: 'answer', choice: 'cancel' })).toEqual({ state: idle, effects: ['cancel-quit'] });
    const saving = closeStep(asking, { type: 'answer', choice: 'save' }).state;
    expect(closeStep(saving, { type: 'save-result', saved: false })).toEqual({ state: idle, effects: ['cancel-quit'] });
    expect(closeStep(saving, { type: 'save-timeout' })).toEqual({ state: idle, effects: ['cancel-quit'] });
    expect(closeStep(saving, { type: 'save-result', saved: true })).toEqual({ state: at('closing', true), effects: ['close'] });
  });

  it('saves and answers outside their phase change nothing (File ▸ Save, a late dialog)', () => {
    expect(closeStep(idle, { type: 'save-result', saved: true })).toEqual({ state: idle, effects: [] });
    expect(closeStep(idle, { type: 'answer', choice: 'discard' })).toEqual({ state: idle, effects: [] });
    expect(closeStep(idle, { type: 'save-timeout' })).toEqual({ state: idle, effects: [] });
  });

  it('property: a dirty window is never closed unless the user chose Don\'t Save or a save succeeded', () => {
    const event: fc.Arbitrary<CloseEvent> = fc.oneof(
      fc.constant<CloseEvent>({ type: 'close-requested', dirty: true }),
      fc.constant<CloseEvent>({ type: 'quit-requested' }),
      fc.constantFrom<CloseEvent>({ type: 'answer', choice: 'save' }, { type: 'answer', choice: 'discard' }, { type: 'answer', choice: 'cancel' }),
      fc.boolean().map<CloseEvent>((saved) => ({ type: 'save-result', saved })),
      fc.constant<CloseEvent>({ type: 'save-timeout' }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state = idle;
        let licensed = false; // the user said Don't Save, or a save completed, while asked
        for (const e of events) {
          const before = state;
          const step = closeStep(state, e);
          state = step.state;
          if (before.phase === 'asking' && e.type === 'answer' && e.choice === 'discard') licensed = true;
          if (before.phase === 'awaiting-save' && e.type === 'save-result' && e.saved) licensed = true;
          if (e.type === 'close-requested' && step.effects.includes('allow')) expect(licensed).toBe(true);
          if (step.effects.includes('close')) expect(licensed).toBe(true);
        }
      }),
    );
  });
});

describe('close confirmation: the question', () => {
  it('asks in English or Dutch, Save first, Cancel as the escape', () => {
    expect(closeQuestion('en', 'acme.orgmap')).toMatchObject({
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'Do you want to save the changes you made to “acme.orgmap”?',
    });
    expect(closeQuestion('nl', null)).toMatchObject({
      buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'],
      message: 'Wil je de wijzigingen in “Naamloos” opslaan?',
    });
    expect([0, 1, 2, 7].map(choiceOf)).toEqual(['save', 'discard', 'cancel', 'cancel']);
  });
});

describe('close confirmation: CloseGuard on a window', () => {
  function setup(answer: number, dirty = true) {
    const sent: unknown[][] = [];
    const window: GuardedWindow & { closed: number } = {
      closed: 0,
      close: vi.fn(() => {
        window.closed += 1;
      }),
      isDestroyed: () => false,
      webContents: { send: (...args: unknown[]) => sent.push(args), isDestroyed: () => false },
    };
    const timers: (() => void)[] = [];
    const cancelQuit = vi.fn();
    const ask = vi.fn(async (_window: unknown, _options: unknown) => ({ response: answer }));
    const guard = new CloseGuard({
      window,
      documentState: () => ({ dirty, fileName: 'acme.orgmap' }),
      language: () => 'nl' as const,
      ask,
      cancelQuit,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => timers.splice(0),
      timeoutMs: 1234,
    });
    const closeEvent = () => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      guard.onClose(event);
      return event;
    };
    return { window, sent, timers, cancelQuit, ask, guard, closeEvent };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('Save: the renderer is asked, and the window closes once its save succeeded', async () => {
    const t = setup(0);
    expect(t.closeEvent().prevented).toBe(true);
    await settle();
    expect(t.ask.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'] });
    expect(t.sent).toEqual([[EVENT_CHANNELS.saveRequest, { reason: 'close', timeoutMs: 1234 }]]);
    t.guard.onSaveResult(true);
    expect(t.window.closed).toBe(1);
    expect(t.closeEvent().prevented).toBe(false);
    expect(t.timers).toEqual([]);
  });

  it('Save, then the save is cancelled or times out: the window stays', async () => {
    const t = setup(0);
    t.closeEvent();
    await settle();
    t.guard.onSaveResult(false);
    expect(t.window.closed).toBe(0);
    expect(t.guard.state.phase).toBe('idle');

    t.closeEvent();
    await settle();
    expect(t.timers).toHaveLength(1);
    t.timers[0]?.();
    expect(t.window.closed).toBe(0);
    expect(t.guard.state.phase).toBe('idle');
  });

  it("Don't Save closes without a save; Cancel during a quit cancels the quit", async () => {
    const discard = setup(1);
    discard.closeEvent();
    await settle();
    expect(discard.window.closed).toBe(1);
    expect(discard.sent).toEqual([]);

    const cancel = setup(2);
    cancel.guard.onQuit();
    cancel.closeEvent();
    await settle();
    expect(cancel.window.closed).toBe(0);
    expect(cancel.cancelQuit).toHaveBeenCalled();
    expect(cancel.guard.state).toEqual(idle);
  });

  it('a clean window closes without a question', () => {
    const t = setup(0, false);
    expect(t.closeEvent().prevented).toBe(false);
    expect(t.ask).not.toHaveBeenCalled();
  });

  it('the timeout only covers a renderer that never starts the save; a crashed renderer lets the window go', async () => {
    const t = setup(0);
    t.closeEvent();
    await settle();
    expect(t.timers).toHaveLength(1);
    t.guard.onSaveStarted(); // the user is now in the Save dialog, for as long as they like
    expect(t.timers).toHaveLength(0);
    t.guard.onSaveResult(true);
    expect(t.window.closed).toBe(1);

    const gone = setup(0);
    gone.closeEvent();
    await settle();
    gone.guard.onRendererGone();
    expect(gone.guard.state.phase).toBe('idle');
  });
});
