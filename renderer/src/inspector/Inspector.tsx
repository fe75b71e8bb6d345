import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { analyze } from '../../../shared/analysis';
import { formatGoalAdvice, formatGoalWarning, goalFit, goalName, hasSemiAutonomousUnits, modelsForGoals } from '../../../shared/compare';
import { GOALS, PLATFORMS, type EdgeKind, type Goal, type OrgEdge, type OrgNode, type Platform, type ScenarioId } from '../../../shared/model/types';
import { useCatalog, useModelName } from '../i18n/analysisText';
import { checkScenarioName, legalKinds, TARGET_ID } from '../../../shared/model/edits';
import { useAppStore, useServices } from '../ui/context';
import { selectScenario } from '../store/selectors';
import type { AppState } from '../store/types';
import { PlatformMark } from '../canvas/marks';
import { PracticesChecklist } from '../practices/Practices';
import { analysisHeld, useAnalysisRelease, viewKeyOf } from '../analysis/analysisGate';

/** What the inspector shows: the one selected node or edge (by object, so edits re-render it). */
const selectInspected = (s: AppState) => {
  const count = s.selectedNodeIds.length + s.selectedEdgeIds.length;
  if (count !== 1) return { count, node: undefined, edge: undefined, source: undefined, target: undefined };
  const scenario = selectScenario(s);
  const [nodeId] = s.selectedNodeIds;
  const [edgeId] = s.selectedEdgeIds;
  const node = nodeId ? scenario.nodes.find((n) => n.id === nodeId) : undefined;
  const edge = edgeId ? scenario.edges.find((e) => e.id === edgeId) : undefined;
  return {
    count,
    node,
    edge,
    source: edge ? scenario.nodes.find((n) => n.id === edge.source) : undefined,
    target: edge ? scenario.nodes.find((n) => n.id === edge.target) : undefined,
  };
};

const isPlatform = (v: string): v is Platform => (PLATFORMS as readonly string[]).includes(v);

export function Inspector() {
  const { t } = useTranslation('ui');
  const { count, node, edge, source, target } = useAppStore(useShallow(selectInspected));
  return (
    <section className="inspector" aria-labelledby="inspector-title" data-testid="inspector" tabIndex={-1}>
      <h2 id="inspector-title" className="panel-title">
        {t('inspector.title')}
      </h2>
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : edge && source && target ? (
        <EdgeInspector key={edge.id} edge={edge} source={source} target={target} />
      ) : count > 1 ? (
        <p className="panel-help">{t('inspector.multi', { count })}</p>
      ) : (
        <DocumentInspector />
      )}
    </section>
  );
}

const selectDocTitle = (s: AppState) => s.document.title;

/** With nothing selected: the map itself (its title). */
function DocumentInspector() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const title = useAppStore(selectDocTitle);
  const scenario = useAppStore(selectScenario);
  return (
    <div className="form">
      <p className="panel-help">{t('inspector.empty')}</p>
      <label className="field">
        <span>{t('inspector.mapTitle')}</span>
        <input
          data-testid="inspector.title"
          value={title}
          maxLength={200}
          placeholder={t('app.untitled')}
          onChange={(e) => store.getState().setTitle(e.target.value, { group: 'type:document:title' })}
          onBlur={() => store.history.endGroup()}
        />
      </label>
      <ScenarioName key={scenario.id} id={scenario.id} name={scenario.name} />
      <PracticesChecklist />
      <Goals />
    </div>
  );
}

/**
 * The name of the scenario on the canvas. Applied on Enter or when leaving the field (one undo
 * step, like renaming its tab); a refused name is explained and not applied.
 */
function ScenarioName({ id, name }: { id: ScenarioId; name: string }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const [draft, setDraft] = useState<string | null>(null);
  const error = draft === null ? null : checkScenarioName(draft);
  const commit = () => {
    if (draft !== null && !error) store.getState().renameScenario(id, draft);
    setDraft(null);
  };
  return (
    <label className="field">
      <span>{t('scenario.name')}</span>
      <input
        data-testid="inspector.scenario-name"
        value={draft ?? name}
        maxLength={200}
        aria-invalid={error !== null}
        aria-describedby={error ? 'inspector-scenario-error' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') setDraft(null);
        }}
        onBlur={commit}
      />
      {error && (
        <span id="inspector-scenario-error" role="alert" className="scenario-tab__error" data-testid="inspector.scenario-error">
          {t(`scenario.error.${error}`)}
        </span>
      )}
    </label>
  );
}

const NO_GOALS: readonly Goal[] = [];
const selectGoals = (s: AppState) => s.document.goals ?? NO_GOALS;
const selectViewKey = (s: AppState) => viewKeyOf(s);
/** The scenarios the goals are held against: the one on the canvas, and the target if another. */
const selectFitScenarios = (s: AppState) => {
  const active = selectScenario(s);
  const target = s.document.scenarios.find((x) => x.id === TARGET_ID);
  return { active, target: target && target !== active ? target : undefined };
};

/** The organisation's goals, which models fit them and why, and whether the scenarios' models do. */
function Goals() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const catalog = useCatalog();
  const modelName = useModelName();
  const goals = useAppStore(selectGoals);
  const { active, target } = useAppStore(useShallow(selectFitScenarios));
  const toggle = (goal: Goal, on: boolean) => store.getState().setGoals(on ? [...goals, goal] : goals.filter((g) => g !== goal));
  // A big map's first analysis waits for the canvas's first paint (analysis/analysisGate.ts), and so
  // does the look at its structure the advice needs (~0.6 s at 20,000 nodes); no goals, neither.
  useAnalysisRelease(store.analysisGate);
  const held = analysisHeld(store.analysisGate, active, useAppStore(selectViewKey));
  const advice = goals.length === 0 || held ? [] : modelsForGoals(goals, { semiAutonomousUnits: hasSemiAutonomousUnits(target ?? active) });
  const fits =
    goals.length === 0 || held
      ? []
      : [active, ...(target ? [target] : [])].map((scenario) => {
          const classification = analyze(scenario).classification;
          return { scenario, fit: goalFit(goals, classification, { semiAutonomousUnits: hasSemiAutonomousUnits(scenario) }) };
        });
  return (
    <fieldset className="goals" data-testid="goals">
      <legend>{t('goals.title')}</legend>
      <p className="panel-help">{t('goals.help')}</p>
      {GOALS.map((goal) => (
        <label key={goal} className="goals__item">
          <input type="checkbox" data-testid="goal" data-goal={goal} checked={goals.includes(goal)} onChange={(e) => toggle(goal, e.target.checked)} />
          <span>{goalName(goal, catalog)}</span>
        </label>
      ))}
      {advice.length > 0 && (
        <>
          <h3 className="panel-subtitle">{t('goals.fitting')}</h3>
          <ul className="goals__advice" data-testid="goals.advice">
            {advice.map((a, i) => (
              <li key={`${a.goal ?? ''}-${a.model}-${i}`} data-model={a.model} data-goal={a.goal ?? ''}>
                <strong>{modelName(a.model)}</strong>
                {a.goals.length > 0 ? ` (${a.goals.map((g) => goalName(g, catalog)).join(', ')})` : ''}:{' '}
                {a.reasonCodes.map((reasonCode) => formatGoalAdvice({ ...a, reasonCode }, catalog)).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {goals.length > 0 && held && (
        <p className="panel-help" role="status" data-testid="goals.working">
          {t('analysis.working')}
        </p>
      )}
      {goals.length > 0 &&
        fits.map(({ scenario, fit }) =>
          fit.fits ? (
            <p key={scenario.id} className="goal-fit" data-testid="goals.fit" data-scenario-id={scenario.id}>
              {t('goals.fits', { scenario: scenario.name, model: modelName(fit.model) })}
            </p>
          ) : (
            fit.warnings.map((w) => (
              <p key={`${scenario.id}-${w.code}`} className="goal-warning" role="note" data-testid="goals.warning" data-scenario-id={scenario.id} data-code={w.code}>
                {t('goals.warning', { scenario: scenario.name, message: formatGoalWarning(w, catalog) })}
              </p>
            ))
          ),
        )}
    </fieldset>
  );
}

function NodeInspector({ node }: { node: OrgNode }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const update = store.getState().updateNode;
  const end = () => store.history.endGroup();
  // A label must not be empty (format rule): an emptied field keeps the old label until typed into.
  const [draft, setDraft] = useState<string | null>(null);
  const shownLabel = draft !== null && draft.trim() === '' ? draft : node.label;
  return (
    <div className="form">
      <p className="form__kind">{t(`kind.${node.kind}`)}</p>
      <label className="field">
        <span>{t('inspector.label')}</span>
        <input
          data-testid="inspector.label"
          value={shownLabel}
          maxLength={200}
          required
          onChange={(e) => {
            const value = e.target.value;
            setDraft(value);
            if (value.trim() !== '') update(node.id, { label: value }, { group: `type:${node.id}:label` });
          }}
          onBlur={() => {
            setDraft(null);
            end();
          }}
        />
      </label>
      {node.kind === 'account' && (
        <>
          <label className="field">
            <span>{t('inspector.platform')}</span>
            <span className="field__row">
              {node.platform ? <PlatformMark platform={node.platform} /> : null}
              <select
                data-testid="inspector.platform"
                value={node.platform ?? 'other'}
                onChange={(e) => {
                  const value = e.target.value;
                  if (isPlatform(value)) update(node.id, { platform: value });
                }}
              >
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>
                    {t(`platform.${p}`)}
                  </option>
                ))}
              </select>
            </span>
          </label>
          <label className="field">
            <span>{t('inspector.handle')}</span>
            <input
              data-testid="inspector.handle"
              value={node.handle ?? ''}
              placeholder={t('inspector.handlePlaceholder')}
              maxLength={100}
              onChange={(e) => update(node.id, { handle: e.target.value }, { group: `type:${node.id}:handle` })}
              onBlur={end}
            />
          </label>
        </>
      )}
      <label className="field">
        <span>{t('inspector.notes')}</span>
        <textarea
          data-testid="inspector.notes"
          value={node.notes ?? ''}
          maxLength={5000}
          rows={4}
          onChange={(e) => update(node.id, { notes: e.target.value }, { group: `type:${node.id}:notes` })}
          onBlur={end}
        />
      </label>
    </div>
  );
}

function EdgeInspector({ edge, source, target }: { edge: OrgEdge; source: OrgNode; target: OrgNode }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const kinds = legalKinds(source.kind, target.kind);
  const isKind = (v: string): v is EdgeKind => (kinds as string[]).includes(v);
  return (
    <div className="form">
      <p className="form__kind">
        {t('inspector.from')}: <strong>{source.label}</strong>
        <br />
        {t('inspector.to')}: <strong>{target.label}</strong>
      </p>
      <label className="field">
        <span>{t('inspector.edgeKind')}</span>
        <select
          data-testid="inspector.edge-kind"
          value={edge.kind}
          disabled={kinds.length < 2}
          onChange={(e) => {
            const value = e.target.value;
            if (!isKind(value)) return;
            const result = store.getState().setEdgeKind(edge.id, value);
            if (!result.ok) store.getState().showRefusal(result);
          }}
        >
          {(kinds.includes(edge.kind) ? kinds : [edge.kind, ...kinds]).map((k) => (
            <option key={k} value={k}>
              {t(`edgeKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="panel-help">{kinds.length < 2 ? t('inspector.edgeFixed', { kind: t(`edgeKind.${edge.kind}`) }) : t(`edgeKindHelp.${edge.kind}`)}</p>
    </div>
  );
}
