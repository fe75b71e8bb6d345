/**
 * Which column holds what: guessed from the header names (English and Dutch) and, where the
 * headers say nothing useful, from the values. The user confirms or changes the guess. Pure.
 */
import { cleanCell, type CsvTable } from './csv';
import { looksLikeUrl, normalizePlatform, squash } from './platforms';

/** What a column can hold. */
export const IMPORT_FIELDS = ['platform', 'handle', 'owner', 'ownerKind', 'hub', 'label', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → 0-based column index. A field that is absent is not imported. Several fields may share a column. */
export type ColumnMapping = Readonly<Partial<Record<ImportField, number>>>;

/** Why a column was picked for a field. */
export interface FieldGuess {
  readonly field: ImportField;
  readonly column: number;
  /** 0..1: 1 for an exact header name, lower for a partial name or a guess from the values. */
  readonly score: number;
  readonly by: 'header' | 'content';
}

export interface MappingGuess {
  readonly mapping: ColumnMapping;
  /** One entry per mapped field, in IMPORT_FIELDS order. */
  readonly guesses: readonly FieldGuess[];
}

/** Header names (squashed: lower case, letters and digits only) per field, with a score. */
const HEADER_NAMES: Readonly<Record<ImportField, readonly (readonly [string, number])[]>> = {
  platform: [
    ['platform', 1],
    ['platforms', 1],
    ['platformen', 1],
    ['kanaal', 1],
    ['kanalen', 0.9],
    ['channel', 0.95],
    ['netwerk', 1],
    ['network', 1],
    ['socialnetwork', 1],
    ['sociaalnetwerk', 1],
    ['socialmedia', 0.8],
    ['socialmediaplatform', 1],
    ['socialmediakanaal', 1],
    ['medium', 0.85],
    ['dienst', 0.6],
    ['service', 0.5],
    ['site', 0.6],
    ['type', 0.4],
  ],
  handle: [
    ['handle', 1],
    ['account', 0.95],
    ['accountname', 1],
    ['accountnaam', 1],
    ['accounthandle', 1],
    ['gebruikersnaam', 1],
    ['username', 1],
    ['user', 0.8],
    ['gebruiker', 0.8],
    ['url', 0.95],
    ['link', 0.9],
    ['profiel', 0.9],
    ['profile', 0.9],
    ['profileurl', 1],
    ['profiellink', 1],
    ['adres', 0.7],
    ['address', 0.7],
    ['webadres', 0.8],
    ['id', 0.5],
  ],
  owner: [
    ['eigenaar', 1],
    ['owner', 1],
    ['accountowner', 1],
    ['accounteigenaar', 1],
    ['ownedby', 1],
    ['beheerder', 0.95],
    ['beheerddoor', 1],
    ['managedby', 1],
    ['runby', 1],
    ['verantwoordelijke', 0.9],
    ['responsible', 0.9],
    ['afdeling', 0.9],
    ['department', 0.9],
    ['dept', 0.85],
    ['businessunit', 0.9],
    ['bu', 0.85],
    ['unit', 0.85],
    ['divisie', 0.85],
    ['division', 0.85],
    ['regio', 0.85],
    ['region', 0.85],
    ['land', 0.7],
    ['country', 0.7],
    ['vestiging', 0.8],
    ['branch', 0.8],
    ['team', 0.75],
    ['organisatieonderdeel', 0.9],
    ['onderdeel', 0.8],
  ],
  ownerKind: [
    ['ownerkind', 1],
    ['ownertype', 1],
    ['kindofowner', 1],
    ['typeofowner', 1],
    ['soorteigenaar', 1],
    ['typeeigenaar', 1],
    ['eigenaartype', 1],
    ['eigenaarsoort', 1],
    ['soort', 0.7],
    ['kind', 0.7],
    ['type', 0.55],
    ['niveau', 0.6],
    ['level', 0.6],
    ['categorie', 0.55],
    ['category', 0.55],
  ],
  hub: [
    ['hub', 1],
    ['coordinator', 1],
    ['coordinatedby', 1],
    ['gecoordineerddoor', 1],
    ['coordinatie', 0.9],
    ['coordination', 0.9],
    ['hubteam', 1],
    ['centralteam', 0.9],
    ['centraalteam', 0.9],
    ['begeleiddoor', 0.9],
    ['supportedby', 0.9],
    ['ondersteunddoor', 0.9],
    ['regie', 0.8],
    ['guidedby', 0.9],
    ['reportsto', 0.7],
    ['rapporteertaan', 0.7],
  ],
  label: [
    ['label', 1],
    ['naam', 0.9],
    ['name', 0.9],
    ['titel', 0.8],
    ['title', 0.8],
    ['displayname', 1],
    ['weergavenaam', 1],
    ['omschrijving', 0.7],
    ['description', 0.7],
    ['accountlabel', 1],
  ],
  notes: [
    ['notes', 1],
    ['note', 1],
    ['opmerkingen', 1],
    ['opmerking', 1],
    ['notities', 1],
    ['notitie', 1],
    ['comments', 1],
    ['comment', 1],
    ['remarks', 1],
    ['toelichting', 0.95],
    ['memo', 0.9],
    ['info', 0.6],
  ],
};

/** Below this a column is not suggested for a field. */
export const MIN_SCORE = 0.5;

/** How well a header names a field, 0..1. Exact names score their weight; a name inside a longer header scores a little less. */
export function headerScore(header: string, field: ImportField): number {
  const key = squash(header);
  if (key === '') return 0;
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let best = 0;
  for (const [name, weight] of HEADER_NAMES[field]) {
    if (key === name) best = Math.max(best, weight);
    else if (name.length >= 4 && (words.includes(name) || (name.length >= 6 && key.includes(name)))) best = Math.max(best, weight * 0.8);
    else if (name.length < 4 && words.includes(name)) best = Math.max(best, weight * 0.7);
  }
  return best;
}

const KIND_WORDS = new Set([
  'department',
  'afdeling',
  'dept',
  'unit',
  'businessunit',
  'bu',
  'region',
  'regio',
  'team',
  'employees',
  'medewerkers',
  'ambassadors',
  'ambassadeurs',
  'staff',
  'personeel',
  'divisie',
  'division',
  'land',
  'country',
  'vestiging',
  'branch',
]);

/** How well the values of a column look like a field, 0..1 (only platform, handle and owner kind can be told by their values). */
export function contentScore(values: readonly string[], field: ImportField): number {
  const sample = values.filter((v) => v !== '').slice(0, 100);
  if (sample.length === 0) return 0;
  let hits = 0;
  for (const v of sample) {
    if (field === 'platform') {
      if (!looksLikeUrl(v) && normalizePlatform(v) !== null) hits++;
    } else if (field === 'handle') {
      if (v.startsWith('@') || looksLikeUrl(v)) hits++;
    } else if (field === 'ownerKind') {
      if (KIND_WORDS.has(squash(v))) hits++;
    } else return 0;
  }
  return (hits / sample.length) * 0.85;
}

/** The cells of one column (cleaned), for the content guess. */
function columnValues(table: CsvTable, column: number, limit = 200): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    if (out.length >= limit) break;
    const v = cleanCell(row.cells[column]);
    if (v !== '') out.push(v);
  }
  return out;
}

/**
 * Guesses the mapping: every (field, column) pair gets the better of its header score and its
 * content score; then, best pair first, each field takes one column and each column one field,
 * if the score is at least {@link MIN_SCORE}. Ties: the order of IMPORT_FIELDS, then the leftmost
 * column. Deterministic.
 */
export function guessMapping(table: CsvTable): MappingGuess {
  const pairs: FieldGuess[] = [];
  const width = tableWidth(table, 50);
  for (let column = 0; column < width; column++) {
    const header = table.header[column] ?? '';
    const values = columnValues(table, column);
    for (const field of IMPORT_FIELDS) {
      const h = headerScore(header, field);
      const c = contentScore(values, field);
      const score = Math.max(h, c);
      if (score >= MIN_SCORE) pairs.push({ field, column, score: Math.round(score * 100) / 100, by: h >= c ? 'header' : 'content' });
    }
  }
  pairs.sort((a, b) => b.score - a.score || IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field) || a.column - b.column);
  const mapping: Partial<Record<ImportField, number>> = {};
  const used = new Set<number>();
  const chosen: FieldGuess[] = [];
  for (const p of pairs) {
    if (mapping[p.field] !== undefined || used.has(p.column)) continue;
    mapping[p.field] = p.column;
    used.add(p.column);
    chosen.push(p);
  }
  chosen.sort((a, b) => IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field));
  return { mapping, guesses: chosen };
}

/** Field names accepted by {@link applyMapOverrides} (`--map column=field`). */
const FIELD_NAMES: ReadonlyMap<string, ImportField | null> = new Map([
  ['platform', 'platform'],
  ['handle', 'handle'],
  ['owner', 'owner'],
  ['ownerkind', 'ownerKind'],
  ['kind', 'ownerKind'],
  ['hub', 'hub'],
  ['label', 'label'],
  ['notes', 'notes'],
  ['ignore', null],
  ['none', null],
  ['skip', null],
] as const);

export type MapOverrideResult = { readonly ok: true; readonly mapping: ColumnMapping } | { readonly ok: false; readonly message: string };

/**
 * Applies `column=field` overrides to a mapping, in order. `column` is a header name (compared
 * case-, accent- and space-insensitively) or a 1-based column number; `field` is one of
 * platform, handle, owner, owner-kind, hub, label, notes, or `ignore` to import nothing from that
 * column. A column given a field loses any other field it had; the field leaves its old column.
 */
export function applyMapOverrides(table: CsvTable, mapping: ColumnMapping, overrides: readonly string[]): MapOverrideResult {
  const out: Partial<Record<ImportField, number>> = { ...mapping };
  for (const override of overrides) {
    const eq = override.lastIndexOf('=');
    if (eq <= 0 || eq === override.length - 1) return { ok: false, message: `--map "${override}": expected COLUMN=FIELD (e.g. --map "Kanaal=platform")` };
    const columnName = override.slice(0, eq).trim();
    const fieldName = squash(override.slice(eq + 1));
    if (!FIELD_NAMES.has(fieldName)) {
      return { ok: false, message: `--map "${override}": unknown field "${override.slice(eq + 1)}" (use platform, handle, owner, owner-kind, hub, label, notes or ignore)` };
    }
    const field = FIELD_NAMES.get(fieldName) ?? null;
    const column = findColumn(table, columnName);
    if (column === null) {
      return { ok: false, message: `--map "${override}": no column "${columnName}" (the columns are: ${table.header.map((h, i) => h || `#${i + 1}`).join(', ')})` };
    }
    for (const f of IMPORT_FIELDS) if (out[f] === column) delete out[f];
    if (field !== null) out[field] = column;
  }
  return { ok: true, mapping: out };
}

/** A column by header name (exact, then squashed), or by 1-based number. */
export function findColumn(table: CsvTable, name: string): number | null {
  const exact = table.header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  if (exact !== -1) return exact;
  const key = squash(name);
  if (key !== '') {
    const loose = table.header.findIndex((h) => squash(h) === key);
    if (loose !== -1) return loose;
  }
  if (/^\d+$/.test(name.trim())) {
    const n = Number(name.trim());
    const width = tableWidth(table);
    if (n >= 1 && n <= width) return n - 1;
  }
  return null;
}

/** The number of columns: the header's, or the widest of the first `rows` rows if wider. */
export function tableWidth(table: CsvTable, rows = Infinity): number {
  let width = table.header.length;
  const n = Math.min(rows, table.rows.length);
  for (let i = 0; i < n; i++) width = Math.max(width, table.rows[i]?.cells.length ?? 0);
  return width;
}

/**
 * Whether the header row looks like data — two or more of its cells are platform names, @handles
 * or URLs — so the sheet probably has no header. The caller decides (the CLI does it by itself,
 * the app asks) and uses {@link withoutHeader}.
 */
export function headerLooksLikeData(table: CsvTable): boolean {
  let hits = 0;
  for (const cell of table.header) {
    if (cell.startsWith('@') || looksLikeUrl(cell) || (normalizePlatform(cell) !== null && squash(cell) !== 'platform')) hits++;
  }
  return hits >= 2;
}

/** The table with its header row read as the first data row, the columns named "Column 1", "Column 2", … */
export function withoutHeader(table: CsvTable): CsvTable {
  const width = tableWidth(table);
  return {
    ...table,
    header: Array.from({ length: width }, (_, i) => `Column ${i + 1}`),
    headerRow: 0,
    rows: [{ row: table.headerRow, cells: table.header }, ...table.rows],
  };
}
