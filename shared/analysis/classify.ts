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
import { cycleText, idOf, idsByRank, labelItems, labelList, labelOf } from './labels';

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
  /** Weighted accounts per owner. */
  readonly weight: Float64Array;
  /** Distinct owners of at least one account. */
  readonly owners: number;
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

/**
 * The features depend only on the graph (edges, node ids and kinds), never on labels, so they are
 * kept per structure object: index.ts reuses one structure for every edit that keeps the graph.
 */
const featuresMemo = new WeakMap<Structure, Features>();

function featuresOf(ix: GraphIndex, st: Structure): Features {
  let f = featuresMemo.get(st);
  if (!f) featuresMemo.set(st, (f = computeFeatures(ix, st)));
  return f;
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
  let owners = 0;
  for (let o = 0; o < n; o++) {
    if (ownedCount[o] === 0) continue;
    owners += 1;
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
    weight,
    owners,
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

function reason(code: ReasonCode, params: Reason['params'], nodes: readonly number[], ix: GraphIndex, keepOrder = false, lists?: Reason['lists']): Reason {
  const ids = keepOrder ? nodes.map((i) => idOf(ix, i)) : idsByRank(ix, nodes);
  return lists === undefined ? { code, params, nodes: ids } : { code, params, nodes: ids, lists };
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
      if (st.hubCount === 0) {
        // A team nobody is coordinated by may be called "Social Media Hub": say it coordinates nobody.
        const idle: number[] = [];
        for (let i = 0; i < ix.n; i++) if (ix.kind[i] === K_TEAM) idle.push(i);
        if (idle.length > 0) out.push(reason('reason.no-hub-idle-teams', { count: idle.length, teams: labelList(ix, idle) }, idle, ix, false, { teams: labelItems(ix, idle) }));
        else out.push(reason('reason.no-hub', {}, [], ix));
      }
      break;
    }
    case 'centralized': {
      if (f.centralOwner >= 0) {
        const o = f.centralOwner;
        out.push(reason('reason.central-owner', { owner: labelOf(ix, o), owned: f.ownedCount[o] as number, count: f.accounts }, [o], ix));
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
      const heads = hubHeads(st);
      if (heads.length === 0) break;
      out.push(...hubStructureReasons(ix, st));
      for (const hub of heads.slice(0, THRESHOLDS.listedLabels)) out.push(hubReason(ix, st, f, hub));
      break;
    }
    case 'multiple-hub-and-spoke': {
      const heads = hubHeads(st);
      const headSet = new Set(heads);
      const subHubs = st.hubs.filter((h) => st.isSubHub[h] === 1 && !headSet.has(h));
      out.push(...hubStructureReasons(ix, st));
      if (subHubs.length > 0) {
        if (st.leadHub >= 0 && st.partHeads.length < 2) {
          const top = st.leadHub;
          out.push(reason('reason.sub-hubs', { hub: labelOf(ix, top), count: subHubs.length, hubs: labelList(ix, subHubs) }, [top, ...idsOrder(ix, subHubs)], ix, true, { hubs: labelItems(ix, subHubs) }));
        } else {
          out.push(reason('reason.layered-hubs', { count: subHubs.length, hubs: labelList(ix, subHubs) }, subHubs, ix, false, { hubs: labelItems(ix, subHubs) }));
        }
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


/** The hubs whose guidance the reasons describe: the lead hub, or every part's head / every peer when none leads. */
function hubHeads(st: Structure): number[] {
  if (st.partHeads.length >= 2) return [...st.partHeads];
  if (st.leadHub >= 0) return [st.leadHub];
  return [...st.peerHubs];
}

/** Side-by-side parts and peers, said before any hub is described (never an id-order "central" hub). */
function hubStructureReasons(ix: GraphIndex, st: Structure): Reason[] {
  const out: Reason[] = [];
  if (st.partHeads.length >= 2) {
    out.push(reason('reason.side-by-side', { count: st.partHeads.length, hubs: labelList(ix, st.partHeads) }, st.partHeads, ix, false, { hubs: labelItems(ix, st.partHeads) }));
  } else if (st.leadHub < 0 && st.peerHubs.length >= 2) {
    out.push(reason('reason.peer-hubs', { count: st.peerHubs.length, hubs: labelList(ix, st.peerHubs) }, st.peerHubs, ix, false, { hubs: labelItems(ix, st.peerHubs) }));
  }
  return out;
}

/** What one hub does: its spokes running accounts, or (no owned accounts) whom it coordinates. */
function hubReason(ix: GraphIndex, st: Structure, f: Features, hub: number): Reason {
  const spokes = orgSpokesOf(ix, st, hub);
  if (f.total > 0 && spokes.length > 0) {
    const owning = spokes.filter((i) => (f.ownedCount[i] as number) > 0);
    return reason('reason.spokes-under-hub', { owned: owning.length, total: spokes.length, hub: labelOf(ix, hub) }, [hub, ...idsOrder(ix, owning)], ix, true);
  }
  return reason('reason.hub-coordinates', { hub: labelOf(ix, hub), count: degree(ix.coordOut, hub) }, [hub], ix);
}

/** Owner categories that support each model (the "mostly" share, docs/analysis-rules.md "Mixed readings"). */
function supports(model: ModelId, c: number): boolean {
  switch (model) {
    case 'decentralized':
      return c === FREE || c === E_FREE;
    case 'hub-and-spoke':
    case 'multiple-hub-and-spoke':
      return c === S_TOP || c === S_SUB || c === H_TOP || c === H_SUB;
    case 'holistic':
      return c === E_FAC || c === E_FREE || c === H_TOP;
    case 'centralized':
      return false; // only the central owner, handled by the caller
  }
}

type Deviation = 'reason.part-outside-hubs' | 'reason.part-own-accounts' | 'reason.part-under-hub' | 'reason.part-employees';

/** The kind of deviation an owner of category c shows under the winning model, or null. */
function deviationOf(model: ModelId, c: number, hubs: number): Deviation | null {
  const outside: Deviation = hubs > 0 ? 'reason.part-outside-hubs' : 'reason.part-own-accounts';
  switch (model) {
    case 'decentralized':
      return c === S_TOP || c === S_SUB ? 'reason.part-under-hub' : c === E_FAC ? 'reason.part-employees' : null;
    case 'centralized':
      return c === FREE ? outside : c === S_TOP || c === S_SUB ? 'reason.part-under-hub' : c === E_FAC || c === E_FREE ? 'reason.part-employees' : null;
    case 'hub-and-spoke':
    case 'multiple-hub-and-spoke':
      return c === FREE ? outside : c === E_FAC || c === E_FREE ? 'reason.part-employees' : null;
    case 'holistic':
      return c === FREE ? outside : c === S_TOP || c === S_SUB ? 'reason.part-under-hub' : null;
  }
}

const DEVIATIONS: readonly Deviation[] = ['reason.part-outside-hubs', 'reason.part-own-accounts', 'reason.part-under-hub', 'reason.part-employees'];

/**
 * Mixed readings: the parts of the map that follow another model than the winner, each named,
 * when their owners hold at least deviatingPartShare of the weighted accounts; preceded by
 * "mostly X" (or "partly X") with the share of accounts that do follow the winner. One pass over
 * the owners: O(nodes).
 */
function deviatingParts(model: ModelId, ix: GraphIndex, st: Structure, f: Features): Reason[] {
  if (f.total === 0) return [];
  const { n, kind } = ix;
  const owners = new Map<Deviation, number[]>();
  const weight = new Map<Deviation, number>();
  const accounts = new Map<Deviation, number>();
  let supporting = 0;
  for (let o = 0; o < n; o++) {
    const owned = f.ownedCount[o] as number;
    if (owned === 0) continue;
    const c = f.category[o] as number;
    const w = f.weight[o] as number;
    const central = model === 'centralized' && o === f.centralOwner;
    if (central || supports(model, c)) {
      supporting += w;
      continue;
    }
    const d = model === 'centralized' && kind[o] !== K_EMPLOYEES && (c === H_TOP || c === H_SUB) ? null : deviationOf(model, c, st.hubCount);
    if (d === null) continue;
    let list = owners.get(d);
    if (!list) owners.set(d, (list = []));
    list.push(o);
    weight.set(d, (weight.get(d) ?? 0) + w);
    accounts.set(d, (accounts.get(d) ?? 0) + owned);
  }
  const parts: Reason[] = [];
  for (const d of DEVIATIONS) {
    const list = owners.get(d);
    if (!list || (weight.get(d) as number) / f.total < THRESHOLDS.deviatingPartShare) continue;
    const params: Record<string, string | number> = { count: list.length, parts: labelList(ix, list), accounts: accounts.get(d) as number };
    if (d === 'reason.part-own-accounts' && f.centralOwner >= 0) params['owner'] = labelOf(ix, f.centralOwner);
    parts.push(reason(d, params, list, ix, false, { parts: labelItems(ix, list) }));
  }
  if (parts.length === 0) return [];
  const share = Math.round((supporting / f.total) * 100);
  return [reason(share >= 50 ? 'reason.mostly' : 'reason.partly', { model, share }, [], ix), ...parts];
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
  const f = featuresOf(ix, st);

  // Step 0: nothing to go on.
  if (f.accounts === 0 && st.hubCount === 0) {
    return { model: 'undetermined', confidence: 0, tentative: false, scores: ZERO_SCORES, reasons: [{ code: 'reason.empty', params: {}, nodes: [] }] };
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

  // Step 7 (computed first: the reasons mention a tentative verdict): calibrated confidence.
  const { confidence, tentative } = calibrate(scores[first], f.ownedAccounts, st.hubsOnCycles);

  // Step 6: reasons.
  const reasons: Reason[] = [];
  if (f.accounts === 0) reasons.push({ code: 'reason.no-accounts', params: { hubs: st.hubCount }, nodes: [] });
  else if (f.ownedAccounts === 0) reasons.push({ code: 'reason.no-owned-accounts', params: { accounts: f.accounts }, nodes: [] });
  else if (tentative) reasons.push({ code: 'reason.tentative', params: { count: f.ownedAccounts }, nodes: [] });
  if (st.hubsOnCycles > 0) {
    const walk = (st.cycles[0] as readonly number[]).slice(0, st.cycleLengths[0] as number);
    reasons.push(reason('reason.cycle', { cycle: cycleText(ix, walk), count: st.hubsOnCycles }, walk, ix, true));
  }
  reasons.push(...reasonsFor(first, ix, st, f));
  reasons.push(...deviatingParts(first, ix, st, f));
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
    // The runner-up's own reasons; structure reasons already said are not repeated.
    const said = new Set(reasons.map((r) => r.code));
    reasons.push(...reasonsFor(second, ix, st, f).filter((r) => !(said.has(r.code) && STRUCTURE_REASONS.has(r.code))));
  }

  return { model: first, confidence, tentative, scores, reasons };
}

const STRUCTURE_REASONS: ReadonlySet<string> = new Set(['reason.side-by-side', 'reason.peer-hubs', 'reason.no-hub', 'reason.no-hub-idle-teams']);

/**
 * Step 7 (docs/analysis-rules.md, "Confidence"): the winner's score, capped by the evidence.
 * The cap depends only on the number of owned accounts, which removing a node or an edge can
 * only lower; a hub on a coordination cycle lowers the result further.
 */
export function calibrate(score: number, ownedAccounts: number, hubsOnCycles: number): { confidence: number; tentative: boolean } {
  const T = THRESHOLDS;
  let cap: number;
  if (ownedAccounts === 0) {
    cap = T.structureOnlyCap;
  } else {
    const steps = Math.min(ownedAccounts, T.accountsForFullConfidence) / T.accountsForFullConfidence;
    cap = T.confidenceFloor + (T.confidenceCeiling - T.confidenceFloor) * steps;
  }
  let confidence = Math.min(score, cap);
  if (hubsOnCycles > 0) confidence *= T.cycleConfidenceFactor;
  return { confidence, tentative: ownedAccounts < T.accountsForFirmVerdict };
}
