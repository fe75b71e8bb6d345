import { useReactFlow } from '@xyflow/react';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGS } from '../../../shared/i18n';
import { applyImport, rejectsToCsv } from '../../../shared/import';
import { LIMITS, type NodeId, type Scenario } from '../../../shared/model/types';
import { useAppStore, useServices } from '../ui/context';
import { Modal } from '../ui/Modal';
import type { OrgFlowEdge, OrgFlowNode } from '../canvas/flow';
import { frameReadable } from '../canvas/frame';
import { activeScenario } from '../../../shared/model/edits';
import { selectLanguage, selectScenario, selectScenarios } from '../store/selectors';
import { elkInWorker } from '../layout/elkWorker';
import { ImportFilePart } from './ImportFilePart';
import { ImportMappingPart } from './ImportMappingPart';
import { ImportPreviewPart } from './ImportPreviewPart';
import { ImportTargetPart } from './ImportTargetPart';
import { useImportFile } from './useImportFile';
import { useImportPlan } from './useImportPlan';
import './import.css';

/**
 * File ▸ Import Spreadsheet…: choose a CSV/TSV file (useImportFile), check which column is what
 * (guessed, one labelled select per field), see the first rows as they will land with every
 * unusable row and its reason, save the rejected rows as CSV, and import into the current
 * scenario or a new one (useImportPlan). The import is laid out with elkjs in a worker and lands
 * as ONE undo step. Every control is a labelled native input.
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

  const file = useImportFile(catalog);
  const { loaded } = file;
  const plan = useImportPlan(loaded?.sheet ?? null, catalog, current, scenarioCount);
  const { table, result, target, noKey, nameProblem, newName } = plan;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const running = useRef(false);

  const close = () => store.getState().closeDialog();

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setError(null);
    setSaved(null);
    void file.choose(chosen);
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

  return (
    <Modal title={t('importing.title')} testId="import-dialog" onClose={close}>
      <form className="import" onSubmit={(e) => void run(e)} aria-busy={busy}>
        <ImportFilePart id={id} loaded={loaded} table={table} fileError={file.fileError} legacy={file.legacy} onChoose={chooseFile} onReadWindows1252={file.readAsWindows1252} />

        {loaded && table && result && (
          <>
            <ImportMappingPart id={id} catalog={catalog} plan={plan} />
            <ImportPreviewPart id={id} catalog={catalog} result={result} saved={saved} onSaveRejects={() => void saveRejects()} />
            <ImportTargetPart id={id} currentName={current.name} plan={plan} />
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
