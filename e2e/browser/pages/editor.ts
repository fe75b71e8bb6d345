import { expect, type Dialog, type Locator, type Page } from '@playwright/test';

/** Where the browser adapter keeps settings (renderer/src/platform/settings.ts). */
export const SETTINGS_KEY = 'orgmap.settings';

/**
 * Before every load of this page: the welcome counts as dismissed, other settings stay as they are
 * (so a reload keeps what a test changed). Registered once per page.
 */
const seeded = new WeakSet<Page>();
export async function seedWelcomed(page: Page): Promise<void> {
  if (seeded.has(page)) return;
  seeded.add(page);
  await page.addInitScript((key) => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
      const settings = typeof stored === 'object' && stored !== null ? stored : {};
      localStorage.setItem(key, JSON.stringify({ ...settings, welcomed: true }));
    } catch {
      localStorage.setItem(key, JSON.stringify({ welcomed: true }));
    }
  }, SETTINGS_KEY);
}

/** Where the browser adapter keeps recovery drafts (renderer/src/recovery/browserStore.ts). */
export const DRAFT_KEY_PREFIX = 'orgmap.recovery.';

export type NodeKind = 'department' | 'unit' | 'team' | 'employees' | 'account';

/** Page object for the editor: palette, canvas, inspector, analysis and risk panels. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    // A returning user: the first-run welcome (a modal) would cover the editor. look.spec.ts tests it.
    await seedWelcomed(this.page);
    await this.page.goto('/');
    await expect(this.page.getByTestId('app')).toBeVisible();
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  get nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  get model(): Locator {
    return this.page.getByTestId('analysis.model');
  }

  get risks(): Locator {
    return this.page.getByTestId('risk');
  }

  get hint(): Locator {
    return this.page.getByTestId('canvas.hint');
  }

  /** A canvas node by its exact label. */
  node(label: string): Locator {
    return this.nodes.filter({ has: this.page.locator('.org-node__label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  }

  nodeById(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  async nodeId(label: string): Promise<string> {
    const id = await this.node(label).getAttribute('data-id');
    if (!id) throw new Error(`no node ${label}`);
    return id;
  }

  async expectModel(model: string): Promise<void> {
    await expect(this.model).toHaveAttribute('data-model', model);
  }

  /** Chooses "New from template" → id (a model id or `empty`). */
  async newFromTemplate(id: string): Promise<void> {
    await this.page.getByTestId('template.menu').click();
    await this.page.getByTestId(`template.${id}`).click();
  }

  /** Drags a palette item onto the canvas with the mouse, dropping at (x, y) relative to the pane. */
  async dragFromPalette(kind: NodeKind, x: number, y: number): Promise<void> {
    const item = this.page.getByTestId(`palette.${kind}`);
    const from = await center(item);
    const pane = await this.pane.boundingBox();
    if (!pane) throw new Error('no pane');
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
    await this.page.mouse.move(pane.x + x, pane.y + y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Drops an account and picks its platform in the dialog. */
  async dragAccount(platform: string, x: number, y: number, handle?: string): Promise<void> {
    await this.dragFromPalette('account', x, y);
    const dialog = this.page.getByTestId('account-dialog');
    await expect(dialog).toBeVisible();
    if (handle) await dialog.getByTestId('account.handle').fill(handle);
    await dialog.getByTestId(`account.platform.${platform}`).click();
    await expect(dialog).toBeHidden();
  }

  private handle(label: string, type: 'source' | 'target'): Locator {
    return this.node(label).locator(`.react-flow__handle.${type}`);
  }

  /** Waits until an animated viewport change (fit view, zoom) has come to rest. */
  async waitForViewportStable(): Promise<void> {
    // Stable = the same transform over 300 ms, longer than any viewport animation (200 ms), so an
    // animation that has not started yet when this is called cannot pass for a still view.
    const viewport = this.page.locator('.react-flow__viewport');
    let previous = await viewport.getAttribute('style');
    let sameFor = 0;
    await expect
      .poll(async () => {
        const now = await viewport.getAttribute('style');
        sameFor = now === previous ? sameFor + 1 : 0;
        previous = now;
        return sameFor >= 4;
      }, { intervals: [100] })
      .toBe(true);
  }

  /**
   * Fit view (the toolbar button) and wait for it to settle: the whole map in view. React Flow
   * renders only the nodes in view (onlyRenderVisibleElements), and an import or a Tidy Up frames
   * only the part around the top hub when the map does not fit at a readable zoom (canvas/frame.ts),
   * so read every node's box (nodeBoxes) after this.
   */
  async fitView(): Promise<void> {
    await this.page.getByTestId('toolbar.fit-view').click();
    await this.waitForViewportStable();
  }

  /** Connects the source handle of one node to the target handle of another with the mouse. */
  async connect(fromLabel: string, toLabel: string): Promise<void> {
    await this.waitForViewportStable();
    const from = await center(this.handle(fromLabel, 'source'));
    const to = await center(this.handle(toLabel, 'target'));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    // The first move past the threshold only starts the drag: nudge a few pixels first.
    await this.page.mouse.move(from.x + 3, from.y + 3);
    await this.page.mouse.move(to.x, to.y, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Drags a node by its body with the mouse. */
  async dragNode(label: string, dx: number, dy: number): Promise<void> {
    const label_ = this.node(label).locator('.org-node__label');
    const from = await center(label_);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 3, from.y + 3);
    await this.page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  async selectNode(label: string, opts: { shift?: boolean } = {}): Promise<void> {
    await this.node(label).locator('.org-node__label').click(opts.shift ? { modifiers: ['Shift'] } : {});
  }

  async position(label: string): Promise<{ x: number; y: number }> {
    const box = await this.node(label).boundingBox();
    if (!box) throw new Error(`no node ${label}`);
    return { x: Math.round(box.x), y: Math.round(box.y) };
  }

  /** The file input the browser adapter opens files through (also where scripts set files). */
  get fileInput(): Locator {
    return this.page.getByTestId('file.open-input');
  }

  get restoreDialog(): Locator {
    return this.page.getByTestId('restore-dialog');
  }

  /** Recovery drafts of this origin — in IndexedDB (#15), and older ones in localStorage: id → raw entry. */
  async drafts(): Promise<Record<string, string>> {
    return this.page.evaluate(async (prefix) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (key?.startsWith(prefix)) out[key.slice(prefix.length)] = localStorage.getItem(key) ?? '';
      }
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('orgmap-recovery')) return out;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('orgmap-recovery');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      if (db.objectStoreNames.contains('drafts')) {
        const store = db.transaction('drafts', 'readonly').objectStore('drafts');
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map((r) => new Promise<unknown[]>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result as unknown[]);
            r.onerror = () => reject(r.error);
          })),
        );
        (keys ?? []).forEach((k, i) => (out[String(k)] = String((values ?? [])[i])));
      }
      db.close();
      return out;
    }, DRAFT_KEY_PREFIX);
  }

  /** Reloads without saving; the "leave site?" question is answered with leave. */
  async reloadLeavingUnsaved(): Promise<void> {
    const accept = (d: Dialog) => void d.accept();
    this.page.on('dialog', accept);
    await this.page.reload();
    this.page.off('dialog', accept);
    await expect(this.page.getByTestId('app')).toBeVisible();
  }

  get tabs(): Locator {
    return this.page.getByTestId('scenario.tab');
  }

  tab(id: string): Locator {
    return this.page.locator(`[data-testid="scenario.tab"][data-scenario-id="${id}"]`);
  }

  /** The scenario ids in tab order. */
  async tabIds(): Promise<string[]> {
    return this.tabs.evaluateAll((els) => els.map((el) => el.getAttribute('data-scenario-id') ?? ''));
  }

  async expectTabs(ids: string[]): Promise<void> {
    await expect.poll(() => this.tabIds()).toEqual(ids);
  }

  /** Connects the selected node to a node by id through the Connect dialog (key C). */
  async connectById(fromLabel: string, targetId: string, kind: string): Promise<void> {
    await this.selectNode(fromLabel);
    await this.page.keyboard.press('c');
    const dialog = this.page.getByTestId('connect-dialog');
    await expect(dialog).toBeVisible();
    await dialog.locator(`[data-testid="connect.option"][data-target-id="${targetId}"][data-direction="out"][data-kind="${kind}"]`).click();
    await expect(dialog).toBeHidden();
  }

  /** `mod` is Control here (tests run on Linux). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** File ▸ Export… by its shortcut (Ctrl+Shift+E); returns the dialog. */
  async openExportDialog(): Promise<Locator> {
    await this.page.keyboard.press('Control+Shift+E');
    const dialog = this.page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /**
   * Exports through the dialog: picks the format, lets `choose` set the other options, runs and
   * returns the file the browser downloads (call `withoutFileSystemAccess` before `goto`).
   */
  async exportFile(format: 'png' | 'svg' | 'pdf' | 'pptx', choose: (dialog: Locator) => Promise<void> = async () => {}): Promise<{ name: string; bytes: Buffer }> {
    const dialog = await this.openExportDialog();
    await dialog.getByTestId(`export.format.${format}`).check();
    await choose(dialog);
    const download = this.page.waitForEvent('download');
    await dialog.getByTestId('export.run').click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    await expect(dialog).toBeHidden();
    return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** File ▸ Import Spreadsheet… by its toolbar button; chooses `file` (a path) and returns the dialog. */
  async openImport(file: string): Promise<Locator> {
    await this.page.getByTestId('toolbar.import').click();
    const dialog = this.page.getByTestId('import-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('import.file-input').setInputFiles(file);
    await expect(dialog.getByTestId('import.preview')).toBeVisible();
    return dialog;
  }

  /**
   * Every rendered node's box in flow coordinates: its position from React Flow's transform and
   * its unscaled size (offsetWidth/Height ignore the viewport's zoom).
   */
  async nodeBoxes(): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
    return this.page.locator('.react-flow__node').evaluateAll((els) =>
      els.map((el) => {
        const node = el as HTMLElement;
        const m = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(node.style.transform);
        return { id: node.dataset.id ?? '', x: Number(m?.[1] ?? NaN), y: Number(m?.[2] ?? NaN), width: node.offsetWidth, height: node.offsetHeight };
      }),
    );
  }
}

export async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Makes the page a browser without the File System Access API (Firefox, Safari): the adapter then
 * opens through the file input and saves by downloading. Call before `goto`.
 */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) {
      Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
    }
  });
}

/**
 * Stands in for the browser's file pickers with real file handles from the origin private file
 * system (OPFS): `showOpenFilePicker` hands out the file named in `window.__pickOpen`,
 * `showSaveFilePicker` the one named in `window.__pickSave` (created if needed); either one
 * rejects with AbortError (the user cancelled) when its name is null. Every call is recorded in
 * `window.__pickerCalls`. Writes go through the real `createWritable`. Call before `goto`.
 */
export async function withStubbedPickers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface PickerWindow {
      __pickOpen: string | null;
      __pickSave: string | null;
      __pickerCalls: string[];
    }
    const w = window as unknown as PickerWindow & Record<string, unknown>;
    w.__pickOpen = null;
    w.__pickSave = null;
    w.__pickerCalls = [];
    const abort = () => new DOMException('The user aborted a request.', 'AbortError');
    w.showOpenFilePicker = async () => {
      w.__pickerCalls.push(`open:${w.__pickOpen ?? ''}`);
      if (w.__pickOpen === null) throw abort();
      const root = await navigator.storage.getDirectory();
      return [await root.getFileHandle(w.__pickOpen)];
    };
    w.showSaveFilePicker = async (options: { suggestedName?: string }) => {
      w.__pickerCalls.push(`save:${options.suggestedName ?? ''}->${w.__pickSave ?? ''}`);
      if (w.__pickSave === null) throw abort();
      const root = await navigator.storage.getDirectory();
      return root.getFileHandle(w.__pickSave, { create: true });
    };
  });
}

/** Writes a file into the page's OPFS (the stubbed pickers' "disk"). */
export async function writeOpfs(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ([n, t]) => {
      const root = await navigator.storage.getDirectory();
      const handle = await root.getFileHandle(n, { create: true });
      const writable = await handle.createWritable();
      await writable.write(t);
      await writable.close();
    },
    [name, text] as const,
  );
}

export async function readOpfs(page: Page, name: string): Promise<string> {
  return page.evaluate(async (n) => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle(n)).getFile()).text();
  }, name);
}

/** What the next picker returns (null: the user cancels), and the calls so far. */
export async function pick(page: Page, choice: { open?: string | null; save?: string | null }): Promise<void> {
  await page.evaluate((c) => {
    const w = window as unknown as { __pickOpen: string | null; __pickSave: string | null };
    if (c.open !== undefined) w.__pickOpen = c.open;
    if (c.save !== undefined) w.__pickSave = c.save;
  }, choice);
}

export async function pickerCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pickerCalls: string[] }).__pickerCalls);
}
