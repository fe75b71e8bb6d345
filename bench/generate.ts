/**
 * Generates realistic, valid organisation maps of any size, deterministically from a seed, for
 * benchmarks (analysis, canvas, export, layout) and tests.
 *
 * Shape (a multiple hub-and-spoke organisation, the hardest realistic case for the analysis):
 * a central social media team with corporate departments as members; regional hub teams the
 * central team coordinates; business units per region that send members into their regional hub
 * and are coordinated by it; local departments the units coordinate; employee groups; accounts on
 * a mix of platforms, owned by units, departments, employee groups or the centre (some co-owned,
 * a few orphaned). Edges come to about 1.5 × nodes. Coordination only flows downwards, so there are
 * no coordination cycles; every edge obeys the format's kind rules and is unique.
 */
import { serializeDocument } from '../shared/model';
import type { EdgeId, EdgeKind, NodeId, OrgDocument, OrgEdge, OrgNode, Platform, Scenario, ScenarioId } from '../shared/model/types';
import { prng } from '../test-support/analysis/builders';

export interface GenerateOptions {
  /** Total number of nodes in each scenario (at least 1, at most the format's 20,000). */
  readonly nodes: number;
  /** Edges per node; default 1.5. */
  readonly edgeRatio?: number;
  /** Seed of the pseudo-random generator; the same seed gives the same map. Default 1. */
  readonly seed?: number;
  /** Number of scenarios: `current`, then `target`, then `scenario-3` …; default 1. */
  readonly scenarios?: number;
  readonly title?: string;
}

/** mulberry32, shared with the analysis tests: the same seed gives the same map on every platform. */
export { prng };

const CORPORATE_DEPARTMENTS = ['Marketing', 'Corporate Communications', 'Customer Service', 'Sales', 'HR', 'Product Development', 'Legal', 'IT'];
const LOCAL_DEPARTMENTS = ['Marketing', 'Customer Service', 'Sales', 'HR', 'Communications', 'Support'];
const REGIONS = ['Benelux', 'Nordics', 'DACH', 'Iberia', 'France', 'UK & Ireland', 'Italy', 'CEE', 'North America', 'LATAM', 'APAC', 'Middle East', 'Africa', 'India', 'Japan', 'Oceania'];
const COUNTRIES = ['Netherlands', 'Belgium', 'Germany', 'Austria', 'Spain', 'Portugal', 'France', 'Ireland', 'Italy', 'Poland', 'Canada', 'Brazil', 'Mexico', 'Japan', 'Australia', 'Sweden', 'Norway', 'Denmark'];
/** Roughly how common each platform is among corporate accounts. */
const PLATFORM_WEIGHTS: ReadonlyArray<readonly [Platform, number]> = [
  ['x', 18], ['facebook', 18], ['linkedin', 16], ['instagram', 16], ['youtube', 8], ['tiktok', 7], ['threads', 3],
  ['bluesky', 3], ['mastodon', 2], ['pinterest', 2], ['snapchat', 1], ['whatsapp', 4], ['other', 2],
];
const PLATFORM_TOTAL = PLATFORM_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

interface Builder {
  readonly nodes: OrgNode[];
  readonly edges: OrgEdge[];
  readonly keys: Set<string>;
}

function addNode(b: Builder, node: Omit<OrgNode, 'id' | 'position'> & { id: string; x: number; y: number }): NodeId {
  const { id, x, y, ...rest } = node;
  b.nodes.push({ id: id as NodeId, ...rest, position: { x: Math.round(x), y: Math.round(y) } });
  return id as NodeId;
}

/** Adds an edge unless the same (kind, source, target) is already there; says whether it did. */
function addEdge(b: Builder, kind: EdgeKind, source: NodeId, target: NodeId): boolean {
  if (source === target) return false;
  const key = `${kind}\u0000${source}\u0000${target}`;
  if (b.keys.has(key)) return false;
  b.keys.add(key);
  b.edges.push({ id: `e${b.edges.length + 1}` as EdgeId, kind, source, target });
  return true;
}

/** Generates one scenario of exactly `nodes` nodes. */
export function generateScenario(id: string, name: string, options: GenerateOptions): Scenario {
  const total = Math.max(1, Math.min(20_000, Math.floor(options.nodes)));
  const random = prng(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const b: Builder = { nodes: [], edges: [], keys: new Set() };

  // Budget: the fixed core first, then fractions of what is left.
  const corporateCount = Math.min(CORPORATE_DEPARTMENTS.length, Math.max(0, total - 1));
  const regionCount = Math.min(Math.max(0, total - 1 - corporateCount), Math.max(1, Math.round(total / 400)));
  const rest = Math.max(0, total - 1 - corporateCount - regionCount);
  const unitCount = Math.min(rest, Math.max(regionCount > 0 ? 1 : 0, Math.round(rest * 0.12)));
  const localDeptCount = Math.round(rest * 0.2);
  const employeeCount = Math.round(rest * 0.08);
  const accountCount = Math.max(0, rest - unitCount - localDeptCount - employeeCount);

  const centre = addNode(b, { id: 'smt', kind: 'team', label: 'Social Media Team', x: 0, y: 0 });

  const corporate: NodeId[] = [];
  for (let i = 0; i < corporateCount; i += 1) {
    const angle = (i / Math.max(1, corporateCount)) * 2 * Math.PI;
    corporate.push(addNode(b, { id: `dep-c${i + 1}`, kind: 'department', label: CORPORATE_DEPARTMENTS[i] ?? `Department ${i + 1}`, x: 600 * Math.cos(angle), y: 600 * Math.sin(angle) }));
    addEdge(b, 'member', corporate[i] as NodeId, centre);
  }

  // Regions sit on a ring around the centre; their members cluster around them.
  const ringRadius = 2_500 + regionCount * 450;
  const regionCentre = (r: number) => {
    const angle = (r / Math.max(1, regionCount)) * 2 * Math.PI;
    return { x: ringRadius * Math.cos(angle), y: ringRadius * Math.sin(angle) };
  };
  const hubs: NodeId[] = [];
  for (let r = 0; r < regionCount; r += 1) {
    const c = regionCentre(r);
    const region = REGIONS[r % REGIONS.length] ?? 'Region';
    const suffix = r >= REGIONS.length ? ` ${Math.floor(r / REGIONS.length) + 1}` : '';
    hubs.push(addNode(b, { id: `hub-${r + 1}`, kind: 'team', label: `Social Hub ${region}${suffix}`, x: c.x, y: c.y }));
    addEdge(b, 'coordinates', centre, hubs[r] as NodeId);
  }

  // Per-region spiral placement, so a region's members do not overlap.
  const placed = new Array<number>(Math.max(1, regionCount)).fill(0);
  const near = (r: number) => {
    const c = regionCentre(r);
    const k = (placed[r] ?? 0) + 1;
    placed[r] = k;
    const angle = k * 2.399963; // golden angle
    const radius = 180 * Math.sqrt(k);
    return { x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle) };
  };

  const units: NodeId[] = [];
  const unitRegion: number[] = [];
  for (let u = 0; u < unitCount; u += 1) {
    const r = regionCount > 0 ? u % regionCount : 0;
    const p = near(r);
    const id = addNode(b, { id: `unit-${u + 1}`, kind: 'unit', label: `BU ${pick(COUNTRIES)} ${u + 1}`, x: p.x, y: p.y });
    units.push(id);
    unitRegion.push(r);
    const hub = hubs[r];
    if (hub && random() < 0.97) addEdge(b, 'coordinates', hub, id); // a few units fall outside any hub
    if (hub && random() < 0.6) addEdge(b, 'member', id, hub);
  }

  const departments: NodeId[] = [];
  const departmentRegion: number[] = [];
  for (let d = 0; d < localDeptCount; d += 1) {
    const u = unitCount > 0 ? d % unitCount : -1;
    const r = u >= 0 ? (unitRegion[u] ?? 0) : 0;
    const p = near(r);
    const id = addNode(b, { id: `dep-${d + 1}`, kind: 'department', label: `${pick(LOCAL_DEPARTMENTS)} ${d + 1}`, x: p.x, y: p.y });
    departments.push(id);
    departmentRegion.push(r);
    const unit = units[u];
    if (unit) addEdge(b, 'coordinates', unit, id);
    const hub = hubs[r];
    if (hub && random() < 0.25) addEdge(b, 'member', id, hub);
  }

  const departmentsIn: NodeId[][] = Array.from({ length: Math.max(1, regionCount) }, () => []);
  departments.forEach((id, d) => departmentsIn[departmentRegion[d] ?? 0]?.push(id));
  const employees: NodeId[] = [];
  for (let g = 0; g < employeeCount; g += 1) {
    const r = regionCount > 0 ? g % regionCount : 0;
    const p = near(r);
    const id = addNode(b, { id: `emp-${g + 1}`, kind: 'employees', label: `Employee advocates ${g + 1}`, x: p.x, y: p.y });
    employees.push(id);
    const hub = hubs[r] ?? centre;
    const localDepartments = departmentsIn[r] ?? [];
    addEdge(b, 'coordinates', random() < 0.7 ? hub : localDepartments.length > 0 ? pick(localDepartments) : departments.length > 0 ? pick(departments) : hub, id);
  }

  // Who runs accounts, weighted towards the spokes. Real maps keep an account near whoever runs
  // it: a regional owner is one of the nearest of its kind in the account's region, and an account
  // run centrally (by the centre or a corporate department) sits near the centre.
  const regionOf = new Map<NodeId, number>();
  units.forEach((id, i) => regionOf.set(id, unitRegion[i] ?? 0));
  departments.forEach((id, i) => regionOf.set(id, departmentRegion[i] ?? 0));
  employees.forEach((id, i) => regionOf.set(id, regionCount > 0 ? i % regionCount : 0));
  const positionOf = new Map<NodeId, { x: number; y: number }>();
  for (const n of b.nodes) positionOf.set(n.id, n.position);
  const byRegion = (list: readonly NodeId[]): NodeId[][] => {
    const out: NodeId[][] = Array.from({ length: Math.max(1, regionCount) }, () => []);
    for (const id of list) out[regionOf.get(id) ?? 0]?.push(id);
    return out;
  };
  const employeesIn = byRegion(employees);
  const owners: ReadonlyArray<readonly [readonly NodeId[], number, NodeId[][] | null]> = [
    [units, 40, byRegion(units)], [departments, 30, byRegion(departments)], [employees, 15, byRegion(employees)], [corporate, 10, null], [[centre], 5, null],
  ];
  const ownerTotal = owners.reduce((sum, [list, w]) => sum + (list.length > 0 ? w : 0), 0);
  /** Which owner list runs the next account: an index into `owners`, -1 for the centre. */
  const pickOwnerKind = (): number => {
    let roll = random() * ownerTotal;
    for (let i = 0; i < owners.length; i += 1) {
      const [list, w] = owners[i] as (typeof owners)[number];
      if (list.length === 0) continue;
      roll -= w;
      if (roll < 0) return i;
    }
    return -1;
  };
  const isCentral = (kind: number): boolean => kind < 0 || owners[kind]?.[2] === null;
  /** An owner of that kind: for a regional kind, one of the three nearest to `at` in `region`. */
  const pickOwner = (kind: number, region: number, at: { x: number; y: number }): NodeId => {
    const entry = owners[kind];
    if (!entry) return centre;
    const [list, , regional] = entry;
    const local = regional?.[region] ?? [];
    if (local.length === 0) return pick(list);
    const nearest: Array<{ id: NodeId; d: number }> = [];
    for (const id of local) {
      const p = positionOf.get(id) ?? at;
      const d = (p.x - at.x) ** 2 + (p.y - at.y) ** 2;
      if (nearest.length < 3 || d < (nearest[nearest.length - 1]?.d ?? Infinity)) {
        nearest.push({ id, d });
        nearest.sort((x, y) => x.d - y.d);
        if (nearest.length > 3) nearest.pop();
      }
    }
    return pick(nearest).id;
  };
  // Centrally run accounts on their own spiral around the centre, outside the corporate ring.
  let central = 0;
  const nearCentre = () => {
    central += 1;
    const angle = central * 2.399963;
    const radius = 900 + 120 * Math.sqrt(central);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  };
  const pickPlatform = (): Platform => {
    let roll = random() * PLATFORM_TOTAL;
    for (const [platform, w] of PLATFORM_WEIGHTS) {
      roll -= w;
      if (roll < 0) return platform;
    }
    return 'other';
  };

  const accounts: NodeId[] = [];
  const accountRegion: number[] = [];
  for (let a = 0; a < accountCount; a += 1) {
    const r = regionCount > 0 ? a % regionCount : 0;
    const kind = pickOwnerKind();
    const p = isCentral(kind) ? nearCentre() : near(r);
    const platform = pickPlatform();
    const id = addNode(b, { id: `acc-${a + 1}`, kind: 'account', label: `Acme ${a + 1} on ${platform}`, platform, handle: `@acme_${a + 1}`, x: p.x, y: p.y });
    accounts.push(id);
    accountRegion.push(r);
    positionOf.set(id, { x: p.x, y: p.y });
    if (random() < 0.99) addEdge(b, 'owns', pickOwner(kind, r, p), id); // about 1% orphans
  }
  /** A co-owner for an existing account, near it as above. */
  const coOwn = (): void => {
    const i = Math.floor(random() * accounts.length);
    const account = accounts[i] as NodeId;
    addEdge(b, 'owns', pickOwner(pickOwnerKind(), accountRegion[i] ?? 0, positionOf.get(account) ?? { x: 0, y: 0 }), account);
  };

  // Top up to the edge budget with edges that keep the map plausible: co-owned accounts and hubs
  // that also coordinate local departments directly. Bounded, in case the map is too small.
  const edgeTarget = Math.round(total * (options.edgeRatio ?? 1.5));
  for (let tries = 0; b.edges.length < edgeTarget && tries < edgeTarget * 4; tries += 1) {
    if (accounts.length > 0 && random() < 0.6) coOwn();
    else if (departments.length > 0 && hubs.length > 0) {
      const d = Math.floor(random() * departments.length);
      addEdge(b, 'coordinates', hubs[departmentRegion[d] ?? 0] as NodeId, departments[d] as NodeId);
      if (b.edges.length < edgeTarget && random() < 0.5 && employees.length > 0) {
        const local = employeesIn[departmentRegion[d] ?? 0] ?? [];
        addEdge(b, 'coordinates', departments[d] as NodeId, pick(local.length > 0 ? local : employees));
      }
    } else if (accounts.length > 0) coOwn();
    else break;
  }

  return { id: id as ScenarioId, name, nodes: b.nodes, edges: b.edges };
}

/** Generates a whole document; each scenario uses its own seed so they differ a little. */
export function generateDocument(options: GenerateOptions): OrgDocument {
  const count = Math.max(1, Math.min(20, options.scenarios ?? 1));
  const seed = options.seed ?? 1;
  const scenarios: Scenario[] = [];
  for (let i = 0; i < count; i += 1) {
    const [id, name] = i === 0 ? ['current', 'Current'] : i === 1 ? ['target', 'Target'] : [`scenario-${i + 1}`, `Scenario ${i + 1}`];
    scenarios.push(generateScenario(id, name, { ...options, seed: seed + i * 7919 }));
  }
  return {
    format: 'orgmap',
    version: 1,
    title: options.title ?? `Generated organisation (${options.nodes.toLocaleString('en')} nodes)`,
    goals: ['branding', 'customer-service'],
    scenarios,
  };
}

/** The generated document as `.orgmap` text, exactly as the app would save it. */
export function generateMapText(options: GenerateOptions): string {
  return serializeDocument(generateDocument(options));
}

