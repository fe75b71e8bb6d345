/**
 * planPath: the comparison as an ordered checklist in the strategist's words — codes and params
 * that the catalogs word (`compare.step.<code>`), each naming its nodes. Structure first (hubs,
 * members), then coordination, then accounts, then clean-up; within a code, by the id of the
 * step's first node. Every rule: docs/compare.md ("The path").
 */
import { THRESHOLDS } from '../analysis/thresholds';
import { analyze } from '../analysis';
import type { EdgeKind, NodeId, OrgNode } from '../model/types';
import { PRACTICE_STEP } from './practices';
import { around, compareStrings, sideOf, type Side } from './side';
import { STEP_CODES, STEP_PHASE, type Comparison, type EdgeRef, type Step, type StepCode, type StepNode } from './types';

const RANK: Readonly<Record<string, number>> = Object.fromEntries(STEP_CODES.map((c, i) => [c, i]));

/** Labels in id order, at most THRESHOLDS.listedLabels, then "…" (as the analysis lists them). */
function labelItems(nodes: readonly OrgNode[]): string[] {
  const sorted = [...nodes].sort((a, b) => compareStrings(a.id, b.id));
  const shown = sorted.slice(0, THRESHOLDS.listedLabels).map((n) => n.label);
  if (sorted.length > THRESHOLDS.listedLabels) shown.push('…');
  return shown;
}

/** Step params as planPath builds them: a list of nodes becomes a label list. */
type RawParams = Readonly<Record<string, string | number | readonly OrgNode[]>>;

function sortIds(ids: readonly NodeId[]): NodeId[] {
  return [...ids].sort(compareStrings);
}

function sortNodes(nodes: readonly OrgNode[]): OrgNode[] {
  return [...nodes].sort((a, b) => compareStrings(a.id, b.id));
}

/** Everything planPath needs, derived once from the comparison. */
class Planner {
  readonly from: Side;
  readonly to: Side;
  readonly steps: Step[] = [];
  /** Edges (by id, in `to`) already told by a step. */
  private readonly toldEdges = new Set<string>();
  /** Nodes of `to` a step has named. */
  readonly named = new Set<NodeId>();

  constructor(readonly c: Comparison) {
    this.from = sideOf(c.from);
    this.to = sideOf(c.to);
  }

  toNode(id: NodeId): OrgNode {
    return this.to.byId.get(id) as OrgNode;
  }
  fromNode(id: NodeId): OrgNode {
    return this.from.byId.get(id) as OrgNode;
  }
  /** A node of `to` as a step names it. */
  refTo(id: NodeId): StepNode {
    const n = this.toNode(id);
    const fromId = this.c.nodes.toToFrom.get(id);
    this.named.add(id);
    return fromId === undefined ? { to: id, label: n.label, kind: n.kind } : { from: fromId, to: id, label: n.label, kind: n.kind };
  }
  /** A node of `from` as a step names it (with its `to` id and label when it is still there). */
  refFrom(id: NodeId): StepNode {
    const toId = this.c.nodes.fromToTo.get(id);
    if (toId !== undefined) return this.refTo(toId);
    const n = this.fromNode(id);
    return { from: id, label: n.label, kind: n.kind };
  }
  /** A `from` node as it is called now: its `to` node when matched. */
  nowFrom(id: NodeId): OrgNode {
    const toId = this.c.nodes.fromToTo.get(id);
    return toId === undefined ? this.fromNode(id) : this.toNode(toId);
  }

  add(code: StepCode, raw: RawParams, nodes: StepNode[]): void {
    const params: Record<string, string | number> = {};
    const lists: Record<string, readonly string[]> = {};
    for (const [name, value] of Object.entries(raw)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
      else {
        const items = labelItems(value as readonly OrgNode[]);
        params[name] = items.join(', ');
        lists[name] = items;
      }
    }
    this.steps.push({ code, phase: STEP_PHASE[code], params, lists, nodes });
  }
  tell(edge: EdgeRef): void {
    this.toldEdges.add(edge.id);
  }
  told(edge: EdgeRef): boolean {
    return this.toldEdges.has(edge.id);
  }
}

/** Added edges of one kind, grouped by an end (source or target), groups in id order. */
function groupEdges(edges: readonly EdgeRef[], kind: EdgeKind, by: 'source' | 'target'): [NodeId, EdgeRef[]][] {
  const groups = new Map<NodeId, EdgeRef[]>();
  for (const e of edges) {
    if (e.kind !== kind) continue;
    const k = e[by];
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return [...groups.entries()].sort((a, b) => compareStrings(a[0], b[0]));
}

/** New teams: form the hub (with its members) or the team. */
function structure(p: Planner): void {
  const { to } = p;
  const addedEdges = p.c.edges.added;
  const isSubHubTo = (id: NodeId) => around(to.coordOut, id).length > 0 && around(to.coordIn, id).length > 0;
  const isSubHubFrom = (id: NodeId | undefined) => id !== undefined && around(p.from.coordOut, id).length > 0 && around(p.from.coordIn, id).length > 0;
  const memberInto = new Map(groupEdges(addedEdges, 'member', 'target'));
  const coordInto = new Map(groupEdges(addedEdges, 'coordinates', 'target'));
  const coordFrom = new Map(groupEdges(addedEdges, 'coordinates', 'source'));

  for (const id of p.c.nodes.added) {
    const node = p.toNode(id);
    if (node.kind !== 'team' || isSubHubTo(id)) continue;
    const members = sortNodes(around(to.memberIn, id).map((m) => p.toNode(m)));
    for (const e of memberInto.get(id) ?? []) p.tell(e);
    const isHub = around(to.coordOut, id).length > 0;
    const code: StepCode = isHub ? (members.length > 0 ? 'form-hub' : 'form-hub-no-members') : 'form-team';
    p.add(code, { team: node.label, members: members, count: members.length }, [p.refTo(id), ...members.map((m) => p.refTo(m.id))]);
  }

  // Regional hubs: hubs that take their lead from another hub in `to` along a new coordinates
  // line, and did not in `from` (a line whose kind changed is change-relation's).
  for (const [id] of coordInto) {
    const node = p.toNode(id);
    if (!isSubHubTo(id)) continue;
    const fromId = p.c.nodes.toToFrom.get(id);
    if (isSubHubFrom(fromId)) continue;
    const central = sortNodes(around(to.coordIn, id).map((h) => p.toNode(h)));
    const spokes = sortNodes(around(to.coordOut, id).map((s) => p.toNode(s)));
    const wasHub = fromId !== undefined && around(p.from.coordOut, fromId).length > 0;
    for (const e of coordInto.get(id) ?? []) p.tell(e);
    if (!wasHub) for (const e of coordFrom.get(id) ?? []) p.tell(e);
    if (wasHub) {
      p.add('tie-hub', { hub: node.label, central: central }, [p.refTo(id), ...central.map((h) => p.refTo(h.id))]);
    } else {
      p.add(fromId === undefined ? 'add-regional-hub' : 'make-regional-hub', { hub: node.label, central: central, spokes: spokes, count: spokes.length }, [
        p.refTo(id),
        ...central.map((h) => p.refTo(h.id)),
        ...spokes.map((s) => p.refTo(s.id)),
      ]);
    }
  }

  for (const [team, edges] of groupEdges(addedEdges, 'member', 'target')) {
    const fresh = edges.filter((e) => !p.told(e));
    if (fresh.length === 0) continue;
    for (const e of fresh) p.tell(e);
    const members = sortNodes(fresh.map((e) => p.toNode(e.source)));
    p.add('add-members', { team: p.toNode(team).label, members: members, count: members.length }, [p.refTo(team), ...members.map((m) => p.refTo(m.id))]);
  }
}

/** New coordinates lines: accounts under a hub's guidelines, guidance, facilitated employees. */
function coordination(p: Planner): void {
  const { to } = p;
  for (const [hub, edges] of groupEdges(p.c.edges.added, 'coordinates', 'source')) {
    const plain: OrgNode[] = [];
    for (const e of edges.sort((a, b) => compareStrings(a.target, b.target))) {
      if (p.told(e)) continue;
      p.tell(e);
      const target = p.toNode(e.target);
      const hubNode = p.toNode(hub);
      if (target.kind === 'employees') {
        p.add('facilitate-employees', { hub: hubNode.label, group: target.label }, [p.refTo(target.id), p.refTo(hub)]);
        continue;
      }
      // The accounts the owner already ran: new and handed-over ones get their own steps.
      const ownerBefore = p.c.nodes.toToFrom.get(target.id);
      const kept = around(to.ownsOut, target.id).filter((a) => {
        const before = p.c.nodes.toToFrom.get(a);
        return ownerBefore !== undefined && before !== undefined && around(p.from.ownsIn, before).includes(ownerBefore);
      });
      const accounts = sortNodes(kept.map((a) => p.toNode(a)));
      if (accounts.length > 0) {
        p.add('put-under-guidelines', { owner: target.label, hub: hubNode.label, accounts: accounts, count: accounts.length }, [
          p.refTo(target.id),
          p.refTo(hub),
          ...accounts.map((a) => p.refTo(a.id)),
        ]);
      } else plain.push(target);
    }
    if (plain.length > 0) {
      p.add('coordinate', { hub: p.toNode(hub).label, targets: plain, count: plain.length }, [p.refTo(hub), ...plain.map((t) => p.refTo(t.id))]);
    }
  }
  for (const e of p.c.edges.changed) {
    p.add('change-relation', { source: p.toNode(e.source).label, target: p.toNode(e.target).label, fromRelation: e.fromKind, toRelation: e.toKind }, [
      p.refTo(e.source),
      p.refTo(e.target),
    ]);
  }
}

/** Accounts: new owners, adopted and new orphans, new accounts. */
function accounts(p: Planner): void {
  const { from, to } = p;
  const matched = [...p.c.nodes.matches].filter((m) => to.byId.get(m.to)?.kind === 'account' && from.byId.get(m.from)?.kind === 'account');
  for (const m of matched) {
    const account = p.toNode(m.to);
    const before = around(from.ownsIn, m.from).map((o) => p.c.nodes.fromToTo.get(o) ?? `removed ${o}`);
    const after = around(to.ownsIn, m.to);
    const beforeNodes = sortNodes(around(from.ownsIn, m.from).map((o) => p.nowFrom(o)));
    const afterNodes = sortNodes(after.map((o) => p.toNode(o)));
    const platform = account.platform ?? 'other';
    if (before.length === 0 && after.length > 0) {
      p.add('adopt-orphan', { account: account.label, platform, owners: afterNodes, count: afterNodes.length }, [p.refTo(m.to), ...afterNodes.map((o) => p.refTo(o.id))]);
    } else if (before.length > 0 && after.length === 0) {
      p.add('close-or-adopt-orphan', { account: account.label, platform, owners: beforeNodes, count: beforeNodes.length }, [
        p.refTo(m.to),
        ...sortIds(around(from.ownsIn, m.from)).map((o) => p.refFrom(o)),
      ]);
    } else if (before.length > 0) {
      const same = before.length === after.length && before.every((o) => after.includes(o as NodeId));
      if (same) continue;
      p.add('reassign-account', { account: account.label, platform, fromOwners: beforeNodes, toOwners: afterNodes }, [
        p.refTo(m.to),
        ...sortIds(around(from.ownsIn, m.from)).map((o) => p.refFrom(o)),
        ...afterNodes.filter((o) => !before.includes(o.id)).map((o) => p.refTo(o.id)),
      ]);
    }
  }
  for (const id of p.c.nodes.added) {
    const account = p.toNode(id);
    if (account.kind !== 'account') continue;
    const owners = sortNodes(around(to.ownsIn, id).map((o) => p.toNode(o)));
    const platform = account.platform ?? 'other';
    if (owners.length > 0) p.add('open-account', { account: account.label, platform, owners: owners, count: owners.length }, [p.refTo(id), ...owners.map((o) => p.refTo(o.id))]);
    else p.add('open-account-no-owner', { account: account.label, platform }, [p.refTo(id)]);
  }
}

/** Clean-up: merged sprawl, closed accounts, lines and parts that go, renames. */
function cleanUp(p: Planner): void {
  const { from } = p;
  const removed = new Set(p.c.nodes.removed);
  const merged = new Set<NodeId>();
  for (const risk of analyze(p.c.from).risks) {
    if (risk.code !== 'account-sprawl') continue;
    const group = risk.nodes.filter((id) => from.byId.get(id)?.kind === 'account');
    const gone = group.filter((id) => removed.has(id) && !merged.has(id));
    const kept = group.filter((id) => !removed.has(id));
    if (gone.length === 0 || kept.length === 0) continue;
    for (const id of gone) merged.add(id);
    const keptNodes = sortNodes(kept.map((id) => p.nowFrom(id)));
    const goneNodes = sortNodes(gone.map((id) => p.fromNode(id)));
    p.add('merge-sprawl', { accounts: goneNodes, into: keptNodes, platform: String(risk.params['platform'] ?? 'other'), count: goneNodes.length }, [
      ...goneNodes.map((n) => p.refFrom(n.id)),
      ...kept.map((id) => p.refFrom(id)),
    ]);
  }
  for (const id of p.c.nodes.removed) {
    const node = p.fromNode(id);
    if (node.kind !== 'account' || merged.has(id)) continue;
    const owners = sortNodes(around(from.ownsIn, id).map((o) => p.nowFrom(o)));
    const platform = node.platform ?? 'other';
    if (owners.length === 0) p.add('close-orphan', { account: node.label, platform }, [p.refFrom(id)]);
    else p.add('close-account', { account: node.label, platform, owners: owners, count: owners.length }, [p.refFrom(id), ...sortIds(around(from.ownsIn, id)).map((o) => p.refFrom(o))]);
  }

  // Lines that go between parts that both stay (a part that goes takes its lines with it).
  const staying = p.c.edges.removed.filter((e) => !removed.has(e.source) && !removed.has(e.target));
  for (const [hub, edges] of groupEdges(staying, 'coordinates', 'source')) {
    const targets = sortNodes(edges.map((e) => p.nowFrom(e.target)));
    p.add('stop-coordinating', { hub: p.nowFrom(hub).label, targets: targets, count: targets.length }, [p.refFrom(hub), ...sortIds(edges.map((e) => e.target)).map((t) => p.refFrom(t))]);
  }
  for (const [team, edges] of groupEdges(staying, 'member', 'target')) {
    const members = sortNodes(edges.map((e) => p.nowFrom(e.source)));
    p.add('remove-members', { team: p.nowFrom(team).label, members: members, count: members.length }, [p.refFrom(team), ...sortIds(edges.map((e) => e.source)).map((m) => p.refFrom(m))]);
  }

  for (const id of p.c.nodes.removed) {
    const node = p.fromNode(id);
    if (node.kind === 'account') continue;
    if (node.kind === 'team') p.add('disband-team', { team: node.label }, [p.refFrom(id)]);
    else p.add('remove-part', { part: node.label, kind: node.kind }, [p.refFrom(id)]);
  }

  for (const change of p.c.nodes.changed) {
    const before = p.fromNode(change.from);
    const after = p.toNode(change.to);
    if (change.fields.includes('label')) p.add('rename', { fromLabel: before.label, toLabel: after.label }, [p.refTo(change.to)]);
    if (change.fields.includes('kind')) p.add('change-kind', { label: after.label, fromKind: before.kind, toKind: after.kind }, [p.refTo(change.to)]);
    if (change.fields.includes('platform') && after.kind === 'account') {
      p.add('change-platform', { account: after.label, fromPlatform: before.platform ?? 'other', toPlatform: after.platform ?? 'other' }, [p.refTo(change.to)]);
    }
    if (change.fields.includes('handle') && after.kind === 'account' && (after.handle ?? '') !== '') {
      p.add('change-handle', { account: after.label, handle: after.handle ?? '' }, [p.refTo(change.to)]);
    }
  }
}

/** New parts (departments, units, employee groups) that no other step names. */
function newParts(p: Planner): void {
  for (const id of p.c.nodes.added) {
    const node = p.toNode(id);
    if (node.kind === 'team' || node.kind === 'account' || p.named.has(id)) continue;
    p.add('add-part', { part: node.label, kind: node.kind }, [p.refTo(id)]);
  }
}

/**
 * Practices (issue 18): one step per practice put in place, completed or dropped, in its natural
 * place (STEP_CODES order: board commitment first of all, the guidelines and account rules before
 * the spokes' accounts are put under them). Nodes: the hubs that carry it out — of `to`, or of
 * `from` for a dropped practice when `to` has none; for training the employee groups come first.
 */
function practices(p: Planner): void {
  const hubsTo = sortIds([...p.to.coordOut.keys()]);
  const hubsFrom = sortIds([...p.from.coordOut.keys()]);
  const hubs = (): StepNode[] => hubsTo.map((id) => p.refTo(id));
  const raw = (c: { practice: string; from?: string; to?: string }) => ({ practice: c.practice, fromValue: c.from ?? '', toValue: c.to ?? '' });
  for (const c of p.c.practices.added) {
    const groups = c.practice === 'training' ? sortIds(p.to.nodes.filter((n) => n.kind === 'employees').map((n) => n.id)).map((id) => p.refTo(id)) : [];
    p.add(PRACTICE_STEP[c.practice], raw(c), [...groups, ...hubs()]);
  }
  for (const c of p.c.practices.completed) p.add('complete-practice', raw(c), hubs());
  for (const c of p.c.practices.dropped) {
    p.add('drop-practice', raw(c), hubsTo.length > 0 ? hubs() : hubsFrom.map((id) => p.refFrom(id)));
  }
}

const memo = new WeakMap<Comparison, readonly Step[]>();

/**
 * The ordered checklist from `comparison.from` to `comparison.to`. Empty when nothing changed.
 * Returns the same (frozen) array for the same comparison object.
 */
export function planPath(comparison: Comparison): readonly Step[] {
  const cached = memo.get(comparison);
  if (cached) return cached;
  const p = new Planner(comparison);
  if (!comparison.unchanged) {
    structure(p);
    coordination(p);
    accounts(p);
    cleanUp(p);
    newParts(p);
    practices(p);
  }
  const first = (s: Step) => s.nodes[0]?.to ?? s.nodes[0]?.from ?? '';
  // Stable: within a code and a first node, steps keep the order they were made in.
  const steps = p.steps.sort((a, b) => (RANK[a.code] as number) - (RANK[b.code] as number) || compareStrings(first(a), first(b)));
  const frozen = Object.freeze(steps.map((s) => Object.freeze(s)));
  memo.set(comparison, frozen);
  return frozen;
}
