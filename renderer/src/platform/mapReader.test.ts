import { describe, expect, it, vi } from 'vitest';
import type { OpenResult } from '../../../shared/ipc';
import { parseDocument, serializeDocument } from '../../../shared/model';
import { sampleDocument } from '../../../test-support/model/sample';
import { brokenCorpus, corpusBytes, expectedMessage } from '../../../e2e/fixtures/broken/corpus';
import { createMapReader, parsedDocumentOf, type OpenWorker } from './mapReader';
import type { OpenAnswer, OpenRequest } from './open.worker';
import { parseOpenedText, readAndParseMap, readFile } from './readMap';

const fileOf = (name: string, content: string | Uint8Array) => new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
const good = () => fileOf('acme.orgmap', serializeDocument(sampleDocument(40)));

/** What the app did with a file before the worker: read it on the main thread, then parse the text. */
async function mainThreadOutcome(file: File): Promise<{ error: string } | { text: string }> {
  const result = await readFile(file);
  if (result.canceled) throw new Error('canceled');
  if ('error' in result) return { error: result.error };
  const parsed = parseDocument(result.text, result.name);
  return parsed.ok ? { text: result.text } : { error: parsed.error.message };
}

/** The open worker run in this process: the same handler, answers cloned as postMessage clones them. */
class InProcessWorker implements OpenWorker {
  readonly requests: OpenRequest[] = [];
  private readonly listeners: Record<string, ((event: never) => void)[]> = { message: [], error: [], messageerror: [] };
  terminated = false;
  constructor(private readonly behaviour: 'answer' | 'fault' | 'silent' = 'answer') {}
  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners[type]?.push(listener);
  }
  postMessage(request: OpenRequest): void {
    this.requests.push(request);
    if (this.behaviour === 'silent') return;
    void (async () => {
      const answer: OpenAnswer =
        this.behaviour === 'fault'
          ? { id: request.id, fault: 'out of memory' }
          : 'text' in request
            ? { id: request.id, parsed: parseOpenedText(request.text, request.name) }
            : { id: request.id, read: await readAndParseMap(request.file) };
      this.emit('message', { data: structuredClone(answer) });
    })();
  }
  emit(type: string, event: object): void {
    for (const l of this.listeners[type] ?? []) (l as (e: object) => void)(event);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('reading and parsing in the open worker (readAndParseMap)', () => {
  it('refuses every broken map of the corpus with the very line the app showed when it parsed on the main thread', async () => {
    for (const c of brokenCorpus().filter((x) => x.kind === 'map')) {
      const file = fileOf(c.name, corpusBytes(c));
      const { result, document } = await readAndParseMap(file);
      const before = await mainThreadOutcome(file);
      if (c.opens) {
        expect(document, c.name).toStrictEqual((parseDocument((before as { text: string }).text, c.name) as { document: unknown }).document);
        continue;
      }
      expect(document, c.name).toBeUndefined();
      expect(result, c.name).toEqual({ canceled: false, error: expectedMessage(c, c.name), name: c.name });
      expect(before, c.name).toEqual({ error: expectedMessage(c, c.name) });
    }
  });

  it('gives the document parseDocument gives, and the text with it', async () => {
    const text = serializeDocument(sampleDocument(40));
    const { result, document } = await readAndParseMap(good());
    expect(result).toEqual({ canceled: false, path: 'acme.orgmap', name: 'acme.orgmap', text });
    const parsed = parseDocument(text, 'acme.orgmap');
    expect(parsed.ok && document).toStrictEqual(parsed.ok && parsed.document);
  });
});

describe('the web build\'s map reader (createMapReader)', () => {
  it('hands the app the worker\'s document, the same after the clone as parsing the text on the main thread', async () => {
    const worker = new InProcessWorker();
    const reader = createMapReader(() => worker);
    const result = await reader.read(good());
    expect(worker.requests).toHaveLength(1);
    if (result.canceled || !('text' in result)) throw new Error(`not opened: ${JSON.stringify(result)}`);
    const parsed = parseDocument(result.text, result.name);
    expect(parsed.ok).toBe(true);
    expect(parsedDocumentOf(result)).toStrictEqual(parsed.ok ? parsed.document : null);
  });

  it('reports a refused file as a failed open, with the shared reader\'s line and no document', async () => {
    const reader = createMapReader(() => new InProcessWorker());
    const result = await reader.read(fileOf('cafe.orgmap', new Uint8Array([0x43, 0x61, 0x66, 0xe9])));
    expect(result).toEqual({ canceled: false, error: 'cafe.orgmap: cannot read the file: it is not UTF-8 text', name: 'cafe.orgmap' });
    const broken = await reader.read(fileOf('half.orgmap', '{"format":"orgmap",'));
    expect(broken).toEqual({ canceled: false, error: await mainThreadOutcome(fileOf('half.orgmap', '{"format":"orgmap",')).then((o) => ('error' in o ? o.error : 'opened')), name: 'half.orgmap' });
  });

  it('reads on the main thread, and leaves the parse to the app, when there is no worker', async () => {
    const result = await createMapReader(null).read(good());
    expect(result).toEqual(await readFile(good()));
    if (!result.canceled && 'text' in result) expect(parsedDocumentOf(result)).toBeUndefined();
  });

  it('loses nothing when the worker breaks: the file is read on the main thread, and so is every later one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const worker = new InProcessWorker('silent');
      const starts = vi.fn(() => worker);
      const reader = createMapReader(starts);
      const pending = reader.read(good());
      worker.emit('error', { message: 'failed to load the script' });
      const result = await pending;
      expect(result).toEqual(await readFile(good()));
      expect(worker.terminated).toBe(true);
      await reader.read(good());
      expect(starts).toHaveBeenCalledTimes(1);
      expect(worker.requests).toHaveLength(1);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('reads on the main thread a file the worker could not handle (a fault, not a refusal)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const result: OpenResult = await createMapReader(() => new InProcessWorker('fault')).read(good());
      expect(result).toEqual(await readFile(good()));
      expect(warn.mock.calls[0]?.[0]).toContain('out of memory');
    } finally {
      warn.mockRestore();
    }
  });

  it('gives a silent worker up after the timeout and reads the file on the main thread', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const worker = new InProcessWorker('silent');
      const pending = createMapReader(() => worker).read(good());
      await vi.advanceTimersByTimeAsync(60_000);
      vi.useRealTimers();
      expect(await pending).toEqual(await readFile(good()));
      expect(worker.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
      warn.mockRestore();
    }
  });
});

describe('parsing a text the desktop shell read in the open worker (MapReader.parse)', () => {
  const opened = (text: string, name = 'acme.orgmap'): OpenResult => ({ canceled: false, path: `/maps/${name}`, name, text });

  it('hands back the same result with the document parseDocument gives, parsed in the worker', async () => {
    const worker = new InProcessWorker();
    const text = serializeDocument(sampleDocument(40));
    const sent = opened(text);
    const result = await createMapReader(() => worker).parse(sent);
    expect(result).toBe(sent);
    expect(worker.requests).toEqual([{ id: 1, text, name: 'acme.orgmap' }]);
    const parsed = parseDocument(text, 'acme.orgmap');
    if (result.canceled || !('text' in result) || !parsed.ok) throw new Error('expected an opened, valid map');
    expect(parsedDocumentOf(result)).toStrictEqual(parsed.document);
  });

  it('turns a text the parser refuses into a failed open with the line the app shows for it', async () => {
    const valid = JSON.parse(serializeDocument(sampleDocument(5))) as Record<string, unknown>;
    const refused = {
      'half.orgmap': '{"format":"orgmap",',
      'other.orgmap': JSON.stringify({ ...valid, format: 'drawio' }),
      'future.orgmap': JSON.stringify({ ...valid, version: 999 }),
      'no-scenarios.orgmap': JSON.stringify({ ...valid, scenarios: [] }),
    };
    const reader = createMapReader(() => new InProcessWorker());
    for (const [name, text] of Object.entries(refused)) {
      const app = parseDocument(text, name);
      if (app.ok) throw new Error(`${name} should be refused`);
      expect(await reader.parse(opened(text, name)), name).toEqual({ canceled: false, error: app.error.message, name });
    }
  });

  it('passes through cancels and failed opens without asking the worker', async () => {
    const worker = new InProcessWorker();
    const reader = createMapReader(() => worker);
    expect(await reader.parse({ canceled: true })).toEqual({ canceled: true });
    const failed: OpenResult = { canceled: false, error: 'a.orgmap: not found', name: 'a.orgmap' };
    expect(await reader.parse(failed)).toBe(failed);
    expect(worker.requests).toHaveLength(0);
  });

  it('leaves the parse to the app (the text as it came, no document) without a worker, or when the worker fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const reader of [createMapReader(null), createMapReader(() => new InProcessWorker('fault'))]) {
        const sent = opened(serializeDocument(sampleDocument(5)));
        const result = await reader.parse(sent);
        expect(result).toBe(sent);
        if (!result.canceled && 'text' in result) expect(parsedDocumentOf(result)).toBeUndefined();
      }
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});
