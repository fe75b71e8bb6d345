import { describe, expect, it } from 'vitest';
import {
  EDGE_KINDS,
  EDGE_RULES,
  NODE_KINDS,
  asNodeId,
  canConnect,
  defaultEdgeKind,
  edgeRefusalReason,
  emptyDocument,
  parseDocument,
  serializeDocument,
  type EdgeKind,
  type NodeKind,
  type OrgNode,
  type Scenario,
} from './index';
import { asEdgeId, asScenarioId, checkConnection } from './rules';

describe('connection rules', () => {
  it('canConnect follows EDGE_RULES for every combination', () => {
    for (const e of EDGE_KINDS)
      for (const s of NODE_KINDS)
        for (const t of NODE_KINDS) {
          expect(canConnect(s, t, e)).toBe(EDGE_RULES[e].source.includes(s) && EDGE_RULES[e].target.includes(t));
        }
  });

  it('defaultEdgeKind picks the likely meaning of a drag', () => {
    expect(defaultEdgeKind('unit', 'account')).toBe('owns');
    expect(defaultEdgeKind('employees', 'account')).toBe('owns');
    expect(defaultEdgeKind('team', 'unit')).toBe('coordinates');
    expect(defaultEdgeKind('department', 'team')).toBe('member');
    expect(defaultEdgeKind('unit', 'team')).toBe('member');
    expect(defaultEdgeKind('team', 'team')).toBe('coordinates');
    expect(defaultEdgeKind('department', 'unit')).toBe('coordinates');
    expect(defaultEdgeKind('team', 'employees')).toBe('coordinates');
    expect(defaultEdgeKind('account', 'team')).toBeNull();
    expect(defaultEdgeKind('employees', 'team')).toBeNull();
    expect(defaultEdgeKind('unit', 'department')).toBe('coordinates');
  });

  it('defaultEdgeKind is null exactly when no kind can connect, and always allowed otherwise', () => {
    for (const s of NODE_KINDS)
      for (const t of NODE_KINDS) {
        const kind = defaultEdgeKind(s, t);
        const any = EDGE_KINDS.some((e) => canConnect(s, t, e));
        expect(kind !== null).toBe(any);
        if (kind !== null) expect(canConnect(s, t, kind)).toBe(true);
      }
  });

  it('edgeRefusalReason is null when allowed and readable otherwise', () => {
    expect(edgeRefusalReason('owns', { kind: 'unit', id: 'bu-nl' }, { kind: 'account', id: 'acc-1' })).toBeNull();
    expect(edgeRefusalReason('owns', { kind: 'team', id: 'smt' }, { kind: 'unit', id: 'bu-nl' })).toBe(
      'an "owns" edge must end at an account, not at unit "bu-nl"',
    );
    expect(edgeRefusalReason('member', { kind: 'account', id: 'acc-1' }, { kind: 'team' })).toBe(
      'a "member" edge must start at a department or unit, not at account "acc-1"',
    );
    expect(edgeRefusalReason('coordinates', { kind: 'account' }, { kind: 'team' })).toBe(
      'a "coordinates" edge must start at a department, unit or team, not at an account',
    );
    expect(edgeRefusalReason('coordinates', { kind: 'team', id: 'a' }, { kind: 'team', id: 'a' })).toBe(
      'an edge cannot start and end at the same node ("a")',
    );
    for (const e of EDGE_KINDS)
      for (const s of NODE_KINDS)
        for (const t of NODE_KINDS) expect(edgeRefusalReason(e, { kind: s }, { kind: t }) === null).toBe(canConnect(s, t, e));
  });
});

describe('helpers', () => {
  it('emptyDocument is valid and round-trips', () => {
    const doc = emptyDocument();
    const result = parseDocument(serializeDocument(doc));
    expect(result.ok && result.document).toEqual(doc);
    expect(emptyDocument('Acme', 'Huidig').scenarios[0]?.name).toBe('Huidig');
  });

  it('branded casts are plain strings at run time', () => {
    expect(asNodeId('smt')).toBe('smt');
  });
});

describe('checkConnection (the one checker: store, ConnectDialog, canvas)', () => {
  const node = (id: string, kind: NodeKind): OrgNode => ({ id: asNodeId(id), kind, label: id, position: { x: 0, y: 0 } });
  const scenario: Scenario = {
    id: asScenarioId('current'),
    name: 'Current',
    nodes: [node('dep', 'department'), node('unit', 'unit'), node('team', 'team'), node('acc', 'account')],
    edges: [{ id: asEdgeId('e-1'), kind: 'owns', source: asNodeId('unit'), target: asNodeId('acc') }],
  };
  const check = (source: string, target: string, kind?: EdgeKind, ignore?: string) =>
    checkConnection(scenario, asNodeId(source), asNodeId(target), kind, ignore === undefined ? undefined : asEdgeId(ignore));

  it('gives the preferred kind, or the asked one when the rules allow it', () => {
    expect(check('dep', 'team')).toEqual({ ok: true, kind: 'member' });
    expect(check('dep', 'team', 'coordinates')).toEqual({ ok: true, kind: 'coordinates' });
    expect(check('team', 'acc')).toEqual({ ok: true, kind: 'owns' });
  });

  it('refuses a missing end', () => {
    expect(check('dep', 'nobody')).toEqual({ ok: false, reason: 'missing' });
    expect(check('nobody', 'dep', 'owns')).toEqual({ ok: false, reason: 'missing' });
  });

  it('refuses a self-loop', () => {
    expect(check('team', 'team')).toEqual({ ok: false, reason: 'self-loop' });
  });

  it('refuses when no kind fits, naming both kinds', () => {
    expect(check('acc', 'team')).toEqual({ ok: false, reason: 'kinds', sourceKind: 'account', targetKind: 'team' });
  });

  it('refuses a kind the rules do not allow, naming it and both kinds', () => {
    expect(check('dep', 'unit', 'owns')).toEqual({ ok: false, reason: 'kind-not-allowed', kind: 'owns', sourceKind: 'department', targetKind: 'unit' });
  });

  it('refuses a duplicate of the same kind and direction, unless it is the ignored edge itself', () => {
    expect(check('unit', 'acc')).toEqual({ ok: false, reason: 'duplicate', kind: 'owns' });
    expect(check('unit', 'acc', 'owns')).toEqual({ ok: false, reason: 'duplicate', kind: 'owns' });
    expect(check('unit', 'acc', 'owns', 'e-1')).toEqual({ ok: true, kind: 'owns' });
  });

  it('agrees with canConnect and defaultEdgeKind for every pair of kinds', () => {
    for (const s of NODE_KINDS)
      for (const t of NODE_KINDS) {
        const pair: Scenario = { ...scenario, nodes: [node('a', s), node('b', t)], edges: [] };
        const chosen = checkConnection(pair, asNodeId('a'), asNodeId('b'));
        expect(chosen.ok ? chosen.kind : null).toBe(defaultEdgeKind(s, t));
        for (const e of EDGE_KINDS) expect(checkConnection(pair, asNodeId('a'), asNodeId('b'), e).ok).toBe(canConnect(s, t, e));
      }
  });
});
