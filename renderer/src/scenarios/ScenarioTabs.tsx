import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, ScenarioId } from '../../../shared/model/types';
import { checkScenarioName, type ScenarioNameError } from '../../../shared/model/edits';
import { selectScenarioId, selectScenarios } from '../store/selectors';
import type { AppState } from '../store/types';
import { CommandButton } from '../commands/CommandButton';
import type { CommandContext } from '../commands/commands';
import { useAppStore, useServices } from '../ui/context';

const SCENARIO_MIME = 'application/x-orgmap-scenario';
const selectRenaming = (s: AppState) => s.renamingScenario;
const selectComparing = (s: AppState) => s.compare !== null;
const selectSideBySide = (s: AppState) => s.compare?.sideBySide === true;

/** The name field that replaces a tab while renaming: Enter or leaving it keeps, Escape cancels. */
function RenameField({ scenario, onDone }: { scenario: Scenario; onDone: () => void }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const [value, setValue] = useState(scenario.name);
  const [error, setError] = useState<ScenarioNameError | null>(null);
  const done = useRef(false);
  const commit = () => {
    if (done.current) return;
    const refused = store.getState().renameScenario(scenario.id, value);
    if (refused) {
      setError(refused);
      return;
    }
    done.current = true;
    onDone();
  };
  return (
    <span className="scenario-tab__rename">
      <input
        data-testid="scenario.rename-input"
        aria-label={t('scenario.name')}
        aria-invalid={error !== null}
        aria-describedby={error ? 'scenario-rename-error' : undefined}
        value={value}
        maxLength={200}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setValue(e.target.value);
          setError(checkScenarioName(e.target.value));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            done.current = true;
            onDone();
          }
        }}
        onBlur={() => {
          // A refused name on blur: give up editing rather than trap the focus.
          if (checkScenarioName(value)) {
            done.current = true;
            onDone();
          } else commit();
        }}
      />
      {error && (
        <span id="scenario-rename-error" role="alert" className="scenario-tab__error" data-testid="scenario.rename-error">
          {t(`scenario.error.${error}`)}
        </span>
      )}
    </span>
  );
}

/**
 * The scenarios as tabs above the canvas (current, target, …). Click shows one; double-click or F2
 * renames; arrow keys move between tabs, Alt+Shift+arrow moves a tab; tabs can be dragged. The
 * buttons after the tabs are registry commands (add, duplicate, rename, move, delete, compare).
 */
export function ScenarioTabs({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const scenarios = useAppStore(selectScenarios);
  const scenarioId = useAppStore(selectScenarioId);
  const renaming = useAppStore(selectRenaming);
  const comparing = useAppStore(selectComparing);
  const sideBySide = useAppStore(selectSideBySide);
  const listRef = useRef<HTMLDivElement>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);

  const focusTab = (id: ScenarioId) => {
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-scenario-id="${CSS.escape(id)}"]`)?.focus());
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, scenario: Scenario, index: number) => {
    const state = store.getState();
    if (event.key === 'F2') {
      event.preventDefault();
      state.startRenameScenario(scenario.id);
      return;
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const delta = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (event.altKey && event.shiftKey && delta !== 0) {
      state.moveScenario(scenario.id, index + delta);
      focusTab(scenario.id);
      return;
    }
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? scenarios.length - 1 : (index + delta + scenarios.length) % scenarios.length;
    const target = scenarios[next];
    if (target) {
      state.setScenario(target.id);
      focusTab(target.id);
    }
  };

  const onDrop = (event: DragEvent, index: number) => {
    const id = event.dataTransfer.getData(SCENARIO_MIME);
    setDropIndex(null);
    const from = scenarios.findIndex((s) => s.id === id);
    const scenario = scenarios[from];
    if (!scenario) return;
    event.preventDefault();
    store.getState().moveScenario(scenario.id, index);
  };

  return (
    <div className="scenario-bar" data-testid="scenario.bar">
      <div className="scenario-tabs" role="tablist" aria-label={t('scenario.tabs')} ref={listRef}>
        {scenarios.map((scenario, index) => {
          const active = scenario.id === scenarioId;
          if (renaming === scenario.id) {
            return (
              <RenameField
                key={scenario.id}
                scenario={scenario}
                onDone={() => {
                  store.getState().startRenameScenario(null);
                  focusTab(scenario.id);
                }}
              />
            );
          }
          return (
            <button
              key={scenario.id}
              type="button"
              role="tab"
              className={`scenario-tab${active ? ' is-active' : ''}${dropIndex === index ? ' is-drop' : ''}`}
              data-testid="scenario.tab"
              data-scenario-id={scenario.id}
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              title={t('scenario.tabHelp')}
              draggable
              onClick={() => store.getState().setScenario(scenario.id)}
              onDoubleClick={() => store.getState().startRenameScenario(scenario.id)}
              onKeyDown={(e) => onTabKey(e, scenario, index)}
              onDragStart={(e) => {
                e.dataTransfer.setData(SCENARIO_MIME, scenario.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(SCENARIO_MIME)) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setDropIndex(index);
              }}
              onDragLeave={() => setDropIndex(null)}
              onDrop={(e) => onDrop(e, index)}
            >
              {scenario.name}
            </button>
          );
        })}
      </div>
      <div className="scenario-actions">
        <CommandButton id="scenario.add" ctx={ctx} testId="scenario.add" icon="+" iconOnly />
        <CommandButton id="scenario.duplicate" ctx={ctx} testId="scenario.duplicate" icon="⊞" iconOnly />
        <CommandButton id="scenario.rename" ctx={ctx} testId="scenario.rename" icon="✎" iconOnly />
        <CommandButton id="scenario.moveLeft" ctx={ctx} testId="scenario.move-left" icon="◀" iconOnly />
        <CommandButton id="scenario.moveRight" ctx={ctx} testId="scenario.move-right" icon="▶" iconOnly />
        <CommandButton id="scenario.delete" ctx={ctx} testId="scenario.delete" icon="✕" iconOnly />
        <CommandButton id="view.compare" ctx={ctx} testId="compare.open" icon="⇄" pressed={comparing} />
        <CommandButton id="view.sideBySide" ctx={ctx} testId="compare.side-by-side" icon="◫" iconOnly pressed={sideBySide} />
      </div>
    </div>
  );
}
