import { EXPORT_TITLE_NAME, safeFileName } from '../../../shared/io/fileName';

/**
 * The name an export is offered under: the map's file name (or title), the scenario for a single
 * picture, and the format's extension. Characters file systems refuse become spaces.
 */
export function exportFileName(title: string, fileName: string | null, scenario: string | null, format: string): string {
  const base = fileName ? fileName.replace(/\.orgmap$/i, '') : title;
  const raw = scenario ? `${base} - ${scenario}` : base;
  return safeFileName(raw, format, EXPORT_TITLE_NAME);
}
