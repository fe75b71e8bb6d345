import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/types';
import type { ImportPlan } from './useImportPlan';

interface Props {
  readonly id: string;
  readonly currentName: string;
  readonly plan: Pick<ImportPlan, 'target' | 'canAddScenario' | 'setInto' | 'newName' | 'setNewName' | 'nameProblem'>;
}

/** Where the import goes: the current scenario, or a new one with a name. */
export function ImportTargetPart({ id, currentName, plan }: Props) {
  const { t } = useTranslation('ui');
  const { target, canAddScenario, setInto, newName, setNewName, nameProblem } = plan;
  return (
    <fieldset className="dialog-group">
      <legend>{t('importing.target.legend')}</legend>
      <label className="dialog-choice">
        <input type="radio" name={`${id}-into`} value="current" data-testid="import.into.current" checked={target === 'current'} onChange={() => setInto('current')} />
        {t('importing.target.current', { name: currentName })}
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
  );
}
