import { describe, expect, it } from 'vitest';
import type { Risk } from '../../../shared/analysis/types';
import type { NodeId } from '../../../shared/model/types';
import { badgeText, numberRisks, riskKey } from './riskNumbers';

const risk = (code: string, severity: Risk['severity'], nodes: string[]): Risk => ({ code, severity, nodes: nodes as NodeId[] }) as unknown as Risk;

describe('risk numbers', () => {
  it('follow the list: high first, then medium, then low, each in the analysis order', () => {
    const risks = [risk('orphan', 'medium', ['a']), risk('bus', 'high', ['b']), risk('stale', 'low', ['c']), risk('bus', 'high', ['d'])];
    const numbers = numberRisks(risks);
    expect(numbers.get(riskKey(risks[1] as Risk))).toBe(1);
    expect(numbers.get(riskKey(risks[3] as Risk))).toBe(2);
    expect(numbers.get(riskKey(risks[0] as Risk))).toBe(3);
    expect(numbers.get(riskKey(risks[2] as Risk))).toBe(4);
  });

  it('a fresh analysis with the same risks gives the same numbers', () => {
    const a = numberRisks([risk('x', 'high', ['n1', 'n2'])]);
    const b = numberRisks([risk('x', 'high', ['n1', 'n2'])]);
    expect([...a]).toEqual([...b]);
  });

  it('the badge shows at most two numbers, then how many more', () => {
    expect(badgeText([3])).toBe('3');
    expect(badgeText([4, 1])).toBe('1 4');
    expect(badgeText([5, 1, 9, 2])).toBe('1 2 +2');
  });
});
