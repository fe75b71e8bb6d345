/**
 * The `.orgmap` reader: text → a validated OrgDocument, or one refusal naming the file and the
 * exact place (docs/orgmap-format.md, "Reading rules"; docs/format-notes.md for the details).
 *
 * Why hand-rolled and not a schema library: reading a 20,000-node map is on the path that
 * `npm run bench` times (budget 150 ms for read + validate + analyse on 2 cores). This is one pass
 * over the data, with no closures or regex compilation per node, and path strings are built only
 * when a problem is reported.
 *
 * One reader for every record (issue 19): `readRecord` reads a document, scenario, practices,
 * node, position or edge from its table of fields in shared/model/fields.ts (key, writer's order,
 * type, limits, check order); only what a table cannot say is written out here: the format and
 * version before a migration, an edge's ends against the rules, duplicate ids and edges.
 *
 * Safety: the result is made of fresh objects. Unknown fields are copied (they must survive a round
 * trip) with Object.defineProperty, never `obj[key] = value`, and the keys `__proto__`,
 * `constructor` and `prototype` are DROPPED at every level: they mean nothing in the format and
 * are the usual way to attempt prototype pollution in code that later merges the data.
 */
import { migrateToCurrent } from './migrate';
import { DOCUMENT_FIELDS, EDGE_FIELDS, NODE_FIELDS, POSITION_FIELDS, RECORDS, type Field, type RecordFields, type RecordName } from './fields';
import { edgeEndReason, quote, selfLoopReason } from './rules';
import {
  EDGE_KINDS,
  EDGE_RULES,
  FORMAT_NAME,
  GOALS,
  ID_PATTERN,
  LIMITS,
  PRACTICES,
  type EdgeKind,
  type Goal,
  type NodeKind,
  type OrgDocument,
  type OrgEdge,
  type OrgNode,
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

const GOAL_SET: ReadonlySet<string> = new Set(GOALS);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

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
// The known structure: one reader for every record, driven by the tables of fields.ts.

/** Where the reader is: the scenario being read, its ids and what its edges need. One per read. */
interface ReadContext {
  /** See `validate`. */
  readonly owned: boolean;
  /** One scratch array per table for the fields of the record being read (records of one table never nest). */
  readonly slots: readonly unknown[][];
  readonly scenarioIds: Map<string, number>;
  /** The scenario being read: its index and id. */
  si: number;
  sid: string;
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  /** The scenario's nodes as read, for its edges. */
  nodes: readonly OrgNode[];
  rawEdges: readonly unknown[];
  /** One set of (source, target) pairs per edge kind, each pair as source × n + target. */
  pairs: readonly Set<number>[];
  /** Each node's kind as one bit (KIND_BIT), for the edge-end rules: a mask test per end. */
  kindBits: Uint8Array;
  ends: Int32Array;
  /** The unknown keys gathered last (read by readRecord right after gathering). */
  unknown: string[] | null;
  /** The ends of the edge being read, as positions in `nodes`. */
  sourceIndex: number;
  targetIndex: number;
}

function newContext(owned: boolean): ReadContext {
  return {
    owned,
    slots: Object.keys(RECORDS).map(() => []),
    scenarioIds: new Map(),
    si: 0,
    sid: '',
    nodeIndex: new Map(),
    edgeIndex: new Map(),
    nodes: [],
    rawEdges: [],
    pairs: [],
    kindBits: new Uint8Array(0),
    ends: new Int32Array(0),
    unknown: null,
    sourceIndex: -1,
    targetIndex: -1,
  };
}

function readDocument(value: unknown, owned: boolean): OrgDocument {
  return readRecord(DOCUMENT_FIELDS, value, 0, newContext(owned)) as OrgDocument;
}

/** The path of a record: `index` is its place in its list (a position's and practices' own: their node's, their scenario's). */
function recordPath(name: RecordName, index: number, ctx: ReadContext): string {
  switch (name) {
    case 'document':
      return '';
    case 'scenario':
      return scenarioPath(index);
    case 'practices':
      return `${scenarioPath(ctx.si)}.practices`;
    case 'node':
      return itemPath(ctx.si, 'nodes', index);
    case 'position':
      return itemPath(ctx.si, 'nodes', index, 'position');
    case 'edge':
      return itemPath(ctx.si, 'edges', index);
  }
}

function notObjectReason(name: RecordName, value: unknown): string {
  switch (name) {
    case 'document':
      return `not an orgmap document: expected a JSON object at the top level, found ${typeName(value)}`;
    case 'practices':
      return `must be an object of practices (${PRACTICES.join(', ')}), not ${typeName(value)}`;
    case 'position':
      return `must be an object {x, y}, not ${typeName(value)}`;
    default:
      return `must be an object, not ${typeName(value)}`;
  }
}

/** The document's format and version, checked before anything else; the value migrated to the current version. */
function checkFormat(raw: Record<string, unknown>): Record<string, unknown> {
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
  return migrated.value;
}

/**
 * Reads one record of the table `table` (a document, scenario, practices, node, position or edge):
 * 1. its known fields are gathered into the table's scratch slots, its unknown keys listed;
 * 2. each field is checked in the table's check order (a list only as a list; `late` fields wait);
 * 3. an edge's ends are checked against the rules; then the items of its lists are read, then its late fields;
 * 4. the record is returned as it is (a `keepable` one that `JSON.parse` made, see `validate`) or
 *    copied: known fields in the table's `built` order, then the unknown ones.
 * Path strings are built only when a problem is reported.
 *
 * Fast path: when an object's keys come in the writer's order (every file we wrote), each key is
 * found by one comparison with the next field of the table. for-in allocates nothing for objects
 * of one shape (V8's enum cache), and with the prototype checked first it sees only own keys
 * (unless Object.prototype itself was polluted, which this code never does).
 */
function readRecord(table: RecordFields, value: unknown, index: number, ctx: ReadContext): unknown {
  if (!isObject(value)) throw new Refusal(recordPath(table.name, index, ctx), notObjectReason(table.name, value));
  const raw = table.name === 'document' ? checkFormat(value) : value;
  const slots = ctx.slots[table.slot] as unknown[];
  const canonical = gather(table, raw, index, ctx, slots);
  const unknown = ctx.unknown;
  const flags = table.checkInFileOrder ? 0 : checkFields(table, index, ctx, slots);
  if (table.name === 'edge') checkEdgeEnds(index, ctx, slots);
  if ((flags & LISTS) !== 0) readLists(table, ctx, slots);
  if ((flags & LATE) !== 0) checkLate(table, index, ctx, slots);
  if (table.keepable && ctx.owned && canonical && (flags & CHANGED) === 0 && (table.builtInWriterOrder || builtInOrder(table, slots))) return raw;
  const out = copyRecord(table, slots);
  if (unknown !== null) copyUnknown(out, raw, unknown, table.level, () => recordPath(table.name, index, ctx));
  return out;
}

/** What checkFields found: a value changed by its check, list fields, late fields. */
const CHANGED = 1;
const LISTS = 2;
const LATE = 4;

/**
 * Gathers the known fields of `raw` into `slots` (checking each as it is met when the table says
 * so) and its unknown keys into `ctx.unknown` (null when none); says whether it holds only known
 * keys in the writer's order.
 */
function gather(table: RecordFields, raw: Record<string, unknown>, index: number, ctx: ReadContext, slots: unknown[]): boolean {
  const keys = table.keys;
  const n = keys.length;
  const eager = table.checkInFileOrder;
  let unknown: string[] | null = null;
  let canonical = true;
  const proto: unknown = Object.getPrototypeOf(raw);
  if (proto === Object.prototype || proto === null) {
    // Slots below `next` are set or cleared; the others cleared at the end (or all of them, once the order breaks).
    let next = 0;
    for (const key in raw) {
      let i = next;
      if (canonical) {
        while (i < n && keys[i] !== key) slots[i++] = undefined;
        if (i < n) next = i + 1;
        else {
          canonical = false;
          for (let j = next; j < n; j++) slots[j] = undefined;
          i = keys.indexOf(key);
        }
      } else i = keys.indexOf(key);
      if (i >= 0) {
        slots[i] = raw[key];
        if (eager && slots[i] !== undefined) slots[i] = checkField(table.fields[i] as Field, slots[i], table, index, ctx, slots);
      } else if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
    }
    if (canonical) for (let j = next; j < n; j++) slots[j] = undefined;
  } else {
    for (let i = 0; i < n; i++) slots[i] = undefined;
    canonical = false;
    for (const key of Object.keys(raw)) {
      const i = keys.indexOf(key);
      if (i >= 0) slots[i] = raw[key];
      else if (!FORBIDDEN_KEYS.has(key)) (unknown ??= []).push(key);
      if (i >= 0 && table.checkInFileOrder && slots[i] !== undefined) slots[i] = checkField(table.fields[i] as Field, slots[i], table, index, ctx, slots);
    }
  }
  ctx.unknown = unknown;
  return canonical;
}

/** Checks the fields in check order (lists as lists only; late fields wait); returns CHANGED, LISTS and LATE flags. */
function checkFields(table: RecordFields, index: number, ctx: ReadContext, slots: unknown[]): number {
  let flags = 0;
  const checks = table.checks;
  for (let c = 0; c < checks.length; c++) {
    const f = checks[c] as Field;
    const i = f.at;
    const v = slots[i];
    // The commonest valid values answered here, without a call (a large map's reading time is in these loops).
    if (f.plain && typeof v === 'string') {
      if (f.type === 'text' ? v.length <= f.max && v.length >= f.min : f.allowed.has(v)) continue;
    } else if (typeof v === 'number' && f.type === 'coordinate' && v <= f.max && v >= -f.max && (v !== 0 || 1 / v > 0)) continue;
    if (f.late) {
      flags |= LATE;
      continue;
    }
    if (f.type === 'constant') {
      slots[i] = f.constant; // checked (and migrated) by checkFormat
      continue;
    }
    if (v === undefined) {
      if (f.required !== null || f.requiredForKind !== null) absent(f, table, index, ctx, slots);
      continue;
    }
    if (f.type === 'list') {
      flags |= LISTS;
      checkList(f, v, table, index, ctx);
      continue;
    }
    const out = checkField(f, v, table, index, ctx, slots);
    if (out !== v || (v === 0 && 1 / v < 0)) flags |= CHANGED; // -0 read, 0 kept
    slots[i] = out;
  }
  return flags;
}

function readLists(table: RecordFields, ctx: ReadContext, slots: unknown[]): void {
  for (const f of table.checks) {
    if (f.type === 'list') slots[f.at] = readList(f, slots[f.at] as readonly unknown[], ctx);
  }
}

function checkLate(table: RecordFields, index: number, ctx: ReadContext, slots: unknown[]): void {
  for (const f of table.checks) {
    if (!f.late) continue;
    const v = slots[f.at];
    if (v === undefined) absent(f, table, index, ctx, slots);
    else slots[f.at] = checkField(f, v, table, index, ctx, slots);
  }
}

/** Where each field of a node, a position and an edge sits in the slots. */
const NODE_AT = slotIndex(NODE_FIELDS);
const POSITION_AT = slotIndex(POSITION_FIELDS);
const EDGE_AT = slotIndex(EDGE_FIELDS);

function slotIndex<K extends string>(table: RecordFields<K>): Readonly<Record<K, number>> {
  const at: Partial<Record<K, number>> = {};
  table.keys.forEach((key: K, i) => (at[key] = i));
  return at as Readonly<Record<K, number>>;
}

/**
 * A copy of the record in the slots: the known fields in the table's `built` order (required
 * fields in check order, then the optional ones). Nodes, positions and edges — tens of thousands
 * in a large map — are written as literals, which V8 builds much faster than a loop of keyed stores
 * (fields.test.ts checks that they follow `built`).
 */
function copyRecord(table: RecordFields, slots: readonly unknown[]): Record<string, unknown> {
  switch (table.name) {
    case 'node': {
      const out: Record<string, unknown> = { id: slots[NODE_AT.id], kind: slots[NODE_AT.kind], label: slots[NODE_AT.label], position: slots[NODE_AT.position] };
      const platform = slots[NODE_AT.platform];
      if (platform !== undefined) out.platform = platform;
      const handle = slots[NODE_AT.handle];
      if (handle !== undefined) out.handle = handle;
      const notes = slots[NODE_AT.notes];
      if (notes !== undefined) out.notes = notes;
      return out;
    }
    case 'position':
      return { x: slots[POSITION_AT.x], y: slots[POSITION_AT.y] };
    case 'edge':
      return { id: slots[EDGE_AT.id], kind: slots[EDGE_AT.kind], source: slots[EDGE_AT.source], target: slots[EDGE_AT.target] };
    default: {
      const out: Record<string, unknown> = {};
      for (const i of table.builtAt) {
        const v = slots[i];
        if (v !== undefined) out[(table.fields[i] as Field).key] = v; // a key of the table, never one from the file
      }
      return out;
    }
  }
}

/**
 * Whether the fields present come in the same order in the writer's order (the file's, when it is
 * canonical) and in the order a copy would have: then the record read is the copy. Not for an
 * account, whose platform the writer puts before the position.
 */
function builtInOrder(table: RecordFields, slots: readonly unknown[]): boolean {
  if (table.builtInWriterOrder) return true;
  let last = -1;
  const built = table.builtAt;
  for (let k = 0; k < built.length; k++) {
    const i = built[k] as number;
    if (slots[i] === undefined) continue;
    if (i < last) return false;
    last = i;
  }
  return true;
}

function fieldPath(table: RecordFields, index: number, ctx: ReadContext, key: string): string {
  return join(recordPath(table.name, index, ctx), key);
}

/** The node kind of the record being read (its `kind` is checked before any field that depends on it). */
function kindOf(table: RecordFields, slots: readonly unknown[]): unknown {
  return slots[table.kindAt];
}

function kindNoun(kind: unknown): string {
  return kind === 'employees' ? 'employees group' : String(kind);
}

/** A field left out: fine, unless required (for every record or for its kind). */
function absent(f: Field, table: RecordFields, index: number, ctx: ReadContext, slots: readonly unknown[]): void {
  if (f.required !== null) throw new Refusal(fieldPath(table, index, ctx, f.key), missing(f.required));
  if (f.requiredForKind !== null && kindOf(table, slots) === f.onlyKind) {
    throw new Refusal(fieldPath(table, index, ctx, f.key), `is missing: ${f.requiredForKind}`);
  }
}

/** A list field as a list: an array within its limits (its items are read later, by readList). */
function checkList(f: Field, v: unknown, table: RecordFields, index: number, ctx: ReadContext): void {
  if (!Array.isArray(v)) throw new Refusal(fieldPath(table, index, ctx, f.key), `must be an array, not ${typeName(v)}`);
  if (v.length < f.min) throw new Refusal(fieldPath(table, index, ctx, f.key), `must hold at least ${f.min} ${f.noun.slice(0, -1)}`);
  if (v.length > f.max) {
    const reason = f.perScenario
      ? `too many ${f.noun}: ${formatInt(v.length)}; the limit is ${formatInt(f.max)} per scenario`
      : `too many ${f.noun}: ${v.length}; the limit is ${f.max}`;
    throw new Refusal(fieldPath(table, index, ctx, f.key), reason);
  }
}

/**
 * Checks one present field; returns the value the record keeps. The common cases of a valid file
 * are answered here, in a function small enough for V8 to inline; everything else, and every
 * refusal, goes through checkFieldFully.
 */
function checkField(f: Field, v: unknown, table: RecordFields, index: number, ctx: ReadContext, slots: readonly unknown[]): unknown {
  if (f.onlyKind === null || slots[table.kindAt] === f.onlyKind) {
    switch (f.type) {
      case 'id':
        if (typeof v === 'string' && ID_PATTERN.test(v)) {
          const ids = f.noun === 'node' ? ctx.nodeIndex : f.noun === 'edge' ? ctx.edgeIndex : ctx.scenarioIds;
          if (ids.has(v)) break;
          ids.set(v, index);
          if (f.noun === 'scenario') ctx.sid = v;
          return v;
        }
        break;
      case 'text':
        // A string no longer than `max` code units has at most `max` characters.
        if (typeof v === 'string' && v.length <= f.max && v.length >= f.min) return v;
        break;
      case 'choice':
        if (typeof v === 'string' && f.allowed.has(v)) return v;
        break;
      case 'coordinate':
        // NaN and ±Infinity fail the comparisons; `+ 0` turns -0 into 0.
        if (typeof v === 'number' && v <= f.max && v >= -f.max) return v + 0;
        break;
      case 'record':
        return readRecord(RECORDS[f.items as RecordName], v, index, ctx);
      case 'endpoint': {
        const at = typeof v === 'string' ? ctx.nodeIndex.get(v) : undefined;
        if (at === undefined) break;
        if (f.key === 'source') ctx.sourceIndex = at;
        else ctx.targetIndex = at;
        return v;
      }
      default:
        break;
    }
  }
  return checkFieldFully(f, v, table, index, ctx, slots);
}

function checkFieldFully(f: Field, v: unknown, table: RecordFields, index: number, ctx: ReadContext, slots: readonly unknown[]): unknown {
  if (f.onlyKind !== null) {
    const kind = kindOf(table, slots);
    if (kind !== f.onlyKind) {
      const id = slots[table.idAt] as string;
      throw new Refusal(fieldPath(table, index, ctx, f.key), `only ${f.onlyKind}s have a ${f.key}; ${quote(id)} is a ${kindNoun(kind)}`);
    }
  }
  let reason: string | null = null;
  switch (f.type) {
    case 'id': {
      reason = idReason(v, f.noun);
      if (reason !== null) break;
      const id = v as string;
      const ids = f.noun === 'node' ? ctx.nodeIndex : f.noun === 'edge' ? ctx.edgeIndex : ctx.scenarioIds;
      const prev = ids.get(id);
      if (prev !== undefined) throw new Refusal(fieldPath(table, index, ctx, f.key), `duplicate ${f.noun} id ${quote(id)} (also ${f.noun}s[${prev}])`);
      ids.set(id, index);
      if (f.noun === 'scenario') ctx.sid = id;
      return v;
    }
    case 'text':
      reason = stringReason(v, f.min, f.max);
      break;
    case 'choice':
      if (typeof v !== 'string' || !f.allowed.has(v)) {
        const found = typeof v === 'string' ? `unknown ${f.noun} ${quote(v)}` : `must be a string, not ${typeName(v)}`;
        reason = `${found}; expected one of ${f.values.join(', ')}`;
      }
      break;
    case 'practice':
      if (typeof v !== 'string' || !f.allowed.has(v)) {
        const found = typeof v === 'string' ? quote(v) : typeName(v);
        reason = `must be ${f.values.map((s) => `"${s}"`).join(', ')} (leave it out when not recorded), not ${found}`;
      }
      break;
    case 'coordinate':
      reason = coordinateReason(v, f.max);
      if (reason === null) return (v as number) + 0; // `+ 0` turns -0 into 0 (JSON cannot keep -0; reading must be stable)
      break;
    case 'goals':
      return readGoals(v);
    case 'record':
      return readRecord(RECORDS[f.items as RecordName], v, index, ctx);
    case 'endpoint': {
      const at = endpoint(v, f.key as 'source' | 'target', index, ctx);
      if (f.key === 'source') ctx.sourceIndex = at;
      else ctx.targetIndex = at;
      return v;
    }
    case 'list':
    case 'constant':
      break; // checked by checkList and checkFormat
  }
  if (reason !== null) throw new Refusal(fieldPath(table, index, ctx, f.key), reason);
  return v;
}

/** Reads the items of a list field that checkList accepted; sets up what the scenario's edges need. */
function readList(f: Field, items: readonly unknown[], ctx: ReadContext): unknown[] {
  const table = RECORDS[f.items as RecordName];
  const out: unknown[] = [];
  switch (table.name) {
    case 'scenario':
      for (let si = 0; si < items.length; si++) {
        ctx.si = si;
        out.push(readRecord(table, items[si], si, ctx));
      }
      return out;
    case 'node':
      ctx.nodeIndex = new Map();
      for (let ni = 0; ni < items.length; ni++) out.push(readRecord(table, items[ni], ni, ctx));
      ctx.nodes = out as OrgNode[];
      return out;
    case 'edge': {
      const nodes = ctx.nodes;
      ctx.edgeIndex = new Map();
      // One set of pairs per edge kind, each pair as source × n + target: below 2^30 for up to
      // 20,000 nodes, so a small integer V8 hashes without boxing.
      ctx.pairs = [new Set<number>(), new Set<number>(), new Set<number>()];
      const kindBits = new Uint8Array(nodes.length);
      for (let ni = 0; ni < nodes.length; ni++) kindBits[ni] = KIND_BIT[(nodes[ni] as OrgNode).kind];
      ctx.kindBits = kindBits;
      ctx.ends = new Int32Array(2 * items.length);
      ctx.rawEdges = items;
      for (let ei = 0; ei < items.length; ei++) out.push(readRecord(table, items[ei], ei, ctx));
      readEnds.set(out as OrgEdge[], { nodes, ends: ctx.ends });
      return out;
    }
    default:
      for (let i = 0; i < items.length; i++) out.push(readRecord(table, items[i], i, ctx));
      return out;
  }
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

function coordinateReason(v: unknown, max: number): string | null {
  if (typeof v !== 'number') return `must be a number, not ${typeName(v)}`;
  if (!Number.isFinite(v)) return `must be a finite number, not ${String(v)}`;
  if (v > max || v < -max) return `is out of range: ${v}; coordinates must be within ±${formatInt(max)}`;
  return null;
}

/** An edge's rules beyond its fields: no self-loop, the kinds of its ends, no duplicate (kind, source, target). */
function checkEdgeEnds(ei: number, ctx: ReadContext, slots: readonly unknown[]): void {
  const ekind = slots[1] as EdgeKind;
  const { nodes, kindBits, sourceIndex, targetIndex } = ctx;
  const sourceNode = nodes[sourceIndex] as OrgNode;
  const targetNode = nodes[targetIndex] as OrgNode;
  if (sourceNode === targetNode) throw new Refusal(itemPath(ctx.si, 'edges', ei, 'target'), selfLoopReason(sourceNode.id));
  // The rules' wording (edgeEndReason) only when the kind masks say an end breaks them.
  const k = EDGE_KIND_INDEX[ekind];
  if (((SOURCE_KINDS[k] as number) & (kindBits[sourceIndex] as number)) === 0) {
    const sr = edgeEndReason(ekind, 'source', sourceNode.kind, sourceNode.id);
    if (sr !== null) throw new Refusal(itemPath(ctx.si, 'edges', ei, 'source'), sr);
  }
  if (((TARGET_KINDS[k] as number) & (kindBits[targetIndex] as number)) === 0) {
    const tr = edgeEndReason(ekind, 'target', targetNode.kind, targetNode.id);
    if (tr !== null) throw new Refusal(itemPath(ctx.si, 'edges', ei, 'target'), tr);
  }
  // (source, target) per kind as one number: cheaper than building a string key per edge.
  const pair = sourceIndex * nodes.length + targetIndex;
  const triples = ctx.pairs[k] as Set<number>;
  if (triples.has(pair)) {
    const same = firstEdge(ctx.rawEdges, ei, ekind, slots[2], slots[3]);
    throw new Refusal(
      itemPath(ctx.si, 'edges', ei),
      `duplicate edge: edges[${same}] already is a "${ekind}" edge from ${quote(sourceNode.id)} to ${quote(targetNode.id)}`,
    );
  }
  triples.add(pair);
  ctx.ends[2 * ei] = sourceIndex;
  ctx.ends[2 * ei + 1] = targetIndex;
}

function endpoint(value: unknown, end: 'source' | 'target', ei: number, ctx: ReadContext): number {
  if (typeof value !== 'string') throw new Refusal(itemPath(ctx.si, 'edges', ei, end), `must be a node id (a string), not ${typeName(value)}`);
  const index = ctx.nodeIndex.get(value);
  if (index === undefined) throw new Refusal(itemPath(ctx.si, 'edges', ei, end), `no node ${quote(value)} in scenario ${quote(ctx.sid)}`);
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
