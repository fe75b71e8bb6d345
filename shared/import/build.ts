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
import { looksLikeUrl, nearestPlatform, normalizePlatform, platformFromUrl, squash } from './platforms';

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
 */
export function importRows(table: CsvTable, mapping: ColumnMapping, options: ImportOptions = {}): ImportResult {
  const scenario = options.scenario;
  const platformNames = options.platformNames ?? en.platforms;
  const previewLimit = options.previewRows ?? 20;

  const rejects: ImportReject[] = [];
  const warnings: ImportWarning[] = [];
  const rowMessages = new Map<number, ImportMessage[]>();
  const warn = (row: number, code: WarningCode, params: ImportMessage['params'] = {}): void => {
    const message = { code, params };
    warnings.push({ row, message });
    if (row > 0) {
      const list = rowMessages.get(row);
      if (list) list.push(message);
      else rowMessages.set(row, [message]);
    }
  };
  const reject = (row: number, cells: readonly string[], code: RejectCode, params: ImportMessage['params'] = {}): void => {
    const reason = { code, params };
    rejects.push({ row, cells, reason });
    const list = rowMessages.get(row);
    if (list) list.push(reason);
    else rowMessages.set(row, [reason]);
  };
  // A quote left open belongs to its row; rows skipped above the header to the file (row 0).
  for (const w of table.warnings) warn(w.code === 'unclosed-quote' ? w.row : 0, w.code, w.params);

  // ---- Pass 1: read each row's values.
  const value = (cells: readonly string[], field: ImportField): string => {
    const column = mapping[field];
    return column === undefined ? '' : cleanCell(cells[column]);
  };
  const headerWidth = table.header.length;
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
    const inPreview = preview.length < previewLimit;
    let lastFilled = cells.length - 1;
    while (lastFilled >= 0 && (cells[lastFilled] ?? '').trim() === '') lastFilled--;
    if (headerWidth >= 2 && lastFilled >= headerWidth) {
      reject(row, cells, 'too-many-cells', { expected: headerWidth, found: lastFilled + 1 });
      if (inPreview) preview.push({ row, data: {} });
      continue;
    }

    const platformCell = value(cells, 'platform');
    const handleCell = value(cells, 'handle');
    const fromUrl = looksLikeUrl(handleCell) ? platformFromUrl(handleCell) : null;
    let platform: Platform | null = null;
    if (platformCell !== '') {
      platform = normalizePlatform(platformCell);
      if (platform === null) {
        const near = nearestPlatform(platformCell);
        if (near !== null) {
          platform = near;
          warn(row, 'platform-typo', { value: oneLine(platformCell).slice(0, 60), platform: near });
        } else {
          platform = 'other';
          warn(row, 'platform-other', { value: oneLine(platformCell).slice(0, 60) });
        }
      }
      if (fromUrl && fromUrl.platform !== platform && platform !== 'other') {
        warn(row, 'platform-url-mismatch', { platform, urlPlatform: fromUrl.platform });
      }
    } else if (fromUrl) {
      platform = fromUrl.platform;
    } else {
      const label = value(cells, 'label');
      const fromLabel = looksLikeUrl(label) ? platformFromUrl(label) : null;
      if (fromLabel) platform = fromLabel.platform;
    }
    const owner = oneLine(value(cells, 'owner'));
    const hub = oneLine(value(cells, 'hub'));
    if (platform === null) {
      reject(row, cells, 'no-platform', { handle: oneLine(handleCell).slice(0, 60), owner: owner.slice(0, 60) });
      if (inPreview) preview.push({ row, data: { handle: handleCell, owner, hub } });
      continue;
    }

    let handle = oneLine(fromUrl && fromUrl.handle !== '' ? fromUrl.handle : handleCell);
    if (handle.length > LIMITS.handleMax) {
      handle = cut(handle, LIMITS.handleMax);
      warn(row, 'handle-truncated', { limit: LIMITS.handleMax });
    }
    const names = { owner, hub };
    for (const key of ['owner', 'hub'] as const) {
      if (names[key].length > LIMITS.labelMax) {
        warn(row, 'name-truncated', { name: names[key].slice(0, 60), limit: LIMITS.labelMax });
        names[key] = cut(names[key], LIMITS.labelMax);
      }
    }
    const kindCell = value(cells, 'ownerKind');
    let ownerKind: NodeKind | null = null;
    if (kindCell !== '') {
      ownerKind = parseOwnerKind(kindCell);
      if (ownerKind === null && names.owner !== '') warn(row, 'owner-kind-unknown', { value: oneLine(kindCell).slice(0, 60), kind: guessOwnerKind(names.owner) });
    }
    let label = oneLine(value(cells, 'label'));
    if (label === '') label = handle !== '' ? handle : names.owner !== '' ? `${platformNames[platform]} – ${names.owner}` : platformNames[platform];
    if (label.length > LIMITS.labelMax) {
      label = cut(label, LIMITS.labelMax);
      warn(row, 'label-truncated', { limit: LIMITS.labelMax });
    }
    let notes = value(cells, 'notes');
    // The profile URL the handle was read from is kept, so nothing in the row is lost.
    if (fromUrl && fromUrl.handle !== '' && handleCell !== fromUrl.handle) notes = notes === '' ? handleCell : `${notes}\n${handleCell}`;
    if (notes.length > LIMITS.nodeNotesMax) {
      notes = cut(notes, LIMITS.nodeNotesMax);
      warn(row, 'notes-truncated', { limit: LIMITS.nodeNotesMax });
    }
    const data: RowData = { row, cells, platform, handle, label, owner: names.owner, ownerKind, hub: names.hub, notes };
    rows.push(data);
    if (inPreview) preview.push({ row, data });
  }

  // ---- Pass 2: what each name is. Existing nodes keep their kind; else the first explicit kind,
  // else the kind the owner's name suggests; a name that is only ever a hub is a team.
  const existingNames = new Map<string, NamedNode>();
  const existingAccounts = new Map<string, NodeId>();
  const usedNodeIds = new Set<string>();
  const usedEdgeIds = new Set<string>();
  const edgeKeys = new Set<string>();
  for (const n of scenario?.nodes ?? []) {
    usedNodeIds.add(n.id);
    if (n.kind === 'account') {
      if (n.platform !== undefined && n.handle !== undefined && n.handle !== '') {
        const key = accountKey(n.platform, n.handle);
        if (!existingAccounts.has(key)) existingAccounts.set(key, n.id);
      }
    } else {
      const key = nameKey(n.label);
      if (!existingNames.has(key)) existingNames.set(key, { id: n.id, label: n.label, kind: n.kind, existing: true });
    }
  }
  for (const e of scenario?.edges ?? []) {
    usedEdgeIds.add(e.id);
    edgeKeys.add(`${e.kind}|${e.source}|${e.target}`);
  }

  interface NameInfo {
    label: string;
    explicit: NodeKind | null;
    explicitRow: number;
    owner: boolean;
  }
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
    if (kind !== null) {
      if (info.explicit === null) {
        info.explicit = kind;
        info.explicitRow = row;
      } else if (info.explicit !== kind) {
        warn(row, 'kind-conflict', { name, kind, otherKind: info.explicit, firstRow: info.explicitRow });
      }
    }
  };
  for (const r of rows) {
    note(r.owner, r.row, r.ownerKind, true);
    note(r.hub, r.row, null, false);
  }
  const kindOf = (key: string): NodeKind => {
    const existing = existingNames.get(key);
    if (existing) return existing.kind;
    const info = infos.get(key);
    if (!info) return 'department';
    if (info.explicit !== null) return info.explicit;
    return info.owner ? guessOwnerKind(info.label) : 'team';
  };

  // ---- Pass 3: nodes and edges, row by row.
  const nodeIds = new IdMaker(usedNodeIds);
  const edgeIds = new IdMaker(usedEdgeIds);
  const nodes: OrgNode[] = [];
  const edges: OrgEdge[] = [];
  const named = new Map<string, NamedNode>(existingNames);
  const accounts = new Map<string, { id: NodeId; row: number; index: number }>();
  for (const [key, id] of existingAccounts) accounts.set(key, { id, row: 0, index: -1 });
  const ownerIds = new Set<string>();
  const hubIds = new Set<string>();
  const ownedNew = new Set<string>();
  let mergedAccounts = 0;
  const nodeRoom = LIMITS.nodesMax - (scenario?.nodes.length ?? 0);
  const edgeRoom = LIMITS.edgesMax - (scenario?.edges.length ?? 0);
  const origin = { x: 0, y: 0 };

  const addEdge = (kind: EdgeKind, source: NodeId, target: NodeId): void => {
    const key = `${kind}|${source}|${target}`;
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push({ id: asEdgeId(edgeIds.make(`e-${kind}`, 'e')), kind, source, target });
  };
  const nodeFor = (name: string): NamedNode => {
    const key = nameKey(name);
    let node = named.get(key);
    if (!node) {
      const kind = kindOf(key);
      const label = infos.get(key)?.label ?? name;
      node = { id: asNodeId(nodeIds.make(slug(label), kind)), label, kind, existing: false };
      named.set(key, node);
      nodes.push({ id: node.id, kind, label, position: origin });
    }
    return node;
  };

  for (const r of rows) {
    const key = r.handle === '' ? null : accountKey(r.platform, r.handle);
    const same = key === null ? undefined : accounts.get(key);
    // Room check: the new nodes and edges this row needs at most.
    const newNames = [r.owner, r.hub].filter((n, i, all) => n !== '' && !named.has(nameKey(n)) && all.indexOf(n) === i).length;
    const needNodes = newNames + (same ? 0 : 1);
    if (nodes.length + needNodes > nodeRoom || edges.length + 2 > edgeRoom) {
      reject(r.row, r.cells, 'limit-reached', { nodes: LIMITS.nodesMax, edges: LIMITS.edgesMax });
      continue;
    }
    let accountId: NodeId;
    if (same) {
      accountId = same.id;
      mergedAccounts++;
      warn(r.row, 'duplicate-account', { firstRow: same.row, handle: r.handle.slice(0, 60), platform: r.platform });
      if (same.index >= 0) {
        const first = nodes[same.index];
        if (first && r.notes !== '' && r.notes !== first.notes) {
          const notes = first.notes === undefined ? r.notes : cut(`${first.notes}\n${r.notes}`, LIMITS.nodeNotesMax);
          nodes[same.index] = { ...first, notes };
        }
      }
    } else {
      const base = `${r.platform}-${slug(r.handle.replace(/^@/, '') || r.label, 40)}`;
      accountId = asNodeId(nodeIds.make(base.replace(/-+$/, ''), 'account'));
      const node: OrgNode = {
        id: accountId,
        kind: 'account',
        label: r.label,
        platform: r.platform,
        ...(r.handle === '' ? {} : { handle: r.handle }),
        position: origin,
        ...(r.notes === '' ? {} : { notes: r.notes }),
      };
      if (key !== null) accounts.set(key, { id: accountId, row: r.row, index: nodes.length });
      nodes.push(node);
    }

    const owner = r.owner === '' ? null : nodeFor(r.owner);
    if (owner) {
      ownerIds.add(owner.id);
      ownedNew.add(accountId);
      addEdge('owns', owner.id, accountId);
    }
    if (r.hub !== '') {
      const hub = nodeFor(r.hub);
      hubIds.add(hub.id);
      if (!owner) warn(r.row, 'hub-without-owner', { hub: hub.label });
      else if (owner.id === hub.id) warn(r.row, 'hub-is-owner', { name: hub.label });
      else if (hub.kind === 'employees' || hub.kind === 'account') warn(r.row, 'hub-cannot-coordinate', { hub: hub.label, kind: hub.kind });
      else addEdge('coordinates', hub.id, owner.id);
    }
  }

  let newAccounts = 0;
  let orphans = 0;
  for (const n of nodes) {
    if (n.kind !== 'account') continue;
    newAccounts++;
    if (!ownedNew.has(n.id)) orphans++;
  }
  warnings.sort((a, b) => a.row - b.row);
  rejects.sort((a, b) => a.row - b.row);

  const previewRows: PreviewRow[] = preview.map(({ row, data }) => {
    const messages = rowMessages.get(row) ?? [];
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
  });

  return {
    nodes,
    edges,
    rejects,
    warnings,
    preview: previewRows,
    stats: {
      rows: dataRows,
      emptyRows,
      accounts: newAccounts,
      mergedAccounts,
      owners: ownerIds.size,
      hubs: hubIds.size,
      orphans,
      rejected: rejects.length,
      newNodes: nodes.length,
      newEdges: edges.length,
    },
  };
}

/** Accounts are the same when platform and handle are (case, "@" and a trailing "/" ignored). */
function accountKey(platform: Platform, handle: string): string {
  return `${platform}|${handle.trim().toLowerCase().replace(/^@/, '').replace(/\/+$/, '')}`;
}

/** The scenario with the import's nodes and edges added (copies; unknown fields of the scenario kept). */
export function mergeImport(scenario: Scenario, result: Pick<ImportResult, 'nodes' | 'edges'>): Scenario {
  return { ...scenario, nodes: [...scenario.nodes, ...result.nodes], edges: [...scenario.edges, ...result.edges] };
}
