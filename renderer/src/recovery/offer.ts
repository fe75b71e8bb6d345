import { parseDocument } from '../../../shared/model';
import type { RecoveryStore } from '../platform/types';
import type { RestoreOffer } from '../store/types';

/** Why a draft was not offered (it has been removed). */
export type DraftProblem = { readonly kind: 'unreadable'; readonly savedAt: number } | { readonly kind: 'refused'; readonly message: string };

/**
 * The next draft worth offering back, newest first: read, and passed by the same reader as any
 * opened file. Drafts that cannot be read or that the reader refuses are reported and removed on
 * the way, so they are never offered twice and never reach the store. `skip`: drafts already
 * handled, and this window's own. Never throws; null when there is nothing (left) to offer.
 */
export async function findOffer(
  recovery: RecoveryStore,
  skip: (id: string) => boolean,
  report: (problem: DraftProblem) => void,
  untitledName: string,
): Promise<RestoreOffer | null> {
  let drafts;
  try {
    drafts = await recovery.list();
  } catch {
    return null;
  }
  const drop = (id: string) => recovery.clear(id).catch(() => undefined);
  for (const info of drafts) {
    if (skip(info.id)) continue;
    const draft = await recovery.read(info.id).catch(() => null);
    if (!draft) {
      report({ kind: 'unreadable', savedAt: info.savedAt });
      await drop(info.id);
      continue;
    }
    const parsed = parseDocument(draft.text, draft.fileName ?? untitledName);
    if (!parsed.ok) {
      report({ kind: 'refused', message: parsed.error.message });
      await drop(info.id);
      continue;
    }
    return { id: draft.id, fileName: draft.fileName, savedAt: draft.savedAt, document: parsed.document };
  }
  return null;
}
