/**
 * The `.orgmap` reader: text → a validated OrgDocument, or one refusal naming the file and the
 * exact place (docs/orgmap-format.md, "Reading rules"; docs/format-notes.md for the details).
 *
 * Why hand-rolled and not a schema library: reading a 20,000-node map is on the path that
 * `npm run bench` times (budget 150 ms for read + validate + analyse on 2 cores). This is one pass
 * over the data, with no closures or regex compilation per node, and path strings are built only
 * when a problem is reported.
 *
 * Safety: the result is made of fresh objects. Unknown fields are copied (they must survive a round
 * trip) with Object.defineProperty, never `obj[key] = value`, and the keys `__proto__`,
 * `constructor` and `prototype` are DROPPED at every level: they mean nothing in the format and
 * are the usual way to attempt prototype pollution in code that later merges the data.
 */
import { EDGE_FIELDS, NODE_FIELDS, POSITION_FIELDS } from './fields';
import { migrateToCurrent } from './migrate';
import { EDGE_KIND_LIST, edgeEndReason, quote, selfLoopReason } from './rules';
import {
  EDGE_KINDS,
  EDGE_RULES,
  FORMAT_NAME,
  FORMAT_VERSION,
  GOALS,
  ID_PATTERN,
  LIMITS,
  NODE_KINDS,
  PLATFORMS,
  PRACTICES,
  PRACTICE_VALUES,
  type EdgeId,
  type EdgeKind,
  type Goal,
  type NodeId,
  type NodeKind,
  type OrgDocument,
  type OrgEdge,
  type OrgNode,
  type Platform,
  type Position,
  type PracticeKey,
  type Practices,
  type PracticeValue,
  type Scenario,
  type ScenarioId,
} from './types';

/** One refusal: the file, the place in it (dotted path, '' for the whole file) and why. */
export interface ParseError {
  readonly file: string;
  /** e.g. `scenarios[0].edges[3].target`; '' when the problem is the whole file (not JSON, too big). */
  readonly path: string;
  readonly reason: string;
  /** `${file}: ${path}: ${reason}`, or `${file}: ${reason}` when path is ''. */
  readonly message: string;
}

export type ParseResult = { readonly ok: true; readonly document: OrgDocument } | { readonly ok: false; readonly error: ParseError };

/**
 * The largest text the reader accepts, in UTF-16 code units (= characters for ASCII): 64 Mi.
 *
 * Why this number: a realistic large map — 20,000 nodes with short notes and 50,000 edges in one
 * scenario, pretty-printed — is about 10 MB, so 64 Mi leaves room for several such scenarios
 * or for long notes everywhere. The theoretical largest legal file (20 scenarios × 20,000 nodes ×
 * 5,000-character notes) would be about 2 G characters, beyond what V8 can even hold as one string
 * (~512 Mi), so that cannot be the limit. JSON.parse of 64 Mi characters takes about a second and a
 * few hundred MB, which a desktop app can afford; beyond that we refuse before parsing rather than
 * freeze the window or run out of memory.
 */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;

/**
 * A file with more UTF-8 bytes than this cannot be within MAX_FILE_CHARS (one UTF-16 code unit
 * takes at most 3 UTF-8 bytes), so callers reading from disk may refuse it without decoding.
 */
export const MAX_FILE_BYTES = 3 * MAX_FILE_CHARS;

/** Objects and arrays may nest this deep in the whole file (the document object is level 1). */
export const MAX_DEPTH = 64;

/** Keys dropped wherever they appear (see the file comment). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** @internal For the serializer, which drops the same keys. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

const NODE_KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS);
const EDGE_KIND_SET: ReadonlySet<string> = new Set(EDGE_KINDS);
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORMS);
const GOAL_SET: ReadonlySet<string> = new Set(GOALS);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// Nesting levels of the known structure (the document object is level 1).
const DOC_LEVEL = 1;
const SCENARIO_LEVEL = 3;
const ITEM_LEVEL = 5; // nodes and edges
const POSITION_LEVEL = 6;

/**
 * Reads `.orgmap` text. Never throws: any problem — not JSON, too large, too deep, any broken rule —
 * comes back as `{ ok: false, error }` describing the first problem found.
 *
 * @param text the whole file as text (a leading byte-order mark is ignored)
 * @param fileName used in the message only
 */
export function parseDocument(text: string, fileName = 'document.orgmap'): ParseResult {
  if (typeof text !== 'string') return refuse(fileName, '', 'not text');
  if (text.length > MAX_FILE_CHARS) {
    return refuse(fileName, '', `the file is too large: ${formatInt(text.length)} characters; the limit is ${formatInt(MAX_FILE_CHARS)} (64 Mi)`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse(fileName, '', 'the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ') : '';
    return refuse(fileName, '', `not valid JSON${detail === '' ? '' : ` (${detail.slice(0, 200)})`}`);
  }
  // The value is this function's own (nobody else holds it): the reader may keep its plain
  // objects instead of copying them (see `validate`).
  return validate(value, fileName, true);
}

/**
 * Validates an already-parsed JSON value (or any value: a structured clone, a script's object)
 * against the format, and returns a fresh document. Never throws; never mutates `value`.
 */
export function validateDocument(value: unknown, fileName = 'document.orgmap'): ParseResult {
  return validate(value, fileName, false);
}

/**
 * `owned` is true when {@link parseDocument} reads the value its own JSON.parse made. Then a node,
 * position or edge object that passed every check, holds only known keys in the writer's order
 * (the fast path below) and would be copied to an object with the same keys in the same order is
 * kept as it is rather than copied: the result is the same, with tens of thousands fewer objects
 * to make and collect on a large map (issue 17). A value handed to {@link validateDocument} by a
 * caller is always copied, so the result never shares an object with the caller's value. Passed
 * down as an argument, not kept in the module (issue 19: no module-level mutable state).
 */
function validate(value: unknown, fileName: string, owned: boolean): ParseResult {
  try {
    return { ok: true, document: readDocument(value, owned) };
  } catch (error) {
    if (error instanceof Refusal) return refuse(fileName, error.path, error.reason);
    if (error instanceof RangeError) return refuse(fileName, '', 'the document is nested too deeply or is too large to read');
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return refuse(fileName, '', `could not be read${detail}`);
  }
}

function refuse(file: string, path: string, reason: string): ParseResult {
  const message = path === '' ? `${file}: ${reason}` : `${file}: ${path}: ${reason}`;
  return { ok: false, error: { file, path, reason, message } };
}

/** Thrown inside the reader, caught in validateDocument. Only ever for the first problem. */
class Refusal {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {}
}

/** Thrown by copyJson: the path below the unknown field (the caller prefixes its own). */
class NestedRefusal {
  constructor(
    readonly suffix: string,
    readonly reason: string,
  ) {}
}

// ---------------------------------------------------------------------------------------------
// Paths, built only when reporting.

function scenarioPath(si: number): string {
  return `scenarios[${si}]`;
}
function itemPath(si: number, list: 'nodes' | 'edges', i: number, field?: string): string {
  const base = `scenarios[${si}].${list}[${i}]`;
  return field === undefined ? base : `${base}.${field}`;
}
function keySegment(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
function join(base: string, key: string): string {
  const seg = keySegment(key);
  return base === '' && seg.charAt(0) === '.' ? seg.slice(1) : base + seg;
}

// ---------------------------------------------------------------------------------------------
// Small checks. Each returns a reason, or null when fine, so the caller builds the path only on failure.

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return 'a boolean';
    default:
      return typeof value;
  }
}

/** A plain data object (JSON object): not null, not an array, not a Date/Map/class with a tag. */
function isObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.prototype.toString.call(value) === '[object Object]';
}

/** Code points in `s` (a surrogate pair is one character; a lone surrogate counts as one). */
export function characterCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function stringReason(value: unknown, min: number, max: number): string | null {
  if (typeof value !== 'string') return `must be a string (${min}–${formatInt(max)} characters), not ${typeName(value)}`;
  // Fast path: a string no longer than `max` code units has at most `max` characters.
  if (value.length <= max) return value.length < min ? `must not be empty (${min}–${formatInt(max)} characters)` : null;
  const count = characterCount(value);
  if (count > max) return `is too long: ${formatInt(count)} characters; the limit is ${formatInt(max)}`;
  return null;
}

function idReason(value: unknown, what: string): string | null {
  if (typeof value !== 'string') return `${what} id must be a string, not ${typeName(value)}`;
  if (!ID_PATTERN.test(value)) {
    return `${what} id ${quote(value)} is not valid: use 1–${LIMITS.idMax} of the characters A–Z a–z 0–9 _ -`;
  }
  return null;
}

function missing(what: string): string {
  return `is missing: ${what} is required`;
}

/** 20000 → "20,000" (fixed, not locale-dependent, like the format doc). */
function formatInt(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// ---------------------------------------------------------------------------------------------
// Unknown fields: copied as JSON values, depth-limited, forbidden keys dropped.

/**
 * The keys below the unknown field being copied; only read when a problem is reported. One per
 * copyUnknown call, passed down (no module-level state: a getter that reads another document while
 * it is copied cannot disturb this one's path).
 */
type KeyStack = (string | number)[];

function stackSuffix(stack: KeyStack): string {
  let out = '';
  for (const seg of stack) out += typeof seg === 'number' ? `[${seg}]` : keySegment(seg);
  return out;
}

/** Copies a JSON value that sits at nesting `level` (it is a container at that level). */
function copyJson(value: unknown, level: number, stack: KeyStack): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new NestedRefusal(stackSuffix(stack), `must be a finite number, not ${String(value)}`);
      return value === 0 ? 0 : value; // -0 is not JSON; it would come back as 0
    case 'object': {
      if (value === null) return null;
      if (level > MAX_DEPTH) throw new NestedRefusal(stackSuffix(stack), `is nested too deeply: the limit is ${MAX_DEPTH} levels`);
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) {
          stack.push(i);
          const item: unknown = value[i];
          if (item === undefined) throw new NestedRefusal(stackSuffix(stack), 'is not a JSON value (undefined)');
          out.push(copyJson(item, level + 1, stack));
          stack.pop();
        }
        return out;
      }
      if (!isObject(value)) throw new NestedRefusal(stackSuffix(stack), `is not a JSON value (${Object.prototype.toString.call(value)})`);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) continue;
        const item = value[key];
        if (item === undefined) continue; // as JSON.stringify: an undefined field is absent
        stack.push(key);
        define(out, key, copyJson(item, level + 1, stack));
        stack.pop();
      }
      return out;
    }
    default:
      throw new NestedRefusal(stackSuffix(stack), `is not a JSON value (${typeof value})`);
  }
}

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Copies the unknown keys `keys` of `source` onto `target`. `level` is the nesting level of
 * `source`; `base` is its path, used only on failure.
 */
function copyUnknown(target: object, source: Record<string, unknown>, keys: readonly string[], level: number, base: () => string): void {
  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    const stack: KeyStack = [];
    try {
      define(target, key, copyJson(value, level + 1, stack));
    } catch (error) {
      if (error instanceof NestedRefusal) throw new Refusal(join(base(), key) + error.suffix, error.reason);
      throw error;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The known structure.

/*
 * Fast path: when an object has only known keys, in the order the writer uses (every file we
 * wrote), its fields are read directly instead of through a switch over Object.keys — about twice
 * as fast on a large map. Only for plain JSON objects (prototype Object.prototype or null), so a
 * direct read cannot find an inherited field; anything else takes the exact, slower path.
 */
// The writer's key orders (shared/model/fields.ts, the one field table per record). The readers below
// stay written out by hand: a table-driven reader was measured slower on the first read in a fresh
// process (~280 → ~380 ms CPU for 20,000 nodes), which is what every `orgmap analyze` pays (docs/bench.md).
const NODE_ORDER = NODE_FIELDS.keys;
const POSITION_ORDER = POSITION_FIELDS.keys;
const EDGE_ORDER = EDGE_FIELDS.keys;

/**
 * True when `value` is a plain object whose keys are a subsequence of `order`. Uses for-in, which
 * allocates nothing for objects of one shape (V8's enum cache); with the prototype checked first,
 * for-in sees only own keys (unless Object.prototype itself was polluted, which this code never does).
 */
function isCanonical(value: object, order: readonly string[]): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let j = 0;
  for (const key in value) {
    while (j < order.length && order[j] !== key) j++;
    if (j === order.length) return false;
    j++;
  }
  return true;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readDocument(value: unknown, owned: boolean): OrgDocument {
  if (!isObject(value)) throw new Refusal('', `not an orgmap document: expected a JSON object at the top level, found ${typeName(value)}`);
  let raw: Record<string, unknown> = value;
  if (!Object.prototype.hasOwnProperty.call(raw, 'format') || raw.format === undefined) {
    throw new Refusal('format', `is missing: this is not an orgmap document (expected "format": "${FORMAT_NAME}")`);
  }
  if (raw.format !== FORMAT_NAME) {
    const found = typeof raw.format === 'string' ? quote(raw.format) : typeName(raw.format);
    throw new Refusal('format', `must be "${FORMAT_NAME}", not ${found}: this is not an orgmap document`);
  }
  const version = raw.version;
  if (version === undefined || !Object.prototype.hasOwnProperty.call(raw, 'version')) throw new Refusal('version', missing('the format version'));
  if (typeof version !== 'number') throw new Refusal('version', `must be a number, not ${typeName(version)}`);
  const migrated = migrateToCurrent(raw, version);
  if (!migrated.ok) throw new Refusal('version', migrated.reason);
  raw = migrated.value;

  let title: unknown;
  let goals: unknown;
  let notes: unknown;
  let scenarios: unknown;
  let unknown: string[] | null = null;
  for (const key of Object.keys(raw)) {
    switch (key) {
      case 'format':
      case 'version':
        break;
      case 'title':
        title = raw[key];
        break;
      case 'goals':
        goals = raw[key];
        break;
      case 'notes':
        notes = raw[key];
        break;
      case 'scenarios':
        scenarios = raw[key];
        break;
      default:
        if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
    }
  }

  if (title === undefined) throw new Refusal('title', missing('a title (possibly empty)'));
  const titleReason = stringReason(title, 0, LIMITS.titleMax);
  if (titleReason !== null) throw new Refusal('title', titleReason);

  const doc: Mutable<OrgDocument> = { format: FORMAT_NAME, version: FORMAT_VERSION, title: title as string, scenarios: [] };
  if (goals !== undefined) doc.goals = readGoals(goals);
  if (notes !== undefined) {
    const r = stringReason(notes, 0, LIMITS.documentNotesMax);
    if (r !== null) throw new Refusal('notes', r);
    doc.notes = notes as string;
  }

  if (scenarios === undefined) throw new Refusal('scenarios', missing(`a list of ${LIMITS.scenariosMin}–${LIMITS.scenariosMax} scenarios`));
  if (!Array.isArray(scenarios)) throw new Refusal('scenarios', `must be an array, not ${typeName(scenarios)}`);
  if (scenarios.length < LIMITS.scenariosMin) throw new Refusal('scenarios', `must hold at least ${LIMITS.scenariosMin} scenario`);
  if (scenarios.length > LIMITS.scenariosMax) {
    throw new Refusal('scenarios', `too many scenarios: ${scenarios.length}; the limit is ${LIMITS.scenariosMax}`);
  }
  const seen = new Map<string, number>();
  const out: Scenario[] = [];
  for (let si = 0; si < scenarios.length; si++) out.push(readScenario(scenarios[si], si, seen, owned));
  doc.scenarios = out;

  if (unknown !== null) copyUnknown(doc, raw, unknown, DOC_LEVEL, () => '');
  return doc;
}

function readGoals(value: unknown): Goal[] {
  if (!Array.isArray(value)) throw new Refusal('goals', `must be an array of goal ids, not ${typeName(value)}`);
  const out: Goal[] = [];
  for (let i = 0; i < value.length; i++) {
    const goal: unknown = value[i];
    if (typeof goal !== 'string' || !GOAL_SET.has(goal)) {
      const found = typeof goal === 'string' ? `unknown goal ${quote(goal)}` : `must be a goal id, not ${typeName(goal)}`;
      throw new Refusal(`goals[${i}]`, `${found}; expected one of ${GOALS.join(', ')}`);
    }
    const first = out.indexOf(goal as Goal); // at most 7 goals: a linear search is fine
    if (first !== -1) throw new Refusal(`goals[${i}]`, `duplicate goal ${quote(goal)} (also goals[${first}])`);
    out.push(goal as Goal);
  }
  return out;
}

function readScenario(value: unknown, si: number, seen: Map<string, number>, owned: boolean): Scenario {
  if (!isObject(value)) throw new Refusal(scenarioPath(si), `must be an object, not ${typeName(value)}`);
  let id: unknown;
  let name: unknown;
  let nodes: unknown;
  let edges: unknown;
  let practices: unknown;
  let unknown: string[] | null = null;
  for (const key of Object.keys(value)) {
    switch (key) {
      case 'id':
        id = value[key];
        break;
      case 'name':
        name = value[key];
        break;
      case 'nodes':
        nodes = value[key];
        break;
      case 'edges':
        edges = value[key];
        break;
      case 'practices':
        practices = value[key];
        break;
      default:
        if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
    }
  }
  const p = scenarioPath(si);
  if (id === undefined) throw new Refusal(`${p}.id`, missing('a scenario id'));
  const idR = idReason(id, 'scenario');
  if (idR !== null) throw new Refusal(`${p}.id`, idR);
  const sid = id as string;
  const other = seen.get(sid);
  if (other !== undefined) throw new Refusal(`${p}.id`, `duplicate scenario id ${quote(sid)} (also scenarios[${other}])`);
  seen.set(sid, si);
  if (name === undefined) throw new Refusal(`${p}.name`, missing('a name'));
  const nameR = stringReason(name, 1, LIMITS.scenarioNameMax);
  if (nameR !== null) throw new Refusal(`${p}.name`, nameR);

  if (nodes === undefined) throw new Refusal(`${p}.nodes`, missing('a list of nodes (possibly empty)'));
  if (!Array.isArray(nodes)) throw new Refusal(`${p}.nodes`, `must be an array, not ${typeName(nodes)}`);
  if (nodes.length > LIMITS.nodesMax) {
    throw new Refusal(`${p}.nodes`, `too many nodes: ${formatInt(nodes.length)}; the limit is ${formatInt(LIMITS.nodesMax)} per scenario`);
  }
  if (edges === undefined) throw new Refusal(`${p}.edges`, missing('a list of edges (possibly empty)'));
  if (!Array.isArray(edges)) throw new Refusal(`${p}.edges`, `must be an array, not ${typeName(edges)}`);
  if (edges.length > LIMITS.edgesMax) {
    throw new Refusal(`${p}.edges`, `too many edges: ${formatInt(edges.length)}; the limit is ${formatInt(LIMITS.edgesMax)} per scenario`);
  }

  const nodeIndex = new Map<string, number>();
  const outNodes: OrgNode[] = [];
  for (let ni = 0; ni < nodes.length; ni++) {
    const node = readNode(nodes[ni], si, ni, nodeIndex, outNodes, owned);
    outNodes.push(node);
  }
  const edgeIds = new Set<string>();
  // One set of (source, target) pairs per edge kind, each pair as source × n + target: below
  // 2^30 for up to 20,000 nodes, so a small integer V8 hashes without boxing.
  const pairs = [new Set<number>(), new Set<number>(), new Set<number>()];
  // Each node's kind as one bit (KIND_BIT), for the edge-end rules: a mask test per end.
  const kindBits = new Uint8Array(outNodes.length);
  for (let ni = 0; ni < outNodes.length; ni++) kindBits[ni] = KIND_BIT[(outNodes[ni] as OrgNode).kind];
  const outEdges: OrgEdge[] = [];
  const ends = new Int32Array(2 * edges.length);
  for (let ei = 0; ei < edges.length; ei++) {
    outEdges.push(readEdge(edges, si, ei, sid, outNodes, nodeIndex, edgeIds, outEdges, pairs, kindBits, ends, owned));
  }
  readEnds.set(outEdges, { nodes: outNodes, ends });

  const scenario: Mutable<Scenario> = { id: sid as ScenarioId, name: name as string, nodes: outNodes, edges: outEdges };
  if (practices !== undefined) scenario.practices = readPractices(practices, p);
  if (unknown !== null) copyUnknown(scenario, value, unknown, SCENARIO_LEVEL, () => p);
  return scenario;
}

const PRACTICE_SET: ReadonlySet<string> = new Set(PRACTICES);
const PRACTICE_VALUE_SET: ReadonlySet<string> = new Set(PRACTICE_VALUES);
const PRACTICE_VALUE_LIST = PRACTICE_VALUES.map((v) => `"${v}"`).join(', ');

/**
 * `practices`: an object of known keys, each "yes" / "partly" / "no"; a missing key is "not
 * recorded" and stays missing. Unknown keys (a newer release's practices) are kept as they are.
 */
function readPractices(value: unknown, scenarioBase: string): Practices {
  const base = `${scenarioBase}.practices`;
  if (!isObject(value)) throw new Refusal(base, `must be an object of practices (${PRACTICES.join(', ')}), not ${typeName(value)}`);
  const out: Partial<Record<PracticeKey, PracticeValue>> = {};
  let unknown: string[] | null = null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (!PRACTICE_SET.has(key)) {
      (unknown ??= []).push(key);
      continue;
    }
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !PRACTICE_VALUE_SET.has(v)) {
      const found = typeof v === 'string' ? quote(v) : typeName(v);
      throw new Refusal(`${base}.${key}`, `must be ${PRACTICE_VALUE_LIST} (leave it out when not recorded), not ${found}`);
    }
  }
  // Known keys in the documented order, whatever the order in the file.
  for (const key of PRACTICES) {
    const v = value[key];
    if (v !== undefined && Object.prototype.hasOwnProperty.call(value, key)) out[key] = v as PracticeValue;
  }
  if (unknown !== null) copyUnknown(out, value, unknown, SCENARIO_LEVEL + 1, () => base);
  return out;
}

/**
 * `read` holds the nodes read so far (nodes[0..ni-1]); it is looked at only to name the earlier
 * node when an id comes twice.
 */
function readNode(value: unknown, si: number, ni: number, nodeIndex: Map<string, number>, read: readonly OrgNode[], owned: boolean): OrgNode {
  if (!isObject(value)) throw new Refusal(itemPath(si, 'nodes', ni), `must be an object, not ${typeName(value)}`);
  let id: unknown;
  let kind: unknown;
  let label: unknown;
  let position: unknown;
  let platform: unknown;
  let handle: unknown;
  let notes: unknown;
  let unknown: string[] | null = null;
  const canonical = isCanonical(value, NODE_ORDER);
  if (canonical) {
    id = value.id;
    kind = value.kind;
    label = value.label;
    position = value.position;
    platform = value.platform;
    handle = value.handle;
    notes = value.notes;
  } else {
    for (const key of Object.keys(value)) {
      switch (key) {
        case 'id':
          id = value[key];
          break;
        case 'kind':
          kind = value[key];
          break;
        case 'label':
          label = value[key];
          break;
        case 'position':
          position = value[key];
          break;
        case 'platform':
          platform = value[key];
          break;
        case 'handle':
          handle = value[key];
          break;
        case 'notes':
          notes = value[key];
          break;
        default:
          if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
      }
    }
  }
  if (id === undefined) throw new Refusal(itemPath(si, 'nodes', ni, 'id'), missing('a node id'));
  const idR = idReason(id, 'node');
  if (idR !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'id'), idR);
  const nid = id as string;
  // One hash lookup, not two: the map does not grow when the id is already there (then the
  // earlier node is found again, on this error path only).
  const known = nodeIndex.size;
  nodeIndex.set(nid, ni);
  if (nodeIndex.size === known) throw new Refusal(itemPath(si, 'nodes', ni, 'id'), `duplicate node id ${quote(nid)} (also nodes[${firstWithId(read, nid)}])`);

  if (kind === undefined) throw new Refusal(itemPath(si, 'nodes', ni, 'kind'), missing('a node kind'));
  if (typeof kind !== 'string' || !NODE_KIND_SET.has(kind)) {
    const found = typeof kind === 'string' ? `unknown node kind ${quote(kind)}` : `must be a string, not ${typeName(kind)}`;
    throw new Refusal(itemPath(si, 'nodes', ni, 'kind'), `${found}; expected one of ${NODE_KINDS.join(', ')}`);
  }
  const nkind = kind as NodeKind;

  if (label === undefined) throw new Refusal(itemPath(si, 'nodes', ni, 'label'), missing('a label'));
  const labelR = stringReason(label, 1, LIMITS.labelMax);
  if (labelR !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'label'), labelR);

  if (position === undefined) throw new Refusal(itemPath(si, 'nodes', ni, 'position'), missing('a position {x, y}'));
  const pos = readPosition(position, si, ni, owned);

  // Kept when its keys are those the copy below would have, in the same order: id, kind, label,
  // position, notes (an account's platform comes before its position in the writer's order, so
  // an account is copied).
  if (owned && canonical && nkind !== 'account' && platform === undefined && handle === undefined && pos === position) {
    if (notes !== undefined) {
      const r = stringReason(notes, 0, LIMITS.nodeNotesMax);
      if (r !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'notes'), r);
    }
    return value as unknown as OrgNode;
  }
  const node: Mutable<OrgNode> = { id: nid as NodeId, kind: nkind, label: label as string, position: pos };

  if (nkind === 'account') {
    if (platform === undefined) {
      throw new Refusal(itemPath(si, 'nodes', ni, 'platform'), `is missing: accounts need a platform, one of ${PLATFORMS.join(', ')}`);
    }
    if (typeof platform !== 'string' || !PLATFORM_SET.has(platform)) {
      const found = typeof platform === 'string' ? `unknown platform ${quote(platform)}` : `must be a string, not ${typeName(platform)}`;
      throw new Refusal(itemPath(si, 'nodes', ni, 'platform'), `${found}; expected one of ${PLATFORMS.join(', ')}`);
    }
    node.platform = platform as Platform;
    if (handle !== undefined) {
      const r = stringReason(handle, 0, LIMITS.handleMax);
      if (r !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'handle'), r);
      node.handle = handle as string;
    }
  } else {
    if (platform !== undefined) {
      throw new Refusal(itemPath(si, 'nodes', ni, 'platform'), `only accounts have a platform; ${quote(nid)} is a ${nkind === 'employees' ? 'employees group' : nkind}`);
    }
    if (handle !== undefined) {
      throw new Refusal(itemPath(si, 'nodes', ni, 'handle'), `only accounts have a handle; ${quote(nid)} is a ${nkind === 'employees' ? 'employees group' : nkind}`);
    }
  }
  if (notes !== undefined) {
    const r = stringReason(notes, 0, LIMITS.nodeNotesMax);
    if (r !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'notes'), r);
    node.notes = notes as string;
  }
  if (unknown !== null) copyUnknown(node, value, unknown, ITEM_LEVEL, () => itemPath(si, 'nodes', ni));
  return node;
}

function readPosition(value: unknown, si: number, ni: number, owned: boolean): Position {
  if (!isObject(value)) throw new Refusal(itemPath(si, 'nodes', ni, 'position'), `must be an object {x, y}, not ${typeName(value)}`);
  let x: unknown;
  let y: unknown;
  let unknown: string[] | null = null;
  const canonical = isCanonical(value, POSITION_ORDER);
  if (canonical) {
    x = value.x;
    y = value.y;
  } else {
    for (const key of Object.keys(value)) {
      if (key === 'x') x = value[key];
      else if (key === 'y') y = value[key];
      else if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
    }
  }
  const xr = coordinateReason(x);
  if (xr !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'position.x'), xr);
  const yr = coordinateReason(y);
  if (yr !== null) throw new Refusal(itemPath(si, 'nodes', ni, 'position.y'), yr);
  // `+ 0` turns -0 into 0 (JSON cannot keep -0; reading must be stable).
  // Kept as it is (see `validate`) when it is {x, y} and neither is -0.
  if (owned && canonical && notMinusZero(x as number) && notMinusZero(y as number)) return value as unknown as Position;
  const pos: Position = { x: (x as number) + 0, y: (y as number) + 0 };
  if (unknown !== null) copyUnknown(pos, value, unknown, POSITION_LEVEL, () => itemPath(si, 'nodes', ni, 'position'));
  return pos;
}

function notMinusZero(v: number): boolean {
  return v !== 0 || 1 / v > 0;
}

function coordinateReason(v: unknown): string | null {
  if (v === undefined) return missing('a coordinate');
  if (typeof v !== 'number') return `must be a number, not ${typeName(v)}`;
  if (!Number.isFinite(v)) return `must be a finite number, not ${String(v)}`;
  if (v > LIMITS.coordinateMax || v < -LIMITS.coordinateMax) {
    return `is out of range: ${v}; coordinates must be within ±${formatInt(LIMITS.coordinateMax)}`;
  }
  return null;
}

function readEdge(
  rawEdges: readonly unknown[],
  si: number,
  ei: number,
  sid: string,
  nodes: readonly OrgNode[],
  nodeIndex: ReadonlyMap<string, number>,
  edgeIds: Set<string>,
  read: readonly OrgEdge[],
  pairs: readonly Set<number>[],
  kindBits: Uint8Array,
  ends: Int32Array,
  owned: boolean,
): OrgEdge {
  const value: unknown = rawEdges[ei];
  if (!isObject(value)) throw new Refusal(itemPath(si, 'edges', ei), `must be an object, not ${typeName(value)}`);
  let id: unknown;
  let kind: unknown;
  let source: unknown;
  let target: unknown;
  let unknown: string[] | null = null;
  const canonical = isCanonical(value, EDGE_ORDER);
  if (canonical) {
    id = value.id;
    kind = value.kind;
    source = value.source;
    target = value.target;
  } else {
    for (const key of Object.keys(value)) {
      switch (key) {
        case 'id':
          id = value[key];
          break;
        case 'kind':
          kind = value[key];
          break;
        case 'source':
          source = value[key];
          break;
        case 'target':
          target = value[key];
          break;
        default:
          if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
      }
    }
  }
  if (id === undefined) throw new Refusal(itemPath(si, 'edges', ei, 'id'), missing('an edge id'));
  const idR = idReason(id, 'edge');
  if (idR !== null) throw new Refusal(itemPath(si, 'edges', ei, 'id'), idR);
  const eid = id as string;
  // As for node ids: one lookup; the earlier edge is found again only on this error path.
  const known = edgeIds.size;
  edgeIds.add(eid);
  if (edgeIds.size === known) throw new Refusal(itemPath(si, 'edges', ei, 'id'), `duplicate edge id ${quote(eid)} (also edges[${firstWithId(read, eid)}])`);

  if (kind === undefined) throw new Refusal(itemPath(si, 'edges', ei, 'kind'), missing('an edge kind'));
  if (typeof kind !== 'string' || !EDGE_KIND_SET.has(kind)) {
    const found = typeof kind === 'string' ? `unknown edge kind ${quote(kind)}` : `must be a string, not ${typeName(kind)}`;
    throw new Refusal(itemPath(si, 'edges', ei, 'kind'), `${found}; expected one of ${EDGE_KIND_LIST}`);
  }
  const ekind = kind as EdgeKind;

  const sourceIndex = endpoint(source, 'source', si, ei, sid, nodeIndex);
  const targetIndex = endpoint(target, 'target', si, ei, sid, nodeIndex);
  const sourceNode = nodes[sourceIndex] as OrgNode;
  const targetNode = nodes[targetIndex] as OrgNode;
  if (sourceNode === targetNode) throw new Refusal(itemPath(si, 'edges', ei, 'target'), selfLoopReason(sourceNode.id));
  // The rules' wording (edgeEndReason) only when the kind masks say an end breaks them.
  const k = EDGE_KIND_INDEX[ekind];
  if (((SOURCE_KINDS[k] as number) & (kindBits[sourceIndex] as number)) === 0) {
    const sr = edgeEndReason(ekind, 'source', sourceNode.kind, sourceNode.id);
    if (sr !== null) throw new Refusal(itemPath(si, 'edges', ei, 'source'), sr);
  }
  if (((TARGET_KINDS[k] as number) & (kindBits[targetIndex] as number)) === 0) {
    const tr = edgeEndReason(ekind, 'target', targetNode.kind, targetNode.id);
    if (tr !== null) throw new Refusal(itemPath(si, 'edges', ei, 'target'), tr);
  }

  // (source, target) per kind as one number: cheaper than building a string key per edge.
  const pair = sourceIndex * nodes.length + targetIndex;
  const triples = pairs[k] as Set<number>;
  const distinct = triples.size;
  triples.add(pair);
  if (triples.size === distinct) {
    const same = firstEdge(rawEdges, ei, ekind, value.source, value.target);
    throw new Refusal(
      itemPath(si, 'edges', ei),
      `duplicate edge: edges[${same}] already is a "${ekind}" edge from ${quote(sourceNode.id)} to ${quote(targetNode.id)}`,
    );
  }
  ends[2 * ei] = sourceIndex;
  ends[2 * ei + 1] = targetIndex;

  // Kept as it is (see `validate`): the fast path saw only id, kind, source and target, in that
  // order, all of them checked; source and target equal the nodes' ids.
  if (owned && canonical) return value as unknown as OrgEdge;
  const edge: OrgEdge = { id: eid as EdgeId, kind: ekind, source: sourceNode.id, target: targetNode.id };
  if (unknown !== null) copyUnknown(edge, value, unknown, ITEM_LEVEL, () => itemPath(si, 'edges', ei));
  return edge;
}

function endpoint(
  value: unknown,
  end: 'source' | 'target',
  si: number,
  ei: number,
  sid: string,
  nodeIndex: ReadonlyMap<string, number>,
): number {
  if (value === undefined) throw new Refusal(itemPath(si, 'edges', ei, end), missing(`a ${end} node id`));
  if (typeof value !== 'string') throw new Refusal(itemPath(si, 'edges', ei, end), `must be a node id (a string), not ${typeName(value)}`);
  const index = nodeIndex.get(value);
  if (index === undefined) throw new Refusal(itemPath(si, 'edges', ei, end), `no node ${quote(value)} in scenario ${quote(sid)}`);
  return index;
}

const EDGE_KIND_INDEX: Readonly<Record<EdgeKind, number>> = { coordinates: 0, owns: 1, member: 2 };

/** Per edges array the reader made: its nodes array and where each edge starts and ends in it. */
const readEnds = new WeakMap<readonly OrgEdge[], { readonly nodes: readonly OrgNode[]; readonly ends: Int32Array }>();

/**
 * Where each edge of a scenario the reader made starts and ends, as positions in its nodes array
 * (edge i: `ends[2i]` → `ends[2i + 1]`), so the analysis of a map just read need not look every
 * id up again (issue 17; the reader refuses a duplicated id, so each id names one node). Undefined unless `edges` and `nodes` are the arrays of one scenario the
 * reader returned. A hint only: the caller checks each edge's ids against the nodes it names,
 * since nothing stops code from changing the arrays after reading.
 */
export function readEdgeEnds(nodes: readonly OrgNode[], edges: readonly OrgEdge[]): Int32Array | undefined {
  const entry = readEnds.get(edges);
  return entry !== undefined && entry.nodes === nodes && entry.ends.length === 2 * edges.length ? entry.ends : undefined;
}

/** A node kind as one bit, and per edge kind (EDGE_KIND_INDEX) the kinds each end may be: the format's EDGE_RULES. */
const KIND_BIT: Readonly<Record<NodeKind, number>> = { department: 1, unit: 2, team: 4, account: 8, employees: 16 };
const kindMask = (kinds: readonly NodeKind[]): number => kinds.reduce((mask, kind) => mask | KIND_BIT[kind], 0);
const SOURCE_KINDS: number[] = [];
const TARGET_KINDS: number[] = [];
for (const kind of EDGE_KINDS) {
  SOURCE_KINDS[EDGE_KIND_INDEX[kind]] = kindMask(EDGE_RULES[kind].source);
  TARGET_KINDS[EDGE_KIND_INDEX[kind]] = kindMask(EDGE_RULES[kind].target);
}

/** Error path only: the index of the first record read with this id (the reader's own output, so `id` is a checked string). */
function firstWithId(read: readonly (OrgNode | OrgEdge)[], id: string): number {
  for (let i = 0; i < read.length; i++) if ((read[i] as OrgNode | OrgEdge).id === id) return i;
  return -1;
}

/**
 * Error path only: the index of the earlier edge with the same (kind, source, target) as edge
 * `ei`. Found again by scanning the raw scenario, which is cheaper than remembering every index.
 */
function firstEdge(rawEdges: readonly unknown[], ei: number, kind: EdgeKind, source: unknown, target: unknown): number {
  for (let i = 0; i < ei; i++) {
    const other = rawEdges[i];
    if (isObject(other) && other.kind === kind && other.source === source && other.target === target) return i;
  }
  return -1;
}
