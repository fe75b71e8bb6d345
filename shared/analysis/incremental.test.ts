/**
 * The analysis after an edit reuses what the edit cannot change (index.ts: graph index and
 * structure per edges array; risks.ts: account-sprawl groups and their risks). These tests hold
 * it to the results of an analysis from scratch, and check what is reused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type NodeId, type OrgNode, type Platform, type Practices, type Scenario } from '../model/types';
import { analyze, classify, findRisks } from './index';
import { ScenarioBuilder } from '../../test-support/analysis/builders';

/** The same scenario with no object shared with any earlier one: the memo cannot answer. */
function fresh(s: Scenario): Scenario {
  return { ...s, nodes: s.nodes.map((n) => ({ ...n, position: { ...n.position } })), edges: s.edges.map((e) => ({ ...e })), ...(s.practices ? { practices: { ...s.practices } } : {}) };
}

/** An edit as the store makes it: a new scenario and nodes array, the edges array kept. */
function edit(s: Scenario, index: number, change: (n: OrgNode) => OrgNode): Scenario {
  return { ...s, nodes: s.nodes.map((n, i) => (i === index ? change(n) : n)) };
}

/** Hub-and-spoke with sprawl by owner, by label and by handle, and an ungoverned account. */
function sample(): Scenario {
  return new ScenarioBuilder()
    .node('team', 'hub', 'Social Hub')
    .node('department', 'mkt', 'Marketing')
    .node('department', 'sales', 'Sales')
    .node('department', 'rogue', 'Rogue')
    .edge('member', 'mkt', 'hub')
    .edge('member', 'sales', 'hub')
    .edge('coordinates', 'hub', 'mkt')
    .edge('coordinates', 'hub', 'sales')
    .ownedAccount('mkt', 'a1', 'x', 'Acme NL')
    .ownedAccount('mkt', 'a2', 'x', 'Acme News')
    .ownedAccount('sales', 'a3', 'x', 'acme-nl')
    .ownedAccount('sales', 'a4', 'facebook', 'Acme Sales')
    .ownedAccount('rogue', 'a5', 'facebook', 'acme sales')
    .ownedAccount('rogue', 'a6', 'linkedin', 'Rogue Page')
    .build();
}

const indexOf = (s: Scenario, id: string): number => s.nodes.findIndex((n) => n.id === id);

describe('analysis after an edit', () => {
  it('a move gives the very same results (the same objects), equal to an analysis from scratch', () => {
    const before = sample();
    const result = analyze(before);
    const moved = edit(before, 2, (n) => ({ ...n, position: { x: n.position.x + 40, y: n.position.y - 8 } }));
    expect(analyze(moved)).toBe(result);
    expect(classify(moved)).toBe(result.classification);
    expect(findRisks(moved)).toBe(result.risks);
    expect(analyze(moved)).toEqual(analyze(fresh(moved)));
  });

  it('a relabel changes the results that name the node, and only what an analysis from scratch changes', () => {
    const before = sample();
    const risksBefore = findRisks(before);
    const relabelled = edit(before, indexOf(before, 'mkt'), (n) => ({ ...n, label: 'Brand & Marketing' }));
    const risks = findRisks(relabelled);
    expect(risks).not.toBe(risksBefore);
    expect(risks).toEqual(findRisks(fresh(relabelled)));
    expect(JSON.stringify(risks)).toContain('Brand & Marketing');
    expect(JSON.stringify(risks)).not.toContain('"Marketing"');
    // The sprawl risk of the facebook accounts names neither Marketing nor its accounts: reused as is.
    const facebook = (list: readonly (typeof risks)[number][]) => list.find((r) => r.code === 'account-sprawl' && r.params.platform === 'facebook');
    expect(facebook(risks)).toBeDefined();
    expect(facebook(risks)).toBe(facebook(risksBefore));
  });

  it('a relabel that joins or splits sprawl groups regroups them', () => {
    const before = sample();
    const grouped = (s: Scenario) => findRisks(s).filter((r) => r.code === 'account-sprawl').map((r) => r.nodes);
    expect(grouped(before)).toContainEqual(['a1', 'a2', 'a3', 'mkt', 'sales']);
    // a3 no longer matches a1's label: it keeps no link to a1 or a2 (other owner), so it drops out.
    const split = edit(before, indexOf(before, 'a3'), (n) => ({ ...n, label: 'Sales Desk' }));
    expect(grouped(split)).toContainEqual(['a1', 'a2', 'mkt']);
    expect(findRisks(split)).toEqual(findRisks(fresh(split)));
    // And back: the same groups as before.
    const joined = edit(split, indexOf(split, 'a3'), (n) => ({ ...n, label: 'ACME nl!' }));
    expect(grouped(joined)).toContainEqual(['a1', 'a2', 'a3', 'mkt', 'sales']);
    expect(findRisks(joined)).toEqual(findRisks(fresh(joined)));
  });

  it('a change of kind or id, or of the practices, is never answered from the last scenario', () => {
    const before = sample();
    analyze(before);
    const practices: Practices = { guidelines: 'no' };
    const withPractices = { ...before, practices };
    expect(analyze(withPractices)).toEqual(analyze(fresh(withPractices)));
    expect(findRisks(withPractices).some((r) => r.code === 'missing-guidelines')).toBe(true);
    const renamed = edit(withPractices, indexOf(before, 'a6'), (n) => ({ ...n, id: 'zz' as NodeId }));
    expect(analyze(renamed)).toEqual(analyze(fresh(renamed)));
    const rekinded = edit(renamed, indexOf(before, 'rogue'), (n) => ({ ...n, kind: 'unit' }));
    expect(analyze(rekinded)).toEqual(analyze(fresh(rekinded)));
  });

  it('any sequence of edits gives what an analysis from scratch gives', () => {
    const labels = ['Acme', 'acme!', 'ACME nl', 'Sales', 'HR', 'Beta', 'Ácme', ''];
    const handles = [undefined, '@acme', 'acme', '@beta', ''];
    // Mostly two platforms, so accounts share one (and sprawl) often; now and then any other.
    const platforms: readonly Platform[] = ['x', 'facebook', 'x', 'facebook', 'x', 'other', PLATFORMS[(PLATFORMS.length * 2) % 7] as Platform, 'linkedin'];
    const arbEdit = fc.record({
      at: fc.nat(),
      what: fc.constantFrom('move', 'label', 'label', 'label', 'handle', 'handle', 'platform', 'kind', 'practices', 'analyse-old'),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 10, maxLength: 80 }), fc.array(arbEdit, { minLength: 1, maxLength: 25 }), fc.nat(), (size, pairs, edits, seed) => {
        // A map of teams, departments, employees and accounts on few platforms, so sprawl happens.
        const b = new ScenarioBuilder().node('team', 'hub', 'Hub');
        const ids: string[] = ['hub'];
        for (let i = 0; i < size; i++) {
          const kind = (['department', 'unit', 'employees', 'account', 'account'] as const)[(seed + i) % 5] as OrgNode['kind'];
          const id = `n${i}`;
          if (kind === 'account') b.account(id, platforms[(seed + i * 3) % platforms.length] as Platform, labels[(seed + i) % labels.length] as string, handles[(seed + 2 * i) % handles.length]);
          else b.node(kind, id, labels[i % labels.length] as string);
          ids.push(id);
        }
        let s = b.build();
        const kindOf = new Map(s.nodes.map((n) => [n.id as string, n.kind]));
        const seen = new Set<string>();
        const edges = [...s.edges];
        for (const [x, y] of pairs) {
          const from = ids[x % ids.length] as string;
          const to = ids[y % ids.length] as string;
          const fk = kindOf.get(from);
          const tk = kindOf.get(to);
          const kind = tk === 'account' ? 'owns' : tk === 'team' && (fk === 'department' || fk === 'unit') ? 'member' : 'coordinates';
          const key = `${kind} ${from} ${to}`;
          if (from === to || seen.has(key) || fk === 'account') continue;
          seen.add(key);
          edges.push({ id: `e${edges.length}` as never, kind, source: from as NodeId, target: to as NodeId });
        }
        s = { ...s, edges };
        const history: Scenario[] = [s];
        analyze(s);
        for (const { at, what, pick } of edits) {
          const i = at % s.nodes.length;
          if (what === 'analyse-old') {
            const old = history[pick % history.length] as Scenario;
            expect(analyze(old)).toEqual(analyze(fresh(old)));
            continue;
          }
          if (what === 'practices') s = { ...s, practices: pick % 2 === 0 ? { guidelines: 'no', accountRules: 'partly' } : { guidelines: 'yes' } };
          else
            s = edit(s, i, (n): OrgNode => {
              switch (what) {
                case 'move':
                  return { ...n, position: { x: n.position.x + 1, y: n.position.y } };
                case 'label':
                  return { ...n, label: labels[pick % labels.length] as string };
                case 'handle': {
                  const handle = handles[pick % handles.length];
                  const { handle: _drop, ...rest } = n;
                  return handle === undefined ? rest : { ...rest, handle };
                }
                case 'platform':
                  return n.kind === 'account' ? { ...n, platform: platforms[pick % platforms.length] as Platform } : n;
                default:
                  // A kind the edges still allow at both ends keeps the map valid enough; the analysis ignores the rest.
                  return n.kind === 'department' ? { ...n, kind: 'unit' } : n.kind === 'unit' ? { ...n, kind: 'department' } : n;
              }
            });
          history.push(s);
          expect(analyze(s)).toEqual(analyze(fresh(s)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('any sequence of label, handle and platform edits on sprawling accounts gives what an analysis from scratch gives', () => {
    const texts = ['Acme', 'acme!', 'ACME nl', 'Acme-NL', 'Beta', 'Ácme', 'Gamma', ''];
    const platforms: readonly Platform[] = ['x', 'facebook', 'x', 'other'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ owners: fc.array(fc.nat(4), { minLength: 0, maxLength: 2 }), label: fc.nat(), handle: fc.nat(), platform: fc.nat() }), { minLength: 2, maxLength: 24 }),
        fc.array(fc.record({ at: fc.nat(), what: fc.constantFrom('label', 'label', 'handle', 'platform', 'both'), pick: fc.nat() }), { minLength: 1, maxLength: 20 }),
        (accounts, edits) => {
          // Five owners (one an employee group), accounts on two platforms with look-alike labels and handles.
          const b = new ScenarioBuilder().node('department', 'o0', 'Marketing').node('department', 'o1', 'Sales').node('unit', 'o2', 'Benelux').node('employees', 'o3', 'Staff').node('department', 'o4', 'HR');
          accounts.forEach((a, i) => {
            b.account(`a${i}`, platforms[a.platform % platforms.length] as Platform, texts[a.label % texts.length] as string, texts[a.handle % texts.length]);
            for (const o of new Set(a.owners)) b.owns(`o${o}`, `a${i}`);
          });
          let s = b.build();
          analyze(s);
          for (const { at, what, pick } of edits) {
            const i = 5 + (at % accounts.length);
            s = edit(s, i, (n): OrgNode => {
              const label = texts[pick % texts.length] as string;
              const handle = texts[(pick >> 3) % texts.length] as string;
              if (what === 'label') return { ...n, label };
              if (what === 'handle') return { ...n, handle };
              if (what === 'both') return { ...n, label, handle };
              return { ...n, platform: platforms[pick % platforms.length] as Platform };
            });
            expect(findRisks(s)).toEqual(findRisks(fresh(s)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
