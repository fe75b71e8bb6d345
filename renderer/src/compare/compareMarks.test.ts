import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../shared/compare';
import { decentralizedCurrent, hubAndSpokeTarget } from '../../../test-support/compare/pairs';
import { compareMarks } from './compareMarks';

describe('compareMarks', () => {
  const current = decentralizedCurrent();
  const target = hubAndSpokeTarget();
  const comparison = compareScenarios(current, target);

  it('marks added and changed on the target, removed and changed on the current, by each side’s ids', () => {
    const to = compareMarks(comparison, 'to');
    const from = compareMarks(comparison, 'from');
    // The team is new in the target; nothing of the current is gone but the sales X account.
    expect(to.nodes.get('smt')).toBe('added');
    expect(from.nodes.get('acc-sales-x')).toBe('removed');
    expect(to.nodes.has('acc-sales-x')).toBe(false);
    expect([...to.nodes.values()]).not.toContain('removed');
    expect([...from.nodes.values()]).not.toContain('added');
    // Every node id a side marks belongs to that side.
    for (const id of to.nodes.keys()) expect(target.nodes.some((n) => n.id === id)).toBe(true);
    for (const id of from.nodes.keys()) expect(current.nodes.some((n) => n.id === id)).toBe(true);
    for (const id of to.edges.keys()) expect(target.edges.some((e) => e.id === id)).toBe(true);
    for (const id of from.edges.keys()) expect(current.edges.some((e) => e.id === id)).toBe(true);
    // Counts match the comparison.
    expect([...to.nodes.values()].filter((d) => d === 'added')).toHaveLength(comparison.nodes.added.length);
    expect([...from.nodes.values()].filter((d) => d === 'removed')).toHaveLength(comparison.nodes.removed.length);
    expect([...to.edges.values()].filter((d) => d === 'added')).toHaveLength(comparison.edges.added.length);
    expect([...from.edges.values()].filter((d) => d === 'removed')).toHaveLength(comparison.edges.removed.length);
  });

  it('marks a changed node on both sides', () => {
    const renamed = { ...target, nodes: target.nodes.map((n) => (n.id === 'hr' ? { ...n, label: 'People' } : n)) };
    const c = compareScenarios(current, renamed);
    expect(compareMarks(c, 'to').nodes.get('hr')).toBe('changed');
    expect(compareMarks(c, 'from').nodes.get('hr')).toBe('changed');
  });

  it('marks nothing when the scenarios are the same', () => {
    const same = compareMarks(compareScenarios(current, current), 'to');
    expect(same.nodes.size + same.edges.size).toBe(0);
  });
});
