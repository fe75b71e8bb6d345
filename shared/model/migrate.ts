/**
 * Migrations between format versions: one step per version, n → n + 1, applied in order to the
 * raw JSON before it is validated as the current version. Version 1 is the first, so the registry
 * is empty; adding version 2 means adding `{ from: 1, migrate }` here, bumping FORMAT_VERSION,
 * and keeping fixtures/v1-example.orgmap loading (its test must stay green).
 */
import { FORMAT_VERSION } from './types';

/** A raw, not yet validated document object (the output of JSON.parse). */
export type RawDocument = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it produces version `from + 1`. */
  readonly from: number;
  /**
   * Returns a new object (never mutates `raw`). The input has not been validated: check shapes
   * before using them, keep fields you do not know, and never assign untrusted keys with `obj[key] =`
   * (use spread or Object.defineProperty) — keys such as `__proto__` can be present.
   * Throwing refuses the file with the thrown message.
   */
  migrate(raw: RawDocument): RawDocument;
}

/** The registered steps, one per older version. Empty while version 1 is the only version. */
export const MIGRATIONS: readonly MigrationStep[] = [];

export type MigrationResult = { readonly ok: true; readonly value: RawDocument } | { readonly ok: false; readonly reason: string };

export interface MigrateOptions {
  /** Defaults to {@link MIGRATIONS}; tests pass fake steps. */
  readonly steps?: readonly MigrationStep[];
  /** Defaults to FORMAT_VERSION. */
  readonly target?: number;
}

/**
 * Brings a raw document of `version` up to the current version by running the steps
 * `version → version + 1 → … → target`. Returns the input unchanged when it is already current,
 * and a reason (for the `version` field) when the version is not an integer, below 1, newer than
 * this release, or has no path to the current one. Never throws.
 */
export function migrateToCurrent(raw: RawDocument, version: number, options: MigrateOptions = {}): MigrationResult {
  const steps = options.steps ?? MIGRATIONS;
  const target = options.target ?? FORMAT_VERSION;
  if (!Number.isInteger(version)) return { ok: false, reason: `must be a whole number, not ${String(version)}` };
  if (version < 1) return { ok: false, reason: `must be 1 or higher, not ${version}` };
  if (version > target) {
    return {
      ok: false,
      reason: `this file was made by a newer release of Orgmap (format version ${version}); this release reads format version ${target} and older — please update Orgmap`,
    };
  }
  let value = raw;
  for (let from = version; from < target; from++) {
    const step = steps.find((s) => s.from === from);
    if (step === undefined) return { ok: false, reason: `no migration from format version ${from} to ${from + 1}` };
    try {
      // Spread copies own keys with CreateDataProperty, so a `__proto__` key stays a plain key.
      value = { ...step.migrate(value), version: from + 1 };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, reason: `could not upgrade from format version ${from} to ${from + 1}: ${why}` };
    }
  }
  return { ok: true, value };
}
