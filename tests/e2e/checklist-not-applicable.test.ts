import { expect, test } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  checklistItem,
  checklistItemIds,
  notApplicableOf,
  pdfPages,
  progressKey,
  recordErrors,
  squeeze,
} from './checklist-helpers.ts';

const PHASE_FR = `fr/${CHECKLIST_PHASE}/`;
const PHASE_EN = `en/${CHECKLIST_PHASE}/`;

test.describe('steps marked not applicable', () => {
  test('a step marked not applicable is kept with its time, in both languages, and left out of the count', async ({
    page,
  }) => {
    const errors = recordErrors(page);
    const total = checklistItemIds('fr', CHECKLIST_PHASE).length;
    await page.goto(PHASE_FR);
    const toggle = notApplicableOf(page, SECOND_ITEM);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(checklistItem(page, SECOND_ITEM)).toHaveClass(/is-not-applicable/);
    await checkboxOf(page, FIRST_ITEM).check();
    const count = page.locator('guide-progress [data-progress-count]');
    await expect(count).toHaveText(`Étapes\u202f: 1 sur ${total - 1} (1 sans objet)`);
    await expect(page.getByRole('progressbar', { name: 'Progression de la phase' })).toHaveJSProperty('max', total - 1);

    await page.reload();
    await expect(notApplicableOf(page, SECOND_ITEM)).toHaveAttribute('aria-pressed', 'true');
    await expect(checkboxOf(page, SECOND_ITEM)).not.toBeChecked();
    const time = checklistItem(page, SECOND_ITEM).locator('time');
    await expect(time).toContainText('Marquée sans objet le');
    expect(Number.isNaN(Date.parse((await time.getAttribute('datetime')) ?? ''))).toBe(false);

    await page.goto(PHASE_EN);
    await expect(notApplicableOf(page, SECOND_ITEM)).toHaveAttribute('aria-pressed', 'true');
    await expect(checklistItem(page, SECOND_ITEM).locator('time')).toContainText('Marked not applicable');
    await expect(page.locator('guide-progress [data-progress-count]')).toHaveText(
      `Steps: 1 of ${total - 1} (1 not applicable)`,
    );
    expect(errors).toEqual([]);
  });

  test('the toggle is named after its step, and works from the keyboard', async ({ page }) => {
    await page.goto(PHASE_EN);
    const label = ((await checklistItem(page, FIRST_ITEM).locator('label').textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const toggle = notApplicableOf(page, FIRST_ITEM);
    await expect(toggle).toHaveAccessibleName(`Not applicable ${label}`);
    await expect(toggle).toBeEnabled();
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('ticking a step not applicable ticks it, and marking a ticked step not applicable unticks it', async ({
    page,
  }) => {
    await page.goto(PHASE_EN);
    await notApplicableOf(page, FIRST_ITEM).click();
    await checkboxOf(page, FIRST_ITEM).check();
    await expect(notApplicableOf(page, FIRST_ITEM)).toHaveAttribute('aria-pressed', 'false');
    await notApplicableOf(page, FIRST_ITEM).click();
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
    await expect(notApplicableOf(page, FIRST_ITEM)).toHaveAttribute('aria-pressed', 'true');
  });

  test('a second tab follows steps marked not applicable without reloading', async ({ page, context }) => {
    await page.goto(PHASE_FR);
    const other = await context.newPage();
    await other.goto(PHASE_EN);
    await notApplicableOf(page, FIRST_ITEM).click();
    await expect(notApplicableOf(other, FIRST_ITEM)).toHaveAttribute('aria-pressed', 'true');
    await expect(other.locator('guide-progress [data-progress-count]')).toHaveText(/ \(1 not applicable\)$/);
    await notApplicableOf(other, FIRST_ITEM).click();
    await expect(notApplicableOf(page, FIRST_ITEM)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a phase whose other steps are all ticked is complete, on its page and on the home', async ({ page }) => {
    const ids = checklistItemIds('en', CHECKLIST_PHASE);
    await page.goto(PHASE_EN);
    for (const id of ids.slice(1)) await checkboxOf(page, id).check();
    await notApplicableOf(page, ids[0]!).click();
    await expect(page.locator('guide-progress [data-progress-count]')).toHaveText(
      `Steps: ${ids.length - 1} of ${ids.length - 1} (1 not applicable)`,
    );
    await page.goto('en/');
    const card = page.locator(`.phase-card[data-phase="${CHECKLIST_PHASE}"]`);
    await expect(card.locator('[data-complete]')).toBeVisible();
    await expect(card).toHaveClass(/is-complete/);
    for (const dependant of await page.locator(`.phase-card[data-prerequisites~="${CHECKLIST_PHASE}"]`).all()) {
      await expect(dependant.locator(`[data-prerequisite="${CHECKLIST_PHASE}"]`)).toBeHidden();
    }
    await expect(page.locator('.guide-progress [data-progress-count]')).toHaveText(/ \(1 not applicable\)$/);
  });

  test('untick all clears ticks and not-applicable marks, and undo brings both back with their times', async ({
    page,
  }) => {
    await page.goto(PHASE_EN);
    await checkboxOf(page, FIRST_ITEM).check();
    await notApplicableOf(page, SECOND_ITEM).click();
    // Both marks shown with their times (stored once the code that stores them has loaded).
    for (const id of [FIRST_ITEM, SECOND_ITEM]) await expect(checklistItem(page, id).locator('time')).toBeVisible();
    const times = async () =>
      Promise.all(
        [FIRST_ITEM, SECOND_ITEM].map((id) => checklistItem(page, id).locator('time').getAttribute('datetime')),
      );
    const before = await times();
    await page.getByRole('button', { name: 'Untick all' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Untick all' }).click();
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
    await expect(notApplicableOf(page, SECOND_ITEM)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('guide-progress [data-undo-message]')).toHaveText(
      'The steps of this phase were unticked, and their “not applicable” marks cleared.',
    );
    await expect(page.getByRole('button', { name: 'Untick all' })).toBeDisabled();
    await page.getByRole('button', { name: 'Bring the ticks back' }).click();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(notApplicableOf(page, SECOND_ITEM)).toHaveAttribute('aria-pressed', 'true');
    expect(await times()).toEqual(before);
  });

  test('"untick all" is offered for a phase whose only marks are not applicable', async ({ page }) => {
    await page.goto(PHASE_EN);
    await expect(page.getByRole('button', { name: 'Untick all' })).toBeDisabled();
    await notApplicableOf(page, SECOND_ITEM).click();
    await expect(page.getByRole('button', { name: 'Untick all' })).toBeEnabled();
  });

  test('the sheet prints not applicable steps with their date in progress mode, and nothing for them blank', async ({
    page,
  }) => {
    await page.goto(PHASE_FR);
    await notApplicableOf(page, SECOND_ITEM).click();
    await page.goto(`fr/${CHECKLIST_PHASE}/checklist/`);
    const row = page.locator(`.sheet [data-checklist-item="${SECOND_ITEM}"]`);
    const label = row.locator('.sheet-done [data-not-applicable]');
    const date = row.locator('[data-tick-date]');
    await expect(label).toBeHidden();
    await expect(date).toBeEmpty();
    const blank = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(''));
    expect(blank).not.toContain('Sansobjet');

    await page.getByLabel('Imprimer la progression actuelle').check();
    await expect(row).toHaveClass(/is-not-applicable/);
    const total = checklistItemIds('fr', CHECKLIST_PHASE).length;
    await expect(page.locator('.sheet [data-as-of]')).toHaveText(
      new RegExp(`^· Exécution principale · Progression au .+ · Étapes\u202f: 0 sur ${total - 1} \\(1 sans objet\\)$`),
    );
    await expect(label).toHaveText('Sans objet');
    await expect(label).toBeVisible();
    await expect(row.locator('.sheet-box')).toBeHidden();
    await expect(date).toHaveText(/^\d{1,2}\s\S+\s\d{4} \d{2}:\d{2}\s\S+$/);
    const paper = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(''));
    expect(paper).toContain('Sansobjet');
    expect(paper).toContain(squeeze((await date.textContent()) ?? 'missing'));
  });

  test('the English sheet says N/A', async ({ page }) => {
    await page.goto(PHASE_EN);
    await notApplicableOf(page, FIRST_ITEM).click();
    await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
    await page.getByLabel('Print the current progress').check();
    await expect(page.locator(`.sheet [data-checklist-item="${FIRST_ITEM}"] .sheet-done`)).toHaveText('N/A');
    await expect(page.locator('.sheet [data-as-of]')).toHaveText(/ · Steps: 0 of \d+ \(1 not applicable\)$/);
  });

  test('ticks saved before steps could be not applicable (record version 1) are read, and kept when upgraded', async ({
    page,
    baseURL,
  }) => {
    const key = progressKey(baseURL);
    const at = '2026-11-20T08:00:00.000Z';
    await page.goto(PHASE_FR);
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [key, JSON.stringify({ version: 1, ticked: { [FIRST_ITEM]: at, 'p9-removed-step': at } })],
    );
    await page.reload();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(checklistItem(page, FIRST_ITEM).locator('time')).toHaveAttribute('datetime', at);
    await expect(page.locator('guide-progress .storage-notice')).toBeEmpty();
    await notApplicableOf(page, SECOND_ITEM).click();
    // Stored in the current version (4, runs): the old ticks, untouched, in the default run.
    await expect
      .poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{}').version)
      .toBe(4);
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{}') as {
      runs: Record<string, { steps: Record<string, { state: string; at: string }> }>;
    };
    // The old ticks have no text hash (never flagged as changed); the new mark keeps the page's.
    expect(stored.runs['default']?.steps).toEqual({
      [FIRST_ITEM]: { state: 'ticked', at },
      'p9-removed-step': { state: 'ticked', at },
      [SECOND_ITEM]: {
        state: 'notApplicable',
        at: expect.any(String),
        hash: await checklistItem(page, SECOND_ITEM).getAttribute('data-hash'),
        text: expect.any(String),
      },
    });
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((name) => name.includes(':unreadable:'))).toEqual([]);
  });

  test('without JavaScript the toggles are shown disabled, with a note that marking needs JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PHASE_FR);
    await expect(notApplicableOf(page, FIRST_ITEM)).toBeDisabled();
    // Playwright's text matchers skip <noscript>: read the note's own text.
    await expect(page.locator('guide-progress noscript .phase-progress-noscript')).toBeVisible();
    await expect(page.locator('guide-progress noscript .phase-progress-noscript')).toHaveText(
      'Cocher les étapes demande JavaScript\u202f; la feuille de validation s’imprime sans.',
    );
    await context.close();
  });
});
