import { useTranslation } from 'react-i18next';
import { useAppStore } from './context';

/** Shown only when the map has more than one scenario (current and target). */
export function ScenarioSwitch() {
  const { t } = useTranslation('ui');
  const scenarioId = useAppStore((s) => s.scenarioId);
  const setScenario = useAppStore((s) => s.setScenario);
  const scenarios = useAppStore((s) => s.document.scenarios);
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
