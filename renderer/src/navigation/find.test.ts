import { describe, expect, it } from 'vitest';
import type { NodeId, OrgNode } from '../../../shared/model/types';
import { findNodes, fold, MAX_HITS } from './find';

const node = (id: string, label: string, extra: Partial<OrgNode> = {}): OrgNode => ({ id: id as NodeId, kind: 'account', label, position: { x: 0, y: 0 }, ...extra }) as OrgNode;
const names = { platform: (id: string) => ({ x: 'X (Twitter)', instagram: 'Instagram' })[id] ?? id, kind: (id: string) => ({ account: 'Account', unit: 'Business unit' })[id] ?? id };

describe('find', () => {
  const nodes = [
    node('a', 'Red Cross Brussels', { platform: 'instagram', handle: '@rodekruis' }),
    node('b', 'BU België', { kind: 'unit' }),
    node('c', 'Cross-border team', { kind: 'unit' }),
    node('d', 'News', { platform: 'x', handle: '@redcrossnews' }),
  ];

  it('finds by label, ranking a label that starts with the text first', () => {
    expect(findNodes(nodes, 'cross', names).map((h) => h.node.id)).toEqual(['c', 'a', 'd']);
  });

  it('ignores case and accents, and an @ before a handle', () => {
    expect(findNodes(nodes, 'belgie', names).map((h) => h.node.id)).toEqual(['b']);
    expect(findNodes(nodes, '@RODEKRUIS', names).map((h) => [h.node.id, h.field])).toEqual([['a', 'handle']]);
  });

  it('finds by platform name and by kind', () => {
    expect(findNodes(nodes, 'twitter', names).map((h) => [h.node.id, h.field])).toEqual([['d', 'platform']]);
    expect(findNodes(nodes, 'business unit', names).map((h) => h.node.id)).toEqual(['b', 'c']);
  });

  it('finds nothing for blank text and caps a long list', () => {
    expect(findNodes(nodes, '   ', names)).toEqual([]);
    const many = Array.from({ length: 80 }, (_, i) => node(`n${i}`, `Account ${i}`));
    expect(findNodes(many, 'account', names)).toHaveLength(MAX_HITS);
    expect(fold('Ünïcödé')).toBe('unicode');
  });
});
