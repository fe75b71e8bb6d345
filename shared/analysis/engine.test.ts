import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_RULES, NODE_KINDS, PLATFORMS, type EdgeKind, type NodeId, type NodeKind, type OrgEdge, type OrgNode, type Scenario } from '../model/types';
import { parseDocument, readEdgeEnds } from '../model';
import { analyze, classify, findRisks, MODELS, RISK_CODES } from './index';
import { chainScenario, scenario, shuffled } from '../../test-support/analysis/builders';

/** Random valid scenarios: any mix of node kinds, edges that respect the format's rules, no duplicates. */
const arbScenario: fc.Arbitrary<Scenario> = fc
  .record({
    kinds: fc.array(fc.constantFrom(...NODE_KINDS), { minLength: 0, maxLength: 40, size: 'medium' }),
    // Dense enough that every risk shows up regularly (a probe over 300 samples saw each code).
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<EdgeKind>('coordinates', 'owns', 'owns', 'member')), { maxLength: 80, size: 'large' }),
    // Mostly a few platforms, so accounts share platforms (and sprawl) often.
    platforms: fc.array(fc.oneof(fc.constantFrom('x', 'facebook', 'other'), fc.constantFrom(...PLATFORMS)), { minLength: 40, maxLength: 40 }),
    labels: fc.array(fc.constantFrom('Acme', 'acme!', 'Sales', 'HR', 'Beta'), { minLength: 40, maxLength: 40 }),
  })
  .map(({ kinds, pairs, platforms, labels }) => {
    const nodes: OrgNode[] = kinds.map((kind: NodeKind, i) => ({
      id: `n${i}` as NodeId,
      kind,
      label: labels[i] ?? 'x',
      position: { x: 0, y: 0 },
      ...(kind === 'account' ? { platform: platforms[i] ?? 'x' } : {}),
    }));
    const edges: OrgEdge[] = [];
    const seen = new Set<string>();
    for (const [a, b, kind] of pairs) {
      if (nodes.length === 0) break;
      const s = nodes[a % nodes.length] as OrgNode;
      const t = nodes[b % nodes.length] as OrgNode;
      const key = `${kind} ${s.id} ${t.id}`;
      if (s === t || seen.has(key)) continue;
      if (!EDGE_RULES[kind].source.includes(s.kind) || !EDGE_RULES[kind].target.includes(t.kind)) continue;
      seen.add(key);
      edges.push({ id: `e${edges.length}` as OrgEdge['id'], kind, source: s.id, target: t.id });
    }
    return { id: 'p' as Scenario['id'], name: 'P', nodes, edges };
  });

describe('properties', () => {
  it('never throws; scores are 0..1 and sum to 1; risks name existing nodes; codes are known', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const { classification, risks } = analyze(s);
        const sum = MODELS.reduce((acc, m) => acc + classification.scores[m], 0);
        if (classification.model === 'undetermined') expect(sum).toBe(0);
        else expect(sum).toBeCloseTo(1, 10);
        const ids = new Set(s.nodes.map((n) => n.id));
        for (const r of risks) {
          expect(RISK_CODES).toContain(r.code);
          expect(r.nodes.length).toBeGreaterThan(0);
          for (const id of r.nodes) expect(ids.has(id)).toBe(true);
        }
        for (const reason of classification.reasons) for (const id of reason.nodes) expect(ids.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the order of nodes and edges in the file does not change the result', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer(), (s, seed) => {
        const a = analyze(s);
        const b = analyze(shuffled(s, seed));
        // Exactly equal, scores included: account weights are summed as integers (classify.ts).
        expect(b.classification).toEqual(a.classification);
        expect(b.risks).toEqual(a.risks);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic for sprawl groups and orphans in any order', () => {
    const s = scenario()
      .dept('b', 'Marketing')
      .dept('a', 'Sales')
      .ownedAccount('b', 'x2', 'x', 'Deals')
      .ownedAccount('b', 'x1', 'x', 'Main')
      .ownedAccount('a', 'x3', 'x', 'main!')
      .account('o2')
      .account('o1')
      .build();
    const expected = findRisks(s).map((r) => r.nodes);
    expect(expected).toEqual([['o1'], ['o2'], ['x1', 'x2', 'x3', 'a', 'b']]);
    for (let seed = 1; seed <= 20; seed++) expect(findRisks(shuffled(s, seed)).map((r) => r.nodes)).toEqual(expected);
  });

  it('risks come ordered by code, then by first node id', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const risks = findRisks(s);
        for (let i = 1; i < risks.length; i++) {
          const p = risks[i - 1]!;
          const q = risks[i]!;
          const dc = RISK_CODES.indexOf(p.code) - RISK_CODES.indexOf(q.code);
          expect(dc <= 0).toBe(true);
          if (dc === 0) expect((p.nodes[0] as string) < (q.nodes[0] as string)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('memoisation', () => {
  it('returns the same objects for the same scenario object, new ones for an edited copy', () => {
    const s = scenario().team('t').unit('u').coordinates('t', 'u').ownedAccount('u', 'a').build();
    const first = analyze(s);
    expect(analyze(s)).toBe(first);
    expect(classify(s)).toBe(first.classification);
    expect(findRisks(s)).toBe(first.risks);
    const edited = { ...s, nodes: s.nodes.map((n) => (n.id === 'u' ? { ...n, label: 'Renamed' } : n)) };
    expect(classify(edited)).not.toBe(first.classification);
    expect(Object.isFrozen(first.classification)).toBe(true);
    expect(Object.isFrozen(first.risks)).toBe(true);
  });

  it('classify and findRisks called first still share one index with analyze', () => {
    const s = scenario().team('t').unit('u').coordinates('t', 'u').build();
    const c = classify(s);
    const r = findRisks(s);
    expect(analyze(s)).toEqual({ classification: c, risks: r });
    expect(analyze(s).classification).toBe(c);
  });
});

describe('robustness', () => {
  it('a chain of 20,000 hubs does not overflow the stack', () => {
    const s = chainScenario(20_000);
    expect(s.nodes.length).toBe(20_002);
    const result = classify(s);
    expect(MODELS).toContain(result.model);
    expect(findRisks(s).filter((r) => r.code === 'coordination-cycle')).toEqual([]);
    expect(findRisks(s).filter((r) => r.code === 'severed-hub')).toEqual([]);
  });

  it('a 20,000-hub cycle is found as one cycle, its label list shortened', () => {
    const s = chainScenario(20_000, true);
    const cycles = findRisks(s).filter((r) => r.code === 'coordination-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.nodes).toHaveLength(20_000);
    expect(cycles[0]?.params['cycle']).toBe('Team 0 → Team 1 → Team 2 → Team 3 → Team 4 → … → Team 0');
  });

  it('ignores edges to unknown nodes, self-loops and edges that break the kind rules instead of throwing', () => {
    const s = scenario().team('t').unit('u').account('a').build();
    const broken: Scenario = {
      ...s,
      edges: [
        { id: 'e1' as OrgEdge['id'], kind: 'coordinates', source: 't' as NodeId, target: 'ghost' as NodeId },
        { id: 'e2' as OrgEdge['id'], kind: 'coordinates', source: 't' as NodeId, target: 't' as NodeId },
        { id: 'e3' as OrgEdge['id'], kind: 'owns', source: 'a' as NodeId, target: 'u' as NodeId },
      ],
    };
    expect(() => analyze(broken)).not.toThrow();
    expect(findRisks(broken).map((r) => r.code)).toEqual(['orphan-account', 'isolated-unit', 'empty-hub']);
  });
});

describe('a map just read (issue 17: the reader says where each edge ends)', () => {
  /** A scenario as the reader returns it, from the text of `s`. */
  function read(s: Scenario): Scenario {
    const text = JSON.stringify({ format: 'orgmap', version: 1, title: 't', scenarios: [s] });
    const result = parseDocument(text);
    if (!result.ok) throw new Error(result.error.message);
    return result.document.scenarios[0] as Scenario;
  }
  /** The same scenario in fresh arrays, which the reader knows nothing about. */
  const fresh = (s: Scenario): Scenario => ({ ...s, nodes: s.nodes.map((n) => ({ ...n })), edges: s.edges.map((e) => ({ ...e })) });

  it('gives the analysis a fresh copy gets', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const parsed = read(s);
        expect(readEdgeEnds(parsed.nodes, parsed.edges)).toBeDefined();
        expect(analyze(parsed)).toEqual(analyze(fresh(parsed)));
      }),
      { numRuns: 60 },
    );
  });

  it('checks the reader’s answer: arrays changed in place after reading are analysed as they are now', () => {
    const s = scenario().dept('a', 'A').dept('b', 'B').team('t', 'T').coordinates('t', 'a').ownedAccount('b', 'x1', 'x', 'X').ownedAccount('b', 'x2', 'x', 'Y').build();
    const parsed = read(s);
    // Swap two nodes in place: the reader's positions no longer match the ids.
    const nodes = parsed.nodes as OrgNode[];
    [nodes[0], nodes[1]] = [nodes[1] as OrgNode, nodes[0] as OrgNode];
    expect(readEdgeEnds(parsed.nodes, parsed.edges)).toBeDefined();
    expect(analyze(parsed)).toEqual(analyze(fresh(parsed)));
    expect(findRisks(parsed).find((r) => r.code === 'account-sprawl')?.nodes).toEqual(['x1', 'x2', 'b']);
    // Another nodes array with the same edges: no answer from the reader.
    expect(readEdgeEnds([...parsed.nodes], parsed.edges)).toBeUndefined();
  });
});
