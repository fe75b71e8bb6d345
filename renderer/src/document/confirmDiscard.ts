import type { AppStore } from '../store';

/**
 * Replacing the map (new, template, open, restore) clears the undo history, so unsaved work would
 * be lost for good: ask first, in the app's own dialog (ConfirmDiscardDialog.tsx: Save / Don't
 * Save / Cancel, focus on Save, in the UI language), not the browser's plain confirm box.
 * Resolves true when there is nothing to lose, the user chose Don't Save, or Save succeeded.
 */
export type DiscardChoice = 'save' | 'discard' | 'cancel';

export interface DiscardQuestion {
  /** What would throw the changes away ("New", "Open acme.orgmap"), already in the UI language. */
  readonly action: string;
  /** Whether Save is offered (the app registered how to save). */
  readonly canSave: boolean;
}

let question: DiscardQuestion | null = null;
let answer: ((choice: DiscardChoice) => void) | null = null;
let saver: (() => Promise<boolean>) | null = null;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

/** How Save saves (the app's save action; true when it saved). Returns the unregister function. */
export function registerDiscardSaver(save: () => Promise<boolean>): () => void {
  saver = save;
  return () => {
    if (saver === save) saver = null;
  };
}

/** The open question, for the dialog (useSyncExternalStore). */
export function discardQuestion(): DiscardQuestion | null {
  return question;
}

export function subscribeDiscardQuestion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The dialog's answer; closes the question. */
export function answerDiscard(choice: DiscardChoice): void {
  const resolve = answer;
  question = null;
  answer = null;
  emit();
  resolve?.(choice);
}

export async function confirmDiscard(store: AppStore, action: string): Promise<boolean> {
  const { document, savedDocument } = store.getState();
  if (document === savedDocument) return true;
  // A second question replaces the first, which counts as cancelled.
  answer?.('cancel');
  const save = saver;
  const choice = await new Promise<DiscardChoice>((resolve) => {
    question = { action, canSave: save !== null };
    answer = resolve;
    emit();
  });
  if (choice === 'discard') return true;
  if (choice === 'save' && save) return save();
  return false;
}
