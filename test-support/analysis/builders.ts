/**
 * Small builders for tests: readable scenarios without JSON noise. Pure (no node:*), so this file
 * is safe wherever shared/ is loaded.
 */
import type { EdgeId, EdgeKind, NodeId, NodeKind, OrgEdge, OrgNode, Platform, Practices, Scenario, ScenarioId } from '../../shared/model/types';

export class ScenarioBuilder {
  private readonly nodes: OrgNode[] = [];
  private readonly edges: OrgEdge[] = [];
  private recorded: Practices | undefined;

  constructor(private readonly id = 'current') {}

  node(kind: NodeKind, id: string, label = id, extra: Partial<Pick<OrgNode, 'platform' | 'handle'>> = {}): this {
    this.nodes.push({ id: id as NodeId, kind, label, position: { x: 0, y: 0 }, ...extra });
    return this;
  }
  dept(id: string, label = id): this {
    return this.node('department', id, label);
  }
  unit(id: string, label = id): this {
    return this.node('unit', id, label);
  }
  team(id: string, label = id): this {
    return this.node('team', id, label);
  }
  employees(id: string, label = id): this {
    return this.node('employees', id, label);
  }
  account(id: string, platform: Platform = 'x', label = id, handle?: string): this {
    return this.node('account', id, label, handle === undefined ? { platform } : { platform, handle });
  }
  edge(kind: EdgeKind, source: string, target: string): this {
    this.edges.push({ id: `e${this.edges.length + 1}` as EdgeId, kind, source: source as NodeId, target: target as NodeId });
    return this;
  }
  coordinates(source: string, ...targets: string[]): this {
    for (const t of targets) this.edge('coordinates', source, t);
    return this;
  }
  owns(source: string, ...accounts: string[]): this {
    for (const a of accounts) this.edge('owns', source, a);
    return this;
  }
  member(source: string, ...teams: string[]): this {
    for (const t of teams) this.edge('member', source, t);
    return this;
  }
  /** An account owned by `owner`, in one call. */
  ownedAccount(owner: string, id: string, platform: Platform = 'x', label = id): this {
    return this.account(id, platform, label).owns(owner, id);
  }
  /** The scenario's governance practices (issue 18). */
  practices(p: Practices): this {
    this.recorded = p;
    return this;
  }
  build(): Scenario {
    const s: Scenario = { id: this.id as ScenarioId, name: 'Test', nodes: [...this.nodes], edges: [...this.edges] };
    return this.recorded === undefined ? s : { ...s, practices: { ...this.recorded } };
  }
}

export function scenario(id?: string): ScenarioBuilder {
  return new ScenarioBuilder(id);
}

/** A deterministic pseudo-random generator (mulberry32), for reproducible shuffles. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same scenario with nodes and edges in another order (a new object, so no memo hit). */
export function shuffled(s: Scenario, seed: number): Scenario {
  const random = prng(seed);
  return { ...s, nodes: shuffle(s.nodes, random), edges: shuffle(s.edges, random) };
}

/**
 * A large synthetic organisation for performance tests: `units` business units in regions under
 * a central team, each unit with accounts; a few orphans, sprawl and employee groups mixed in.
 */
export function largeScenario(nodeTarget: number): Scenario {
  const b = scenario('large');
  b.team('central', 'Central Team').dept('mkt', 'Marketing').dept('cs', 'Customer Service').member('mkt', 'central').member('cs', 'central');
  const regions = Math.max(2, Math.round(Math.sqrt(nodeTarget / 3) / 2));
  let count = 3;
  for (let r = 0; r < regions; r++) {
    b.team(`r${r}`, `Region ${r}`).coordinates('central', `r${r}`);
    count += 1;
  }
  let i = 0;
  while (count < nodeTarget) {
    const r = i % regions;
    b.unit(`u${i}`, `Unit ${i}`).coordinates(`r${r}`, `u${i}`).member(`u${i}`, `r${r}`);
    b.account(`a${i}`, i % 3 === 0 ? 'x' : 'linkedin', `Unit ${i} account`).owns(`u${i}`, `a${i}`);
    count += 2;
    if (i % 50 === 7) {
      b.account(`o${i}`, 'facebook', `Lost page ${i}`);
      count += 1;
    }
    i += 1;
  }
  return b.build();
}

/** A chain of `length` hubs coordinating each other, ending in a unit with an account. */
export function chainScenario(length: number, closed = false): Scenario {
  const b = scenario('chain');
  for (let i = 0; i < length; i++) b.team(`t${i}`, `Team ${i}`);
  for (let i = 0; i + 1 < length; i++) b.coordinates(`t${i}`, `t${i + 1}`);
  if (closed) b.coordinates(`t${length - 1}`, 't0');
  b.unit('end', 'End unit').coordinates(`t${length - 1}`, 'end').ownedAccount('end', 'acc');
  return b.build();
}
