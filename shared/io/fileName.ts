/**
 * One file-name sanitiser for every name Orgmap offers in a Save dialog or a download: the map's
 * title made a name in the renderer, and the suggestion the main process gets from the renderer
 * (which it trusts no further than a name: no folders). Each caller passes its option set below,
 * and fileName.test.ts pins what each gives.
 */

export interface FileNameOptions {
  /**
   * `' '`: the text is a title. Control characters (below U+0020) and `\ / : * ? " < > |` become
   * spaces and every run of white space one space.
   * `''`: the text is a suggested name that may hold folders. Only what follows the last `/` or `\`
   * counts, and control characters (with U+007F) and `< > : " | ? *` are dropped.
   */
  readonly replaceWith: ' ' | '';
  /** At most this many UTF-16 units before the extension. */
  readonly max: number;
  /** The name when nothing is left. */
  readonly fallback: string;
  /** Drop dots and white space at both ends (default true): a leading dot hides the file, Windows drops trailing ones. */
  readonly trimDots?: boolean;
  /** Drop `.ext` (in any case) the text already ends in, so it is not doubled (default true). */
  readonly dropExtension?: boolean;
}

/** App.tsx `suggestedName`: a download of the map named after its title (File ▸ Save in the browser). */
export const DOCUMENT_TITLE_NAME: FileNameOptions = { replaceWith: ' ', max: 80, fallback: 'map', trimDots: false, dropExtension: false };
/** renderer/src/export/names.ts: an export named after the map (and the scenario). */
export const EXPORT_TITLE_NAME: FileNameOptions = { replaceWith: ' ', max: 120, fallback: 'map', dropExtension: false };
/** electron/main/documents.ts: the Save dialog's name from the renderer's suggestion. */
export const SAVE_DIALOG_NAME: FileNameOptions = { replaceWith: '', max: 200, fallback: 'Untitled' };
/** electron/main/export.ts: the export Save dialog's name from the renderer's suggestion. */
export const EXPORT_DIALOG_NAME: FileNameOptions = { replaceWith: '', max: 200, fallback: 'map' };

// eslint-disable-next-line no-control-regex -- exactly the characters a title may not bring into a file name
const TITLE_REFUSED = /[\u0000-\u001f\\/:*?"<>|]/g;
// eslint-disable-next-line no-control-regex -- exactly the characters a file name must not hold
const NAME_REFUSED = /[\u0000-\u001f\u007f<>:"|?*]/g;

/** `raw` made a file name ending in `.ext` (ext without its dot), never empty. */
export function safeFileName(raw: string, ext: string, options: FileNameOptions): string {
  let name = options.replaceWith === ' ' ? raw.replace(TITLE_REFUSED, ' ').replace(/\s+/g, ' ') : (raw.split(/[/\\]/).pop() ?? '').replace(NAME_REFUSED, '');
  const dotExt = `.${ext}`;
  if ((options.dropExtension ?? true) && name.toLowerCase().endsWith(dotExt)) name = name.slice(0, -dotExt.length);
  if (options.trimDots ?? true) name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  name = name.slice(0, options.max).trim();
  return `${name || options.fallback}${dotExt}`;
}
