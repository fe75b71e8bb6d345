import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/i18n';
import { IMPORT_FIELDS } from '../../../shared/import';
import type { ImportPlan } from './useImportPlan';

interface Props {
  readonly id: string;
  readonly catalog: Catalog;
  readonly plan: Pick<ImportPlan, 'headerless' | 'setHeaderless' | 'mapping' | 'columns' | 'columnName' | 'setField' | 'noKey'>;
}

/** Whether the first row is a header, and which column is what: one labelled select per field. */
export function ImportMappingPart({ id, catalog, plan }: Props) {
  const { t } = useTranslation('ui');
  const { headerless, setHeaderless, mapping, columns, columnName, setField, noKey } = plan;
  const fieldId = (field: string) => `${id}-field-${field}`;
  return (
    <>
      <label className="dialog-choice">
        <input type="checkbox" data-testid="import.headerless" checked={headerless} onChange={(e) => setHeaderless(e.target.checked)} />
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
    </>
  );
}
