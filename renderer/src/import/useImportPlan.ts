import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/i18n';
import { guessedMapping, missingKey, planImport, sheetTable, type ColumnMapping, type ImportField, type ImportResult, type Sheet } from '../../../shared/import';
import { LIMITS, type Scenario } from '../../../shared/model/types';

/** Rows the preview shows. */
const PREVIEW_ROWS = 20;

/** What the user has said about one sheet: whether its first row is data, and which column is what. */
interface SheetChoice {
  readonly sheet: Sheet;
  readonly headerless: boolean;
  readonly mapping: ColumnMapping;
}

function guessFor(sheet: Sheet, headerless: boolean): SheetChoice {
  return { sheet, headerless, mapping: guessedMapping(sheetTable(sheet, headerless)) };
}

/**
 * The import dialog's plan: header or not, the mapping (guessed afresh for every sheet read and
 * whenever the header choice changes), the target (current scenario or a new one, with its name),
 * and the import as it would land there, recomputed on each change.
 */
export function useImportPlan(sheet: Sheet | null, catalog: Catalog, current: Scenario, scenarioCount: number) {
  const { t } = useTranslation('ui');
  const [choice, setChoice] = useState<SheetChoice | null>(null);
  const fresh = useMemo(() => (sheet ? guessFor(sheet, sheet.headerless) : null), [sheet]);
  // A choice made on an earlier sheet does not carry over to a new one.
  const now = choice !== null && choice.sheet === sheet ? choice : fresh;
  const [into, setInto] = useState<'current' | 'new'>('current');
  const [newName, setNewName] = useState(() => t('importing.target.defaultName'));

  const headerless = now?.headerless ?? false;
  const mapping = useMemo(() => now?.mapping ?? {}, [now]);
  const table = useMemo(() => (now ? sheetTable(now.sheet, now.headerless) : null), [now]);
  const canAddScenario = scenarioCount < LIMITS.scenariosMax;
  const target = into === 'new' && canAddScenario ? 'new' : 'current';
  const result: ImportResult | null = useMemo(
    () => (table ? planImport(table, mapping, { ...(target === 'current' ? { scenario: current } : {}), platformNames: catalog.platforms, previewRows: PREVIEW_ROWS }) : null),
    [table, mapping, target, current, catalog],
  );
  const nameProblem = target === 'new' ? (newName.trim() === '' ? t('scenario.error.empty') : newName.trim().length > 100 ? t('scenario.error.too-long') : null) : null;

  const setHeaderless = (value: boolean) => {
    if (now) setChoice(guessFor(now.sheet, value));
  };
  const setField = (field: ImportField, value: string) => {
    if (!now) return;
    const next: Partial<Record<ImportField, number>> = { ...now.mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    setChoice({ ...now, mapping: next });
  };
  const columnName = (column: number) => {
    const header = table?.header[column]?.trim() ?? '';
    return header === '' ? t('importing.mapping.column', { n: column + 1 }) : header;
  };
  const columns = table ? Array.from({ length: Math.max(table.header.length, ...table.rows.slice(0, 50).map((r) => r.cells.length)) }, (_, i) => i) : [];

  return {
    table,
    headerless,
    setHeaderless,
    mapping,
    setField,
    columns,
    columnName,
    noKey: missingKey(mapping),
    result,
    target,
    setInto,
    canAddScenario,
    newName,
    setNewName,
    nameProblem,
  } as const;
}

export type ImportPlan = ReturnType<typeof useImportPlan>;
