import { useTranslation } from 'react-i18next';
import { selectScenarioId, selectScenarios, selectSetScenario } from '../store/selectors';
import { useAppStore } from './context';

/** Shown only when the map has more than one scenario (current and target). */
export function ScenarioSwitch() {
  const { t } = useTranslation('ui');
  const scenarioId = useAppStore(selectScenarioId);
  const setScenario = useAppStore(selectSetScenario);
  const scenarios = useAppStore(selectScenarios);
  if (scenarios.length < 2) return null;
  return (
    <label className="field scenario-switch">
      <span>{t('app.scenario')}</span>
      <select
        data-testid="scenario.switch"
        value={scenarioId}
        onChange={(e) => {
          const found = scenarios.find((s) => s.id === e.target.value);
          if (found) setScenario(found.id);
        }}
      >
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
