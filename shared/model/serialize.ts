/**
 * The `.orgmap` writer: pretty JSON (2-space indent, trailing newline) with a stable key order,
 * so a map under version control gives readable diffs.
 *
 * Key order at each known level: the known keys in the order of docs/orgmap-format.md, then the
 * unknown keys (kept from a newer release) sorted by code unit. Inside an unknown value the keys
 * keep the order they were read in. Optional fields are absent when undefined.
 *
 * Written by hand rather than with one JSON.stringify call because JavaScript enumerates
 * integer-like keys ("7") before all others, which would break the documented order.
 */
import { DOCUMENT_FIELDS, EDGE_FIELDS, NODE_FIELDS, POSITION_FIELDS, PRACTICES_FIELDS, SCENARIO_FIELDS } from './fields';
import { isForbiddenKey } from './parse';
import { PRACTICES, type OrgDocument, type OrgEdge, type OrgNode, type Position, type Practices, type Scenario } from './types';

/** The known keys of each record (shared/model/fields.ts; the writers below follow their order). */
const KNOWN = {
  document: new Set<string>(DOCUMENT_FIELDS.keys),
  scenario: new Set<string>(SCENARIO_FIELDS.keys),
  node: new Set<string>(NODE_FIELDS.keys),
  position: new Set<string>(POSITION_FIELDS.keys),
  edge: new Set<string>(EDGE_FIELDS.keys),
  practices: new Set<string>(PRACTICES_FIELDS.keys),
};

/** Serializes a document to `.orgmap` text. Pure; does not validate (parse what you write in tests). */
export function serializeDocument(doc: OrgDocument): string {
  // Fast path: rebuild the tree as fresh objects whose insertion order is the documented key
  // order, and let the native JSON.stringify print it (about 10× faster than the writer below).
  // That is only right when no unknown key at a known level looks like an array index: JavaScript
  // enumerates such keys ("7") first, whatever the insertion order.
  const ordered = orderedDocument(doc);
  if (ordered !== null) return `${JSON.stringify(ordered, null, 2)}\n`;
  return serializeWithWriter(doc);
}

/**
 * @internal The hand-written printer (exported so tests can check it prints exactly what the fast
 * path prints). Pieces are pushed to one flat array and joined once: building nested strings per
 * object made the garbage collector dominate on large maps.
 */
export function serializeWithWriter(doc: OrgDocument): string {
  const w: Writer = { out: [], first: true };
  writeDocument(w, doc, '');
  w.out.push('\n');
  return w.out.join('');
}

const INDEX_LIKE = /^(?:0|[1-9][0-9]*)$/;

/** Thrown inside orderedDocument when an index-like unknown key is found. */
const INDEX_KEY = Symbol('index-like key');

function orderedDocument(doc: OrgDocument): Record<string, unknown> | null {
  try {
    const out: Record<string, unknown> = {};
    put(out, 'format', doc.format);
    put(out, 'version', doc.version);
    put(out, 'title', doc.title);
    put(out, 'goals', doc.goals);
    put(out, 'notes', doc.notes);
    out.scenarios = doc.scenarios.map(orderedScenario);
    putUnknown(out, doc, KNOWN.document);
    return out;
  } catch (error) {
    if (error === INDEX_KEY) return null;
    throw error;
  }
}

function orderedScenario(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = { id: s.id, name: s.name, nodes: s.nodes.map(orderedNode), edges: s.edges.map(orderedEdge) };
  if (s.practices !== undefined) out.practices = orderedPractices(s.practices);
  putUnknown(out, s, KNOWN.scenario);
  return out;
}

/** Known practices in the documented order (absent ones left out), then unknown keys sorted. */
function orderedPractices(p: Practices): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of PRACTICES) put(out, name, p[name]);
  putUnknown(out, p, KNOWN.practices);
  return out;
}

function orderedNode(n: OrgNode): Record<string, unknown> {
  const out: Record<string, unknown> = { id: n.id, kind: n.kind, label: n.label };
  put(out, 'platform', n.platform);
  put(out, 'handle', n.handle);
  const p = n.position;
  const position: Record<string, unknown> = { x: p.x, y: p.y };
  putUnknown(position, p, KNOWN.position);
  out.position = position;
  put(out, 'notes', n.notes);
  putUnknown(out, n, KNOWN.node);
  return out;
}

function orderedEdge(e: OrgEdge): Record<string, unknown> {
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, source: e.source, target: e.target };
  putUnknown(out, e, KNOWN.edge);
  return out;
}

/** Known keys only (constant names), so plain assignment is safe. */
function put(out: Record<string, unknown>, name: string, value: unknown): void {
  if (value !== undefined) out[name] = value;
}

function putUnknown(out: object, obj: object, known: ReadonlySet<string>): void {
  let extra: string[] | null = null;
  for (const name of Object.keys(obj)) {
    if (!known.has(name) && !isForbiddenKey(name)) (extra ??= []).push(name);
  }
  if (extra === null) return;
  extra.sort();
  for (const name of extra) {
    if (INDEX_LIKE.test(name)) throw INDEX_KEY;
    const value = (obj as Record<string, unknown>)[name];
    // defineProperty, not assignment: the key comes from the file.
    if (value !== undefined) Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
  }
}

interface Writer {
  readonly out: string[];
  /** Whether the object being written has no field yet (decides the comma). */
  first: boolean;
}

function openObject(w: Writer): void {
  w.out.push('{');
  w.first = true;
}

function closeObject(w: Writer, indent: string): void {
  w.out.push(w.first ? '}' : `\n${indent}}`);
  w.first = false;
}

/** Writes the key of the next field; the caller writes the value. */
function key(w: Writer, inner: string, name: string): void {
  w.out.push(w.first ? '\n' : ',\n', inner, JSON.stringify(name), ': ');
  w.first = false;
}

function scalar(w: Writer, inner: string, name: string, value: unknown): void {
  if (value === undefined) return;
  const text = jsonText(value, inner);
  if (text === undefined) return;
  key(w, inner, name);
  w.out.push(text);
}

function array<T>(w: Writer, inner: string, name: string, items: readonly T[], write: (w: Writer, item: T, indent: string) => void): void {
  key(w, inner, name);
  if (items.length === 0) {
    w.out.push('[]');
    return;
  }
  const itemIndent = `${inner}  `;
  for (let i = 0; i < items.length; i++) {
    w.out.push(i === 0 ? '[\n' : ',\n', itemIndent);
    write(w, items[i] as T, itemIndent);
  }
  w.out.push(`\n${inner}]`);
  w.first = false;
}

function writeDocument(w: Writer, doc: OrgDocument, indent: string): void {
  const inner = `${indent}  `;
  openObject(w);
  scalar(w, inner, 'format', doc.format);
  scalar(w, inner, 'version', doc.version);
  scalar(w, inner, 'title', doc.title);
  scalar(w, inner, 'goals', doc.goals);
  scalar(w, inner, 'notes', doc.notes);
  array(w, inner, 'scenarios', doc.scenarios, writeScenario);
  unknownFields(w, inner, doc, KNOWN.document);
  closeObject(w, indent);
}

function writeScenario(w: Writer, s: Scenario, indent: string): void {
  const inner = `${indent}  `;
  openObject(w);
  scalar(w, inner, 'id', s.id);
  scalar(w, inner, 'name', s.name);
  array(w, inner, 'nodes', s.nodes, writeNode);
  array(w, inner, 'edges', s.edges, writeEdge);
  if (s.practices !== undefined) {
    key(w, inner, 'practices');
    writePractices(w, s.practices, inner);
  }
  unknownFields(w, inner, s, KNOWN.scenario);
  closeObject(w, indent);
}

function writePractices(w: Writer, p: Practices, indent: string): void {
  const inner = `${indent}  `;
  openObject(w);
  for (const name of PRACTICES) scalar(w, inner, name, p[name]);
  unknownFields(w, inner, p, KNOWN.practices);
  closeObject(w, indent);
}

function writeNode(w: Writer, n: OrgNode, indent: string): void {
  const inner = `${indent}  `;
  openObject(w);
  scalar(w, inner, 'id', n.id);
  scalar(w, inner, 'kind', n.kind);
  scalar(w, inner, 'label', n.label);
  scalar(w, inner, 'platform', n.platform);
  scalar(w, inner, 'handle', n.handle);
  key(w, inner, 'position');
  writePosition(w, n.position, inner);
  scalar(w, inner, 'notes', n.notes);
  unknownFields(w, inner, n, KNOWN.node);
  closeObject(w, indent);
}

function writePosition(w: Writer, p: Position, indent: string): void {
  const inner = `${indent}  `;
  openObject(w);
  scalar(w, inner, 'x', p.x);
  scalar(w, inner, 'y', p.y);
  unknownFields(w, inner, p, KNOWN.position);
  closeObject(w, indent);
}

function writeEdge(w: Writer, e: OrgEdge, indent: string): void {
  const inner = `${indent}  `;
  openObject(w);
  scalar(w, inner, 'id', e.id);
  scalar(w, inner, 'kind', e.kind);
  scalar(w, inner, 'source', e.source);
  scalar(w, inner, 'target', e.target);
  unknownFields(w, inner, e, KNOWN.edge);
  closeObject(w, indent);
}

/** A JSON value at `indent`, or undefined when JSON would leave it out (undefined, functions). */
function jsonText(value: unknown, indent: string): string | undefined {
  // Scalars (almost every value): no indentation work.
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) as string | undefined;
  const text: string | undefined = JSON.stringify(value, null, 2);
  if (text === undefined) return undefined;
  // Strings escape their newlines, so every newline here is structural.
  return indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

function unknownFields(w: Writer, inner: string, obj: object, known: ReadonlySet<string>): void {
  let extra: string[] | null = null;
  for (const name of Object.keys(obj)) {
    if (!known.has(name) && !isForbiddenKey(name)) (extra ??= []).push(name);
  }
  if (extra === null) return;
  extra.sort();
  for (const name of extra) scalar(w, inner, name, (obj as Record<string, unknown>)[name]);
}
