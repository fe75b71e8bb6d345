/**
 * The open worker (mapReader.ts): reads, decodes and parses a chosen map off the page's main
 * thread. Answers `{ id, file }` (the web build: a chosen file) with `{ id, read }` (readMap.ts's
 * {@link ReadMap}), and `{ id, text, name }` (the desktop shell: the text the main process read)
 * with `{ id, parsed }`; never throws at the page (a fault is an answer with `fault`, and the page
 * reads or parses the file itself instead).
 */
import { readAndParseMap, message, parseOpenedText, type ParsedText, type ReadMap } from './readMap';

/** What the page asks: read and parse a chosen file, or parse a text the desktop shell read. */
export type OpenRequestBody = { readonly file: File } | { readonly text: string; readonly name: string };

export type OpenRequest = OpenRequestBody & { readonly id: number };

export type OpenAnswer =
  | { readonly id: number; readonly read: ReadMap }
  | { readonly id: number; readonly parsed: ParsedText }
  | { readonly id: number; readonly fault: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<OpenRequest>) => void) | null; postMessage(answer: OpenAnswer): void };

scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  if ('text' in request) {
    try {
      scope.postMessage({ id, parsed: parseOpenedText(request.text, request.name) });
    } catch (error) {
      scope.postMessage({ id, fault: message(error) });
    }
    return;
  }
  readAndParseMap(request.file).then(
    (read) => scope.postMessage({ id, read }),
    (error: unknown) => scope.postMessage({ id, fault: message(error) }),
  );
};
