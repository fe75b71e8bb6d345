/**
 * Classification: which of the five Altimeter models a scenario follows. The rules are written
 * out in docs/analysis-rules.md ("Classification"); the comments here point at the same steps.
 *
 * In short: every owned account is attributed to its owners (split evenly when it has several),
 * each owner falls into one category by its place in the coordination structure, and the shares
 * per category plus a few structural facts give one raw evidence value (0..1) per model. A
 * softmax turns the raw values into scores that sum to 1.
 */
import { MODELS, type ClassifyResult, type ModelId, type Reason, type ReasonCode } from './types';
import { byRank, degree, idBefore, K_ACCOUNT, K_DEPARTMENT, K_EMPLOYEES, K_TEAM, K_UNIT, type GraphIndex } from './graph';
import type { Structure } from './structure';
import { THRESHOLDS } from './thresholds';
import { idOf, idsByRank, labelList, labelOf } from './labels';

/** Owner categories (docs/analysis-rules.md, step 2). */
const E_FAC = 0; // employee group coordinated by a hub
const E_FREE = 1; // employee group nobody coordinates
const H_TOP = 2; // hub nobody coordinates
const H_SUB = 3; // hub coordinated by another hub
const S_SUB = 4; // non-hub coordinated by (or member of) a sub-hub
const S_TOP = 5; // non-hub coordinated by (or member of) a top-level hub, or member of a team within reach
const FREE = 6; // non-hub outside every hub's reach
const CATEGORIES = 7;

/** One account's weight, as an integer: divisible by 1..16, so splits over up to 16 owners are exact. */
const UNIT = 720_720;

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

interface Features {
  readonly accounts: number;
  readonly ownedAccounts: number;
  /** Sum of the weighted account attributions (employee-group accounts count double). */
  readonly total: number;
  /** Weighted share of the owned accounts per owner category. */
  readonly share: Float64Array;
  readonly category: Int8Array;
  readonly ownedCount: Int32Array;
  /** The non-employee owner with the largest weighted share, or -1. */
  readonly centralOwner: number;
  /** That owner's weighted share (0 when none). */
  readonly concentration: number;
  readonly uncoordinatedOwners: number[];
  readonly uncoordinatedAccounts: number;
  readonly spokeOwners: number;
  readonly subAccounts: number;
  readonly facilitatedOwners: number[];
  readonly facilitatedAccounts: number;
  readonly unfacilitatedOwners: number[];
  readonly unfacilitatedAccounts: number;
  readonly multiple: number;
}

/** Step 2: the category of an owner. */
function categoryOf(ix: GraphIndex, st: Structure, o: number): number {
  if (ix.kind[o] === K_EMPLOYEES) return degree(ix.coordIn, o) > 0 ? E_FAC : E_FREE;
  if (st.isHub[o] === 1) return st.isSubHub[o] === 1 ? H_SUB : H_TOP;
  let coordinated = false;
  let underSub = false;
  const { coordIn, memberOut } = ix;
  for (let e = coordIn.start[o] as number, end = coordIn.start[o + 1] as number; e < end; e++) {
    coordinated = true;
    if (st.isSubHub[coordIn.list[e] as number] === 1) underSub = true;
  }
  for (let e = memberOut.start[o] as number, end = memberOut.start[o + 1] as number; e < end; e++) {
    const t = memberOut.list[e] as number;
    if (st.inReach[t] === 1) {
      coordinated = true;
      if (st.isSubHub[t] === 1) underSub = true;
    }
  }
  return underSub ? S_SUB : coordinated ? S_TOP : FREE;
}

function computeFeatures(ix: GraphIndex, st: Structure): Features {
  const { n, kind, ownsIn } = ix;
  const category = new Int8Array(n).fill(-1);
  const weight = new Float64Array(n);
  const ownedCount = new Int32Array(n);
  const byCategory = new Float64Array(CATEGORIES);
  let accounts = 0;
  let ownedAccounts = 0;
  let total = 0;
  let uncoordinatedAccounts = 0;
  let subAccounts = 0;
  let facilitatedAccounts = 0;
  let unfacilitatedAccounts = 0;

  // Step 1: attribute each owned account to its owners.
  for (let a = 0; a < n; a++) {
    if (kind[a] !== K_ACCOUNT) continue;
    accounts += 1;
    const start = ownsIn.start[a] as number;
    const end = ownsIn.start[a + 1] as number;
    if (start === end) continue;
    ownedAccounts += 1;
    // Integer shares of UNIT: sums of integers are exact, so the result cannot depend on the
    // order in which the file lists accounts and edges (float sums would, in the last bits).
    const split = Math.round(UNIT / (end - start));
    let uncoordinated = false;
    let sub = false;
    let fac = false;
    let unfac = false;
    for (let e = start; e < end; e++) {
      const o = ownsIn.list[e] as number;
      let c = category[o] as number;
      if (c === -1) category[o] = c = categoryOf(ix, st, o);
      const w = kind[o] === K_EMPLOYEES ? split * THRESHOLDS.employeeAccountWeight : split;
      weight[o]! += w;
      ownedCount[o]! += 1;
      byCategory[c]! += w;
      total += w;
      if (c === FREE || c === E_FREE) uncoordinated = true;
      if (c === S_SUB || c === H_SUB) sub = true;
      if (c === E_FAC) fac = true;
      if (c === E_FREE) unfac = true;
    }
    if (uncoordinated) uncoordinatedAccounts += 1;
    if (sub) subAccounts += 1;
    if (fac) facilitatedAccounts += 1;
    if (unfac) unfacilitatedAccounts += 1;
  }

  const share = new Float64Array(CATEGORIES);
  if (total > 0) for (let c = 0; c < CATEGORIES; c++) share[c] = (byCategory[c] as number) / total;

  let centralOwner = -1;
  let best = 0;
  const uncoordinatedOwners: number[] = [];
  const facilitatedOwners: number[] = [];
  const unfacilitatedOwners: number[] = [];
  let spokeOwners = 0;
  for (let o = 0; o < n; o++) {
    if (ownedCount[o] === 0) continue;
    const c = category[o] as number;
    if (c === FREE || c === E_FREE) uncoordinatedOwners.push(o);
    if (c === S_TOP || c === S_SUB) spokeOwners += 1;
    if (c === E_FAC) facilitatedOwners.push(o);
    if (c === E_FREE) unfacilitatedOwners.push(o);
    if (kind[o] === K_EMPLOYEES) continue;
    const w = weight[o] as number;
    if (w > best || (w === best && centralOwner >= 0 && idBefore(ix, o, centralOwner))) {
      best = w;
      centralOwner = o;
    }
  }

  return {
    accounts,
    ownedAccounts,
    total,
    share,
    category,
    ownedCount,
    centralOwner,
    concentration: total > 0 ? best / total : 0,
    uncoordinatedOwners,
    uncoordinatedAccounts,
    spokeOwners,
    subAccounts,
    facilitatedOwners,
    facilitatedAccounts,
    unfacilitatedOwners,
    unfacilitatedAccounts,
    multiple: clamp01(st.subHubCount / THRESHOLDS.subHubsForMultiple),
  };
}

type Scores = Record<ModelId, number>;

/** Step 3: ownership evidence per model, each 0..1. */
function ownershipEvidence(f: Features): Scores {
  const s = f.share;
  const c = f.concentration;
  const damp = 1 - c / 2;
  const distributed = (s[S_TOP] as number) + (s[S_SUB] as number) + (s[E_FAC] as number) + (s[E_FREE] as number);
  const centralCategory = f.centralOwner >= 0 ? (f.category[f.centralOwner] as number) : -1;
  const centralIsSpoke = centralCategory === S_TOP || centralCategory === S_SUB;
  const diversity = clamp01((f.uncoordinatedOwners.length - 1) / (THRESHOLDS.ownersForDiversity - 1));
  const spread = clamp01(f.spokeOwners / THRESHOLDS.spokesForSpread);
  const m = f.multiple;
  return {
    decentralized: ((s[FREE] as number) + 0.5 * (s[E_FREE] as number)) * diversity * damp,
    centralized: c * (1 - clamp01(distributed - (centralIsSpoke ? c : 0))),
    'hub-and-spoke': ((s[S_TOP] as number) + (s[S_SUB] as number) * (1 - m)) * spread * damp,
    'multiple-hub-and-spoke': m * ((s[S_SUB] as number) + (s[H_SUB] as number)) * damp,
    holistic: (s[E_FAC] as number) + 0.5 * (s[E_FREE] as number),
  };
}

/** Step 4: structural evidence per model, each 0..1. */
function structureEvidence(ix: GraphIndex, st: Structure, f: Features): Scores {
  const out: Scores = { decentralized: 0, centralized: 0, 'hub-and-spoke': 0, 'multiple-hub-and-spoke': 0, holistic: 0 };
  if (st.hubCount === 0) {
    out.decentralized = 1;
    return out;
  }
  let orgSpokes = 0;
  let employeeSpokes = 0;
  for (let i = 0; i < ix.n; i++) {
    if (st.isHub[i] === 1 || degree(ix.coordIn, i) === 0) continue;
    if (ix.kind[i] === K_EMPLOYEES) employeeSpokes += 1;
    else orgSpokes += 1;
  }
  const hol = orgSpokes + employeeSpokes > 0 ? employeeSpokes / (orgSpokes + employeeSpokes) : 0;
  out.holistic = hol;
  out['hub-and-spoke'] = (1 - hol) * (1 - f.multiple);
  out['multiple-hub-and-spoke'] = (1 - hol) * f.multiple;
  return out;
}

function reason(code: ReasonCode, params: Reason['params'], nodes: readonly number[], ix: GraphIndex, keepOrder = false): Reason {
  return { code, params, nodes: keepOrder ? nodes.map((i) => idOf(ix, i)) : idsByRank(ix, nodes) };
}

/** The direct spokes of a hub that are departments, units or teams: coordinated by it or members of it. */
function orgSpokesOf(ix: GraphIndex, st: Structure, hub: number): number[] {
  const seen = new Set<number>();
  const { coordOut, memberIn } = ix;
  for (let e = coordOut.start[hub] as number, end = coordOut.start[hub + 1] as number; e < end; e++) {
    const t = coordOut.list[e] as number;
    if (st.isHub[t] === 0 && ix.kind[t] !== K_EMPLOYEES) seen.add(t);
  }
  for (let e = memberIn.start[hub] as number, end = memberIn.start[hub + 1] as number; e < end; e++) {
    const t = memberIn.list[e] as number;
    if (st.isHub[t] === 0) seen.add(t);
  }
  return [...seen];
}

/** Step 6: the reasons that speak for one model. */
function reasonsFor(model: ModelId, ix: GraphIndex, st: Structure, f: Features): Reason[] {
  const out: Reason[] = [];
  switch (model) {
    case 'decentralized': {
      if (f.uncoordinatedOwners.length > 0) {
        out.push(
          reason(
            'reason.uncoordinated-owners',
            { count: f.uncoordinatedOwners.length, accounts: f.uncoordinatedAccounts, total: f.accounts },
            f.uncoordinatedOwners,
            ix,
          ),
        );
      }
      if (st.hubCount === 0) out.push(reason('reason.no-hub', {}, [], ix));
      break;
    }
    case 'centralized': {
      if (f.centralOwner >= 0) {
        const o = f.centralOwner;
        out.push(reason('reason.central-owner', { owner: labelOf(ix, o), owned: f.ownedCount[o] as number, total: f.accounts }, [o], ix));
        const without: number[] = [];
        for (let i = 0; i < ix.n; i++) {
          const k = ix.kind[i];
          if (i !== o && (k === K_DEPARTMENT || k === K_UNIT || k === K_TEAM) && f.ownedCount[i] === 0) without.push(i);
        }
        if (without.length > 0) out.push(reason('reason.others-without-accounts', { count: without.length }, without, ix));
      }
      break;
    }
    case 'hub-and-spoke': {
      const hub = st.mainHub;
      if (hub < 0) break;
      const spokes = orgSpokesOf(ix, st, hub);
      if (f.total > 0 && spokes.length > 0) {
        const owning = spokes.filter((i) => (f.ownedCount[i] as number) > 0);
        out.push(
          reason('reason.spokes-under-hub', { owned: owning.length, total: spokes.length, hub: labelOf(ix, hub) }, [hub, ...idsOrder(ix, owning)], ix, true),
        );
      } else {
        const targets = degree(ix.coordOut, hub);
        out.push(reason('reason.hub-coordinates', { hub: labelOf(ix, hub), count: targets }, [hub], ix));
      }
      break;
    }
    case 'multiple-hub-and-spoke': {
      const subHubs = st.hubs.filter((h) => st.isSubHub[h] === 1);
      if (subHubs.length > 0) {
        const top = st.mainHub >= 0 ? st.mainHub : (subHubs[0] as number);
        out.push(
          reason(
            'reason.sub-hubs',
            { hub: labelOf(ix, top), count: subHubs.length, hubs: labelList(ix, subHubs) },
            [top, ...subHubs.filter((h) => h !== top)],
            ix,
            true,
          ),
        );
      }
      if (f.total > 0) out.push(reason('reason.accounts-under-sub-hubs', { owned: f.subAccounts, total: f.accounts }, [], ix));
      break;
    }
    case 'holistic': {
      let groups = f.facilitatedOwners;
      if (groups.length === 0) {
        groups = [];
        for (let i = 0; i < ix.n; i++) if (ix.kind[i] === K_EMPLOYEES && degree(ix.coordIn, i) > 0) groups.push(i);
      }
      if (groups.length > 0) {
        const hub = busiestCoordinator(ix, groups);
        out.push(
          reason(
            'reason.employees-facilitated',
            { count: groups.length, accounts: f.facilitatedAccounts, hub: labelOf(ix, hub) },
            [hub, ...idsOrder(ix, groups)],
            ix,
            true,
          ),
        );
      }
      if (f.unfacilitatedOwners.length > 0) {
        out.push(
          reason(
            'reason.employees-unfacilitated',
            { count: f.unfacilitatedOwners.length, accounts: f.unfacilitatedAccounts },
            f.unfacilitatedOwners,
            ix,
          ),
        );
      }
      break;
    }
  }
  return out;
}

function idsOrder(ix: GraphIndex, list: number[]): number[] {
  return byRank(ix, [...list]);
}

/** The hub coordinating the most of the given nodes (ties: lowest id). */
function busiestCoordinator(ix: GraphIndex, targets: readonly number[]): number {
  const count = new Map<number, number>();
  for (const t of targets) {
    for (let e = ix.coordIn.start[t] as number, end = ix.coordIn.start[t + 1] as number; e < end; e++) {
      const h = ix.coordIn.list[e] as number;
      count.set(h, (count.get(h) ?? 0) + 1);
    }
  }
  let best = -1;
  let bestCount = 0;
  for (const [h, c] of count) {
    if (c > bestCount || (c === bestCount && idBefore(ix, h, best))) {
      best = h;
      bestCount = c;
    }
  }
  return best;
}

const ZERO_SCORES: Readonly<Record<ModelId, number>> = Object.freeze({
  decentralized: 0,
  centralized: 0,
  'hub-and-spoke': 0,
  'multiple-hub-and-spoke': 0,
  holistic: 0,
});

/** Classifies from a prebuilt index and structure (the public entry point is `classify` in index.ts). */
export function classifyIndex(ix: GraphIndex, st: Structure): ClassifyResult {
  const f = computeFeatures(ix, st);

  // Step 0: nothing to go on.
  if (f.accounts === 0 && st.hubCount === 0) {
    return { model: 'undetermined', confidence: 0, scores: ZERO_SCORES, reasons: [{ code: 'reason.empty', params: {}, nodes: [] }] };
  }

  // Step 5: blend ownership and structure, then softmax.
  const own = ownershipEvidence(f);
  const struct = structureEvidence(ix, st, f);
  const w = f.total > 0 ? THRESHOLDS.ownershipWeight : 0;
  const raw = MODELS.map((m) => w * own[m] + (1 - w) * struct[m]);
  const top = Math.max(...raw);
  const exp = raw.map((r) => Math.exp((r - top) / THRESHOLDS.softmaxTemperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  const scores = {} as Record<ModelId, number>;
  MODELS.forEach((m, i) => (scores[m] = (exp[i] as number) / sum));

  // Winner and runner-up; ties go to the earlier model in MODELS.
  const order = MODELS.map((m, i) => i).sort((a, b) => (exp[b] as number) - (exp[a] as number) || a - b);
  const first = MODELS[order[0] as number] as ModelId;
  const second = MODELS[order[1] as number] as ModelId;

  // Step 6: reasons.
  const reasons: Reason[] = [];
  if (f.accounts === 0) reasons.push({ code: 'reason.no-accounts', params: { hubs: st.hubCount }, nodes: [] });
  else if (f.ownedAccounts === 0) reasons.push({ code: 'reason.no-owned-accounts', params: { accounts: f.accounts }, nodes: [] });
  reasons.push(...reasonsFor(first, ix, st, f));
  if (scores[first] - scores[second] < THRESHOLDS.mixedMargin) {
    reasons.push({
      code: 'reason.mixed',
      params: {
        firstModel: first,
        secondModel: second,
        firstScore: Math.round(scores[first] * 100),
        secondScore: Math.round(scores[second] * 100),
      },
      nodes: [],
    });
    reasons.push(...reasonsFor(second, ix, st, f));
  }

  return { model: first, confidence: scores[first], scores, reasons };
}
