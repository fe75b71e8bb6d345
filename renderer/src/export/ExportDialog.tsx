import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportTheme } from '../../../shared/look/palette';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/ipc';
import type { ScenarioId } from '../../../shared/model/types';
import { useAppStore, useServices } from '../ui/context';
import { Modal } from '../ui/Modal';
import { selectLanguage, selectScenarios } from '../store/selectors';
import type { AppState } from '../store/types';
import { exportFileName } from './names';
import { initialScenarioChoice, rememberScenarios } from './rememberedScenarios';
import './export.css';

const SCALES = [1, 2, 3] as const;
const THEMES: readonly ExportTheme[] = ['light', 'dark'];
const selectSelectionSize = (s: AppState) => s.selectedNodeIds.length;

/** Where the dialog starts: an open comparison, the scenarios chosen last time, or the active one. */
const initialScenarios = initialScenarioChoice;

/**
 * File ▸ Export… (Ctrl/⌘+Shift+E): format, size, background, colours (light unless asked, whatever
 * the app's theme), what to draw, which scenarios, legend, caption and the PDF summary. Every control is a labelled native input, so the dialog works with
 * the keyboard alone (Tab, arrows in the radio groups, Space, Enter on Export, Escape closes).
 */
export function ExportDialog() {
  const { t } = useTranslation('ui');
  const { store, platform } = useServices();
  const scenarios = useAppStore(selectScenarios);
  const language = useAppStore(selectLanguage);
  const selectionSize = useAppStore(selectSelectionSize);
  const [format, setFormat] = useState<ExportFormat>('png');
  const [scale, setScale] = useState<number>(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  // Light unless asked (issues #6 and #8), whatever theme the app is in.
  const [theme, setTheme] = useState<ExportTheme>('light');
  const [onlySelection, setOnlySelection] = useState(false);
  const [chosen, setChosen] = useState<ScenarioId[]>(() => initialScenarios(store.getState()));
  const [legend, setLegend] = useState(true);
  const [caption, setCaption] = useState(true);
  const [summary, setSummary] = useState(() => store.getState().compare !== null);
  const [riskMarks, setRiskMarks] = useState(true);
  const [compareMarks, setCompareMarks] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const multi = format === 'pdf' || format === 'pptx';
  const canSelect = selectionSize > 0;
  const useSelection = onlySelection && canSelect;
  const noScenario = multi && chosen.length === 0;
  const close = () => store.getState().closeDialog();

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (running.current || noScenario) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const state = store.getState();
    const ordered = state.document.scenarios.filter((s) => chosen.includes(s.id)).map((s) => s.id);
    const scenarioIds = multi ? ordered : [state.scenarioId];
    try {
      const { runExport, today } = await import('./run');
      const result = await runExport({
        document: state.document,
        format,
        scenarioIds,
        selection: useSelection ? state.selectedNodeIds : null,
        scale,
        background,
        theme,
        legend,
        caption,
        summary: multi && summary,
        riskMarks,
        compareMarks,
        language,
        date: today(),
      });
      const scenario = multi ? null : state.document.scenarios.find((s) => s.id === scenarioIds[0]);
      const saved = await platform.saveExport({ format, data: result.data, suggestedName: exportFileName(state.document.title, state.fileName, scenario?.name ?? null, format) });
      if (saved.canceled) return;
      if ('error' in saved) {
        setError(t('exporting.exportFailed', { message: saved.error }));
        return;
      }
      if (result.scale !== undefined && result.scale < scale) {
        state.showHint('exporting.scaleLowered', { scale: result.scale.toFixed(2), side: (await import('./run')).MAX_PNG_SIDE });
      } else state.showHint('exporting.exported', { file: saved.name });
      close();
    } catch (caught) {
      const key = caught instanceof Error && (caught.message === 'tooLarge' || caught.message === 'draw') ? `exporting.error.${caught.message}` : null;
      setError(t('exporting.exportFailed', { message: key ? t(key) : caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const toggleScenario = (id: ScenarioId, on: boolean) => setChosen((list) => rememberScenarios(on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  return (
    <Modal title={t('exporting.title')} testId="export-dialog" onClose={close}>
      <form className="export" onSubmit={(e) => void run(e)} aria-busy={busy}>
        <fieldset className="dialog-group">
          <legend>{t('exporting.format.legend')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="dialog-choice">
              <input type="radio" name="export-format" value={f} data-testid={`export.format.${f}`} checked={format === f} onChange={() => setFormat(f)} {...(format === f ? { 'data-autofocus': true } : {})} />
              {t(`exporting.format.${f}`)}
            </label>
          ))}
        </fieldset>

        {format === 'png' && (
          <div className="export__row">
            <fieldset className="dialog-group">
              <legend>{t('exporting.scale.legend')}</legend>
              {SCALES.map((s) => (
                <label key={s} className="dialog-choice">
                  <input type="radio" name="export-scale" value={s} data-testid={`export.scale.${s}`} checked={scale === s} onChange={() => setScale(s)} />
                  {t('exporting.scale.option', { scale: s })}
                </label>
              ))}
            </fieldset>
            <fieldset className="dialog-group">
              <legend>{t('exporting.background.legend')}</legend>
              {(['white', 'transparent'] as const).map((b) => (
                <label key={b} className="dialog-choice">
                  <input type="radio" name="export-background" value={b} data-testid={`export.background.${b}`} checked={background === b} onChange={() => setBackground(b)} />
                  {t(`exporting.background.${b === 'white' && theme === 'dark' ? 'dark' : b}`)}
                </label>
              ))}
            </fieldset>
          </div>
        )}

        <fieldset className="dialog-group">
          <legend>{t('exporting.theme.legend')}</legend>
          {THEMES.map((th) => (
            <label key={th} className="dialog-choice">
              <input type="radio" name="export-theme" value={th} data-testid={`export.theme.${th}`} checked={theme === th} onChange={() => setTheme(th)} />
              {t(`exporting.theme.${th}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className="dialog-group">
          <legend>{t('exporting.what.legend')}</legend>
          <label className="dialog-choice">
            <input type="radio" name="export-what" value="all" data-testid="export.what.all" checked={!useSelection} onChange={() => setOnlySelection(false)} />
            {t('exporting.what.all')}
          </label>
          <label className="dialog-choice">
            <input type="radio" name="export-what" value="selection" data-testid="export.what.selection" checked={useSelection} disabled={!canSelect} onChange={() => setOnlySelection(true)} />
            {canSelect ? t('exporting.what.selection', { count: selectionSize }) : t('exporting.what.selectionNone')}
          </label>
        </fieldset>

        {multi && (
          <fieldset className="dialog-group" aria-describedby={noScenario ? 'export-no-scenario' : undefined}>
            <legend>{t('exporting.scenarios.legend')}</legend>
            {scenarios.map((s) => (
              <label key={s.id} className="dialog-choice">
                <input type="checkbox" data-testid={`export.scenario.${s.id}`} checked={chosen.includes(s.id)} onChange={(e) => toggleScenario(s.id, e.target.checked)} />
                {s.name}
              </label>
            ))}
            {noScenario && (
              <p id="export-no-scenario" className="export__problem" role="alert">
                {t('exporting.scenarios.none')}
              </p>
            )}
          </fieldset>
        )}

        <fieldset className="dialog-group">
          <label className="dialog-choice">
            <input type="checkbox" data-testid="export.legend" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
            {t('exporting.legendOption')}
          </label>
          <label className="dialog-choice">
            <input type="checkbox" data-testid="export.caption" checked={caption} onChange={(e) => setCaption(e.target.checked)} />
            {t('exporting.captionOption')}
          </label>
          {multi && (
            <>
              <label className="dialog-choice">
                <input type="checkbox" data-testid="export.summary" checked={summary} onChange={(e) => setSummary(e.target.checked)} />
                {t('exporting.summaryOption')}
              </label>
              <label className="dialog-choice">
                <input type="checkbox" data-testid="export.riskMarks" checked={riskMarks} onChange={(e) => setRiskMarks(e.target.checked)} />
                {t('exporting.riskMarksOption')}
              </label>
              <label className="dialog-choice">
                <input type="checkbox" data-testid="export.compareMarks" checked={compareMarks} onChange={(e) => setCompareMarks(e.target.checked)} />
                {t('exporting.compareMarksOption')}
              </label>
            </>
          )}
        </fieldset>
        <p className="panel-help">{t('exporting.languageNote')}</p>
        {error && (
          <p className="export__problem" role="alert" data-testid="export.error">
            {error}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" data-testid="export.cancel" onClick={close}>
            {t('exporting.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="export.run" disabled={busy || noScenario}>
            {busy ? t('exporting.working') : t('exporting.run')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
