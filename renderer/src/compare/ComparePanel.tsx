import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../shared/analysis/types';
import { useReactFlow } from '@xyflow/react';
import { compareScenarios, formatGoalWarning, formatPathAsText, formatStep, goalFit, hasSemiAutonomousUnits, planPath } from '../../../shared/compare';
import type { Step } from '../../../shared/compare';
import type { Goal, NodeId, PracticeValue } from '../../../shared/model/types';
import { GHOST_PREFIX } from '../canvas/flow';
import { copyText } from '../ui/clipboard';
import { useAppStore, useServices } from '../ui/context';
import { useCatalog, useModelName, useRiskText } from '../i18n/analysisText';
import type { AppState } from '../store/types';
import { selectScenarios } from '../store/selectors';

const selectCompare = (s: AppState) => s.compare;
const NO_GOALS: readonly Goal[] = [];
const selectGoals = (s: AppState) => s.document.goals ?? NO_GOALS;

const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Compare two scenarios: the summary (model, confidence, risks, counts), the path from one to the
 * other as a checklist in the strategist's words, and the differences marked on the canvas (which
 * shows `to`, see Canvas). Derived, never stored: compareScenarios memoises on the pair.
 */
export function ComparePanel() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const pair = useAppStore(selectCompare);
  const scenarios = useAppStore(selectScenarios);
  const goals = useAppStore(selectGoals);
  const catalog = useCatalog();
  const flow = useReactFlow();
  const modelName = useModelName();
  const riskText = useRiskText();
  const from = scenarios.find((s) => s.id === pair?.from);
  const to = scenarios.find((s) => s.id === pair?.to);
  const comparison = useMemo(() => (from && to ? compareScenarios(from, to) : null), [from, to]);
  const steps = useMemo(() => (comparison ? planPath(comparison) : []), [comparison]);
  if (!pair || !from || !to || !comparison) return null;

  const name = (model: Classification) => (model === 'undetermined' ? t('analysis.undetermined') : modelName(model));
  const before = comparison.classification.from;
  const after = comparison.classification.to;
  const pick = (side: 'from' | 'to', value: string) => {
    const found = scenarios.find((s) => s.id === value);
    if (found) store.getState().openCompare(side === 'from' ? { from: found.id } : { to: found.id });
  };
  // The target is where the organisation should go: say when its model does not serve the goals.
  const fit = goalFit(goals, after, { semiAutonomousUnits: hasSemiAutonomousUnits(to) });
  /** Selects and frames the step's nodes on the canvas (the `to` scenario's; removed ones are ghosts). */
  const show = (step: Step) => {
    const ids = step.nodes.map((n) => n.to).filter((id): id is NodeId => id !== undefined);
    const ghosts = step.nodes.filter((n) => n.to === undefined && n.from !== undefined).map((n) => `${GHOST_PREFIX}${n.from ?? ''}`);
    if (pair.to !== store.getState().scenarioId) store.getState().setScenario(pair.to);
    store.getState().select(ids, []);
    const framed = [...ids, ...ghosts].map((id) => ({ id }));
    if (framed.length > 0) void flow.fitView({ nodes: framed, padding: 0.5, duration: 250, maxZoom: 1.5 });
  };
  // Practices added, completed and dropped (issue 18), each "name: from → to".
  const practiceLists = (['added', 'completed', 'dropped'] as const).map((kind) => [kind, comparison.practices[kind]] as const);
  const practiceValue = (v: PracticeValue | undefined) => (v === undefined ? catalog.practices.values.unrecorded : catalog.practices.values[v]).toLowerCase();
  const copy = async () => {
    const ok = await copyText(formatPathAsText(steps, catalog));
    store.getState().showHint(ok ? 'copied' : 'copyFailed', undefined, ok ? 'info' : 'error');
  };

  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <div className="compare__head">
        <h2 id="compare-title" className="panel-title">
          {t('compare.title')}
        </h2>
        <button type="button" className="modal__close" data-testid="compare.close" aria-label={t('dialog.close')} onClick={() => store.getState().closeCompare()}>
          ×
        </button>
      </div>
      <div className="compare__pick">
        {(['from', 'to'] as const).map((side) => (
          <label key={side} className="field">
            <span>{t(`compare.${side}`)}</span>
            <select data-testid={`compare.${side}`} value={pair[side]} onChange={(e) => pick(side, e.target.value)}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="panel-help">{t('compare.overlay', { from: from.name, to: to.name })}</p>
      <h3 className="panel-subtitle">{t('compare.summary')}</h3>
      <dl className="compare__summary" data-testid="compare.summary" data-from-model={before.model} data-to-model={after.model}>
        <dt>{t('compare.model')}</dt>
        <dd data-testid="compare.model-change">{t('compare.change', { from: name(before.model), to: name(after.model) })}</dd>
        <dt>{t('compare.confidence')}</dt>
        <dd>{t('compare.change', { from: percent(before.confidence), to: percent(after.confidence) })}</dd>
        <dt>{t('compare.accounts')}</dt>
        <dd data-testid="compare.accounts">{t('compare.change', { from: comparison.counts.from.accounts, to: comparison.counts.to.accounts })}</dd>
        <dt>{t('compare.hubs')}</dt>
        <dd data-testid="compare.hubs">{t('compare.change', { from: comparison.counts.from.hubs, to: comparison.counts.to.hubs })}</dd>
        <dt>{t('compare.nodes')}</dt>
        <dd data-testid="compare.diff">
          {t('compare.diff', { added: comparison.nodes.added.length, removed: comparison.nodes.removed.length, changed: comparison.nodes.changed.length })}
        </dd>
        <dt>{t('compare.resolved')}</dt>
        <dd data-testid="compare.resolved" data-count={comparison.risks.resolved.length}>
          {comparison.risks.resolved.length === 0 ? (
            t('compare.none')
          ) : (
            <ul className="compare__risks">
              {comparison.risks.resolved.map((r, i) => (
                <li key={`${r.code}-${i}`}>{riskText(r).message}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('compare.introduced')}</dt>
        <dd data-testid="compare.introduced" data-count={comparison.risks.introduced.length}>
          {comparison.risks.introduced.length === 0 ? (
            t('compare.none')
          ) : (
            <ul className="compare__risks">
              {comparison.risks.introduced.map((r, i) => (
                <li key={`${r.code}-${i}`}>{riskText(r).message}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('practices.compare')}</dt>
        <dd data-testid="compare.practices" data-count={practiceLists.reduce((n, [, list]) => n + list.length, 0)}>
          {practiceLists.every(([, list]) => list.length === 0)
            ? catalog.practices.compare.none
            : practiceLists.map(([kind, list]) =>
                list.length === 0 ? null : (
                  <div key={kind} data-practice-change={kind}>
                    {catalog.practices.compare[kind]}
                    <ul className="compare__risks">
                      {list.map((c) => (
                        <li key={c.practice} data-practice={c.practice}>
                          {`${catalog.practices.names[c.practice]}: ${practiceValue(c.from)} → ${practiceValue(c.to)}`}
                        </li>
                      ))}
                    </ul>
                  </div>
                ),
              )}
        </dd>
      </dl>
      {fit.warnings.map((w) => (
        <p key={w.code} className="goal-warning" role="note" data-testid="compare.goal-warning" data-code={w.code}>
          {t('goals.warning', { scenario: to.name, message: formatGoalWarning(w, catalog) })}
        </p>
      ))}
      <h3 className="panel-subtitle">{t('compare.path')}</h3>
      {steps.length === 0 ? (
        <p className="panel-help" data-testid="compare.empty">
          {catalog.compare.path.empty}
        </p>
      ) : (
        <ol className="compare__steps" data-testid="compare.steps">
          {steps.map((step, i) => (
            <li key={`${step.code}-${i}`} data-testid="compare.step" data-step-code={step.code}>
              <button type="button" className="compare__step" onClick={() => show(step)}>
                {formatStep(step, catalog)}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="tool-button" data-testid="compare.copy" onClick={() => void copy()}>
        {t('compare.copy')}
      </button>
    </section>
  );
}
