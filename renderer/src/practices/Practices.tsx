import { useTranslation } from 'react-i18next';
import { PRACTICES, PRACTICE_VALUES, type PracticeKey, type PracticeValue } from '../../../shared/model/types';
import { useAppStore, useServices } from '../ui/context';
import { useCatalog } from '../i18n/analysisText';
import { selectScenario } from '../store/selectors';
import type { AppState } from '../store/types';

const selectPractices = (s: AppState) => selectScenario(s).practices;

const isValue = (v: string): v is PracticeValue => (PRACTICE_VALUES as readonly string[]).includes(v);

/**
 * The scenario's practices as a short checklist (issue 18): each practice with one line of why it
 * matters (from the sources; shared/i18n `practices.why`) and a choice of yes / partly / no / not
 * recorded. A native <select> per practice: one Tab stop each, arrow keys choose, screen readers
 * read the name and (aria-describedby) the why line. Each change is one undo step.
 */
export function PracticesChecklist() {
  const { t } = useTranslation('ui');
  const { store } = useServices();
  const catalog = useCatalog();
  const practices = useAppStore(selectPractices);
  const set = (key: PracticeKey, raw: string) => store.getState().setPractice(key, isValue(raw) ? raw : undefined);
  return (
    <fieldset className="practices" data-testid="practices">
      <legend>{t('practices.title')}</legend>
      <p className="panel-help">{t('practices.help')}</p>
      <ul className="practices__list">
        {PRACTICES.map((key) => {
          const value = practices?.[key];
          const whyId = `practice-why-${key}`;
          return (
            <li key={key} className="practices__item" data-practice={key} data-value={value ?? 'unrecorded'}>
              <label className="practices__row">
                <span className="practices__name">{catalog.practices.names[key]}</span>
                <select data-testid="practice" data-practice={key} value={value ?? ''} aria-describedby={whyId} onChange={(e) => set(key, e.target.value)}>
                  <option value="">{catalog.practices.values.unrecorded}</option>
                  {PRACTICE_VALUES.map((v) => (
                    <option key={v} value={v}>
                      {catalog.practices.values[v]}
                    </option>
                  ))}
                </select>
              </label>
              <p id={whyId} className="practices__why">
                {catalog.practices.why[key]}
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
