/**
 * The open worker (mapReader.ts): reads, decodes and parses a chosen map off the page's main
 * thread. Answers `{ id, file }` with `{ id, read }` (readMap.ts's {@link ReadMap}); never throws
 * at the page (a fault is an answer with `fault`, and the page reads the file itself instead).
 */
import { readAndParseMap, message, type ReadMap } from './readMap';

export interface OpenRequest {
  readonly id: number;
  readonly file: File;
}

export type OpenAnswer = { readonly id: number; readonly read: ReadMap } | { readonly id: number; readonly fault: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<OpenRequest>) => void) | null; postMessage(answer: OpenAnswer): void };

scope.onmessage = (event) => {
  const { id, file } = event.data;
  readAndParseMap(file).then(
    (read) => scope.postMessage({ id, read }),
    (error: unknown) => scope.postMessage({ id, fault: message(error) }),
  );
};
