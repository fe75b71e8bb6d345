import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGS } from '../../../shared/i18n';
import { textFileSizeProblem } from '../../../shared/io/textFile';
import {
  applyImport,
  decodeSheet,
  formatImportMessage,
  guessedMapping,
  IMPORT_FIELDS,
  missingKey,
  planImport,
  readSheet,
  refusalMessage,
  rejectsToCsv,
  sheetTable,
  type ColumnMapping,
  type CsvTable,
  type ImportField,
  type ImportResult,
  type Sheet,
} from '../../../shared/import';
import { LIMITS, type NodeId, type Scenario } from '../../../shared/model/types';
import { useAppStore, useServices } from '../ui/context';
import { Modal } from '../ui/Modal';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { frameReadable } from '../canvas/frame';
import { activeScenario } from '../store/edit';
import { selectLanguage, selectScenario, selectScenarios } from '../store/selectors';
import { readBytes } from '../platform/browser';
import { elkInWorker } from '../layout/elkWorker';
import './import.css';

/** Rows the preview shows. */
const PREVIEW_ROWS = 20;
/** Rejected rows listed in the dialog (the CSV of rejects has them all). */
const LISTED_REJECTS = 50;

interface Loaded {
  readonly name: string;
  /** Read as Windows-1252 on the user's choice (else strict UTF-8). */
  readonly windows1252: boolean;
  /** As read, with the guess whether its first row is a header. */
  readonly sheet: Sheet;
}

/**
 * File ▸ Import Spreadsheet…: choose a CSV/TSV file (read here, in the renderer, the same in the
 * desktop app and the browser), check which column is what (guessed, one labelled select per
 * field), see the first rows as they will land with every unusable row and its reason, save the
 * rejected rows as CSV, and import into the current scenario or a new one. The import is laid out
 * with elkjs in a worker and lands as ONE undo step. Every control is a labelled native input.
 */
export function ImportDialog() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  const flow = useReactFlow<OrgFlowNode, OrgFlowEdge>();
  const language = useAppStore(selectLanguage);
  const current = useAppStore(selectScenario);
  const scenarioCount = useAppStore(selectScenarios).length;
  const catalog = CATALOGS[language];
  const id = useId();

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  /** A file refused as not UTF-8 that may be read as Windows-1252, if the user chooses so. */
  const [legacy, setLegacy] = useState<{ readonly name: string; readonly bytes: Uint8Array } | null>(null);
  const [headerless, setHeaderless] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [into, setInto] = useState<'current' | 'new'>('current');
  const [newName, setNewName] = useState(() => t('importing.target.defaultName'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const running = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const close = () => store.getState().closeDialog();
  const table = useMemo(() => (loaded ? sheetTable(loaded.sheet, headerless) : null), [loaded, headerless]);
  const canAddScenario = scenarioCount < LIMITS.scenariosMax;
  const target = into === 'new' && canAddScenario ? 'new' : 'current';
  const result: ImportResult | null = useMemo(
    () => (table ? planImport(table, mapping, { ...(target === 'current' ? { scenario: current } : {}), platformNames: catalog.platforms, previewRows: PREVIEW_ROWS }) : null),
    [table, mapping, target, current, catalog],
  );
  const noKey = missingKey(mapping);
  const nameProblem = target === 'new' ? (newName.trim() === '' ? t('scenario.error.empty') : newName.trim().length > 100 ? t('scenario.error.too-long') : null) : null;

  const guessFor = (next: CsvTable) => setMapping(guessedMapping(next));

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileError(null);
    setLegacy(null);
    setError(null);
    setSaved(null);
    setLoaded(null);
    // A refused file changes nothing in the dialog beyond saying why. Read with the one shared
    // reader: strict UTF-8 (Excel's Windows-1252 "CSV" is refused with the "CSV UTF-8" advice,
    // never shown as rows full of U+FFFD), the same limit and words as the command line.
    const bySize = textFileSizeProblem(file.size, 'spreadsheet');
    if (bySize) {
      setFileError(refusalMessage(file.name, { stage: 'text', problem: bySize }, catalog));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch (e) {
      setFileError(t('importing.file.unreadable', { file: file.name, message: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const decoded = decodeSheet(bytes);
    if (!decoded.ok) {
      setFileError(refusalMessage(file.name, decoded.refusal, catalog));
      // Excel's plain "CSV" is Windows-1252: offered as an explicit choice, never guessed.
      if (decoded.windows1252) setLegacy({ name: file.name, bytes });
      return;
    }
    acceptText(file.name, decoded.text, false);
  };

  const readAsWindows1252 = () => {
    if (!legacy) return;
    const decoded = decodeSheet(legacy.bytes, 'windows-1252');
    setLegacy(null);
    setFileError(null);
    if (!decoded.ok) {
      setFileError(refusalMessage(legacy.name, decoded.refusal, catalog));
      return;
    }
    acceptText(legacy.name, decoded.text, true);
  };

  const acceptText = (name: string, text: string, windows1252: boolean) => {
    const read = readSheet(text);
    if (!read.ok) {
      setFileError(refusalMessage(name, read.refusal, catalog));
      return;
    }
    const { sheet } = read;
    setHeaderless(sheet.headerless);
    setLoaded({ name, windows1252, sheet });
    guessFor(sheetTable(sheet));
  };

  const columnName = (column: number) => {
    const header = table?.header[column]?.trim() ?? '';
    return header === '' ? t('importing.mapping.column', { n: column + 1 }) : header;
  };
  const columns = table ? Array.from({ length: Math.max(table.header.length, ...table.rows.slice(0, 50).map((r) => r.cells.length)) }, (_, i) => i) : [];

  const setField = (field: ImportField, value: string) => {
    const next: Partial<Record<ImportField, number>> = { ...mapping };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    setMapping(next);
  };

  const saveRejects = async () => {
    if (!loaded || !table || !result || result.rejects.length === 0) return;
    setSaved(null);
    setError(null);
    const text = rejectsToCsv(table, result.rejects, catalog);
    const base = loaded.name.replace(/\.(csv|tsv|txt)$/i, '');
    const r = await platform.saveExport({ format: 'csv', data: text, suggestedName: t('importing.rejects.fileName', { name: base }) });
    if (r.canceled) return;
    if ('error' in r) setError(t('importing.rejects.failed', { message: r.error }));
    else setSaved(t('importing.rejects.saved', { file: r.name }));
  };

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (running.current || !loaded || !result || noKey || nameProblem !== null) return;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      const state = store.getState();
      // Laid out with the one layout (shared/layout) in the worker: a new scenario or an empty one
      // as a whole, else only the imported nodes, to the right of the user's own arrangement.
      const base: Scenario = target === 'current' ? activeScenario(state.document, state.scenarioId) : { id: current.id, name: newName, nodes: [], edges: [] };
      let fellBack = false;
      const laidOut = await applyImport(base, result, elkInWorker, { layoutOptions: { onFallback: () => (fellBack = true) } });
      const added = new Set<NodeId>(result.nodes.map((n) => n.id));
      const nodes = laidOut.nodes.filter((n) => added.has(n.id));
      const into = target === 'current' ? 'current' : { name: newName.trim() };
      const scenarioId = store.getState().addImported(nodes, result.edges, into);
      if (scenarioId === null) {
        setError(t('importing.target.full', { max: LIMITS.scenariosMax }));
        return;
      }
      const { stats } = result;
      // The worker client has logged why; the user needs to know the map was not laid out.
      if (fellBack) store.getState().showHint('importing.hint.fallback', {}, 'error');
      else
        store
          .getState()
          .showHint(stats.rejected > 0 ? 'importing.hint.importedWithRejects' : 'importing.hint.imported', { accounts: stats.accounts, file: loaded.name, rejected: stats.rejected });
      close();
      // Frame the new map once the canvas has the nodes, at a readable zoom (canvas/frame.ts).
      requestAnimationFrame(() => {
        const now = store.getState();
        frameReadable(flow, activeScenario(now.document, now.scenarioId), target === 'current' && base.nodes.length > 0 ? added : undefined);
      });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const fieldId = (field: string) => `${id}-field-${field}`;
  const rejected = result?.rejects ?? [];

  return (
    <Modal title={t('importing.title')} testId="import-dialog" onClose={close}>
      <form className="import" onSubmit={(e) => void run(e)} aria-busy={busy}>
        <div className="import__file">
          <label htmlFor={`${id}-file-button`}>{t('importing.file.label')}</label>
          {/* The browser's own "Choose File / No file chosen" is always in the browser's language: a button of ours instead. */}
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            data-testid="import.file-input"
            onChange={(e) => void chooseFile(e)}
          />
          <span className="import__choose">
            <button
              type="button"
              id={`${id}-file-button`}
              data-testid="import.file-button"
              data-autofocus
              aria-describedby={`${id}-file-name ${id}-file-help`}
              onClick={() => fileInput.current?.click()}
            >
              {t('editor.file.choose')}
            </button>
            <span id={`${id}-file-name`} className="import__file-name" data-testid="import.file-name">
              {loaded?.name ?? t('editor.file.none')}
            </span>
          </span>
          <p id={`${id}-file-help`} className="panel-help">
            {t('importing.file.help')}
          </p>
          {fileError && (
            <p className="import__problem" role="alert" data-testid="import.file-error">
              {fileError}
            </p>
          )}
          {legacy && (
            <p className="import__legacy">
              <button type="button" data-testid="import.read-windows-1252" onClick={readAsWindows1252}>
                {t('importing.file.readWindows1252')}
              </button>{' '}
              <span className="panel-help">{t('importing.file.readWindows1252Help')}</span>
            </p>
          )}
          {loaded && table && (
            <p className="import__status" data-testid="import.file-status">
              {t('importing.file.read', { file: loaded.name, rows: table.rows.length, columns: table.header.length })}
              {loaded.windows1252 && ` ${t('importing.file.readAsWindows1252')}`}
            </p>
          )}
        </div>

        {loaded && table && result && (
          <>
            <label className="dialog-choice">
              <input
                type="checkbox"
                data-testid="import.headerless"
                checked={headerless}
                onChange={(e) => {
                  setHeaderless(e.target.checked);
                  guessFor(sheetTable(loaded.sheet, e.target.checked));
                }}
              />
              {t('importing.headerless')}
            </label>

            <fieldset className="dialog-group" aria-describedby={`${id}-mapping-help`}>
              <legend>{t('importing.mapping.legend')}</legend>
              <p id={`${id}-mapping-help`} className="panel-help">
                {t('importing.mapping.help')}
              </p>
              <div className="import__mapping">
                {IMPORT_FIELDS.map((field) => (
                  <div key={field} className="import__field">
                    <label htmlFor={fieldId(field)}>{catalog.import.field[field]}</label>
                    <select id={fieldId(field)} data-testid={`import.map.${field}`} value={mapping[field] === undefined ? '' : String(mapping[field])} onChange={(e) => setField(field, e.target.value)}>
                      <option value="">{t('importing.mapping.none')}</option>
                      {columns.map((c) => (
                        <option key={c} value={String(c)}>
                          {columnName(c)}
                        </option>
                      ))}
                    </select>
                  </div>
                ))}
              </div>
              {noKey && (
                <p className="import__problem" role="alert" data-testid="import.need-platform">
                  {t('importing.mapping.needPlatform')}
                </p>
              )}
            </fieldset>

            <div className="import__stats" data-testid="import.stats" aria-live="polite">
              <p>{t('importing.stats.summary', { rows: result.stats.rows, accounts: result.stats.accounts, owners: result.stats.owners, hubs: result.stats.hubs, orphans: result.stats.orphans })}</p>
              <p data-testid="import.reject-count">{rejected.length > 0 ? t('importing.stats.rejected', { count: rejected.length }) : t('importing.stats.noRejects')}</p>
              {result.warnings.length > 0 && <p>{t('importing.stats.warnings', { count: result.warnings.length })}</p>}
            </div>

            <div className="import__preview" tabIndex={0} role="region" aria-labelledby={`${id}-preview-caption`}>
              <table data-testid="import.preview">
                <caption id={`${id}-preview-caption`}>{t('importing.preview.caption', { count: result.preview.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('importing.preview.row')}</th>
                    <th scope="col">{t('importing.preview.status')}</th>
                    <th scope="col">{t('importing.preview.platform')}</th>
                    <th scope="col">{t('importing.preview.handle')}</th>
                    <th scope="col">{t('importing.preview.owner')}</th>
                    <th scope="col">{t('importing.preview.kind')}</th>
                    <th scope="col">{t('importing.preview.hub')}</th>
                    <th scope="col">{t('importing.preview.notes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.preview.map((row) => (
                    <tr key={row.row} className={`import__row import__row--${row.status}`} data-testid="import.preview-row" data-status={row.status}>
                      <td>{row.row}</td>
                      <td>{t(`importing.preview.${row.status === 'rejected' ? 'rejected' : row.status}`)}</td>
                      <td>{row.platform ? catalog.platforms[row.platform] : ''}</td>
                      <td>{row.label !== '' && row.label !== row.handle ? `${row.label} ${row.handle}`.trim() : row.handle}</td>
                      <td>{row.owner === '' && row.status !== 'rejected' ? t('importing.preview.noOwner') : row.owner}</td>
                      <td>{row.ownerKind ? catalog.import.kind[row.ownerKind] : ''}</td>
                      <td>{row.hub}</td>
                      <td data-testid="import.preview-reason">{row.messages.map((m) => formatImportMessage(m, catalog)).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            {rejected.length > 0 && (
              <section className="import__rejects" aria-labelledby={`${id}-rejects`}>
                <h3 id={`${id}-rejects`}>{t('importing.stats.rejectsTitle')}</h3>
                <ul data-testid="import.rejects">
                  {rejected.slice(0, LISTED_REJECTS).map((r) => (
                    <li key={r.row}>{t('importing.stats.rejectRow', { row: r.row, reason: formatImportMessage(r.reason, catalog) })}</li>
                  ))}
                </ul>
                {rejected.length > LISTED_REJECTS && <p>{t('importing.stats.more', { count: rejected.length - LISTED_REJECTS })}</p>}
                <button type="button" data-testid="import.save-rejects" onClick={() => void saveRejects()}>
                  {t('importing.rejects.save')}
                </button>
                {saved && (
                  <p className="import__status" role="status" data-testid="import.rejects-saved">
                    {saved}
                  </p>
                )}
              </section>
            )}

            <fieldset className="dialog-group">
              <legend>{t('importing.target.legend')}</legend>
              <label className="dialog-choice">
                <input type="radio" name={`${id}-into`} value="current" data-testid="import.into.current" checked={target === 'current'} onChange={() => setInto('current')} />
                {t('importing.target.current', { name: current.name })}
              </label>
              <label className="dialog-choice">
                <input type="radio" name={`${id}-into`} value="new" data-testid="import.into.new" checked={target === 'new'} disabled={!canAddScenario} onChange={() => setInto('new')} />
                {canAddScenario ? t('importing.target.new') : t('importing.target.full', { max: LIMITS.scenariosMax })}
              </label>
              {target === 'new' && (
                <div className="import__field">
                  <label htmlFor={`${id}-name`}>{t('importing.target.name')}</label>
                  <input
                    id={`${id}-name`}
                    type="text"
                    maxLength={100}
                    data-testid="import.new-name"
                    value={newName}
                    aria-invalid={nameProblem !== null}
                    aria-describedby={nameProblem ? `${id}-name-problem` : undefined}
                    onChange={(e) => setNewName(e.target.value)}
                  />
                  {nameProblem && (
                    <p id={`${id}-name-problem`} className="import__problem" role="alert">
                      {nameProblem}
                    </p>
                  )}
                </div>
              )}
            </fieldset>
          </>
        )}

        {error && (
          <p className="import__problem" role="alert" data-testid="import.error">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" data-testid="import.cancel" onClick={close}>
            {t('importing.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="import.run" disabled={busy || !result || noKey || nameProblem !== null}>
            {busy ? t('importing.working') : t('importing.run')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
