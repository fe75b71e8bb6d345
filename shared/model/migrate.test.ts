import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, MIGRATIONS, migrateToCurrent, parseDocument, type MigrationStep, type RawDocument } from './index';

/** Fake history: v1 had `name` instead of `title`; v2 → v3 added a default `goals`. */
const steps: MigrationStep[] = [
  {
    from: 2,
    migrate: (raw) => ({ ...raw, goals: raw.goals ?? [] }),
  },
  {
    from: 1,
    migrate: ({ name, ...rest }: RawDocument) => ({ ...rest, title: name }),
  },
];

describe('migrateToCurrent', () => {
  it('has no steps while version 1 is the only version', () => {
    expect(FORMAT_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  it('returns the same object when the version is current', () => {
    const raw = { format: 'orgmap', version: 1 };
    const result = migrateToCurrent(raw, 1);
    expect(result.ok && result.value).toBe(raw);
  });

  it('runs the steps in version order, sets the version after each, and never mutates the input', () => {
    const raw = { format: 'orgmap', version: 1, name: 'Old map', scenarios: [] };
    const frozen = JSON.stringify(raw);
    const result = migrateToCurrent(raw, 1, { steps, target: 3 });
    expect(result).toEqual({ ok: true, value: { format: 'orgmap', version: 3, title: 'Old map', scenarios: [], goals: [] } });
    expect(JSON.stringify(raw)).toBe(frozen);
    const fromTwo = migrateToCurrent({ version: 2, title: 't' }, 2, { steps, target: 3 });
    expect(fromTwo).toEqual({ ok: true, value: { version: 3, title: 't', goals: [] } });
  });

  it('refuses a missing step, a throwing step, newer, non-integer and too-low versions', () => {
    expect(migrateToCurrent({}, 1, { steps: [steps[1] as MigrationStep], target: 3 })).toEqual({
      ok: false,
      reason: 'no migration from format version 2 to 3',
    });
    const throwing: MigrationStep = {
      from: 1,
      migrate: () => {
        throw new Error('scenarios is not a list');
      },
    };
    expect(migrateToCurrent({}, 1, { steps: [throwing], target: 2 })).toEqual({
      ok: false,
      reason: 'could not upgrade from format version 1 to 2: scenarios is not a list',
    });
    const newer = migrateToCurrent({}, 4, { steps, target: 3 });
    expect(!newer.ok && newer.reason).toContain('made by a newer release of Orgmap (format version 4)');
    expect(migrateToCurrent({}, 2.5).ok).toBe(false);
    expect(migrateToCurrent({}, 0).ok).toBe(false);
    expect(migrateToCurrent({}, Number.NaN).ok).toBe(false);
  });

  it('keeps a __proto__ key a plain key through a spread-based step (no pollution)', () => {
    const raw = JSON.parse('{"version":1,"name":"n","__proto__":{"polluted":true}}') as RawDocument;
    const result = migrateToCurrent(raw, 1, { steps, target: 3 });
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('is what the reader uses for the version field', () => {
    const result = parseDocument('{"format":"orgmap","version":7,"title":"","scenarios":[]}', 'new.orgmap');
    expect(!result.ok && result.error.message).toBe(
      'new.orgmap: version: this file was made by a newer release of Orgmap (format version 7); this release reads format version 1 and older — please update Orgmap',
    );
  });
});
