import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvTable } from '../../../shared/import';
import type { LegacyFile, LoadedSheet } from './useImportFile';

interface Props {
  readonly id: string;
  readonly loaded: LoadedSheet | null;
  readonly table: CsvTable | null;
  readonly fileError: string | null;
  readonly legacy: LegacyFile | null;
  readonly onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
  readonly onReadWindows1252: () => void;
}

/** The import dialog's file: our own button (not the browser's input), the refusal, the Windows-1252 offer, what was read. */
export function ImportFilePart({ id, loaded, table, fileError, legacy, onChoose, onReadWindows1252 }: Props) {
  const { t } = useTranslation('ui');
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="import__file">
      <label htmlFor={`${id}-file-button`}>{t('importing.file.label')}</label>
      {/* The browser's own "Choose File / No file chosen" is always in the browser's language: a button of ours instead. */}
      <input
        ref={fileInput}
        id={`${id}-file`}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        data-testid="import.file-input"
        onChange={onChoose}
      />
      <span className="import__choose">
        <button
          type="button"
          id={`${id}-file-button`}
          data-testid="import.file-button"
          data-autofocus
          aria-describedby={`${id}-file-name ${id}-file-help`}
          onClick={() => fileInput.current?.click()}
        >
          {t('editor.file.choose')}
        </button>
        <span id={`${id}-file-name`} className="import__file-name" data-testid="import.file-name">
          {loaded?.name ?? t('editor.file.none')}
        </span>
      </span>
      <p id={`${id}-file-help`} className="panel-help">
        {t('importing.file.help')}
      </p>
      {fileError && (
        <p className="import__problem" role="alert" data-testid="import.file-error">
          {fileError}
        </p>
      )}
      {legacy && (
        <p className="import__legacy">
          <button type="button" data-testid="import.read-windows-1252" onClick={onReadWindows1252}>
            {t('importing.file.readWindows1252')}
          </button>{' '}
          <span className="panel-help">{t('importing.file.readWindows1252Help')}</span>
        </p>
      )}
      {loaded && table && (
        <p className="import__status" data-testid="import.file-status">
          {t('importing.file.read', { file: loaded.name, rows: table.rows.length, columns: table.header.length })}
          {loaded.windows1252 && ` ${t('importing.file.readAsWindows1252')}`}
        </p>
      )}
    </div>
  );
}
