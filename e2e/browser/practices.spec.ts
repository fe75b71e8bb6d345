import { expect, test, type Page } from '@playwright/test';
import { en as uiEn } from '../../renderer/src/i18n/en';
import { nl as uiNl } from '../../renderer/src/i18n/nl';
import { en, nl } from '../../shared/i18n';
import { EditorPage, SETTINGS_KEY } from './pages/editor';

/**
 * The practices checklist of the inspector (issue 18) with the keyboard only, in both languages:
 * Tab reaches each practice, the arrow keys choose a value, the risks follow, and every change is
 * one undo step (Ctrl+Z).
 */

const WORDS = { en: { shared: en, ui: uiEn }, nl: { shared: nl, ui: uiNl } } as const;

/** The focused element's data-practice (null when the focus is elsewhere). */
const focusedPractice = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-practice') ?? null);

async function tabToPractice(page: Page, practice: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedPractice(page)) === practice) return;
  }
  throw new Error(`practice ${practice} not reached with Tab`);
}

for (const language of ['en', 'nl'] as const) {
  test(`practices checklist by keyboard (${language}): reach, choose, risks follow, one undo step per change`, async ({ page }) => {
    const w = WORDS[language];
    await page.addInitScript(
      ([key, settings]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, settings);
      },
      [SETTINGS_KEY, JSON.stringify({ theme: 'light', language })] as const,
    );
    const editor = new EditorPage(page);
    await editor.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await editor.newFromTemplate('hub-and-spoke');
    await editor.expectModel('hub-and-spoke');

    // The checklist: title, every practice named with its why line, the template's values.
    const checklist = page.getByTestId('practices');
    await expect(checklist.locator('legend')).toHaveText(w.ui.practices.title);
    const select = (key: string) => checklist.locator(`select[data-practice="${key}"]`);
    const guidelines = select('guidelines');
    await expect(guidelines).toHaveAccessibleName(w.shared.practices.names.guidelines);
    await expect(guidelines).toHaveAccessibleDescription(w.shared.practices.why.guidelines);
    await expect(select('boardCommitment')).toHaveAccessibleName(w.shared.practices.names.boardCommitment);
    await expect(guidelines).toHaveValue('yes');
    await expect(select('training')).toHaveValue('partly');
    await expect(select('boardCommitment')).toHaveValue('');
    await expect(select('boardCommitment').locator('option:checked')).toHaveText(w.shared.practices.values.unrecorded);
    const guidelinesRisk = page.locator('[data-testid="risk"][data-risk-code="missing-guidelines"]');
    await expect(guidelinesRisk).toHaveCount(0);

    // Keyboard only from here: Tab to the guidelines, arrow down twice (yes → partly → no).
    await page.keyboard.press('Escape');
    await tabToPractice(page, 'guidelines');
    await page.keyboard.press('ArrowDown');
    await expect(guidelines).toHaveValue('partly');
    await expect(guidelinesRisk).toHaveAttribute('data-severity', 'medium');
    await page.keyboard.press('ArrowDown');
    await expect(guidelines).toHaveValue('no');
    await expect(guidelinesRisk).toHaveAttribute('data-severity', 'high');
    await expect(guidelinesRisk).toContainText(w.shared.risk['missing-guidelines'].message.replace('{{hubs}}', 'Social Media Team'));
    await expect(guidelines.locator('option:checked')).toHaveText(w.shared.practices.values.no);

    // The next practice is the next Tab stop; "not recorded" is the first choice (Home).
    await page.keyboard.press('Tab');
    expect(await focusedPractice(page)).toBe('accountRules');
    await page.keyboard.press('Home');
    await expect(select('accountRules')).toHaveValue('');

    // Three changes, three undo steps, newest first; the focus stays in the checklist.
    await page.keyboard.press('Control+z');
    await expect(select('accountRules')).toHaveValue('yes');
    await expect(guidelines).toHaveValue('no');
    await page.keyboard.press('Control+z');
    await expect(guidelines).toHaveValue('partly');
    await expect(guidelinesRisk).toHaveAttribute('data-severity', 'medium');
    await page.keyboard.press('Control+z');
    await expect(guidelines).toHaveValue('yes');
    await expect(guidelinesRisk).toHaveCount(0);
    expect(await focusedPractice(page)).toBe('accountRules');
    // And redo brings the first change back.
    await page.keyboard.press('Control+Shift+z');
    await expect(guidelines).toHaveValue('partly');
  });
}

test('practices changed in the target show in the comparison and as path steps (nl)', async ({ page }) => {
  await page.addInitScript(
    ([key, settings]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, settings);
    },
    [SETTINGS_KEY, JSON.stringify({ theme: 'light', language: 'nl' })] as const,
  );
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newFromTemplate('hub-and-spoke');
  await page.getByTestId('scenario.duplicate').click();
  await expect(editor.tab('target')).toHaveAttribute('aria-selected', 'true');
  const select = (key: string) => page.locator(`[data-testid="practices"] select[data-practice="${key}"]`);
  await select('boardCommitment').selectOption('yes');
  await select('training').selectOption('yes');
  await select('knowledgeBank').selectOption('no');

  await page.getByTestId('compare.open').click();
  const row = page.getByTestId('compare.practices');
  await expect(row).toHaveAttribute('data-count', '3');
  const names = nl.practices.names;
  await expect(row.locator('[data-practice-change="added"]')).toContainText(nl.practices.compare.added);
  await expect(row.locator('[data-practice-change="added"] li')).toHaveText([`${names.boardCommitment}: niet vastgelegd → ja`]);
  await expect(row.locator('[data-practice-change="completed"] li')).toHaveText([`${names.training}: deels → ja`]);
  await expect(row.locator('[data-practice-change="dropped"] li')).toHaveText([`${names.knowledgeBank}: ja → nee`]);
  // The path: board commitment first of all, the dropped knowledge bank with the clean-up.
  const steps = page.getByTestId('compare.step');
  await expect(steps).toHaveCount(3);
  await expect(steps.first()).toHaveAttribute('data-step-code', 'secure-board-commitment');
  await expect(steps.first()).toHaveText(nl.compare.step['secure-board-commitment']);
  await expect(steps.nth(1)).toHaveAttribute('data-step-code', 'complete-practice');
  await expect(steps.nth(2)).toHaveAttribute('data-step-code', 'drop-practice');

  // Undoing the three changes leaves nothing to compare.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect(row).toHaveText(nl.practices.compare.none);
  await expect(page.getByTestId('compare.empty')).toBeVisible();
});
