/**
 * Risks: what a strategist would flag on the map. Every rule is written out in
 * docs/analysis-rules.md ("Risks"); the comment on each function repeats it.
 *
 * Output order: by code in RISK_CODES order, then by the id of each risk's first node. Node lists
 * name the subject first, then the nodes it concerns, each group in id order, so the result does
 * not depend on the order of nodes and edges in the file.
 */
import { PLATFORMS, type NodeId, type OrgNode } from '../model/types';
import type { Risk, RiskCode, Severity } from './types';
import { byRank, compareById, degree, K_ACCOUNT, K_DEPARTMENT, K_EMPLOYEES, K_TEAM, K_UNIT, type GraphIndex } from './graph';
import type { Structure } from './structure';
import { THRESHOLDS } from './thresholds';
import { idOf, idsByRank, labelItems, labelList, labelOf, sortedLabelItems } from './labels';

const OTHER = PLATFORMS.indexOf('other');

/** Severity per code (docs/analysis-rules.md). */
export const RISK_SEVERITY: Readonly<Record<RiskCode, Severity>> = {
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
  // The practices' risks (practices.ts) set their own severity where it depends on the value.
  'missing-guidelines': 'high',
  'missing-account-rules': 'medium',
  'missing-board-commitment': 'high',
  'missing-training': 'medium',
  'practices-unrecorded': 'low',
};

function compareIds(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function risk(code: RiskCode, nodes: readonly NodeId[], params: Risk['params'], lists?: Risk['lists']): Risk {
  return lists === undefined ? { code, severity: RISK_SEVERITY[code], nodes, params } : { code, severity: RISK_SEVERITY[code], nodes, params, lists };
}

/** The neighbours in list[start..end), deduplicated (duplicate edges are refused by the parser, but cost nothing to ignore). */
function neighbours(list: Int32Array, start: number, end: number): number[] {
  if (end - start > 16) return [...new Set(list.subarray(start, end))];
  const out: number[] = [];
  for (let e = start; e < end; e++) {
    const w = list[e] as number;
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

function ownersOf(ix: GraphIndex, a: number): number[] {
  return neighbours(ix.ownsIn.list, ix.ownsIn.start[a] as number, ix.ownsIn.start[a + 1] as number);
}

/** orphan-account (high): an account with no `owns` edge. */
function orphanAccounts(ix: GraphIndex, out: Risk[]): void {
  for (let i = 0; i < ix.n; i++) {
    if (ix.kind[i] !== K_ACCOUNT || degree(ix.ownsIn, i) > 0) continue;
    const node = ix.nodes[i];
    out.push(risk('orphan-account', [idOf(ix, i)], { account: labelOf(ix, i), platform: node?.platform ?? 'other', handle: node?.handle ?? '' }));
  }
}

/**
 * ungoverned-account (medium): the map has at least one hub, the account has owners, and none of
 * them is within a hub's reach (a hub itself, reachable from a hub along coordinates edges, or a
 * member of a team within reach). Orphans are left to orphan-account.
 */
function ungovernedAccounts(ix: GraphIndex, st: Structure, out: Risk[]): void {
  if (st.hubCount === 0) return;
  const { ownsIn } = ix;
  // Near-identical risks are grouped under their owners: one risk per set of owners, listing every account.
  const groups = new Map<string, { owners: number[]; accounts: number[] }>();
  for (let a = 0; a < ix.n; a++) {
    if (ix.kind[a] !== K_ACCOUNT) continue;
    const start = ownsIn.start[a] as number;
    const end = ownsIn.start[a + 1] as number;
    if (start === end) continue;
    let governed = false;
    for (let e = start; e < end && !governed; e++) governed = st.inReach[ownsIn.list[e] as number] === 1;
    if (governed) continue;
    const owners = byRank(ix, ownersOf(ix, a));
    const key = owners.join(' ');
    const group = groups.get(key);
    if (group) group.accounts.push(a);
    else groups.set(key, { owners, accounts: [a] });
  }
  for (const { owners, accounts } of groups.values()) {
    const sorted = byRank(ix, accounts);
    const first = sorted[0] as number;
    out.push(
      risk('ungoverned-account', [...sorted.map((a) => idOf(ix, a)), ...idsByRank(ix, owners)], {
        account: labelOf(ix, first),
        owners: labelList(ix, owners),
        count: sorted.length,
        accounts: labelList(ix, sorted),
      }, { owners: labelItems(ix, owners) }),
    );
  }
}

const NON_ASCII = /[^ -~\t\n\r]/;

/** Label or handle reduced to letters and digits, lower case: "Acme NL!" and "acme-nl" match. */
function normalise(text: string): string {
  const lower = text.toLowerCase();
  // The ASCII regex is several times cheaper than the Unicode one; labels are mostly ASCII.
  return NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, '') : lower.replace(/[^a-z0-9]+/g, '');
}

/** account-sprawl link kinds, as bits; `links` names them in this order (catalog: risk.account-sprawl.links.<name>). */
const LINK_OWNER = 1;
const LINK_LABEL = 2;
const LINK_HANDLE = 4;
const LINK_NAMES = ['owner', 'label', 'handle'] as const;

const PLATFORM_CODE: Readonly<Record<string, number>> = Object.fromEntries(PLATFORMS.map((p, i) => [p, i]));

/** One account-sprawl group: its accounts in id order (the first is the root), their non-employee owners in id order, the link kinds found, the platform. */
interface SprawlGroup {
  readonly accounts: readonly number[];
  readonly owners: readonly number[];
  readonly bits: number;
  readonly platform: number;
}

/**
 * What the last account-sprawl run of one graph (same edges, same node ids and kinds) found, so
 * the next run after an edit redoes only what the edit can change. Owned by the analysis memo
 * (index.ts), one per graph; its results are always those a run from scratch would give.
 */
export interface SprawlCache {
  last?: { readonly nodes: readonly OrgNode[]; readonly state: SprawlState; readonly risks: readonly Risk[] };
}

/**
 * The linking behind the groups, kept so a change of one account's label or handle can regroup
 * only the groups it leaves and joins. Mutable: only the latest run's state is kept, and it always
 * matches that run's nodes.
 */
interface SprawlState {
  groups: readonly SprawlGroup[];
  /** Platform code of each taking-part account; -1 for every other node. */
  readonly platformOf: Int8Array;
  /** Of each taking-part account: the lowest-id account of its connected group (itself when alone). */
  readonly comp: Int32Array;
  /**
   * Per platform: normalised label (handle) → one account with it; all accounts with it are in
   * that account's group. Only a regroup after an edit needs them: made on its first call
   * ({@link textMaps}), so a one-shot analysis (`orgmap analyze`) never builds them (issue 17).
   */
  texts?: TextMaps;
}

interface TextMaps {
  readonly byLabel: Map<string, number>[];
  readonly byHandle: Map<string, number>[];
}

/**
 * The state's text maps, made from `nodes` (the nodes of the run the state belongs to) if not
 * made yet: per platform, each normalised text of a taking-part account → its first account.
 */
function textMaps(state: SprawlState, nodes: readonly OrgNode[]): TextMaps {
  if (state.texts) return state.texts;
  const byLabel = PLATFORMS.map(() => new Map<string, number>());
  const byHandle = PLATFORMS.map(() => new Map<string, number>());
  const { platformOf } = state;
  for (let a = 0; a < platformOf.length; a++) {
    const p = platformOf[a] as number;
    if (p < 0) continue;
    const [label, handle] = keysOf(nodes[a] as OrgNode);
    const labels = byLabel[p] as Map<string, number>;
    if (label && !labels.has(label)) labels.set(label, a);
    const handles = byHandle[p] as Map<string, number>;
    if (handle && !handles.has(handle)) handles.set(handle, a);
  }
  return (state.texts = { byLabel, byHandle });
}

/** {@link textHash} of a text whose normalised form is empty. */
const NO_TEXT = -1;

/** 32-bit FNV-1a, one step per character code, kept to 30 bits (a small integer for V8's maps). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/**
 * A number for `normalise(text)` without making that string: equal normalised texts give equal
 * numbers (different ones almost never do; the caller checks). NO_TEXT when it is ''.
 * Printable ASCII (and tab and line breaks) is normalised as it is read: letters lowered, digits
 * kept, the rest dropped, exactly what `normalise` does to such text; any other text is
 * normalised as a string first and that string's characters hashed the same way.
 *
 * @internal Exported for the tests.
 */
export function textHash(text: string): number {
  let h = FNV_OFFSET;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97) {
      if (c > 122) {
        if (c > 126) return hashString(normalise(text));
        continue;
      }
    } else if (c >= 65) {
      if (c > 90) continue;
      c += 32;
    } else if (c >= 48) {
      if (c > 57) continue;
    } else {
      if (c < 32 && c !== 9 && c !== 10 && c !== 13) return hashString(normalise(text));
      continue;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
    kept += 1;
  }
  return kept === 0 ? NO_TEXT : h & 0x3fffffff;
}

/** The same hash of a string already normalised. */
function hashString(normalised: string): number {
  if (normalised === '') return NO_TEXT;
  let h = FNV_OFFSET;
  for (let i = 0; i < normalised.length; i++) h = Math.imul(h ^ normalised.charCodeAt(i), FNV_PRIME);
  return h & 0x3fffffff;
}

/** A node's label and handle, normalised ('' for none). */
function keysOf(node: OrgNode): readonly [label: string, handle: string] {
  return [normalise(node.label), node.handle ? normalise(node.handle) : ''];
}

/**
 * account-sprawl (medium): accounts on the same platform (not `other`) that serve the same owner
 * or the same audience. Two accounts are linked when they share a non-employee owner, or have the
 * same label or handle after normalising; each connected group of two or more accounts is one
 * risk. Only accounts with at least one owner that is not an employee group count: an employee
 * group's accounts are personal accounts by design, and orphans are orphan-account's business.
 *
 * With a cache from an earlier run on the same graph: the groups are found again only when an
 * account's platform, normalised label or normalised handle changed, and a group's risk is worded
 * again only when one of its accounts or owners changed.
 */
function accountSprawl(ix: GraphIndex, out: Risk[], cache?: SprawlCache): void {
  const last = cache?.last;
  // Taken before a regroup replaces them in the (shared) state.
  const lastGroups = last?.state.groups;
  if (cache) cache.last = undefined; // The state is updated in place below: never left half done.
  let state: SprawlState;
  let changed: Set<number> | null = null;
  if (last && last.nodes.length === ix.n) {
    changed = new Set<number>();
    // Accounts whose normalised label or handle changed; null once a platform changed (a full regroup).
    let rekeyed: number[] | null = [];
    for (let i = 0; i < ix.n; i++) {
      const a = last.nodes[i] as OrgNode;
      const b = ix.nodes[i] as OrgNode;
      if (a === b) continue;
      changed.add(i);
      if (rekeyed === null || ix.kind[i] !== K_ACCOUNT) continue;
      if (a.platform !== b.platform) rekeyed = null;
      else if ((last.state.platformOf[i] as number) >= 0 && (keysOf(a)[0] !== keysOf(b)[0] || keysOf(a)[1] !== keysOf(b)[1])) rekeyed.push(i);
    }
    state = rekeyed === null ? sprawlGroups(ix) : rekeyed.length === 0 ? last.state : (regroup(ix, last.nodes, last.state, rekeyed) ?? sprawlGroups(ix));
  } else {
    state = sprawlGroups(ix);
  }
  const groups = state.groups;
  // The last run's risks by root, to reuse where the group and every node it names are unchanged.
  const before = new Map<number, { group: SprawlGroup; risk: Risk }>();
  if (last && lastGroups && changed) lastGroups.forEach((group, g) => before.set(group.accounts[0] as number, { group, risk: last.risks[g] as Risk }));
  const untouched = (group: SprawlGroup): boolean => {
    if (!changed) return false;
    const old = before.get(group.accounts[0] as number);
    if (!old) return false;
    if (old.group !== group) {
      if (old.group.bits !== group.bits || old.group.platform !== group.platform || !sameList(old.group.accounts, group.accounts) || !sameList(old.group.owners, group.owners)) return false;
    }
    for (const a of group.accounts) if (changed.has(a)) return false;
    for (const o of group.owners) if (changed.has(o)) return false;
    return true;
  };
  const risks = groups.map((group) => (untouched(group) ? (before.get(group.accounts[0] as number) as { risk: Risk }).risk : sprawlRisk(ix, group)));
  if (cache) cache.last = { nodes: ix.nodes, state, risks };
  for (const r of risks) out.push(r);
}

/**
 * After some taking-part accounts changed their normalised label or handle (nothing else that
 * links accounts changed): the groups they leave and join, found again by a search over just
 * those groups' accounts; every other group stays as it was (the same object). Every account with
 * a given text on a platform is in one group, so the groups touched hold every account an old or
 * new text of a changed account links. Updates `state` in place and returns it; null when the
 * search meets an account outside the touched groups (then the caller regroups from scratch).
 */
function regroup(ix: GraphIndex, lastNodes: readonly OrgNode[], state: SprawlState, rekeyed: readonly number[]): SprawlState | null {
  const { kind, ownsIn, ownsOut } = ix;
  const { platformOf, comp } = state;
  const { byLabel, byHandle } = textMaps(state, lastNodes);
  const byRoot = new Map<number, SprawlGroup>();
  for (const g of state.groups) byRoot.set(g.accounts[0] as number, g);
  // The old groups touched: each changed account's own, and the ones holding its new label or handle.
  const roots = new Set<number>();
  for (const d of rekeyed) {
    const p = platformOf[d] as number;
    roots.add(comp[d] as number);
    const [label, handle] = keysOf(ix.nodes[d] as OrgNode);
    const l = label ? (byLabel[p] as Map<string, number>).get(label) : undefined;
    if (l !== undefined) roots.add(comp[l] as number);
    const h = handle ? (byHandle[p] as Map<string, number>).get(handle) : undefined;
    if (h !== undefined) roots.add(comp[h] as number);
  }
  const affected = new Set<number>();
  for (const r of roots) for (const m of byRoot.get(r)?.accounts ?? [r]) affected.add(m);
  // Their accounts by platform and text, as they are now.
  const labels = new Map<string, number[]>();
  const handles = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, a: number): void => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  const keyOf = (p: number, text: string): string => `${p}\u0000${text}`;
  for (const a of affected) {
    const p = platformOf[a] as number;
    const [label, handle] = keysOf(ix.nodes[a] as OrgNode);
    if (label) add(labels, keyOf(p, label), a);
    if (handle) add(handles, keyOf(p, handle), a);
  }
  // The changed texts' representatives: an account that has the text now, or none.
  for (const d of rekeyed) {
    const p = platformOf[d] as number;
    const [la, ha] = keysOf(lastNodes[d] as OrgNode);
    const [lb, hb] = keysOf(ix.nodes[d] as OrgNode);
    for (const [text, map, local] of [[la, byLabel, labels], [lb, byLabel, labels], [ha, byHandle, handles], [hb, byHandle, handles]] as const) {
      if (!text) continue;
      const first = local.get(keyOf(p, text))?.[0];
      if (first === undefined) (map[p] as Map<string, number>).delete(text);
      else (map[p] as Map<string, number>).set(text, first);
    }
  }

  // Search the touched accounts again: links by owner, by label, by handle.
  const done = new Set<number>();
  const fresh: SprawlGroup[] = [];
  for (const start of affected) {
    if (done.has(start)) continue;
    const p = platformOf[start] as number;
    const component: number[] = [start];
    done.add(start);
    const seenOwners = new Set<number>();
    let bits = 0;
    for (let q = 0; q < component.length; q++) {
      const a = component[q] as number;
      for (let e = ownsIn.start[a] as number, end = ownsIn.start[a + 1] as number; e < end; e++) {
        const o = ownsIn.list[e] as number;
        if (kind[o] === K_EMPLOYEES || seenOwners.has(o)) continue;
        seenOwners.add(o);
        // An owner link: two different accounts of this owner on the platform.
        let firstOnPlatform = -1;
        for (let f = ownsOut.start[o] as number, fend = ownsOut.start[o + 1] as number; f < fend; f++) {
          const b = ownsOut.list[f] as number;
          if (platformOf[b] !== p) continue;
          if (firstOnPlatform < 0) firstOnPlatform = b;
          else if (b !== firstOnPlatform) bits |= LINK_OWNER;
          if (done.has(b)) continue;
          if (!affected.has(b)) return null;
          done.add(b);
          component.push(b);
        }
      }
      const [label, handle] = keysOf(ix.nodes[a] as OrgNode);
      for (const [text, local, bit] of [[label, labels, LINK_LABEL], [handle, handles, LINK_HANDLE]] as const) {
        const list = text ? local.get(keyOf(p, text)) : undefined;
        if (!list || list.length < 2) continue;
        bits |= bit;
        for (const b of list) {
          if (done.has(b)) continue;
          done.add(b);
          component.push(b);
        }
      }
    }
    const accounts = byRank(ix, component);
    const root = accounts[0] as number;
    for (const a of accounts) comp[a] = root;
    if (accounts.length < 2) continue;
    const owners = new Set<number>();
    for (const a of accounts) for (const o of ownersOf(ix, a)) if (kind[o] !== K_EMPLOYEES) owners.add(o);
    fresh.push({ accounts, owners: byRank(ix, [...owners]), bits, platform: p });
  }
  const kept = state.groups.filter((g) => !roots.has(g.accounts[0] as number));
  const compare = compareById(ix);
  state.groups = [...kept, ...fresh].sort((x, y) => compare(x.accounts[0] as number, y.accounts[0] as number));
  return state;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The account-sprawl groups of two or more accounts, ordered by their lowest-id account, with the linking behind them. */
function sprawlGroups(ix: GraphIndex): SprawlState {
  const { n, kind, nodes, ownsOut, ownsIn } = ix;
  // Union-find over node indices; -1 = not taking part. A root is any member (the lower index):
  // the group's lowest-id account is found once, when its members are sorted for the result, so
  // linking compares no ids.
  const parent = new Int32Array(n).fill(-1);
  const platformOf = new Int8Array(n).fill(-1);
  // Which kinds of link joined each account to another (LINK_* bits), so the risk says what it found.
  const linkBits = new Uint8Array(n);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    let y = x;
    while (y !== r) {
      const next = parent[y] as number;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  const union = (a: number, b: number, bit: number): void => {
    linkBits[a]! |= bit;
    linkBits[b]! |= bit;
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };

  // Which accounts take part: a known platform other than `other`, and a non-employee owner.
  let taking = 0;
  for (let a = 0; a < n; a++) {
    if (kind[a] !== K_ACCOUNT) continue;
    const p = PLATFORM_CODE[nodes[a]?.platform ?? 'other'];
    if (p === undefined || p === OTHER) continue;
    for (let e = ownsIn.start[a] as number, end = ownsIn.start[a + 1] as number; e < end; e++) {
      if (kind[ownsIn.list[e] as number] !== K_EMPLOYEES) {
        parent[a] = a;
        platformOf[a] = p;
        taking += 1;
        break;
      }
    }
  }
  const comp = new Int32Array(n).fill(-1);
  if (taking === 0) return { groups: [], platformOf, comp };

  // Same owner, same platform.
  const firstOnPlatform = new Int32Array(PLATFORMS.length);
  for (let o = 0; o < n; o++) {
    const start = ownsOut.start[o] as number;
    const end = ownsOut.start[o + 1] as number;
    if (end - start < 2 || kind[o] === K_EMPLOYEES) continue;
    firstOnPlatform.fill(-1);
    for (let e = start; e < end; e++) {
      const a = ownsOut.list[e] as number;
      const p = platformOf[a] as number;
      if (p < 0) continue;
      const f = firstOnPlatform[p] as number;
      if (f < 0) firstOnPlatform[p] = a;
      else if (f !== a) union(f, a, LINK_OWNER);
    }
  }

  // Same label or same handle, same platform. Each account's first account with the same
  // normalised text is found by the text's number (textHash, one map per platform): no string is
  // made for the texts, which was most of this function's time (issue 17). A number shared by two
  // different texts (checked on every match) sends the search to the texts themselves.
  let texts: TextMaps | undefined;
  const labelSlots = PLATFORMS.map(() => new Map<number, number>());
  const handleSlots = PLATFORMS.map(() => new Map<number, number>());
  let clash = false;
  for (let a = 0; a < n && !clash; a++) {
    const p = platformOf[a] as number;
    if (p < 0) continue;
    const node = nodes[a] as OrgNode;
    const label = textHash(node.label);
    if (label !== NO_TEXT) {
      const slots = labelSlots[p] as Map<number, number>;
      const seen = slots.get(label);
      if (seen === undefined) slots.set(label, a);
      else if (normalise((nodes[seen] as OrgNode).label) === normalise(node.label)) union(seen, a, LINK_LABEL);
      else clash = true;
    }
    const handle = node.handle ? textHash(node.handle) : NO_TEXT;
    if (handle !== NO_TEXT) {
      const slots = handleSlots[p] as Map<number, number>;
      const seen = slots.get(handle);
      if (seen === undefined) slots.set(handle, a);
      else if (normalise((nodes[seen] as OrgNode).handle as string) === normalise(node.handle as string)) union(seen, a, LINK_HANDLE);
      else clash = true;
    }
  }
  if (clash) {
    // The links made so far are true ones; the texts' own maps make every link again, and these.
    texts = { byLabel: PLATFORMS.map(() => new Map<string, number>()), byHandle: PLATFORMS.map(() => new Map<string, number>()) };
    for (let a = 0; a < n; a++) {
      const p = platformOf[a] as number;
      if (p < 0) continue;
      const node = nodes[a] as OrgNode;
      const label = normalise(node.label);
      if (label) {
        const map = texts.byLabel[p] as Map<string, number>;
        const seen = map.get(label);
        if (seen === undefined) map.set(label, a);
        else union(seen, a, LINK_LABEL);
      }
      const handle = node.handle ? normalise(node.handle) : '';
      if (handle) {
        const map = texts.byHandle[p] as Map<string, number>;
        const seen = map.get(handle);
        if (seen === undefined) map.set(handle, a);
        else union(seen, a, LINK_HANDLE);
      }
    }
  }

  // The members of each group, bucketed by root (a counting sort, no map); a lone account is its own group.
  const size = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    if ((platformOf[a] as number) < 0) continue;
    const r = find(a);
    comp[a] = r;
    size[r]! += 1;
  }
  const first = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) first[a + 1] = (first[a] as number) + ((size[a] as number) >= 2 ? (size[a] as number) : 0);
  const fill = first.slice(0, n);
  const bucket = new Int32Array(first[n] as number);
  for (let a = 0; a < n; a++) {
    const r = comp[a] as number;
    if (r >= 0 && (size[r] as number) >= 2) bucket[fill[r]!++] = a;
  }
  // Each group's accounts in id order (the first is the group's lowest-id account, its root in
  // `comp`), and its non-employee owners in id order, each once.
  const groups: SprawlGroup[] = [];
  const ownerSeen = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    const from = first[r] as number;
    const to = first[r + 1] as number;
    if (from === to) continue;
    const accounts = byRank(ix, Array.from(bucket.subarray(from, to)));
    const root = accounts[0] as number;
    const owners: number[] = [];
    let bits = 0;
    for (const a of accounts) {
      comp[a] = root;
      bits |= linkBits[a] as number;
      for (let e = ownsIn.start[a] as number, end = ownsIn.start[a + 1] as number; e < end; e++) {
        const o = ownsIn.list[e] as number;
        if (kind[o] === K_EMPLOYEES || ownerSeen[o] === r) continue;
        ownerSeen[o] = r;
        owners.push(o);
      }
    }
    groups.push({ accounts, owners: byRank(ix, owners), bits, platform: platformOf[root] as number });
  }
  const compare = compareById(ix);
  groups.sort((x, y) => compare(x.accounts[0] as number, y.accounts[0] as number));
  return texts ? { groups, platformOf, comp, texts } : { groups, platformOf, comp };
}

function sprawlRisk(ix: GraphIndex, { accounts, owners, bits, platform }: SprawlGroup): Risk {
  // Both lists are in id order already (SprawlGroup).
  const nodes: NodeId[] = [];
  for (const a of accounts) nodes.push(idOf(ix, a));
  for (const o of owners) nodes.push(idOf(ix, o));
  const ownerItems = sortedLabelItems(ix, owners);
  return risk('account-sprawl', nodes, {
    count: accounts.length,
    platform: PLATFORMS[platform] ?? 'other',
    accounts: sortedLabelItems(ix, accounts).join(', '),
    owners: ownerItems.join(', '),
    links: LINK_NAMES.filter((_, i) => (bits & (1 << i)) !== 0).join(','),
  }, { owners: ownerItems });
}

/**
 * help-desk-bottleneck (medium): one owner that is not an employee group runs at least
 * helpDeskMinAccounts accounts and at least helpDeskMinShare of all owned accounts, while at
 * least helpDeskMinServed departments and units (other than itself) run no account of their own
 * and so depend on it.
 */
function helpDeskBottleneck(ix: GraphIndex, out: Risk[]): void {
  let owned = 0;
  const served: number[] = [];
  for (let i = 0; i < ix.n; i++) {
    const k = ix.kind[i];
    if (k === K_ACCOUNT && degree(ix.ownsIn, i) > 0) owned += 1;
    if ((k === K_DEPARTMENT || k === K_UNIT) && degree(ix.ownsOut, i) === 0) served.push(i);
  }
  if (owned === 0) return;
  for (let o = 0; o < ix.n; o++) {
    if (ix.kind[o] === K_ACCOUNT || ix.kind[o] === K_EMPLOYEES) continue;
    const accounts = degree(ix.ownsOut, o);
    if (accounts < THRESHOLDS.helpDeskMinAccounts || accounts / owned < THRESHOLDS.helpDeskMinShare) continue;
    // o owns accounts, so it is never in `served`.
    if (served.length < THRESHOLDS.helpDeskMinServed) continue;
    out.push(
      risk('help-desk-bottleneck', [idOf(ix, o), ...idsByRank(ix, served)], {
        owner: labelOf(ix, o),
        owned: accounts,
        total: owned,
        units: served.length,
        unitNames: labelList(ix, served),
      }),
    );
  }
}

/**
 * severed-hub (high): with two or more hubs, a hub that cannot be reached from the central hub
 * along coordinates edges. The central hub: the top-level hub that coordinates the most other
 * hubs directly (ties: most targets, then lowest id) — see structure.ts.
 */
function severedHubs(ix: GraphIndex, st: Structure, out: Risk[]): void {
  if (st.hubCount < 2 || st.mainHub < 0) return;
  for (const h of st.hubs) {
    if (st.fromMain[h] === 1) continue;
    out.push(risk('severed-hub', [idOf(ix, h), idOf(ix, st.mainHub)], { hub: labelOf(ix, h), central: labelOf(ix, st.mainHub) }));
  }
}

/**
 * hub-not-cross-functional (medium): a team that coordinates others, with members from fewer
 * than crossFunctionalMinMembers distinct departments/units. Department and unit hubs are not
 * flagged: one department in the lead and regional unit hubs are legitimate stages.
 */
function hubNotCrossFunctional(ix: GraphIndex, st: Structure, out: Risk[]): void {
  for (const h of st.hubs) {
    if (ix.kind[h] !== K_TEAM) continue;
    const members = neighbours(ix.memberIn.list, ix.memberIn.start[h] as number, ix.memberIn.start[h + 1] as number);
    if (members.length >= THRESHOLDS.crossFunctionalMinMembers) continue;
    out.push(
      risk('hub-not-cross-functional', [idOf(ix, h), ...idsByRank(ix, members)], {
        hub: labelOf(ix, h),
        count: members.length,
        members: labelList(ix, members),
      }),
    );
  }
}

/**
 * isolated-unit (low): a department or unit with no edge of any kind that matters: it owns no
 * account, nobody coordinates it, it coordinates nobody and it sends nobody into a team.
 */
function isolatedUnits(ix: GraphIndex, out: Risk[]): void {
  for (let i = 0; i < ix.n; i++) {
    const k = ix.kind[i];
    if (k !== K_DEPARTMENT && k !== K_UNIT) continue;
    if (degree(ix.ownsOut, i) + degree(ix.coordIn, i) + degree(ix.coordOut, i) + degree(ix.memberOut, i) > 0) continue;
    out.push(risk('isolated-unit', [idOf(ix, i)], { unit: labelOf(ix, i) }));
  }
}

/** empty-hub (low): a team that coordinates nobody and owns no account — an idle team. */
function emptyHubs(ix: GraphIndex, out: Risk[]): void {
  for (let i = 0; i < ix.n; i++) {
    if (ix.kind[i] !== K_TEAM) continue;
    if (degree(ix.coordOut, i) + degree(ix.ownsOut, i) > 0) continue;
    out.push(risk('empty-hub', [idOf(ix, i)], { team: labelOf(ix, i), members: degree(ix.memberIn, i) }));
  }
}

/**
 * coordination-cycle (high): one risk per strongly connected component of the coordinates graph
 * with two or more nodes. Nodes: one shortest cycle from the component's lowest-id node, in
 * walking order, then the component's other nodes in id order.
 */
function coordinationCycles(ix: GraphIndex, st: Structure, out: Risk[]): void {
  st.cycles.forEach((cycle, c) => {
    const length = st.cycleLengths[c] as number;
    const walk = cycle.slice(0, length);
    const shown = walk.length > THRESHOLDS.listedLabels ? [...walk.slice(0, THRESHOLDS.listedLabels).map((i) => labelOf(ix, i)), '…'] : walk.map((i) => labelOf(ix, i));
    shown.push(labelOf(ix, walk[0] as number));
    out.push(risk('coordination-cycle', cycle.map((i) => idOf(ix, i)), { cycle: shown.join(' → '), count: cycle.length }));
  });
}

/** employees-without-hub (medium): an employee group that no hub coordinates, whether or not it owns accounts. */
function employeesWithoutHub(ix: GraphIndex, out: Risk[]): void {
  for (let i = 0; i < ix.n; i++) {
    if (ix.kind[i] !== K_EMPLOYEES || degree(ix.coordIn, i) > 0) continue;
    out.push(risk('employees-without-hub', [idOf(ix, i)], { group: labelOf(ix, i), accounts: degree(ix.ownsOut, i) }));
  }
}

/** All risks, from a prebuilt index and structure (the public entry point is `findRisks` in index.ts). */
export function findRisksIndex(ix: GraphIndex, st: Structure, sprawl?: SprawlCache): Risk[] {
  const out: Risk[] = [];
  const steps: ((out: Risk[]) => void)[] = [
    (o) => orphanAccounts(ix, o),
    (o) => ungovernedAccounts(ix, st, o),
    (o) => accountSprawl(ix, o, sprawl),
    (o) => helpDeskBottleneck(ix, o),
    (o) => severedHubs(ix, st, o),
    (o) => hubNotCrossFunctional(ix, st, o),
    (o) => isolatedUnits(ix, o),
    (o) => emptyHubs(ix, o),
    (o) => coordinationCycles(ix, st, o),
    (o) => employeesWithoutHub(ix, o),
  ];
  for (const step of steps) {
    const found: Risk[] = [];
    step(found);
    // Within a code, by the id of the first node (unique per code), whatever the file order.
    if (found.length > 1) found.sort((a, b) => compareIds(a.nodes[0], b.nodes[0]));
    for (const r of found) out.push(r);
  }
  return out;
}
