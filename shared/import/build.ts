/**
 * Rows of an account inventory → ordinary nodes and edges. Pure and deterministic: the same
 * table, mapping and scenario give the same ids, nodes, edges and messages.
 *
 * Rules (docs/import.md):
 * - every usable row is one account; rows with the same platform and the same handle are one
 *   account (a warning names the first row), its owners added up;
 * - owners with the same name (case and spaces ignored) are one node, hubs too, and a name that
 *   is both an owner and a hub, or already a node of the scenario, is that one node;
 * - `owns` runs from the owner to the account, `coordinates` from the hub to the owner;
 * - an empty owner gives an orphan account (allowed: the analysis flags it);
 * - a row is rejected only when it cannot be an account at all (no platform, and none in a
 *   profile URL), when its cells run past the header (the columns have shifted), or when the
 *   scenario would exceed the format's limits. Every reject and every warning names its row.
 * - Text too long for the format is cut to the limit with a warning (a label, handle or note is
 *   still worth having when cut; rejecting the account for it would lose more).
 */
import { en } from '../i18n/en';
import { asEdgeId, asNodeId } from '../model/rules';
import { LIMITS, type EdgeKind, type NodeId, type NodeKind, type OrgEdge, type OrgNode, type Platform, type Scenario } from '../model/types';
import { cleanCell, type CsvTable } from './csv';
import type { ColumnMapping, ImportField } from './mapping';
import { looksLikeUrl, nearestPlatform, normalizePlatform, platformFromUrl, squash, type UrlAccount } from './platforms';

/** Codes of the reasons a row is rejected. */
export const REJECT_CODES = ['no-platform', 'too-many-cells', 'limit-reached'] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

/** Codes of the warnings on rows that were imported (or, for the CSV ones, on the file). */
export const WARNING_CODES = [
  'platform-other',
  'platform-typo',
  'platform-url-mismatch',
  'owner-kind-unknown',
  'kind-conflict',
  'hub-without-owner',
  'hub-is-owner',
  'hub-cannot-coordinate',
  'duplicate-account',
  'label-truncated',
  'handle-truncated',
  'notes-truncated',
  'name-truncated',
  'unclosed-quote',
  'rows-before-header',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type ImportMessageCode = RejectCode | WarningCode;

/** A message code and its parameters; `formatImportMessage` words it (catalog key `import.message.<code>`). */
export interface ImportMessage {
  readonly code: ImportMessageCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ImportReject {
  /** Spreadsheet row number. */
  readonly row: number;
  /** The row's cells as read (untrimmed), for the rejects CSV. */
  readonly cells: readonly string[];
  readonly reason: ImportMessage & { readonly code: RejectCode };
}

export interface ImportWarning {
  readonly row: number;
  readonly message: ImportMessage & { readonly code: WarningCode };
}

/** One row as it will land, for the preview. */
export interface PreviewRow {
  readonly row: number;
  readonly status: 'ok' | 'warning' | 'rejected';
  readonly platform: Platform | null;
  readonly handle: string;
  readonly label: string;
  readonly owner: string;
  readonly ownerKind: NodeKind | null;
  readonly hub: string;
  /** The reject reason and/or warnings of this row. */
  readonly messages: readonly ImportMessage[];
}

export interface ImportStats {
  /** Data rows that are not empty. */
  readonly rows: number;
  /** Empty rows, skipped. */
  readonly emptyRows: number;
  /** New account nodes. */
  readonly accounts: number;
  /** Rows that named an account already imported or already in the scenario. */
  readonly mergedAccounts: number;
  /** Distinct owner nodes the import connects accounts to (new or existing). */
  readonly owners: number;
  /** Distinct hub nodes named in the hub column (new or existing). */
  readonly hubs: number;
  /** New accounts without an owner. */
  readonly orphans: number;
  readonly rejected: number;
  readonly newNodes: number;
  readonly newEdges: number;
}

export interface ImportResult {
  /** New nodes only, at position (0, 0): lay them out (shared/layout) before showing them. */
  readonly nodes: readonly OrgNode[];
  /** New edges; they may end at nodes of the scenario given in the options. */
  readonly edges: readonly OrgEdge[];
  /** In row order. */
  readonly rejects: readonly ImportReject[];
  /** In row order; row-less CSV warnings first. */
  readonly warnings: readonly ImportWarning[];
  readonly preview: readonly PreviewRow[];
  readonly stats: ImportStats;
}

export interface ImportOptions {
  /** The scenario the rows go into: names match its nodes, new ids avoid its ids, limits count its nodes. */
  readonly scenario?: Scenario;
  /** Platform names for account labels made up when a row has no label and no handle. Default: English. */
  readonly platformNames?: Readonly<Record<Platform, string>>;
  /** How many rows the preview holds (from the top, rejected ones included). Default 20. */
  readonly previewRows?: number;
}

const KIND_VALUES: ReadonlyMap<string, NodeKind> = new Map<string, NodeKind>([
  ...['department', 'departement', 'afdeling', 'dept', 'function', 'functie', 'staf', 'stafafdeling'].map((w) => [w, 'department'] as const),
  ...['unit', 'businessunit', 'bu', 'region', 'regio', 'country', 'land', 'branch', 'vestiging', 'division', 'divisie', 'chapter', 'filiaal', 'bedrijfsonderdeel', 'dochter', 'subsidiary'].map(
    (w) => [w, 'unit'] as const,
  ),
  ...['team', 'hub', 'socialmediateam', 'coe', 'centreofexcellence', 'centerofexcellence', 'werkgroep', 'taskforce'].map((w) => [w, 'team'] as const),
  ...['employees', 'employee', 'medewerkers', 'medewerker', 'werknemers', 'ambassadors', 'ambassadeurs', 'staff', 'personeel', 'individual', 'individueel', 'persoonlijk', 'personal'].map(
    (w) => [w, 'employees'] as const,
  ),
]);

/** The node kind an owner-kind cell names ("Afdeling", "Business unit", "medewerkers"), or null. */
export function parseOwnerKind(value: string): NodeKind | null {
  return KIND_VALUES.get(squash(value)) ?? null;
}

const EMPLOYEE_WORDS = /\b(employees?|medewerkers?|werknemers|ambassadors?|ambassadeurs?|staff|personeel|advocates?|collega'?s|influencers?)\b/;
const UNIT_WORDS =
  /(^(bu|b\.u\.)\b)|\bbusiness ?units?\b|\b(region|regio|country|land|vestiging|branch|division|divisie|chapter|filiaal|subsidiary|dochter|provincie|province|kantoor|office|locatie|location)\b|\b(nederland|netherlands|belgie|belgium|duitsland|germany|deutschland|frankrijk|france|uk|united kingdom|spain|spanje|italy|italie|usa|us|benelux|emea|apac|latam|dach|nordics|europe|europa|noord|zuid|oost|west|north|south|east)\b/;
const TEAM_WORDS = /\b(team|teams|coe|centre of excellence|center of excellence|hub|taskforce|task force|werkgroep|working group)\b/;

/**
 * The kind an owner's name suggests: employee words → employees; "BU …", "Region …", a country
 * or a point of the compass → unit; "… team", "hub" → team; anything else (Marketing, HR,
 * Klantenservice …) → department.
 */
export function guessOwnerKind(name: string): NodeKind {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (EMPLOYEE_WORDS.test(text)) return 'employees';
  if (UNIT_WORDS.test(text)) return 'unit';
  if (TEAM_WORDS.test(text)) return 'team';
  return 'department';
}

/** Trims and collapses runs of white space (line breaks included) to one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Owners and hubs are the same when their names are, ignoring case and spaces. */
export function nameKey(name: string): string {
  return oneLine(name).normalize('NFC').toLowerCase();
}

/** An id-safe slug of a text, at most `max` characters: "Klantenservice NL" → "klantenservice-nl". */
export function slug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** Cuts a string to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** Makes unique ids from a base: "marketing", "marketing-2", … Always matches ID_PATTERN. */
class IdMaker {
  private readonly next = new Map<string, number>();
  constructor(private readonly used: Set<string>) {}
  make(base: string, fallback: string): string {
    const root = (base === '' ? fallback : base).slice(0, 50);
    let n = this.next.get(root) ?? 1;
    let id = n === 1 ? root : `${root}-${n}`;
    while (this.used.has(id)) {
      n += 1;
      id = `${root}-${n}`;
    }
    this.next.set(root, n + 1);
    this.used.add(id);
    return id;
  }
}

interface NamedNode {
  id: NodeId;
  label: string;
  kind: NodeKind;
  /** Whether the node exists in the scenario already. */
  existing: boolean;
}

interface RowData {
  readonly row: number;
  readonly cells: readonly string[];
  readonly platform: Platform;
  readonly handle: string;
  readonly label: string;
  readonly owner: string;
  readonly ownerKind: NodeKind | null;
  readonly hub: string;
  readonly notes: string;
}

/**
 * Turns the rows of a table into new nodes and edges, following the mapping.
 * Never throws; rows that cannot be used come back in `rejects` with a reason.
 *
 * In phases, each its own function below: resolve the columns → read the rows → what each owner
 * and hub name is → accounts and edges, row by row → rejects, warnings, preview and counts.
 */
export function importRows(table: CsvTable, mapping: ColumnMapping, options: ImportOptions = {}): ImportResult {
  const log = new MessageLog();
  // A quote left open belongs to its row; rows skipped above the header to the file (row 0).
  for (const w of table.warnings) log.warn(w.code === 'unclosed-quote' ? w.row : 0, w.code, w.params);
  const columns = resolveColumns(table, mapping);
  const read = readRows(table, columns, log, options.platformNames ?? en.platforms, options.previewRows ?? 20);
  const known = scenarioIndex(options.scenario);
  const kindOf = nameKinds(read.rows, known.names, log);
  const graph = new GraphBuilder(known, kindOf, log, options.scenario);
  for (const r of read.rows) graph.addRow(r);
  return summarize(graph, read, log, kindOf);
}

// ---- Messages: every warning and reject, also kept per row for the preview.

class MessageLog {
  readonly rejects: ImportReject[] = [];
  readonly warnings: ImportWarning[] = [];
  private readonly byRow = new Map<number, ImportMessage[]>();

  warn(row: number, code: WarningCode, params: ImportMessage['params'] = {}): void {
    const message = { code, params };
    this.warnings.push({ row, message });
    if (row > 0) this.note(row, message);
  }

  reject(row: number, cells: readonly string[], code: RejectCode, params: ImportMessage['params'] = {}): void {
    const reason = { code, params };
    this.rejects.push({ row, cells, reason });
    this.note(row, reason);
  }

  messagesOf(row: number): readonly ImportMessage[] {
    return this.byRow.get(row) ?? [];
  }

  private note(row: number, message: ImportMessage): void {
    const list = this.byRow.get(row);
    if (list) list.push(message);
    else this.byRow.set(row, [message]);
  }
}

// ---- Phase 1: the columns.

interface Columns {
  /** The cleaned cell of a field in a row ('' when the field has no column). */
  value(cells: readonly string[], field: ImportField): string;
  readonly headerWidth: number;
}

function resolveColumns(table: CsvTable, mapping: ColumnMapping): Columns {
  return {
    value: (cells, field) => {
      const column = mapping[field];
      return column === undefined ? '' : cleanCell(cells[column]);
    },
    headerWidth: table.header.length,
  };
}

// ---- Phase 2: each row's values.

interface ReadRows {
  readonly rows: readonly RowData[];
  /** The first rows, rejected ones included, with what could be read of them. */
  readonly preview: readonly { readonly row: number; readonly data: Partial<RowData> }[];
  readonly emptyRows: number;
  readonly dataRows: number;
}

function readRows(table: CsvTable, columns: Columns, log: MessageLog, platformNames: Readonly<Record<Platform, string>>, previewLimit: number): ReadRows {
  let emptyRows = 0;
  let dataRows = 0;
  const rows: RowData[] = [];
  const preview: { row: number; data: Partial<RowData> }[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => c.trim() === '')) {
      emptyRows++;
      continue;
    }
    dataRows++;
    const data = readRow(row, cells, columns, log, platformNames);
    if (data.usable) rows.push(data.usable);
    if (preview.length < previewLimit) preview.push({ row, data: data.usable ?? data.partial });
  }
  return { rows, preview, emptyRows, dataRows };
}

/** One row's values, or the reason it cannot be an account (logged) and what could be read of it. */
function readRow(
  row: number,
  cells: readonly string[],
  columns: Columns,
  log: MessageLog,
  platformNames: Readonly<Record<Platform, string>>,
): { readonly usable: RowData; readonly partial?: undefined } | { readonly usable: null; readonly partial: Partial<RowData> } {
  let lastFilled = cells.length - 1;
  while (lastFilled >= 0 && (cells[lastFilled] ?? '').trim() === '') lastFilled--;
  if (columns.headerWidth >= 2 && lastFilled >= columns.headerWidth) {
    log.reject(row, cells, 'too-many-cells', { expected: columns.headerWidth, found: lastFilled + 1 });
    return { usable: null, partial: {} };
  }

  const value = (field: ImportField) => columns.value(cells, field);
  const handleCell = value('handle');
  const fromUrl = looksLikeUrl(handleCell) ? platformFromUrl(handleCell) : null;
  const platform = rowPlatform(row, value('platform'), value('label'), fromUrl, log);
  const owner = oneLine(value('owner'));
  const hub = oneLine(value('hub'));
  if (platform === null) {
    log.reject(row, cells, 'no-platform', { handle: oneLine(handleCell).slice(0, 60), owner: owner.slice(0, 60) });
    return { usable: null, partial: { handle: handleCell, owner, hub } };
  }

  let handle = oneLine(fromUrl && fromUrl.handle !== '' ? fromUrl.handle : handleCell);
  if (handle.length > LIMITS.handleMax) {
    handle = cut(handle, LIMITS.handleMax);
    log.warn(row, 'handle-truncated', { limit: LIMITS.handleMax });
  }
  const names = { owner: fitName(row, owner, log), hub: fitName(row, hub, log) };
  const kindCell = value('ownerKind');
  let ownerKind: NodeKind | null = null;
  if (kindCell !== '') {
    ownerKind = parseOwnerKind(kindCell);
    if (ownerKind === null && names.owner !== '') log.warn(row, 'owner-kind-unknown', { value: oneLine(kindCell).slice(0, 60), kind: guessOwnerKind(names.owner) });
  }
  let label = oneLine(value('label'));
  if (label === '') label = handle !== '' ? handle : names.owner !== '' ? `${platformNames[platform]} – ${names.owner}` : platformNames[platform];
  if (label.length > LIMITS.labelMax) {
    label = cut(label, LIMITS.labelMax);
    log.warn(row, 'label-truncated', { limit: LIMITS.labelMax });
  }
  let notes = value('notes');
  // The profile URL the handle was read from is kept, so nothing in the row is lost.
  if (fromUrl && fromUrl.handle !== '' && handleCell !== fromUrl.handle) notes = notes === '' ? handleCell : `${notes}\n${handleCell}`;
  if (notes.length > LIMITS.nodeNotesMax) {
    notes = cut(notes, LIMITS.nodeNotesMax);
    log.warn(row, 'notes-truncated', { limit: LIMITS.nodeNotesMax });
  }
  return { usable: { row, cells, platform, handle, label, owner: names.owner, ownerKind, hub: names.hub, notes } };
}

/** The row's platform: the platform cell (a typo or an unknown name warned), else a profile URL's, else null. */
function rowPlatform(row: number, platformCell: string, labelCell: string, fromUrl: UrlAccount | null, log: MessageLog): Platform | null {
  if (platformCell === '') {
    if (fromUrl) return fromUrl.platform;
    const fromLabel = looksLikeUrl(labelCell) ? platformFromUrl(labelCell) : null;
    return fromLabel ? fromLabel.platform : null;
  }
  let platform = normalizePlatform(platformCell);
  if (platform === null) {
    const near = nearestPlatform(platformCell);
    if (near !== null) {
      platform = near;
      log.warn(row, 'platform-typo', { value: oneLine(platformCell).slice(0, 60), platform: near });
    } else {
      platform = 'other';
      log.warn(row, 'platform-other', { value: oneLine(platformCell).slice(0, 60) });
    }
  }
  if (fromUrl && fromUrl.platform !== platform && platform !== 'other') log.warn(row, 'platform-url-mismatch', { platform, urlPlatform: fromUrl.platform });
  return platform;
}

/** An owner or hub name cut to the label limit, with a warning when it was cut. */
function fitName(row: number, name: string, log: MessageLog): string {
  if (name.length <= LIMITS.labelMax) return name;
  log.warn(row, 'name-truncated', { name: name.slice(0, 60), limit: LIMITS.labelMax });
  return cut(name, LIMITS.labelMax);
}

// ---- Phase 3: what the scenario has already, and what each owner and hub name is.

interface ScenarioIndex {
  /** Non-account nodes by name key (the first of each name). */
  readonly names: ReadonlyMap<string, NamedNode>;
  /** Account nodes by account key (the first of each). */
  readonly accounts: ReadonlyMap<string, NodeId>;
  readonly nodeIds: Set<string>;
  readonly edgeIds: Set<string>;
  /** `kind|source|target` of every edge, so no edge is made twice. */
  readonly edgeKeys: Set<string>;
}

function scenarioIndex(scenario: Scenario | undefined): ScenarioIndex {
  const names = new Map<string, NamedNode>();
  const accounts = new Map<string, NodeId>();
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const edgeKeys = new Set<string>();
  for (const n of scenario?.nodes ?? []) {
    nodeIds.add(n.id);
    if (n.kind === 'account') {
      if (n.platform !== undefined && n.handle !== undefined && n.handle !== '') {
        const key = accountKey(n.platform, n.handle);
        if (!accounts.has(key)) accounts.set(key, n.id);
      }
    } else {
      const key = nameKey(n.label);
      if (!names.has(key)) names.set(key, { id: n.id, label: n.label, kind: n.kind, existing: true });
    }
  }
  for (const e of scenario?.edges ?? []) {
    edgeIds.add(e.id);
    edgeKeys.add(`${e.kind}|${e.source}|${e.target}`);
  }
  return { names, accounts, nodeIds, edgeIds, edgeKeys };
}

interface NameInfo {
  label: string;
  explicit: NodeKind | null;
  explicitRow: number;
  owner: boolean;
}

/** The node kind of a name, by its name key. */
type KindOf = (key: string) => NodeKind;

/**
 * What each name is. Existing nodes keep their kind; else the first explicit kind (a later,
 * different one is warned), else the kind the owner's name suggests; a name that is only ever a
 * hub is a team.
 */
function nameKinds(rows: readonly RowData[], existing: ReadonlyMap<string, NamedNode>, log: MessageLog): { readonly kindOf: KindOf; readonly labelOf: (key: string) => string | undefined } {
  const infos = new Map<string, NameInfo>();
  const note = (name: string, row: number, kind: NodeKind | null, owner: boolean): void => {
    if (name === '') return;
    const key = nameKey(name);
    let info = infos.get(key);
    if (!info) {
      info = { label: name, explicit: null, explicitRow: 0, owner: false };
      infos.set(key, info);
    }
    if (owner) info.owner = true;
    if (kind === null) return;
    if (info.explicit === null) {
      info.explicit = kind;
      info.explicitRow = row;
    } else if (info.explicit !== kind) {
      log.warn(row, 'kind-conflict', { name, kind, otherKind: info.explicit, firstRow: info.explicitRow });
    }
  };
  for (const r of rows) {
    note(r.owner, r.row, r.ownerKind, true);
    note(r.hub, r.row, null, false);
  }
  const kindOf = (key: string): NodeKind => {
    const node = existing.get(key);
    if (node) return node.kind;
    const info = infos.get(key);
    if (!info) return 'department';
    if (info.explicit !== null) return info.explicit;
    return info.owner ? guessOwnerKind(info.label) : 'team';
  };
  return { kindOf, labelOf: (key) => infos.get(key)?.label };
}

// ---- Phase 4: accounts and edges, row by row (the order of the rows gives the order of the ids).

const ORIGIN = { x: 0, y: 0 };

class GraphBuilder {
  readonly nodes: OrgNode[] = [];
  readonly edges: OrgEdge[] = [];
  readonly ownerIds = new Set<string>();
  readonly hubIds = new Set<string>();
  /** New accounts with an owner. */
  readonly ownedNew = new Set<string>();
  mergedAccounts = 0;
  private readonly nodeIds: IdMaker;
  private readonly edgeIds: IdMaker;
  private readonly edgeKeys: Set<string>;
  private readonly named: Map<string, NamedNode>;
  private readonly accounts = new Map<string, { id: NodeId; row: number; index: number }>();
  private readonly nodeRoom: number;
  private readonly edgeRoom: number;

  constructor(
    known: ScenarioIndex,
    private readonly names: ReturnType<typeof nameKinds>,
    private readonly log: MessageLog,
    scenario: Scenario | undefined,
  ) {
    this.nodeIds = new IdMaker(known.nodeIds);
    this.edgeIds = new IdMaker(known.edgeIds);
    this.edgeKeys = known.edgeKeys;
    this.named = new Map(known.names);
    for (const [key, id] of known.accounts) this.accounts.set(key, { id, row: 0, index: -1 });
    this.nodeRoom = LIMITS.nodesMax - (scenario?.nodes.length ?? 0);
    this.edgeRoom = LIMITS.edgesMax - (scenario?.edges.length ?? 0);
  }

  /** One row: rejected when the scenario has no room for what it needs, else its account and edges. */
  addRow(r: RowData): void {
    const key = r.handle === '' ? null : accountKey(r.platform, r.handle);
    const same = key === null ? undefined : this.accounts.get(key);
    if (!this.hasRoom(r, same !== undefined)) {
      this.log.reject(r.row, r.cells, 'limit-reached', { nodes: LIMITS.nodesMax, edges: LIMITS.edgesMax });
      return;
    }
    const accountId = same ? this.mergeAccount(r, same) : this.newAccount(r, key);
    this.connect(r, accountId);
  }

  /** Room check: the new nodes and edges this row needs at most. */
  private hasRoom(r: RowData, known: boolean): boolean {
    const newNames = [r.owner, r.hub].filter((n, i, all) => n !== '' && !this.named.has(nameKey(n)) && all.indexOf(n) === i).length;
    const needNodes = newNames + (known ? 0 : 1);
    return this.nodes.length + needNodes <= this.nodeRoom && this.edges.length + 2 <= this.edgeRoom;
  }

  /** A row naming an account already imported or in the scenario: that account, its notes added. */
  private mergeAccount(r: RowData, same: { id: NodeId; row: number; index: number }): NodeId {
    this.mergedAccounts++;
    this.log.warn(r.row, 'duplicate-account', { firstRow: same.row, handle: r.handle.slice(0, 60), platform: r.platform });
    const first = same.index >= 0 ? this.nodes[same.index] : undefined;
    if (first && r.notes !== '' && r.notes !== first.notes) {
      const notes = first.notes === undefined ? r.notes : cut(`${first.notes}\n${r.notes}`, LIMITS.nodeNotesMax);
      this.nodes[same.index] = { ...first, notes };
    }
    return same.id;
  }

  private newAccount(r: RowData, key: string | null): NodeId {
    const base = `${r.platform}-${slug(r.handle.replace(/^@/, '') || r.label, 40)}`;
    const id = asNodeId(this.nodeIds.make(base.replace(/-+$/, ''), 'account'));
    const node: OrgNode = {
      id,
      kind: 'account',
      label: r.label,
      platform: r.platform,
      ...(r.handle === '' ? {} : { handle: r.handle }),
      position: ORIGIN,
      ...(r.notes === '' ? {} : { notes: r.notes }),
    };
    if (key !== null) this.accounts.set(key, { id, row: r.row, index: this.nodes.length });
    this.nodes.push(node);
    return id;
  }

  /** The owner owns the account; the hub coordinates the owner (or a warning says why not). */
  private connect(r: RowData, accountId: NodeId): void {
    const owner = r.owner === '' ? null : this.nodeFor(r.owner);
    if (owner) {
      this.ownerIds.add(owner.id);
      this.ownedNew.add(accountId);
      this.addEdge('owns', owner.id, accountId);
    }
    if (r.hub === '') return;
    const hub = this.nodeFor(r.hub);
    this.hubIds.add(hub.id);
    if (!owner) this.log.warn(r.row, 'hub-without-owner', { hub: hub.label });
    else if (owner.id === hub.id) this.log.warn(r.row, 'hub-is-owner', { name: hub.label });
    else if (hub.kind === 'employees' || hub.kind === 'account') this.log.warn(r.row, 'hub-cannot-coordinate', { hub: hub.label, kind: hub.kind });
    else this.addEdge('coordinates', hub.id, owner.id);
  }

  private addEdge(kind: EdgeKind, source: NodeId, target: NodeId): void {
    const key = `${kind}|${source}|${target}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ id: asEdgeId(this.edgeIds.make(`e-${kind}`, 'e')), kind, source, target });
  }

  /** The node of an owner or hub name: the existing one, or a new one (made once). */
  private nodeFor(name: string): NamedNode {
    const key = nameKey(name);
    let node = this.named.get(key);
    if (!node) {
      const kind = this.names.kindOf(key);
      const label = this.names.labelOf(key) ?? name;
      node = { id: asNodeId(this.nodeIds.make(slug(label), kind)), label, kind, existing: false };
      this.named.set(key, node);
      this.nodes.push({ id: node.id, kind, label, position: ORIGIN });
    }
    return node;
  }
}

// ---- Phase 5: rejects and warnings in row order, the preview and the counts.

function summarize(graph: GraphBuilder, read: ReadRows, log: MessageLog, names: ReturnType<typeof nameKinds>): ImportResult {
  const { nodes, edges } = graph;
  let newAccounts = 0;
  let orphans = 0;
  for (const n of nodes) {
    if (n.kind !== 'account') continue;
    newAccounts++;
    if (!graph.ownedNew.has(n.id)) orphans++;
  }
  const { warnings, rejects } = log;
  warnings.sort((a, b) => a.row - b.row);
  rejects.sort((a, b) => a.row - b.row);
  return {
    nodes,
    edges,
    rejects,
    warnings,
    preview: read.preview.map(({ row, data }) => previewRow(row, data, log.messagesOf(row), names.kindOf)),
    stats: {
      rows: read.dataRows,
      emptyRows: read.emptyRows,
      accounts: newAccounts,
      mergedAccounts: graph.mergedAccounts,
      owners: graph.ownerIds.size,
      hubs: graph.hubIds.size,
      orphans,
      rejected: rejects.length,
      newNodes: nodes.length,
      newEdges: edges.length,
    },
  };
}

function previewRow(row: number, data: Partial<RowData>, messages: readonly ImportMessage[], kindOf: KindOf): PreviewRow {
  const rejected = messages.some((m) => (REJECT_CODES as readonly string[]).includes(m.code));
  const owner = data.owner ?? '';
  return {
    row,
    status: rejected ? 'rejected' : messages.length > 0 ? 'warning' : 'ok',
    platform: data.platform ?? null,
    handle: data.handle ?? '',
    label: data.label ?? '',
    owner,
    ownerKind: owner === '' || rejected ? null : kindOf(nameKey(owner)),
    hub: data.hub ?? '',
    messages,
  };
}

/** Accounts are the same when platform and handle are (case, "@" and a trailing "/" ignored). */
function accountKey(platform: Platform, handle: string): string {
  return `${platform}|${handle.trim().toLowerCase().replace(/^@/, '').replace(/\/+$/, '')}`;
}
