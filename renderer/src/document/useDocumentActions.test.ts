import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import type { OpenResult, SaveResult } from '../../../shared/ipc';
import { emptyDocument, serializeDocument } from '../../../shared/model';
import { createI18n } from '../i18n';
import { createAppStore } from '../store';
import { selectDirty } from '../store/selectors';
import type { SaveDocumentRequest } from '../platform/types';
import { answerDiscard, discardQuestion } from './confirmDiscard';
import { acceptOpened, newMap, saveMap, suggestedName } from './useDocumentActions';

const t = createI18n('en').getFixedT('en', 'ui') as TFunction<'ui'>;
/** Lets the confirm-discard promise and what follows it run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const opened = (name: string, text: string): OpenResult => ({ canceled: false, path: `/maps/${name}`, name, text });

afterEach(() => {
  if (discardQuestion()) answerDiscard('cancel');
});

describe('suggestedName', () => {
  it('keeps the file name, adding .orgmap when it lacks one', () => {
    expect(suggestedName('Ignored', 'acme.orgmap')).toBe('acme.orgmap');
    expect(suggestedName('Ignored', 'acme')).toBe('acme.orgmap');
  });

  it('makes the title safe: forbidden and control characters become spaces, runs of space one, at most 80', () => {
    expect(suggestedName('a/b:c*d?"e"<f>|g\\h', null)).toBe('a b c d e f g h.orgmap');
    expect(suggestedName('  Acme\t\nNews  ', null)).toBe('Acme News.orgmap');
    expect(suggestedName('x'.repeat(200), null)).toBe(`${'x'.repeat(80)}.orgmap`);
    expect(suggestedName(' /:* ', null)).toBe('map.orgmap');
  });
});

describe('acceptOpened', () => {
  const setup = () => {
    const store = createAppStore();
    const adoptDocument = vi.fn();
    return { store, adoptDocument, services: { store, platform: { adoptDocument }, t } };
  };

  it('shows a file that parses, remembers its name and makes it the save target', async () => {
    const { store, adoptDocument, services } = setup();
    const result = opened('acme.orgmap', serializeDocument(emptyDocument('Acme', 'Now')));
    acceptOpened(services, result);
    await settle();
    expect(store.getState().document.title).toBe('Acme');
    expect(store.getState().fileName).toBe('acme.orgmap');
    expect(adoptDocument).toHaveBeenCalledWith(result);
    expect(store.getState().hint).toMatchObject({ key: 'opened', params: { file: 'acme.orgmap' }, tone: 'info' });
  });

  it('a refused or unreadable file changes nothing and says why', async () => {
    const { store, adoptDocument, services } = setup();
    const before = store.getState().document;
    acceptOpened(services, { canceled: false, error: 'Too big.' });
    expect(store.getState().hint).toMatchObject({ key: 'openFailed', params: { message: 'Too big.' }, tone: 'error' });
    acceptOpened(services, opened('broken.orgmap', '{ not json'));
    await settle();
    expect(store.getState().hint).toMatchObject({ key: 'openFailed', tone: 'error' });
    expect(String(store.getState().hint?.params?.message)).toContain('broken.orgmap');
    expect(store.getState().document).toBe(before);
    expect(store.getState().fileName).toBeNull();
    expect(adoptDocument).not.toHaveBeenCalled();
  });

  it('asks before it replaces unsaved changes; Cancel keeps them', async () => {
    const { store, adoptDocument, services } = setup();
    store.getState().addNode('team', { x: 0, y: 0 });
    const edited = store.getState().document;
    acceptOpened(services, opened('acme.orgmap', serializeDocument(emptyDocument('Acme'))));
    await settle();
    expect(discardQuestion()?.action).toBe(t('dialog.discardOpen', { file: 'acme.orgmap' }));
    answerDiscard('cancel');
    await settle();
    expect(store.getState().document).toBe(edited);
    expect(adoptDocument).not.toHaveBeenCalled();
  });

  it('a canceled choice does nothing', () => {
    const { store, adoptDocument, services } = setup();
    acceptOpened(services, { canceled: true });
    expect(store.getState().hint).toBeNull();
    expect(adoptDocument).not.toHaveBeenCalled();
  });
});

describe('saveMap', () => {
  const setup = (answer: (request: SaveDocumentRequest) => Promise<SaveResult>) => {
    const store = createAppStore();
    store.getState().setTitle('Acme / News');
    store.getState().addNode('team', { x: 0, y: 0 });
    const saveDocument = vi.fn(answer);
    return { store, saveDocument, services: { store, platform: { saveDocument } } };
  };
  const draft = { draftId: () => 'draft-1' };

  it('hands the platform the serialized map, a safe name and the draft to remove; then it is saved', async () => {
    const { store, saveDocument, services } = setup((request) => Promise.resolve({ canceled: false, name: request.suggestedName, path: '/x' }));
    const document = store.getState().document;
    await expect(saveMap(services, draft, true)).resolves.toBe(true);
    expect(saveDocument).toHaveBeenCalledWith({ text: serializeDocument(document), suggestedName: suggestedName(document.title, null), saveAs: true, recoveryId: 'draft-1' });
    expect(selectDirty(store.getState())).toBe(false);
    expect(store.getState().hint).toMatchObject({ key: 'saved', params: { file: suggestedName(document.title, null) } });
  });

  it('a failed or canceled save leaves the map unsaved; a failure says why', async () => {
    const failed = setup(() => Promise.resolve({ canceled: false, error: 'Disk full.' }));
    await expect(saveMap(failed.services, { draftId: () => '' }, false)).resolves.toBe(false);
    expect(failed.saveDocument.mock.calls[0]?.[0]).not.toHaveProperty('recoveryId');
    expect(selectDirty(failed.store.getState())).toBe(true);
    expect(failed.store.getState().hint).toMatchObject({ key: 'saveFailed', params: { message: 'Disk full.' }, tone: 'error' });
    const canceled = setup(() => Promise.resolve({ canceled: true }));
    await expect(saveMap(canceled.services, draft, false)).resolves.toBe(false);
    expect(selectDirty(canceled.store.getState())).toBe(true);
    expect(canceled.store.getState().hint).toBeNull();
  });

  it('an edit made while the save was in flight stays unsaved', async () => {
    let finish: (result: SaveResult) => void = () => undefined;
    const { store, services } = setup(() => new Promise((resolve) => (finish = resolve)));
    const saving = saveMap(services, draft, false);
    store.getState().addNode('team', { x: 200, y: 0 });
    finish({ canceled: false, name: 'acme.orgmap', path: '/acme.orgmap' });
    await expect(saving).resolves.toBe(true);
    expect(selectDirty(store.getState())).toBe(true);
  });
});

describe('newMap', () => {
  it('an empty map with one scenario in the UI language, without a file to save to', async () => {
    const store = createAppStore();
    store.getState().loadDocument(emptyDocument('Acme'), 'acme.orgmap');
    const adoptDocument = vi.fn();
    newMap({ store, platform: { adoptDocument }, t });
    await settle();
    expect(store.getState().document).toEqual(emptyDocument('', t('app.current')));
    expect(store.getState().fileName).toBeNull();
    expect(adoptDocument).toHaveBeenCalledWith(null);
  });
});
