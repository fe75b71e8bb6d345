import { textFileMessage } from '../shared/io/textFile';
import { MAX_FILE_BYTES, parseDocument } from '../shared/model';
import type { OrgDocument } from '../shared/model/types';
import { CliFailure } from './errors';
import { ReadFailure, type CliIO } from './io';

/**
 * The reader's limit in bytes (MAX_FILE_CHARS × 3: a UTF-16 code unit takes at most 3 UTF-8
 * bytes). A larger file is refused from its size alone; a smaller one is read and the reader
 * applies the exact character limit itself.
 */
export { MAX_FILE_BYTES };

/** Reads and validates a `.orgmap` file, or throws a {@link CliFailure} with the one-line reason. */
export async function loadDocument(path: string, io: CliIO): Promise<OrgDocument> {
  let text: string;
  try {
    text = await io.readFile(path, 'map');
  } catch (error) {
    if (error instanceof ReadFailure) {
      // The shared reader's refusal, word for word what the app and the desktop shell say.
      if (error.problem) throw new CliFailure(textFileMessage(path, 'map', error.problem));
      throw new CliFailure(`${path}: cannot read the file: ${error.message}`);
    }
    throw error;
  }
  const result = parseDocument(text, path);
  if (!result.ok) throw new CliFailure(oneLine(result.error.message));
  return result.document;
}

/** The contract promises one line on stderr, whatever a message contains. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
