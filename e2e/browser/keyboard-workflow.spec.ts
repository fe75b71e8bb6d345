import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from '../../renderer/src/i18n/en';
import { nl } from '../../renderer/src/i18n/nl';
import { EditorPage, SETTINGS_KEY, withoutFileSystemAccess } from './pages/editor';

/**
 * The main workflow with the keyboard only: no click, no hover, no `locator.focus()`. Every step
 * checks that the focus is where a keyboard user expects it and that it can be seen (a
 * `:focus-visible` ring with at least 3:1 contrast against what is around it), in both themes and
 * both languages.
 */

const WORDS = { en, nl } as const;
type Language = keyof typeof WORDS;
type Theme = 'light' | 'dark';

/** The theme and language as saved settings, before the page loads (the page object adds `welcomed`). */
async function useSettings(page: Page, theme: Theme, language: Language): Promise<void> {
  await page.addInitScript(
    ([key, settings]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, settings);
    },
    [SETTINGS_KEY, JSON.stringify({ theme, language })] as const,
  );
}

interface FocusRing {
  readonly description: string;
  readonly testId: string | null;
  /** Which part of the editor it is in (for the Tab order). */
  readonly region: string;
  readonly focusVisible: boolean;
  readonly ring: string | null;
  readonly contrast: number;
}

/**
 * What has the focus, whether it matches :focus-visible, its ring, and the ring's contrast with
 * the background behind it; with its test id and region, so a Tab stop costs one round trip.
 */
function focusRing(page: Page): Promise<FocusRing | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement || el instanceof SVGElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? style.outlineColor : null;
    const shadow = style.boxShadow !== 'none' ? style.boxShadow : null;
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // The background the ring is drawn on: the first ancestor with an opaque background.
    let back = 'rgb(255, 255, 255)';
    for (let p: Element | null = el.parentElement; p; p = p.parentElement) {
      const bg = getComputedStyle(p).backgroundColor;
      const [, , , alpha = 1] = rgb(bg);
      if (bg !== 'transparent' && alpha > 0.5) {
        back = bg;
        break;
      }
    }
    const a = luminance(rgb(outline ?? 'rgb(0,0,0)'));
    const b = luminance(rgb(back));
    const contrast = outline ? (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) : 0;
    const name = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.slice(0, 40) ?? '';
    const regions: [string, string][] = [
      ['.skip-link', 'skip'],
      ['.toolbar', 'toolbar'],
      ['.palette, .legend', 'palette'],
      ['.canvas-region', 'canvas'],
      ['[data-testid="inspector"]', 'inspector'],
      ['.analysis', 'analysis'],
      ['[data-testid="risks"]', 'risks'],
    ];
    const region = regions.find(([selector]) => el.closest(selector))?.[1] ?? 'other';
    return { description: `${el.tagName.toLowerCase()} "${name}"`, testId: el.getAttribute('data-testid'), region, focusVisible: el.matches(':focus-visible'), ring: outline ?? shadow, contrast };
  });
}

async function expectFocusVisible(page: Page, step: string): Promise<FocusRing | null> {
  const ring = await focusRing(page);
  expect(ring, `${step}: something has the focus`).not.toBeNull();
  if (!ring) return null;
  expect(ring.focusVisible, `${step}: ${ring.description} matches :focus-visible`).toBe(true);
  expect(ring.ring, `${step}: ${ring.description} shows a focus ring`).not.toBeNull();
  expect(ring.contrast, `${step}: ${ring.description}'s ring stands out (3:1)`).toBeGreaterThanOrEqual(3);
  return ring;
}

/** Presses Tab (or Shift+Tab) until `testId` has the focus, checking the ring on every stop. */
async function tabTo(page: Page, testId: string, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if ((await expectFocusVisible(page, `tabbing to ${testId}`))?.testId === testId) return;
  }
  throw new Error(`${testId} not reached with ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** The accessible name of the focused element. */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Presses a key until the focused node's name starts with `name`. */
async function stepToNode(page: Page, key: string, name: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(key);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('react-flow__node') ?? false)).toBe(true);
    await expectFocusVisible(page, `${key} to ${name}`);
    if ((await focusedName(page)).startsWith(name)) return;
  }
  throw new Error(`no node named ${name} reached with ${key}`);
}

const ORDER = ['skip', 'toolbar', 'palette', 'canvas', 'inspector', 'analysis', 'risks'];

/** The regions the focus passes through, pressing `key` until it is in `until`, checking the ring at every stop. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', until: string): Promise<string[]> {
  const seen: string[] = [(await focusRing(page))?.region ?? 'none'];
  for (let i = 0; i < 150 && seen[seen.length - 1] !== until; i++) {
    await page.keyboard.press(key);
    const region = (await expectFocusVisible(page, `${key} stop ${i}`))?.region ?? 'none';
    if (seen[seen.length - 1] !== region) seen.push(region);
  }
  return seen;
}

/**
 * The map the workflow below builds, as a file: the hub-and-spoke template's team coordinating two
 * business units that each own an account.
 */
function smallHubAndSpoke(): Buffer {
  const doc = JSON.parse(readFileSync(fileURLToPath(new URL('../../assets/templates/hub-and-spoke.orgmap', import.meta.url)), 'utf8')) as {
    scenarios: { nodes: { id: string }[]; edges: { source: string; target: string }[]; practices?: unknown }[];
  };
  const keep = new Set(['smt', 'bu-nl', 'bu-be', 'acc-nl', 'acc-be']);
  const [current] = doc.scenarios;
  if (!current) throw new Error('no scenario in the template');
  current.nodes = current.nodes.filter((n) => keep.has(n.id));
  current.edges = current.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  doc.scenarios = [current];
  return Buffer.from(JSON.stringify(doc));
}

/**
 * The two long keyboard tests run in two of the four theme × language pairs each, crossed, so each
 * test meets both themes and both languages and the two together meet all four pairs (four runs
 * each took ~1.5 min of `npm test`, which is at its 15-minute budget).
 */
const WORKFLOW_RUNS = [['light', 'en'], ['dark', 'nl']] as const satisfies readonly (readonly [Theme, Language])[];
const TAB_RUNS = [['light', 'nl'], ['dark', 'en']] as const satisfies readonly (readonly [Theme, Language])[];

for (const [theme, language] of WORKFLOW_RUNS) {
  test(`keyboard only, ${theme} theme, ${language}: build a hub and spoke, move between nodes, rename, read the risks, save, export`, async ({ page }) => {
    // One long keyboard session (~150 key presses, each waited on): on a loaded 2-core machine it
    // ran into the 30 s default with no fault in the app, so it gets Playwright's "slow" timeout.
    test.slow();
    const w = WORDS[language];
    await withoutFileSystemAccess(page);
    await useSettings(page, theme, language);
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // The first Tab shows the skip link.
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await expectFocusVisible(page, 'skip link');

    // Add a social media team, a business unit and an account from the palette.
    await tabTo(page, 'palette.team');
    await page.keyboard.press('Enter');
    const team = `${w.kind.team} 1`;
    await expect(editor.node(team)).toBeVisible();
    await tabTo(page, 'palette.unit', { back: true });
    await page.keyboard.press('Enter');
    const unit = `${w.kind.unit} 1`;
    await expect(editor.node(unit)).toBeVisible();
    await tabTo(page, 'palette.department', { back: true });
    await page.keyboard.press('Enter');
    const department = `${w.kind.department} 1`;
    await expect(editor.node(department)).toBeVisible();

    // Two accounts: the platform dialog takes the keyboard and gives the focus back.
    await tabTo(page, 'palette.account');
    const accountDialog = page.getByTestId('account-dialog');
    for (const [tabs, platform, name] of [[2, 'facebook', 'Facebook 1'], [3, 'linkedin', 'LinkedIn 1']] as const) {
      await page.keyboard.press('Enter');
      await expect(accountDialog).toBeVisible();
      // The handle field first (typed before the platform is picked); Tab goes on to the platforms.
      await expect(page.getByTestId('account.handle')).toBeFocused();
      await expectFocusVisible(page, 'account dialog');
      for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
      await expect(page.getByTestId(`account.platform.${platform}`)).toBeFocused();
      await expectFocusVisible(page, 'platform choice');
      await page.keyboard.press('Enter');
      await expect(accountDialog).toBeHidden();
      await expect(editor.node(name)).toBeVisible();
      await expect(page.getByTestId('palette.account')).toBeFocused();
      await expectFocusVisible(page, 'back from the account dialog');
    }
    // Nothing connected yet: every account on its own.
    await editor.expectModel('decentralized');

    // To the map: the selected account, named by kind, platform and label; on its own it is at
    // risk, and the count is part of its name.
    await page.keyboard.press('m');
    await expect.poll(() => focusedName(page)).toBe(`${w.kind.account} ${language === 'en' ? 'on' : 'op'} LinkedIn: LinkedIn 1, ${w.node.risks_one.replace('{{count}}', '1')}`);
    await expectFocusVisible(page, 'go to the map');

    // Connect with C: type to filter, Enter takes the first (the focused node as the source).
    const connect = page.getByTestId('connect-dialog');
    const connectTo = async (filter: string, name: string) => {
      await page.keyboard.press('c');
      await expect(connect).toBeVisible();
      await expect(page.getByTestId('connect.filter')).toBeFocused();
      await expectFocusVisible(page, 'connect filter');
      await page.keyboard.type(filter);
      await page.keyboard.press('Enter');
      await expect(connect).toBeHidden();
      // The relation is named by its ends and kind.
      await expect(page.getByRole('group', { name })).toHaveCount(1);
      await expectFocusVisible(page, 'back from the connect dialog');
    };
    await stepToNode(page, 'n', `${w.kind.team}: ${team}`);
    await connectTo(unit, `${team} ${w.edgeKind.coordinates} ${unit}`);
    // Focus is back on the team, which is a hub now and says so.
    await expect.poll(() => focusedName(page)).toMatch(new RegExp(`^${w.kind.team}: ${team}, ${w.flow.hub}\\b`));
    await connectTo(department, `${team} ${w.edgeKind.coordinates} ${department}`);
    await stepToNode(page, 'n', `${w.kind.unit}: ${unit}`);
    await connectTo('Facebook', `${unit} ${w.edgeKind.owns} Facebook 1`);
    await stepToNode(page, 'Shift+N', `${w.kind.department}: ${department}`);
    await connectTo('LinkedIn', `${department} ${w.edgeKind.owns} LinkedIn 1`);
    // The analysis follows: a hub coordinating two spokes that run their own accounts.
    await editor.expectModel('hub-and-spoke');
    await expect(editor.risks.first()).toBeVisible();

    // Every node says what it is; the risk count is part of the name where there is one.
    const riskNodes = (await editor.risks.first().getAttribute('data-node-ids'))?.split(',') ?? [];
    for (const id of riskNodes) await expect(editor.nodeById(id)).toHaveAttribute('aria-label', new RegExp(`, \\d+ ${language === 'en' ? 'risks?' : 'risico'}`));
    await expect(editor.nodes.first()).toHaveAttribute('aria-roledescription', w.flow.nodeRole);

    // Between nodes: N and Shift+N keep the focused node in view, even zoomed in far.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+=');
    await editor.waitForViewportStable();
    for (const name of [`${w.kind.team}: ${team}`, `${w.kind.unit}: ${unit}`, `${w.kind.department}: ${department}`, `${w.kind.account}`]) {
      await stepToNode(page, 'n', name);
      await editor.waitForViewportStable();
      const box = await page.evaluate(() => document.activeElement?.getBoundingClientRect().toJSON() as DOMRect);
      const pane = await editor.pane.boundingBox();
      expect(pane).not.toBeNull();
      if (!pane) return;
      expect(box.left, `${name} in view`).toBeGreaterThanOrEqual(pane.x - 1);
      expect(box.right, `${name} in view`).toBeLessThanOrEqual(pane.x + pane.width + 1);
      expect(box.top, `${name} in view`).toBeGreaterThanOrEqual(pane.y - 1);
      expect(box.bottom, `${name} in view`).toBeLessThanOrEqual(pane.y + pane.height + 1);
    }
    await page.keyboard.press('Shift+Digit1');
    await editor.waitForViewportStable();

    // Open the inspector on the team: Enter on the selected node puts the focus in its name.
    await stepToNode(page, 'n', `${w.kind.team}: ${team}`);
    await page.keyboard.press('Enter');
    const label = page.getByTestId('inspector.label');
    await expect(label).toBeFocused();
    await expectFocusVisible(page, 'inspector name');
    await page.keyboard.type('Digital hub');
    await expect(editor.node('Digital hub')).toBeVisible();
    // Escape goes back to the node, which has its new name.
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(page)).toMatch(new RegExp(`^${w.kind.team}: Digital hub, ${w.flow.hub}\\b`));
    await expectFocusVisible(page, 'back from the inspector');
    // F2 opens the inspector too; the rename was one undo step.
    await page.keyboard.press('F2');
    await expect(label).toBeFocused();
    await expect(label).toHaveValue('Digital hub');
    await page.keyboard.press('Escape');

    // The risks: R jumps to the first; Enter selects and frames its nodes.
    await page.keyboard.press('r');
    const firstRisk = editor.risks.first();
    await expect(firstRisk).toBeFocused();
    await expectFocusVisible(page, 'first risk');
    const ids = (await firstRisk.getAttribute('data-node-ids'))?.split(',') ?? [];
    expect(ids.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    for (const id of ids) await expect(editor.nodeById(id)).toHaveClass(/selected/);
    await expect(firstRisk).toBeFocused();

    // Save: Ctrl+S downloads the map (a browser without file handles).
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.orgmap$/);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { scenarios: { nodes: { label: string }[]; edges: unknown[] }[] };
    expect(saved.scenarios[0]?.nodes.map((n) => n.label).sort()).toEqual(['Digital hub', 'Facebook 1', 'LinkedIn 1', unit, department].sort());
    expect(saved.scenarios[0]?.edges).toHaveLength(4);
    await expect(firstRisk).toBeFocused();

    // Export: Ctrl+Shift+E opens the dialog on the current format; arrow keys choose SVG, Tab
    // reaches Export, Enter downloads it, and the focus comes back to the risk.
    await page.keyboard.press('Control+Shift+E');
    const exportDialog = page.getByTestId('export-dialog');
    await expect(exportDialog).toBeVisible();
    await expect(page.getByTestId('export.format.png')).toBeFocused();
    await expectFocusVisible(page, 'export format');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('export.format.svg')).toBeFocused();
    await expect(page.getByTestId('export.format.svg')).toBeChecked();
    await expectFocusVisible(page, 'export format SVG');
    await tabTo(page, 'export.run');
    const exporting = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const exported = await exporting;
    expect(exported.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await exported.path(), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Digital hub');
    await expect(exportDialog).toBeHidden();
    await expect(firstRisk).toBeFocused();
    await expectFocusVisible(page, 'back from the export dialog');
  });
}

for (const [theme, language] of TAB_RUNS) {
  // Apart from the workflow above (which ends where this starts: a hub and spoke, its first risk
  // chosen) so that neither runs into the test timeout on a busy machine.
  test(`keyboard only, ${theme} theme, ${language}: no trap, Tab walks the parts in the visual order both ways`, async ({ page }) => {
    // Every Tab stop both ways, each waited on and its focus ring read: 17–23 s on this 2-core machine
    // under a load of 4, so under CI's full e2e lane it can pass the 30 s default with no fault in
    // the app (the likely cause of its one CI failure, light/nl, which passed 10 of 10 here). It
    // gets Playwright's "slow" timeout, as the workflow does.
    test.slow();
    await useSettings(page, theme, language);
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.getByTestId('file.open-input').setInputFiles({ name: 'hub.orgmap', mimeType: 'application/json', buffer: smallHubAndSpoke() });
    await editor.expectModel('hub-and-spoke');
    // R to the first risk, Enter selects its nodes (the inspector shows them).
    await page.keyboard.press('r');
    const firstRisk = editor.risks.first();
    await expect(firstRisk).toBeFocused();
    await page.keyboard.press('Enter');
    const ids = (await firstRisk.getAttribute('data-node-ids'))?.split(',') ?? [];
    for (const id of ids) await expect(editor.nodeById(id)).toHaveClass(/selected/);
    await expect(firstRisk).toBeFocused();

    // Shift+Tab walks back from the risks through every part to the skip link, and Tab walks
    // forwards in the visual order, toolbar → palette → canvas → inspector → analysis → risks.
    expect(await walk(page, 'Shift+Tab', 'skip')).toEqual([...ORDER].reverse());
    expect(await walk(page, 'Tab', 'risks')).toEqual(ORDER);
  });
}

test('the new commands are in the help sheet with their keys', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await page.keyboard.press('Control+/');
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  await expect(help.locator('[data-command-id="nav.nextNode"]')).toContainText('N');
  await expect(help.locator('[data-command-id="nav.previousNode"]')).toContainText('Shift+N');
  await expect(help.locator('[data-command-id="nav.inspector"]')).toContainText('F2');
  await expect(help.locator('[data-command-id="nav.risks"]')).toContainText('R');
  await expect(help.locator('[data-command-id="nav.map"]')).toContainText('M');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

/** The hub-and-spoke template's full node labels by id (the canvas may show them shortened). */
const templateLabels = new Map(
  (JSON.parse(readFileSync(fileURLToPath(new URL('../../assets/templates/hub-and-spoke.orgmap', import.meta.url)), 'utf8')) as { scenarios: { nodes: { id: string; label: string }[] }[] }).scenarios[0]?.nodes.map((n) => [n.id, n.label] as const) ?? [],
);

for (const language of ['en', 'nl'] as const) {
  test(`every control, node and relation has a screen-reader name (${language})`, async ({ page }) => {
    const w = WORDS[language];
    await useSettings(page, 'light', language);
    const editor = new EditorPage(page);
    await editor.goto();
    await editor.newFromTemplate('hub-and-spoke');
    await editor.expectModel('hub-and-spoke');
    // A node selected (N), so the inspector shows its fields too.
    await page.keyboard.press('n');
    await expect(page.getByTestId('inspector.label')).toBeVisible();

    // Controls: whatever takes the focus, by the browser's own accessible-name computation.
    const controls = page.locator(':is(button, a[href], input, select, textarea, summary, [tabindex]):not([tabindex="-1"], [aria-hidden="true"])');
    // Which are visible, and how to call each, in one round trip (then one check per visible control).
    const found = await controls.evaluateAll((els) => {
      // Playwright's isVisible() (its injected computeBox): checkVisibility, visibility: visible and
      // a box of some width and height; for display: contents, any visible child.
      const visible = (el: Element): boolean => {
        const style = getComputedStyle(el);
        if (style.display === 'contents') {
          return [...el.childNodes].some((child) => {
            if (child instanceof Element) return visible(child);
            if (child.nodeType !== Node.TEXT_NODE) return false;
            const range = document.createRange();
            range.selectNode(child);
            const box = range.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          });
        }
        if (!el.checkVisibility() || style.visibility !== 'visible') return false;
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      };
      return els.map((el) => ({ visible: visible(el), what: `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute('data-testid') ?? ''}` }));
    });
    expect(found.length).toBeGreaterThan(30);
    for (const [i, { visible, what }] of found.entries()) {
      if (visible) await expect(controls.nth(i), what).toHaveAccessibleName(/\S/);
    }

    // Nodes: kind and full label (and platform for accounts), in the user's language, called
    // "node"/"knoop". The template opens zoomed out below the detail zoom, where a box shortens a
    // long label to fit ("Northwind on Insta…"); its name still carries the whole label.
    const kinds = Object.values(w.kind);
    const nodes = await editor.nodes.evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-id') ?? '', name: el.getAttribute('aria-label') ?? '', role: el.getAttribute('aria-roledescription'), shown: el.querySelector('.org-node__label')?.textContent ?? '' })),
    );
    expect(nodes.length).toBeGreaterThan(3);
    const labels: string[] = [];
    for (const node of nodes) {
      const label = templateLabels.get(node.id);
      expect(label, `node ${node.id} is one of the template's`).toBeDefined();
      if (label === undefined) continue;
      labels.push(label);
      expect(kinds.some((k) => node.name.startsWith(`${k}`)), node.name).toBe(true);
      expect(node.name).toContain(`: ${label}`);
      // What the box shows is the label, or its start followed by an ellipsis.
      if (node.shown !== label) {
        expect(node.shown, `${label} shortened`).toMatch(/…$/);
        expect(label.startsWith(node.shown.slice(0, -1)), `${node.shown} is the start of ${label}`).toBe(true);
      }
      expect(node.role).toBe(w.flow.nodeRole);
    }
    expect(nodes.some((n) => n.name.includes(`, ${w.flow.hub}`))).toBe(true);
    // Relations: "<source> <kind> <target>" with the (full) labels of their ends.
    const relations = await editor.edges.evaluateAll((els) => els.map((el) => ({ name: el.getAttribute('aria-label') ?? '', role: el.getAttribute('aria-roledescription') })));
    expect(relations.length).toBeGreaterThan(2);
    for (const relation of relations) {
      const kind = Object.values(w.edgeKind).find((k) => relation.name.includes(` ${k} `));
      expect(kind, relation.name).toBeDefined();
      const [source, target] = relation.name.split(` ${kind ?? ''} `);
      expect(labels).toContain(source);
      expect(labels).toContain(target);
      expect(relation.role).toBe(w.flow.edgeRole);
    }
  });
}
