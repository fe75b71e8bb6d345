import type { OpenResult } from '../../../shared/ipc';
import { MAX_DOCUMENT_SIZE } from '../../../shared/ipc';
import type { Platform } from './types';

/**
 * The browser fallback. Opening goes through one hidden `<input type="file">` with the stable test
 * hook `data-testid="file.open-input"`; whatever is chosen there is read and reported, whether the
 * app asked (openDocument) or a script set the files directly (onDocumentOpened). Saving
 * downloads the file.
 */
function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

function readFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_DOCUMENT_SIZE) return Promise.resolve({ canceled: false, error: `${file.name}: the file is too large` });
  return file.text().then(
    (text): OpenResult => ({ canceled: false, path: file.name, name: file.name, text }),
    (error: unknown): OpenResult => ({ canceled: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

export function createBrowserPlatform(doc: Document = document): Platform {
  const listeners = new Set<(result: OpenResult) => void>();
  let pending: ((result: OpenResult) => void) | null = null;

  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = '.orgmap,application/vnd.orgmap+json,application/json';
  input.dataset.testid = 'file.open-input';
  input.className = 'visually-hidden';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  doc.body.appendChild(input);

  const deliver = (result: OpenResult) => {
    if (pending) {
      const resolve = pending;
      pending = null;
      resolve(result);
    } else {
      for (const listener of listeners) listener(result);
    }
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      deliver({ canceled: true });
      return;
    }
    void readFile(file).then(deliver);
  });
  input.addEventListener('cancel', () => deliver({ canceled: true }));

  return {
    kind: 'browser',
    isMac: /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent),
    openDocument() {
      return new Promise<OpenResult>((resolve) => {
        pending?.({ canceled: true });
        pending = resolve;
        input.click();
      });
    },
    onDocumentOpened(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async saveDocument({ text, suggestedName }) {
      const blob = new Blob([text], { type: 'application/vnd.orgmap+json' });
      const url = URL.createObjectURL(blob);
      const a = doc.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.rel = 'noopener';
      doc.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { canceled: false, path: suggestedName, name: suggestedName };
    },
    setTitle({ fileName, dirty }) {
      doc.title = `${dirty ? '• ' : ''}${fileName ?? 'Orgmap'}${fileName ? ' — Orgmap' : ''}`;
      // Closing the tab with unsaved changes asks first (the browser words the question).
      if (dirty) window.addEventListener('beforeunload', warnBeforeUnload);
      else window.removeEventListener('beforeunload', warnBeforeUnload);
    },
    onMenuCommand() {
      return () => undefined;
    },
    openDroppedFile: readFile,
    setLanguage() {},
    setMenu() {},
    onSaveRequest() {
      return () => undefined;
    },
  };
}
