import { describe, expect, it } from 'vitest';
import { withPractice } from './edits';
import type { Practices, Scenario } from './types';

describe('withPractice', () => {
  const bare = { id: 'current', name: 'Current', nodes: [], edges: [] } as unknown as Scenario;

  it('records, changes and un-records one practice; the same value returns the same object', () => {
    const a = withPractice(bare, 'guidelines', 'yes');
    expect(a.practices).toEqual({ guidelines: 'yes' });
    expect(withPractice(a, 'guidelines', 'yes')).toBe(a);
    expect(withPractice(bare, 'training', undefined)).toBe(bare);
    const b = withPractice(a, 'training', 'no');
    expect(b.practices).toEqual({ guidelines: 'yes', training: 'no' });
    expect(withPractice(b, 'guidelines', undefined).practices).toEqual({ training: 'no' });
  });

  it('drops the field when nothing is left, so the file is written as before', () => {
    const back = withPractice(withPractice(bare, 'guidelines', 'partly'), 'guidelines', undefined);
    expect('practices' in back).toBe(false);
  });

  it('keeps unknown practice keys of a newer release', () => {
    const future = { ...bare, practices: { mentoring: 'yes' } as unknown as Practices };
    const next = withPractice(future, 'guidelines', 'no');
    expect(next.practices).toEqual({ mentoring: 'yes', guidelines: 'no' });
    expect(withPractice(next, 'guidelines', undefined).practices).toEqual({ mentoring: 'yes' });
  });
});
