/**
 * The name an export is offered under: the map's file name (or title), the scenario for a single
 * picture, and the format's extension. Characters file systems refuse become spaces.
 */
export function exportFileName(title: string, fileName: string | null, scenario: string | null, format: string): string {
  const base = fileName ? fileName.replace(/\.orgmap$/i, '') : title;
  const raw = scenario ? `${base} - ${scenario}` : base;
  const safe = [...raw].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  const name = safe.replace(/\s+/g, ' ').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120).trim();
  return `${name || 'map'}.${format}`;
}
