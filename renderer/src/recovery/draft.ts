import { RECOVERY_ID_PATTERN, type RecoveryDraft } from '../../../shared/ipc';

/**
 * How the browser keeps a recovery draft: one storage entry per draft holding a small JSON
 * envelope (marker, id, file name, time, text). The envelope is checked field by field on the way
 * back; anything else found under our key is reported as unreadable, never trusted.
 */
const MARKER = 'orgmapRecovery';
const VERSION = 1;

export function encodeDraft(draft: RecoveryDraft): string {
  return JSON.stringify({ [MARKER]: VERSION, id: draft.id, fileName: draft.fileName, savedAt: draft.savedAt, text: draft.text });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The draft in `raw`, or null when it is not one of ours (corrupt, another version, another id). */
export function decodeDraft(raw: string | null, id: string): RecoveryDraft | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || !Object.hasOwn(value, MARKER) || value[MARKER] !== VERSION) return null;
  const { id: storedId, fileName, savedAt, text } = value;
  if (storedId !== id || typeof storedId !== 'string' || !RECOVERY_ID_PATTERN.test(storedId)) return null;
  if (fileName !== null && typeof fileName !== 'string') return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return null;
  if (typeof text !== 'string') return null;
  return { id: storedId, fileName, savedAt, text, size: text.length };
}

/** A fresh draft id for this window's document: 32 hex digits (fits RECOVERY_ID_PATTERN). */
export function newDraftId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
