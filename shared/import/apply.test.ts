import { describe, expect, it } from 'vitest';
import { emptyDocument, parseDocument, serializeDocument, type Scenario } from '../model';
import { parseCsv } from './csv';
import { importRows } from './build';
import { applyImport } from './apply';
import { guessMapping } from './mapping';
import { elkInThread } from '../layout/run';

const csv = 'Platform,Handle,Owner,Hub\nX,@a,Marketing,Social Team\nFacebook,@b,Sales,Social Team\nInstagram,@c,,\n';
function table(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.table;
}
function result(scenario?: Scenario) {
  const t = table(csv);
  return importRows(t, guessMapping(t).mapping, scenario ? { scenario } : {});
}
const valid = (s: Scenario) => expect(parseDocument(serializeDocument({ ...emptyDocument(), scenarios: [s] })).ok).toBe(true);

describe('applyImport', () => {
  it('into an empty scenario: everything laid out, hub on top', async () => {
    const s = await applyImport(emptyDocument().scenarios[0] as Scenario, result(), elkInThread);
    valid(s);
    const hub = s.nodes.find((n) => n.label === 'Social Team');
    const marketing = s.nodes.find((n) => n.label === 'Marketing');
    expect(hub && marketing && hub.position.y < marketing.position.y).toBe(true);
  });

  it('into a scenario with nodes: the user’s arrangement is kept, imported nodes go to its right', async () => {
    const first = await applyImport(emptyDocument().scenarios[0] as Scenario, result(), elkInThread);
    const moved: Scenario = { ...first, nodes: first.nodes.map((n, i) => ({ ...n, position: { x: -500 + i * 7, y: 40 } })) };
    const second = importRows(table('Platform,Handle,Owner\nTikTok,@t,Marketing\n'), { platform: 0, handle: 1, owner: 2 }, { scenario: moved });
    const out = await applyImport(moved, second, elkInThread);
    valid(out);
    expect(out.nodes.slice(0, moved.nodes.length)).toEqual(moved.nodes);
    const right = Math.max(...moved.nodes.map((n) => n.position.x)) + 200;
    for (const n of out.nodes.slice(moved.nodes.length)) {
      expect(n.position.x).toBeGreaterThan(right);
      expect(n.position.y).toBeGreaterThanOrEqual(40);
    }
    // "Marketing" already existed: only the account is new, owned by the existing node.
    expect(second.nodes.map((n) => n.kind)).toEqual(['account']);
    expect((await applyImport(moved, second, elkInThread, { layout: 'none' })).nodes.at(-1)?.position).toEqual({ x: 0, y: 0 });
  });

  it('says when ELK failed and the grid was used, and only then', async () => {
    const reasons: string[] = [];
    const onFallback = (reason: string) => reasons.push(reason);
    const failing = () => Promise.reject(new Error('ELK is out of memory'));
    const s = await applyImport(emptyDocument().scenarios[0] as Scenario, result(), failing, { layoutOptions: { onFallback } });
    valid(s);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('ELK is out of memory');
    await applyImport(emptyDocument().scenarios[0] as Scenario, result(), elkInThread, { layoutOptions: { onFallback } });
    expect(reasons).toHaveLength(1);
  });
});
