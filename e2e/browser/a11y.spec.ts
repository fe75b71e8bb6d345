import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { createRequire } from 'node:module';
import { EditorPage, SETTINGS_KEY } from './pages/editor';

/**
 * The accessibility audit: axe-core on the main screens, in both themes and both languages. No
 * serious or critical violation of WCAG 2.1 A/AA, colour contrast included.
 */
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'nl'] as const;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's source: the very copy @axe-core/playwright injects. */
const axeSource = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

/**
 * axe over the whole document with the WCAG 2.1 A/AA rules. The app has no frames, so axe runs in
 * the page itself, injected once per page (AxeBuilder injects its 580 kB twice a scan and finishes
 * each scan in a new blank page) and returning only the violations (unless DEBUG_AXE wants the
 * rest): the same rules on the same document, with less work around them. With frames, AxeBuilder.
 */
async function axe(page: Page): Promise<AxeResults> {
  if (page.frames().length > 1) return new AxeBuilder({ page }).withTags(TAGS).analyze();
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: TAGS }, ...(process.env.DEBUG_AXE ? {} : { resultTypes: ['violations'] }) };
  return page.evaluate((o) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, o), options);
}

async function audit(page: Page, screen: string): Promise<void> {
  const result = await axe(page);
  if (process.env.DEBUG_AXE) console.log(screen, 'contrast passes', result.passes.find((p) => p.id === 'color-contrast')?.nodes.length, 'incomplete', result.incomplete.map((i) => `${i.id}:${i.nodes.length}`).join(','), 'minor', result.violations.map((v) => `${v.id}:${v.impact}`).join(','));
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ') ?? ''}`).join('\n')}`);
  expect(bad, `${screen}: ${bad.length} serious or critical violations`).toEqual([]);
}

/** Opens a dialog-like screen, audits it, and closes it with Escape. */
async function auditDialog(page: Page, screen: string, testId: string, open: () => Promise<void>): Promise<void> {
  await open();
  await expect(page.getByTestId(testId)).toBeVisible();
  await audit(page, screen);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(testId)).toHaveCount(0);
}

/** The first shortcut of a command as the help sheet shows it, in Playwright's key syntax; null without one. */
async function shortcutOf(page: Page, commandId: string): Promise<string | null> {
  await page.getByTestId('toolbar.help').click();
  const row = page.getByTestId('help-dialog').locator(`[data-command-id="${commandId}"] kbd`).first();
  const text = (await row.count()) > 0 ? await row.textContent() : null;
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-dialog')).toHaveCount(0);
  return text ? text.replace(/^Ctrl\+/, 'Control+') : null;
}

for (const theme of THEMES) {
  for (const language of LANGUAGES) {
    test(`main screens, ${theme} theme, ${language}: no serious or critical violations`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.addInitScript(
        ([key, settings]) => localStorage.setItem(key, settings),
        [SETTINGS_KEY, JSON.stringify({ theme, language, welcomed: true })] as const,
      );
      const editor = new EditorPage(page);
      await editor.goto();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      await audit(page, 'empty editor');

      // A template with a node selected: inspector, analysis, risk list, node badges.
      await editor.newFromTemplate('decentralized');
      await editor.expectModel('decentralized');
      await editor.nodes.first().click();
      await expect(page.getByTestId('inspector').locator('input').first()).toBeVisible();
      await expect(editor.risks.first()).toBeVisible();
      await audit(page, 'template with selection, inspector and risks');

      // Two scenarios compared.
      await page.getByTestId('scenario.duplicate').click();
      await page.getByTestId('compare.open').click();
      await expect(page.getByTestId('compare.summary')).toBeVisible();
      await audit(page, 'compare panel');

      await auditDialog(page, 'help', 'help-dialog', () => page.getByTestId('toolbar.help').click());
      await auditDialog(page, 'settings', 'settings', () => page.getByTestId('toolbar.settings').click());
      await auditDialog(page, 'model guide', 'model-guide', async () => {
        await page.getByTestId('help.menu').click();
        await page.getByTestId('help.menu.help.modelGuide').click();
      });
      await auditDialog(page, 'about', 'about', async () => {
        await page.getByTestId('help.menu').click();
        await page.getByTestId('help.menu.help.about').click();
      });
      await auditDialog(page, 'welcome', 'welcome', async () => {
        await page.getByTestId('help.menu').click();
        await page.getByTestId('help.menu.help.welcome').click();
      });
      // The export and import dialogs, where the registry has them (built alongside this audit):
      // opened with the shortcut the shortcut sheet shows for them.
      for (const [screen, commandId, dialog] of [
        ['export', 'file.export', 'export-dialog'],
        ['import', 'file.import', 'import-dialog'],
      ] as const) {
        const shortcut = await shortcutOf(page, commandId);
        if (shortcut === null) continue;
        await auditDialog(page, screen, dialog, () => page.keyboard.press(shortcut));
      }
    });
  }
}

test('screen-reader names: every toolbar control, canvas control and node has one', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  await expect(editor.nodes.first()).toBeVisible();
  const unnamed = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('button, select, input, [role="button"], .react-flow__node, .react-flow__controls-button')];
    return controls
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]'))
      .filter((el) => {
        const name = el.getAttribute('aria-label') ?? (el.getAttribute('aria-labelledby') ? 'x' : '');
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : el.closest('label');
        return !name.trim() && !(el.textContent ?? '').trim() && !label && !el.getAttribute('title');
      })
      .map((el) => el.outerHTML.slice(0, 120));
  });
  expect(unnamed).toEqual([]);
  // Canvas controls are named by React Flow's ariaLabelConfig, translated.
  await expect(page.locator('.react-flow__controls')).toHaveAttribute('aria-label', /.+/);
  await expect(page.locator('.react-flow__controls-zoomin')).toHaveAttribute('aria-label', 'Zoom in');
  await page.getByTestId('language.switch').selectOption('nl');
  await expect(page.locator('.react-flow__controls-zoomin')).not.toHaveAttribute('aria-label', 'Zoom in');
});

/**
 * axe cannot tell the background of text on the canvas (React Flow's layers overlap the nodes, so
 * it reports them as "incomplete"); the node texts, hub tags and risk badges are checked here: 4.5:1.
 */
test('canvas texts meet WCAG AA contrast in both themes', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('decentralized');
  await expect(page.locator('.risk-badge').first()).toBeVisible();
  for (const theme of THEMES) {
    await page.getByTestId('toolbar.settings').click();
    await page.getByTestId(`settings.theme.${theme}`).check();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { checked, low } = await page.evaluate(() => {
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (css: string) => {
        const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
        return (x + 0.05) / (y + 0.05);
      };
      /** The nearest opaque background up the tree. */
      const background = (el: Element): string => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg && !bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const texts = [...document.querySelectorAll('.org-node__label, .org-node__sub, .hub-tag, .risk-badge, .edge-label')];
      const measured = texts.map((el) => ({ el: `${el.className} "${(el.textContent ?? '').slice(0, 20)}"`, ratio: ratio(getComputedStyle(el).color, background(el)) }));
      return { checked: measured.length, low: measured.filter((t) => t.ratio < 4.5) };
    });
    expect(checked).toBeGreaterThan(20);
    expect(low, `${theme}: texts below 4.5:1`).toEqual([]);
  }
});
