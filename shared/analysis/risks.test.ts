import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model/types';
import { findRisks, RISK_CODES, type Risk, type RiskCode } from './index';
import { scenario } from '../../test-support/analysis/builders';
import { textHash } from './risks';

const of = (s: Scenario, code: RiskCode): Risk[] => findRisks(s).filter((r) => r.code === code);

/** A healthy hub-and-spoke core to add a problem to: nothing in it is a risk. */
function healthy() {
  return scenario()
    .dept('mkt', 'Marketing')
    .dept('cs', 'Customer Service')
    .team('smt', 'Social Media Team')
    .member('mkt', 'smt')
    .member('cs', 'smt')
    .unit('bu1', 'BU One')
    .unit('bu2', 'BU Two')
    .coordinates('smt', 'bu1', 'bu2')
    .ownedAccount('bu1', 'acc1', 'facebook', 'One on Facebook')
    .ownedAccount('bu2', 'acc2', 'facebook', 'Two on Facebook')
    .ownedAccount('smt', 'acc3', 'linkedin', 'Corporate page')
    .practices({ guidelines: 'yes', accountRules: 'yes' });
}

describe('findRisks', () => {
  it('the healthy core has no risks', () => {
    expect(findRisks(healthy().build())).toEqual([]);
  });

  it('every risk carries the severity the rules give its code', () => {
    const severities: Record<RiskCode, string> = {
      'orphan-account': 'high',
      'ungoverned-account': 'medium',
      'account-sprawl': 'medium',
      'help-desk-bottleneck': 'medium',
      'severed-hub': 'high',
      'hub-not-cross-functional': 'medium',
      'isolated-unit': 'low',
      'empty-hub': 'low',
      'coordination-cycle': 'high',
      'employees-without-hub': 'medium',
      'missing-guidelines': 'high',
      'missing-account-rules': 'medium',
      'missing-board-commitment': 'high',
      'missing-training': 'medium',
      'practices-unrecorded': 'low',
    };
    expect(Object.keys(severities).sort()).toEqual([...RISK_CODES].sort());
    const s = healthy()
      .account('orphan')
      .team('idle')
      .unit('alone')
      .employees('emps')
      .coordinates('bu1', 'bu2')
      .coordinates('bu2', 'bu1')
      .build();
    for (const r of findRisks(s)) expect(r.severity).toBe(severities[r.code]);
  });
});

describe('orphan-account', () => {
  it('fires for an account with no owner', () => {
    const s = healthy().account('lost', 'x', 'Old campaign', '@old').build();
    expect(of(s, 'orphan-account')).toEqual([
      { code: 'orphan-account', severity: 'high', nodes: ['lost'], params: { account: 'Old campaign', platform: 'x', handle: '@old' } },
    ]);
  });
  it('does not fire for owned accounts, whoever the owner is', () => {
    const s = healthy().employees('e').coordinates('smt', 'e').ownedAccount('e', 'pers', 'linkedin').build();
    expect(of(s, 'orphan-account')).toEqual([]);
  });
});

describe('ungoverned-account', () => {
  it('fires when hubs exist but the owner is outside every hub’s reach', () => {
    const s = healthy().dept('sales', 'Sales').ownedAccount('sales', 'sales-x', 'x', 'Sales on X').build();
    expect(of(s, 'ungoverned-account')).toEqual([
      { code: 'ungoverned-account', severity: 'medium', nodes: ['sales-x', 'sales'], params: { account: 'Sales on X', owners: 'Sales', count: 1, accounts: 'Sales on X' }, lists: { owners: ['Sales'] } },
    ]);
  });
  it('does not fire without any hub (that is decentralized, not ungoverned)', () => {
    const s = scenario().dept('a').dept('b').ownedAccount('a', 'a1').ownedAccount('b', 'b1').build();
    expect(of(s, 'ungoverned-account')).toEqual([]);
  });
  it('counts hubs, transitively coordinated owners and members of a hub team as within reach', () => {
    const s = healthy()
      .unit('sub')
      .unit('leaf')
      .coordinates('bu1', 'sub')
      .coordinates('sub', 'leaf')
      .ownedAccount('leaf', 'leaf-acc', 'youtube')
      .ownedAccount('mkt', 'mkt-acc', 'instagram')
      .build();
    expect(of(s, 'ungoverned-account')).toEqual([]);
  });
  it('is governed when one of several owners is within reach; orphans are left to orphan-account', () => {
    const s = healthy().dept('sales').account('shared', 'x').owns('sales', 'shared').owns('bu1', 'shared').account('nobody').build();
    expect(of(s, 'ungoverned-account')).toEqual([]);
  });
});

describe('account-sprawl', () => {
  it('fires for two accounts on the same platform with the same owner', () => {
    const s = healthy().ownedAccount('bu1', 'acc1b', 'facebook', 'One Deals').build();
    expect(of(s, 'account-sprawl')).toEqual([
      {
        code: 'account-sprawl',
        severity: 'medium',
        nodes: ['acc1', 'acc1b', 'bu1'],
        params: { count: 2, platform: 'facebook', accounts: 'One on Facebook, One Deals', owners: 'BU One', links: 'owner' },
        lists: { owners: ['BU One'] },
      },
    ]);
  });
  it('fires for the same label (normalised) on the same platform, whoever owns them', () => {
    const s = healthy().ownedAccount('bu1', 'x1', 'x', 'Acme NL').ownedAccount('bu2', 'x2', 'x', 'acme-nl!').build();
    const [risk] = of(s, 'account-sprawl');
    expect(risk?.nodes).toEqual(['x1', 'x2', 'bu1', 'bu2']);
  });
  it('fires for the same handle on the same platform', () => {
    const s = healthy().account('h1', 'x', 'First', '@acme').owns('bu1', 'h1').account('h2', 'x', 'Second', 'ACME').owns('bu2', 'h2').build();
    expect(of(s, 'account-sprawl')).toHaveLength(1);
  });
  it('joins chains of links into one group', () => {
    // a1–a2 share an owner, a2–a3 share a label: one risk with three accounts.
    const s = healthy().ownedAccount('bu1', 'a1', 'x', 'Alpha').ownedAccount('bu1', 'a2', 'x', 'Beta').ownedAccount('bu2', 'a3', 'x', 'beta').build();
    const found = of(s, 'account-sprawl');
    expect(found).toHaveLength(1);
    expect(found[0]?.params['count']).toBe(3);
  });
  it('lists a group in id order whatever the file order: accounts, then owners, labels shortened after five (issue 17)', () => {
    // Listed in the file from the highest id down, so no node's place matches its id order.
    let b = healthy().dept('zeta', 'Zeta').dept('alpha', 'Alpha');
    for (let i = 7; i >= 1; i--) b = b.ownedAccount('zeta', `x${i}`, 'x', `X ${i}`);
    b = b.owns('alpha', 'x4');
    // Linked by label only (different owners), on another platform: a second group.
    b = b.ownedAccount('zeta', 'l2', 'linkedin', 'Acme Jobs').ownedAccount('alpha', 'l1', 'linkedin', 'acme-jobs');
    const found = of(b.build(), 'account-sprawl');
    expect(found.map((r) => r.nodes)).toEqual([
      ['l1', 'l2', 'alpha', 'zeta'],
      ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'alpha', 'zeta'],
    ]);
    expect(found[1]?.params).toEqual({ count: 7, platform: 'x', accounts: 'X 1, X 2, X 3, X 4, X 5, …', owners: 'Alpha, Zeta', links: 'owner' });
    expect(found[1]?.lists).toEqual({ owners: ['Alpha', 'Zeta'] });
    expect(found[0]?.params['links']).toBe('label');
  });
  it('does not fire across platforms, for the platform "other", for employee groups or for orphans', () => {
    const s = healthy()
      .ownedAccount('bu1', 'o1', 'other', 'Forum')
      .ownedAccount('bu1', 'o2', 'other', 'Blog')
      .ownedAccount('bu1', 'x1', 'x', 'One on X')
      .employees('e')
      .coordinates('smt', 'e')
      .ownedAccount('e', 'p1', 'linkedin', 'Rep 1')
      .ownedAccount('e', 'p2', 'linkedin', 'Rep 2')
      .account('orph1', 'youtube', 'Same')
      .account('orph2', 'youtube', 'Same')
      .build();
    expect(of(s, 'account-sprawl')).toEqual([]);
  });
});

describe('account-sprawl: texts matched by number (textHash, issue 17)', () => {
  it('gives equal texts after normalising one number, whichever way they are read', () => {
    // ASCII as it is read; other text normalised as a string first (the Kelvin sign lowers to k).
    expect(textHash('acme-nl!')).toBe(textHash('Acme NL'));
    expect(textHash('CAFÉ!')).toBe(textHash('café'));
    expect(textHash('\u212Aeys')).toBe(textHash('KEYS'));
    expect(textHash('a\u0001b')).toBe(textHash('AB'));
    expect(textHash('Ünïcode Ω')).toBe(textHash('ünïcode-ω'));
    expect(textHash('Acme NL')).not.toBe(textHash('Acme BE'));
    // Nothing left after normalising: no text to match.
    expect(textHash('!!!')).toBe(-1);
    expect(textHash('')).toBe(-1);
    expect(textHash('— ·')).toBe(-1);
  });

  // Two different texts with the same number (found by a search): a match of numbers is checked.
  const [A, B] = ['26rsk', 'viuz2yecg'];
  it('the two test texts share a number', () => {
    expect(textHash(A)).toBe(textHash(B));
  });
  it.each([
    ['the clash first', [B, A, A.toUpperCase()]],
    ['a link first', [A, A.toUpperCase(), B]],
  ])('links only equal texts when two numbers clash (%s)', (_what, labels) => {
    const build = (field: 'label' | 'handle') => {
      let b = healthy();
      labels.forEach((text, i) => {
        b = field === 'label' ? b.account(`t${i}`, 'x', text) : b.account(`t${i}`, 'x', `Account ${i}`, text);
        b = b.owns(i === 0 ? 'mkt' : i === 1 ? 'cs' : 'bu1', `t${i}`);
      });
      return b.build();
    };
    const first = labels.indexOf(A);
    const last = labels.lastIndexOf(A.toUpperCase());
    for (const field of ['label', 'handle'] as const) {
      const found = of(build(field), 'account-sprawl');
      expect(found).toHaveLength(1);
      expect(found[0]?.nodes.slice(0, 2)).toEqual([`t${first}`, `t${last}`]);
      expect(found[0]?.params['links']).toBe(field);
    }
  });
});

describe('help-desk-bottleneck', () => {
  function desk(accounts: number, idleDepartments: number) {
    const b = scenario().team('desk', 'Desk');
    for (let i = 0; i < accounts; i++) b.ownedAccount('desk', `a${i}`, (['x', 'facebook', 'linkedin', 'instagram', 'youtube'] as const)[i % 5], `Account ${i}`);
    for (let i = 0; i < idleDepartments; i++) b.dept(`d${i}`).member(`d${i}`, 'desk');
    return b;
  }
  it('fires when one owner runs ≥3 accounts and ≥80% of them while ≥3 departments/units have none', () => {
    const found = of(desk(4, 3).build(), 'help-desk-bottleneck');
    expect(found).toEqual([
      {
        code: 'help-desk-bottleneck',
        severity: 'medium',
        nodes: ['desk', 'd0', 'd1', 'd2'],
        params: { owner: 'Desk', owned: 4, total: 4, units: 3, unitNames: 'd0, d1, d2' },
      },
    ]);
  });
  it('does not fire below each threshold', () => {
    expect(of(desk(2, 5).build(), 'help-desk-bottleneck')).toEqual([]); // too few accounts
    expect(of(desk(4, 2).build(), 'help-desk-bottleneck')).toEqual([]); // too few units served
    const spread = desk(4, 3).dept('own').ownedAccount('own', 'b1', 'x', 'B1').ownedAccount('own', 'b2', 'whatsapp', 'B2').build();
    expect(of(spread, 'help-desk-bottleneck')).toEqual([]); // 4 of 6 < 80%
  });
});

describe('severed-hub', () => {
  it('fires for a hub with no coordinates chain back to the central hub', () => {
    const s = healthy().team('regional', 'Regional Team').coordinates('smt', 'regional').unit('r1').coordinates('regional', 'r1').team('rogue', 'Rogue Team').unit('r2').coordinates('rogue', 'r2').build();
    expect(of(s, 'severed-hub')).toEqual([
      { code: 'severed-hub', severity: 'high', nodes: ['rogue', 'smt'], params: { hub: 'Rogue Team', central: 'Social Media Team' } },
    ]);
  });
  it('does not fire with one hub, or when every hub hangs under the central one', () => {
    expect(of(healthy().build(), 'severed-hub')).toEqual([]);
    const s = healthy().team('regional').coordinates('smt', 'regional').unit('r1').coordinates('regional', 'r1').build();
    expect(of(s, 'severed-hub')).toEqual([]);
  });
});

describe('hub-not-cross-functional', () => {
  it('fires for a team hub with members from fewer than two departments/units', () => {
    const s = scenario().dept('mkt', 'Marketing').team('t', 'Marketing Social').member('mkt', 't').unit('u').coordinates('t', 'u').build();
    expect(of(s, 'hub-not-cross-functional')).toEqual([
      { code: 'hub-not-cross-functional', severity: 'medium', nodes: ['t', 'mkt'], params: { hub: 'Marketing Social', count: 1, members: 'Marketing' } },
    ]);
  });
  it('does not fire for a team with two member departments, for a team that is no hub, or for a department hub', () => {
    expect(of(healthy().build(), 'hub-not-cross-functional')).toEqual([]);
    expect(of(scenario().team('t').ownedAccount('t', 'a').build(), 'hub-not-cross-functional')).toEqual([]);
    expect(of(scenario().dept('comms').unit('u').coordinates('comms', 'u').build(), 'hub-not-cross-functional')).toEqual([]);
  });
});

describe('isolated-unit', () => {
  it('fires for a department or unit with no owns, coordinates or member edge', () => {
    const s = healthy().unit('u', 'Lonely Unit').dept('d', 'Lonely Department').build();
    expect(of(s, 'isolated-unit').map((r) => [r.nodes, r.params])).toEqual([
      [['d'], { unit: 'Lonely Department' }],
      [['u'], { unit: 'Lonely Unit' }],
    ]);
  });
  it('does not fire for units that own, are coordinated, coordinate or send members — nor for teams or employees', () => {
    const s = scenario()
      .unit('owns')
      .ownedAccount('owns', 'a')
      .team('t')
      .unit('coordinated')
      .unit('member')
      .member('member', 't')
      .coordinates('t', 'coordinated')
      .dept('hub')
      .unit('x')
      .coordinates('hub', 'x')
      .employees('e')
      .build();
    expect(of(s, 'isolated-unit')).toEqual([]);
  });
});

describe('empty-hub', () => {
  it('fires for a team that coordinates nobody and owns nothing', () => {
    const s = healthy().team('idle', 'Idle Team').dept('hr').member('hr', 'idle').build();
    expect(of(s, 'empty-hub')).toEqual([{ code: 'empty-hub', severity: 'low', nodes: ['idle'], params: { team: 'Idle Team', members: 1 } }]);
  });
  it('does not fire for a team that coordinates or owns', () => {
    expect(of(healthy().team('owner').ownedAccount('owner', 'z', 'tiktok').build(), 'empty-hub')).toEqual([]);
  });
});

describe('coordination-cycle', () => {
  it('fires once per cycle, naming the cycle from its lowest id', () => {
    const s = scenario().team('c', 'C').team('a', 'A').team('b', 'B').coordinates('a', 'b').coordinates('b', 'c').coordinates('c', 'a').build();
    expect(of(s, 'coordination-cycle')).toEqual([
      { code: 'coordination-cycle', severity: 'high', nodes: ['a', 'b', 'c'], params: { cycle: 'A → B → C → A', count: 3 } },
    ]);
  });
  it('reports a shortest cycle first, then the rest of the strongly connected part', () => {
    // a→b→a and b→c→a: one component {a,b,c}; shortest cycle through a is a→b→a.
    const s = scenario().team('a').team('b').team('c').coordinates('a', 'b').coordinates('b', 'a').coordinates('b', 'c').coordinates('c', 'a').build();
    const [risk] = of(s, 'coordination-cycle');
    expect(risk?.nodes).toEqual(['a', 'b', 'c']);
    expect(risk?.params).toEqual({ cycle: 'a → b → a', count: 3 });
  });
  it('reports separate cycles separately and ignores acyclic chains', () => {
    const s = scenario().team('a').team('b').team('x').team('y').team('z').coordinates('a', 'b').coordinates('b', 'a').coordinates('x', 'y').coordinates('y', 'x').coordinates('y', 'z').build();
    expect(of(s, 'coordination-cycle').map((r) => r.nodes)).toEqual([['a', 'b'], ['x', 'y']]);
    expect(of(healthy().build(), 'coordination-cycle')).toEqual([]);
  });
});

describe('employees-without-hub', () => {
  it('fires for an employee group nobody coordinates, owning accounts or not', () => {
    const s = healthy().employees('e1', 'Sales reps').ownedAccount('e1', 'p', 'linkedin').employees('e2', 'Engineers').build();
    expect(of(s, 'employees-without-hub')).toEqual([
      { code: 'employees-without-hub', severity: 'medium', nodes: ['e1'], params: { group: 'Sales reps', accounts: 1 } },
      { code: 'employees-without-hub', severity: 'medium', nodes: ['e2'], params: { group: 'Engineers', accounts: 0 } },
    ]);
  });
  it('does not fire for a coordinated group', () => {
    expect(of(healthy().employees('e').coordinates('smt', 'e').build(), 'employees-without-hub')).toEqual([]);
  });
});
