import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeScenario, scenario, shuffled } from '../../test-support/analysis/builders';
import { documentArb } from '../../test-support/model/arbitraries';
import type { NodeId, Scenario } from '../model/types';
import { en, nl } from '../i18n';
import { compareScenarios, formatPathAsText, formatStep, joinLabels, normaliseLabel, planPath, type Comparison } from './index';
import { centralizedCurrent, centralizedToHubTarget, decentralizedCurrent, hubAndSpokeCurrent, hubAndSpokeTarget, multipleHubTarget } from '../../test-support/compare/pairs';

const id = (s: string) => s as NodeId;
const pairs = (c: Comparison) => c.nodes.matches.map((m) => `${m.from}>${m.to}:${m.by}`);

describe('node matching', () => {
  it('matches by id first, even when kind and label changed', () => {
    const a = scenario('a').dept('x', 'Marketing').build();
    const b = scenario('b').unit('x', 'Brand Unit').dept('y', 'Marketing').build();
    const c = compareScenarios(a, b);
    expect(pairs(c)).toEqual(['x>x:id']);
    expect(c.nodes.added).toEqual(['y']);
    expect(c.nodes.changed).toEqual([{ from: 'x', to: 'x', fields: ['kind', 'label'] }]);
  });

  it('falls back to kind + label, ignoring case and white space', () => {
    const a = scenario('a').dept('d1', 'Customer Service').team('t1', 'Social Team').build();
    const b = scenario('b').dept('cs', 'customer  service').unit('u', 'Social Team').build();
    const c = compareScenarios(a, b);
    expect(pairs(c)).toEqual(['d1>cs:label']);
    expect(c.nodes.removed).toEqual(['t1']); // a unit is not the team, whatever its label
    expect(c.nodes.added).toEqual(['u']);
    // The label's case and spacing did change: that is a rename.
    expect(c.nodes.changed).toEqual([{ from: 'd1', to: 'cs', fields: ['label'] }]);
    expect(normaliseLabel(' Customer\tService ')).toBe('customerservice');
  });

  it('never matches a node twice: equal labels pair in id order, the rest are added or removed', () => {
    const a = scenario('a').dept('b', 'Sales').dept('a', 'Sales').dept('c', 'Sales').build();
    const b = scenario('b').dept('y', 'sales').dept('x', 'SALES').build();
    const c = compareScenarios(a, b);
    expect(pairs(c)).toEqual(['a>x:label', 'b>y:label']);
    expect(c.nodes.removed).toEqual(['c']);
    // File order does not matter.
    expect(pairs(compareScenarios(shuffled(a, 1), shuffled(b, 2)))).toEqual(pairs(c));
  });

  it('an id match is never taken by a label match', () => {
    const a = scenario('a').dept('mkt', 'Marketing').dept('m2', 'Marketing').build();
    const b = scenario('b').dept('mkt', 'Marketing').build();
    const c = compareScenarios(a, b);
    expect(pairs(c)).toEqual(['mkt>mkt:id']);
    expect(c.nodes.removed).toEqual(['m2']);
  });

  it('pairs accounts on the same platform before accounts with the same label elsewhere', () => {
    const a = scenario('a').account('a1', 'facebook', 'Acme').account('a2', 'x', 'Acme').build();
    const b = scenario('b').account('b1', 'x', 'Acme').account('b2', 'facebook', 'Acme').build();
    const c = compareScenarios(a, b);
    expect(pairs(c)).toEqual(['a2>b1:label', 'a1>b2:label']);
    expect(c.nodes.changed).toEqual([]);
  });

  it('lists changed fields: kind, label, platform, handle, notes — never position', () => {
    const a: Scenario = {
      ...scenario('a').account('acc', 'x', 'Old', '@old').build(),
    };
    const b: Scenario = {
      ...a,
      nodes: [{ ...(a.nodes[0] as Scenario['nodes'][number]), label: 'New', platform: 'threads', handle: '@new', notes: 'n', position: { x: 5, y: 5 } }],
    };
    expect(compareScenarios(a, b).nodes.changed[0]?.fields).toEqual(['label', 'platform', 'handle', 'notes']);
  });
});

describe('edges', () => {
  it('match by kind and matched ends; a kind change between the same two nodes is a change', () => {
    const a = scenario('a').dept('d', 'Sales').team('t', 'Team').unit('u', 'Unit').member('d', 't').coordinates('t', 'u').build();
    const b = scenario('b').dept('sales', 'Sales').team('t', 'Team').unit('u', 'Unit').coordinates('sales', 't').build();
    const c = compareScenarios(a, b);
    expect(c.edges.changed).toEqual([{ from: 'e1', to: 'e1', source: 'sales', target: 't', fromKind: 'member', toKind: 'coordinates' }]);
    expect(c.edges.removed.map((e) => e.id)).toEqual(['e2']);
    expect(c.edges.added).toEqual([]);
  });

  it('an edge to an added node is added, one from a removed node removed', () => {
    const a = scenario('a').dept('d').ownedAccount('d', 'old').build();
    const b = scenario('b').dept('d').ownedAccount('d', 'new', 'linkedin').build();
    const c = compareScenarios(a, b);
    expect(c.edges.added.map((e) => [e.kind, e.source, e.target])).toEqual([['owns', 'd', 'new']]);
    expect(c.edges.removed.map((e) => [e.kind, e.source, e.target])).toEqual([['owns', 'd', 'old']]);
  });
});

describe('summary', () => {
  it('decentralized → hub and spoke: models, risks resolved, counts', () => {
    const c = compareScenarios(decentralizedCurrent(), hubAndSpokeTarget());
    expect([c.classification.from.model, c.classification.to.model]).toEqual(['decentralized', 'hub-and-spoke']);
    expect(c.risks.resolved.map((r) => [r.code, ...r.nodes])).toEqual([['orphan-account', 'acc-ig']]);
    // The target's hub has no practices recorded yet: only the gentle prompt (issue 18).
    expect(c.risks.introduced.map((r) => [r.code, ...r.nodes])).toEqual([['practices-unrecorded', 'smt']]);
    expect(c.counts.from).toMatchObject({ accounts: 7, hubs: 0 });
    expect(c.counts.to).toMatchObject({ accounts: 6, hubs: 1 });
    expect(c.nodes.added).toEqual(['smt']);
    expect(c.nodes.removed).toEqual(['acc-sales-x']);
  });

  it('risks are matched by code and matched node set, so renamed ids do not resolve anything', () => {
    const a = scenario('a').dept('d', 'Dept').account('o1', 'tiktok', 'Lost').ownedAccount('d', 'x1').build();
    const b = scenario('b').dept('dept', 'Dept').account('orphan', 'tiktok', 'Lost').account('o2', 'x', 'Also lost').ownedAccount('dept', 'x1').build();
    const c = compareScenarios(a, b);
    expect(c.risks.resolved).toEqual([]);
    expect(c.risks.introduced.map((r) => [r.code, ...r.nodes])).toEqual([['orphan-account', 'o2']]);
  });

  it('introduced: a hub that is cut off from the centre', () => {
    const a = scenario('a').team('c', 'Centre').team('r', 'Region').coordinates('c', 'r').unit('u').coordinates('r', 'u').build();
    const b = scenario('b').team('c', 'Centre').team('r', 'Region').unit('u').unit('v').coordinates('r', 'u').coordinates('c', 'v').build();
    const c = compareScenarios(a, b);
    expect(c.risks.introduced.map((r) => r.code)).toContain('severed-hub');
  });

  it('is memoised on the pair and frozen', () => {
    const a = decentralizedCurrent();
    const b = hubAndSpokeTarget();
    const c = compareScenarios(a, b);
    expect(compareScenarios(a, b)).toBe(c);
    expect(compareScenarios(b, a)).not.toBe(c);
    expect(Object.isFrozen(c)).toBe(true);
    expect(planPath(c)).toBe(planPath(c));
  });
});

const codes = (c: Comparison) => planPath(c).map((s) => s.code);

describe('the path', () => {
  it('decentralized → hub and spoke: form the hub, put each owner under it, adopt the orphan, close the extra account', () => {
    const c = compareScenarios(decentralizedCurrent(), hubAndSpokeTarget());
    expect(formatPathAsText(planPath(c), en)).toBe(
      [
        '1. Form a social media team, Social Media Team, with people from Customer Service and Marketing.',
        '2. Put the account of Customer Service (Acme Care) under the guidelines of Social Media Team.',
        '3. Put the account of HR (Acme Jobs) under the guidelines of Social Media Team.',
        '4. Put the 2 accounts of Marketing (Acme on Facebook and Acme on X) under the guidelines of Social Media Team.',
        '5. Put the account of Sales (Acme Sales) under the guidelines of Social Media Team.',
        '6. Adopt the orphan Instagram account Acme Insta: hand it to Marketing.',
        '7. Close Acme Deals (X), run by Sales until now.',
        '',
      ].join('\n'),
    );
    const [form] = planPath(c);
    expect(form?.phase).toBe('structure');
    expect(form?.nodes).toEqual([
      { to: 'smt', label: 'Social Media Team', kind: 'team' },
      { from: 'cs', to: 'cs', label: 'Customer Service', kind: 'department' },
      { from: 'mkt', to: 'mkt', label: 'Marketing', kind: 'department' },
    ]);
  });

  it('is worded in Dutch from the same codes', () => {
    const steps = planPath(compareScenarios(decentralizedCurrent(), hubAndSpokeTarget()));
    expect(formatStep(steps[0]!, nl)).toBe('Vorm een social media team, Social Media Team, met mensen uit Customer Service en Marketing.');
    expect(formatStep(steps[5]!, nl)).toBe('Adopteer het Instagram-weesaccount Acme Insta: geef het aan Marketing.');
    expect(formatPathAsText([], nl)).toBe('Niets te doen: de twee scenario’s zijn gelijk.\n');
  });

  it('joins label lists the way each language does; a shortened list keeps its commas', () => {
    expect(joinLabels(['A'], en)).toBe('A');
    expect(joinLabels(['A', 'B', 'C'], en)).toBe('A, B and C');
    expect(joinLabels(['A', 'B'], nl)).toBe('A en B');
    expect(joinLabels(['A', 'B', 'C', 'D', 'E', '…'], en)).toBe('A, B, C, D, E, …');
    // params keep the plain ", " list, for whoever words the step with i18next directly.
    const [form] = planPath(compareScenarios(decentralizedCurrent(), hubAndSpokeTarget()));
    expect(form?.params['members']).toBe('Customer Service, Marketing');
    expect(form?.lists['members']).toEqual(['Customer Service', 'Marketing']);
  });

  it('centralized → hub and spoke: form the team, guidelines, hand accounts to the departments', () => {
    const c = compareScenarios(centralizedCurrent(), centralizedToHubTarget());
    expect(formatPathAsText(planPath(c), en)).toBe(
      [
        '1. Form a social media team, Social Media Team, with people from Corporate Communications, Customer Service and Marketing.',
        '2. Put the 2 accounts of Corporate Communications (Acme on Facebook and Acme on X) under the guidelines of Social Media Team.',
        '3. Let Social Media Team guide and support Customer Service and Sales.',
        '4. Hand Acme Care (X) over from Corporate Communications to Customer Service.',
        '5. Hand Acme on LinkedIn (LinkedIn) over from Corporate Communications to Sales.',
        '',
      ].join('\n'),
    );
    expect(c.risks.resolved.map((r) => r.code)).toEqual(['account-sprawl', 'help-desk-bottleneck', 'isolated-unit', 'isolated-unit', 'isolated-unit']);
  });

  it('hub and spoke → multiple hub and spoke: regional hubs tied to the centre, members, the centre lets go of the countries', () => {
    const c = compareScenarios(hubAndSpokeCurrent(), multipleHubTarget());
    expect(c.classification.to.model).toBe('multiple-hub-and-spoke');
    expect(codes(c)).toEqual(['add-regional-hub', 'add-regional-hub', 'add-members', 'add-members', 'stop-coordinating']);
    expect(formatStep(planPath(c)[1]!, en)).toBe('Set up Social Team Europe as a regional hub under Global Social Team, to guide Globex Germany and Globex Netherlands.');
  });

  it('an unchanged scenario gives an empty path', () => {
    const a = decentralizedCurrent();
    const c = compareScenarios(a, shuffled(a, 7));
    expect(c.unchanged).toBe(true);
    expect(planPath(c)).toEqual([]);
  });

  it('orphans: adopted, left behind, closed; new accounts; sprawl merged', () => {
    const a = scenario('a')
      .dept('mkt', 'Marketing')
      .dept('cs', 'Customer Service')
      .account('lost', 'instagram', 'Acme Insta')
      .account('gone', 'tiktok', 'Acme Tok')
      .ownedAccount('cs', 'care', 'x', 'Acme Care')
      .ownedAccount('mkt', 'x1', 'x', 'Acme')
      .ownedAccount('mkt', 'x2', 'x', 'Acme News')
      .ownedAccount('mkt', 'x3', 'x', 'Acme Deals')
      .build();
    const b = scenario('b')
      .dept('mkt', 'Marketing')
      .dept('cs', 'Customer Service')
      .ownedAccount('cs', 'lost', 'instagram', 'Acme Insta')
      .account('care', 'x', 'Acme Care')
      .ownedAccount('mkt', 'x1', 'x', 'Acme')
      .ownedAccount('mkt', 'yt', 'youtube', 'Acme Video')
      .account('wa', 'whatsapp', 'Acme Chat')
      .build();
    const steps = planPath(compareScenarios(a, b));
    expect(steps.map((s) => formatStep(s, en))).toEqual([
      'Adopt the orphan Instagram account Acme Insta: hand it to Customer Service.',
      'Open Acme Video (YouTube), run by Marketing.',
      'Open Acme Chat (WhatsApp) – and decide who runs it.',
      'Close or adopt the orphan X account Acme Care (run by Customer Service until now).',
      'Merge 2 X accounts (Acme News and Acme Deals) into Acme.',
      'Close the orphan TikTok account Acme Tok.',
    ]);
    expect(steps.map((s) => s.phase)).toEqual(['accounts', 'accounts', 'accounts', 'accounts', 'clean-up', 'clean-up']);
  });

  it('employees, relations, renames, kinds, platforms, parts that come and go', () => {
    const a = scenario('a')
      .team('smt', 'Social Team')
      .dept('d', 'Marketing')
      .member('d', 'smt')
      .dept('x', 'X-dept')
      .coordinates('smt', 'd', 'x')
      .team('old', 'Old Team')
      .coordinates('old', 'x')
      .dept('legal', 'Legal')
      .account('acc', 'x', 'Acme')
      .build();
    const b = scenario('b')
      .team('smt', 'Social Media Team')
      .dept('d', 'Marketing')
      .coordinates('d', 'smt')
      .unit('x', 'X-dept')
      .coordinates('smt', 'x')
      .employees('amb', 'Ambassadors')
      .coordinates('smt', 'amb')
      .dept('sales', 'Sales')
      .account('acc', 'threads', 'Acme')
      .build();
    const steps = planPath(compareScenarios(a, b));
    expect(steps.map((s) => formatStep(s, en))).toEqual([
      'Bring Sales (a department) into the social media organisation.',
      'Have Social Media Team facilitate Ambassadors with guidelines, training and tools.',
      'Between Marketing and Social Media Team: change “member of” into “coordinates”.',
      'Let Social Media Team stop coordinating Marketing.',
      'Disband Old Team.',
      'Take Legal (a department) off the map: it no longer plays a part in social media.',
      'Rename Social Team to Social Media Team.',
      'Treat X-dept as a business unit instead of a department.',
      'Move Acme from X to Threads.',
    ]);
    // No step talks about an edge or node the comparison does not have.
    for (const s of steps) for (const n of s.nodes) expect(n.from ?? n.to).toBeDefined();
  });

  it('a regional hub that was cut off is tied back to the centre', () => {
    const a = scenario('a').team('c', 'Centre').unit('u1').coordinates('c', 'u1').team('r', 'Region').unit('u2').coordinates('r', 'u2').build();
    const b = scenario('b').team('c', 'Centre').unit('u1').coordinates('c', 'u1').team('r', 'Region').unit('u2').coordinates('r', 'u2').coordinates('c', 'r').build();
    const c = compareScenarios(a, b);
    expect(c.risks.resolved.map((r) => r.code)).toEqual(['severed-hub']);
    expect(planPath(c).map((s) => formatStep(s, en))).toEqual(['Tie Region to Centre: let Centre coordinate it, so the same guidelines reach its spokes.']);
  });
});

describe('properties', () => {
  const scenarios = documentArb.map((d) => d.scenarios);

  it('compare(s, s) is empty: nothing added, removed, changed, no risks resolved or introduced, no steps', () => {
    fc.assert(
      fc.property(scenarios, (list) => {
        for (const s of list) {
          const c = compareScenarios(s, s);
          expect(c.unchanged).toBe(true);
          expect([c.nodes.added, c.nodes.removed, c.nodes.changed, c.edges.added, c.edges.removed, c.edges.changed]).toEqual([[], [], [], [], [], []]);
          expect([c.risks.resolved, c.risks.introduced]).toEqual([[], []]);
          expect(planPath(c)).toEqual([]);
          // The same with the nodes and edges in another order.
          expect(planPath(compareScenarios(s, shuffled(s, 3)))).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any two scenarios: counts add up, the result does not depend on file order, every step words completely in en and nl', () => {
    fc.assert(
      fc.property(scenarios, scenarios, (xs, ys) => {
        const a = xs[0] as Scenario;
        const b = ys[0] as Scenario;
        const c = compareScenarios(a, b);
        const uniq = (s: Scenario) => new Set(s.nodes.map((n) => n.id)).size;
        expect(c.nodes.matches.length + c.nodes.added.length).toBe(uniq(b));
        expect(c.nodes.matches.length + c.nodes.removed.length).toBe(uniq(a));
        expect(new Set(c.nodes.matches.map((m) => m.from)).size).toBe(c.nodes.matches.length);
        expect(new Set(c.nodes.matches.map((m) => m.to)).size).toBe(c.nodes.matches.length);
        const again = compareScenarios(shuffled(a, 11), shuffled(b, 12));
        expect(again.nodes.matches).toEqual(c.nodes.matches);
        expect(planPath(again)).toEqual(planPath(c));
        for (const step of planPath(c)) {
          for (const catalog of [en, nl]) expect(formatStep(step, catalog)).not.toMatch(/\{\{|^compare\./);
          for (const n of step.nodes) {
            if (n.to !== undefined) expect(b.nodes.some((x) => x.id === n.to)).toBe(true);
            if (n.from !== undefined) expect(a.nodes.some((x) => x.id === n.from)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('planPath never throws on edges the analysis ignores', () => {
    const a = scenario('a').dept('d').build();
    const b: Scenario = { ...a, edges: [{ id: 'bad' as never, kind: 'owns', source: id('d'), target: id('nope') }] };
    expect(() => planPath(compareScenarios(a, b))).not.toThrow();
  });
});

describe('size', () => {
  it('20,000 nodes with every id changed: matched by label, an empty path', () => {
    const a = largeScenario(20_000);
    const renamed = (id: string) => `n-${id}` as NodeId;
    const b: Scenario = {
      ...a,
      nodes: a.nodes.map((n) => ({ ...n, id: renamed(n.id) })),
      edges: a.edges.map((e) => ({ ...e, source: renamed(e.source), target: renamed(e.target) })),
    };
    const c = compareScenarios(a, b);
    const steps = planPath(c);
    expect(c.nodes.matches.every((m) => m.by === 'label')).toBe(true);
    expect(c.unchanged).toBe(true);
    expect(steps).toEqual([]);
  });

  it('thousands of new teams, members and regional hubs each get their step', () => {
    const a = largeScenario(10_000);
    const b = scenario('b');
    for (const n of a.nodes) b.node(n.kind, n.id, n.label, n.kind === 'account' ? { platform: n.platform ?? 'x' } : {});
    for (const e of a.edges) b.edge(e.kind, e.source, e.target);
    for (let i = 0; i < 3_000; i++) b.team(`new-${i}`, `New team ${i}`).member(`u${i}`, `new-${i}`).coordinates(`r${i % 4}`, `new-${i}`).coordinates(`new-${i}`, `u${i}`);
    const steps = planPath(compareScenarios(a, b.build()));
    expect(steps.filter((s) => s.code === 'add-regional-hub')).toHaveLength(3_000);
  });
});
