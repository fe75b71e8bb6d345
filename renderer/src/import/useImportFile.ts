import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../shared/i18n';
import { textFileSizeProblem } from '../../../shared/io/textFile';
import { decodeSheet, readSheet, refusalMessage, type Sheet } from '../../../shared/import';
import { readBytes } from '../platform/browser';

export interface LoadedSheet {
  readonly name: string;
  /** Read as Windows-1252 on the user's choice (else strict UTF-8). */
  readonly windows1252: boolean;
  readonly sheet: Sheet;
}

/** A file refused as not UTF-8 that may be read as Windows-1252, if the user chooses so. */
export interface LegacyFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The import dialog's file: read here, in the renderer (the same in the desktop app and the
 * browser), through the shared pipeline. A refused file changes nothing beyond saying why, in the
 * one line the command line prints too; Excel's plain "CSV" (Windows-1252) is offered as an
 * explicit choice, never guessed.
 */
export function useImportFile(catalog: Catalog) {
  const { t } = useTranslation('ui');
  const [loaded, setLoaded] = useState<LoadedSheet | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [legacy, setLegacy] = useState<LegacyFile | null>(null);

  const accept = (name: string, text: string, windows1252: boolean) => {
    const read = readSheet(text);
    if (!read.ok) {
      setFileError(refusalMessage(name, read.refusal, catalog));
      return;
    }
    setLoaded({ name, windows1252, sheet: read.sheet });
  };

  /** Reads a chosen file: strict UTF-8, the same limit and words as the command line. */
  const choose = async (file: File) => {
    setFileError(null);
    setLegacy(null);
    setLoaded(null);
    const bySize = textFileSizeProblem(file.size, 'spreadsheet');
    if (bySize) {
      setFileError(refusalMessage(file.name, { stage: 'text', problem: bySize }, catalog));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch (e) {
      setFileError(t('importing.file.unreadable', { file: file.name, message: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const decoded = decodeSheet(bytes);
    if (!decoded.ok) {
      setFileError(refusalMessage(file.name, decoded.refusal, catalog));
      if (decoded.windows1252) setLegacy({ name: file.name, bytes });
      return;
    }
    accept(file.name, decoded.text, false);
  };

  /** The user's choice after a refusal: the same bytes read as Windows-1252. */
  const readAsWindows1252 = () => {
    if (!legacy) return;
    const decoded = decodeSheet(legacy.bytes, 'windows-1252');
    setLegacy(null);
    setFileError(null);
    if (!decoded.ok) {
      setFileError(refusalMessage(legacy.name, decoded.refusal, catalog));
      return;
    }
    accept(legacy.name, decoded.text, true);
  };

  return { loaded, fileError, legacy, choose, readAsWindows1252 };
}
