/**
 * The steps of atomicWriteFile (electron/main/documents.ts) at which the crash test kills the
 * writer, in the order a save passes them: each just before the file-system call it names, and
 * `saved` after the save returned. Shared by the test and its child process (crash-writer.ts).
 */
export const CRASH_PHASES = ['stat', 'open', 'write', 'chmod', 'sync', 'close', 'rename', 'sync-dir', 'saved'] as const;
export type CrashPhase = (typeof CRASH_PHASES)[number];

/** From this phase on the temporary file has replaced the target (the rename is done). */
export const FIRST_PHASE_AFTER_RENAME: CrashPhase = 'sync-dir';
