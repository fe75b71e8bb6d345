import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/i18n';
import { formatImportMessage, type ImportResult } from '../../../shared/import';

/** Rejected rows listed in the dialog (the CSV of rejects has them all). */
const LISTED_REJECTS = 50;

interface Props {
  readonly id: string;
  readonly catalog: Catalog;
  readonly result: ImportResult;
  /** Where the rejects were saved, once they were. */
  readonly saved: string | null;
  readonly onSaveRejects: () => void;
}

/** The import as it will land: counts, the first rows with their status and reasons, the rejected rows and how to save them. */
export function ImportPreviewPart({ id, catalog, result, saved, onSaveRejects }: Props) {
  const { t } = useTranslation('ui');
  const rejected = result.rejects;
  return (
    <>
      <div className="import__stats" data-testid="import.stats" aria-live="polite">
        <p>{t('importing.stats.summary', { rows: result.stats.rows, accounts: result.stats.accounts, owners: result.stats.owners, hubs: result.stats.hubs, orphans: result.stats.orphans })}</p>
        <p data-testid="import.reject-count">{rejected.length > 0 ? t('importing.stats.rejected', { count: rejected.length }) : t('importing.stats.noRejects')}</p>
        {result.warnings.length > 0 && <p>{t('importing.stats.warnings', { count: result.warnings.length })}</p>}
      </div>

      <div className="import__preview" tabIndex={0} role="region" aria-labelledby={`${id}-preview-caption`}>
        <table data-testid="import.preview">
          <caption id={`${id}-preview-caption`}>{t('importing.preview.caption', { count: result.preview.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importing.preview.row')}</th>
              <th scope="col">{t('importing.preview.status')}</th>
              <th scope="col">{t('importing.preview.platform')}</th>
              <th scope="col">{t('importing.preview.handle')}</th>
              <th scope="col">{t('importing.preview.owner')}</th>
              <th scope="col">{t('importing.preview.kind')}</th>
              <th scope="col">{t('importing.preview.hub')}</th>
              <th scope="col">{t('importing.preview.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {result.preview.map((row) => (
              <tr key={row.row} className={`import__row import__row--${row.status}`} data-testid="import.preview-row" data-status={row.status}>
                <td>{row.row}</td>
                <td>{t(`importing.preview.${row.status === 'rejected' ? 'rejected' : row.status}`)}</td>
                <td>{row.platform ? catalog.platforms[row.platform] : ''}</td>
                <td>{row.label !== '' && row.label !== row.handle ? `${row.label} ${row.handle}`.trim() : row.handle}</td>
                <td>{row.owner === '' && row.status !== 'rejected' ? t('importing.preview.noOwner') : row.owner}</td>
                <td>{row.ownerKind ? catalog.import.kind[row.ownerKind] : ''}</td>
                <td>{row.hub}</td>
                <td data-testid="import.preview-reason">{row.messages.map((m) => formatImportMessage(m, catalog)).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {rejected.length > 0 && (
        <section className="import__rejects" aria-labelledby={`${id}-rejects`}>
          <h3 id={`${id}-rejects`}>{t('importing.stats.rejectsTitle')}</h3>
          <ul data-testid="import.rejects">
            {rejected.slice(0, LISTED_REJECTS).map((r) => (
              <li key={r.row}>{t('importing.stats.rejectRow', { row: r.row, reason: formatImportMessage(r.reason, catalog) })}</li>
            ))}
          </ul>
          {rejected.length > LISTED_REJECTS && <p>{t('importing.stats.more', { count: rejected.length - LISTED_REJECTS })}</p>}
          <button type="button" data-testid="import.save-rejects" onClick={onSaveRejects}>
            {t('importing.rejects.save')}
          </button>
          {saved && (
            <p className="import__status" role="status" data-testid="import.rejects-saved">
              {saved}
            </p>
          )}
        </section>
      )}
    </>
  );
}
