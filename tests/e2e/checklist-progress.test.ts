import { expect, test } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  checklistItem,
  checklistItemIds,
  recordErrors,
} from './checklist-helpers.ts';

const PHASE_FR = `fr/${CHECKLIST_PHASE}/`;
const PHASE_EN = `en/${CHECKLIST_PHASE}/`;

test.describe('checklist progress', () => {
  test('a tick survives a reload and shows when it was made', async ({ page }) => {
    const errors = recordErrors(page);
    await page.goto(PHASE_FR);
    await checkboxOf(page, FIRST_ITEM).check();
    await page.reload();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(page, SECOND_ITEM)).not.toBeChecked();
    const time = checklistItem(page, FIRST_ITEM).locator('time');
    await expect(time).toContainText('Cochée le');
    expect(Number.isNaN(Date.parse((await time.getAttribute('datetime')) ?? ''))).toBe(false);
    expect(errors).toEqual([]);
  });

  test('ticks made in French are there in English', async ({ page }) => {
    await page.goto(PHASE_FR);
    await checkboxOf(page, SECOND_ITEM).check();
    await page.locator('.language-switcher a[data-switch-lang="en"]').click();
    await expect(page).toHaveURL(new RegExp(`/en/${CHECKLIST_PHASE}/`));
    await expect(checkboxOf(page, SECOND_ITEM)).toBeChecked();
    await expect(checklistItem(page, SECOND_ITEM).locator('time')).toContainText('Ticked');
    await checkboxOf(page, SECOND_ITEM).uncheck();
    await page.goto(PHASE_FR);
    await expect(checkboxOf(page, SECOND_ITEM)).not.toBeChecked();
  });

  test('a second tab follows ticks without reloading', async ({ page, context }) => {
    await page.goto(PHASE_FR);
    const other = await context.newPage();
    await other.goto(PHASE_EN);
    await checkboxOf(page, FIRST_ITEM).check();
    await expect(checkboxOf(other, FIRST_ITEM)).toBeChecked();
    await expect(other.locator('guide-progress [data-progress-count]')).toHaveText(/^Steps: 1 of \d+$/);
    await checkboxOf(other, FIRST_ITEM).uncheck();
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
  });

  test('the page counts the phase steps in an accessible progress bar', async ({ page }) => {
    const total = checklistItemIds('fr', CHECKLIST_PHASE).length;
    await page.goto(PHASE_FR);
    const bar = page.getByRole('progressbar', { name: 'Progression de la phase' });
    await expect(bar).toHaveAttribute('max', String(total));
    await expect(bar).toHaveJSProperty('value', 0);
    await checkboxOf(page, FIRST_ITEM).check();
    await checkboxOf(page, SECOND_ITEM).check();
    await expect(bar).toHaveJSProperty('value', 2);
    await expect(page.locator('guide-progress [data-progress-count]')).toHaveText(`Étapes\u202f: 2 sur ${total}`);
  });

  test('untick all asks first, and can be undone with the original tick times', async ({ page }) => {
    await page.goto(PHASE_EN);
    await checkboxOf(page, FIRST_ITEM).check();
    await checkboxOf(page, SECOND_ITEM).check();
    const times = async () =>
      Promise.all(
        [FIRST_ITEM, SECOND_ITEM].map((id) => checklistItem(page, id).locator('time').getAttribute('datetime')),
      );
    // The tick times show once the store has taken both ticks (its writing side loads on the first change).
    await expect.poll(async () => (await times()).every(Boolean)).toBe(true);
    const before = await times();

    await page.getByRole('button', { name: 'Untick all' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep the ticks' }).click();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();

    await page.getByRole('button', { name: 'Untick all' }).click();
    await dialog.getByRole('button', { name: 'Untick all' }).click();
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
    await expect(checkboxOf(page, SECOND_ITEM)).not.toBeChecked();
    // Nothing was marked not applicable: the message speaks of ticks only.
    await expect(page.locator('guide-progress [data-undo-message]')).toHaveText(
      'The steps of this phase were unticked.',
    );
    const undo = page.getByRole('button', { name: 'Bring the ticks back' });
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(page, SECOND_ITEM)).toBeChecked();
    expect(await times()).toEqual(before);
    await expect(undo).toBeHidden();
  });

  test('the undo offer ends when the phase is ticked again', async ({ page }) => {
    await page.goto(PHASE_EN);
    await checkboxOf(page, FIRST_ITEM).check();
    await page.getByRole('button', { name: 'Untick all' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Untick all' }).click();
    const undo = page.getByRole('button', { name: 'Bring the ticks back' });
    await expect(undo).toBeVisible();
    await checkboxOf(page, SECOND_ITEM).check();
    await expect(undo).toBeHidden();
  });

  test('the home shows each phase, the whole guide, and marks a started phase whose prerequisites are not complete', async ({
    page,
  }) => {
    const ids = checklistItemIds('en', CHECKLIST_PHASE);
    await page.goto('en/');
    const card = page.locator(`.phase-card[data-phase="${CHECKLIST_PHASE}"]`);
    const dependants = page.locator(`.phase-card[data-prerequisites~="${CHECKLIST_PHASE}"]`);
    expect(await dependants.count()).toBeGreaterThan(0);
    const guideBar = page.getByRole('progressbar', { name: 'Guide progress' });
    const guideTotal = Number(await guideBar.getAttribute('max'));
    expect(guideTotal).toBeGreaterThanOrEqual(ids.length);

    await expect(card.locator('[data-progress-count]')).toHaveText(`Steps: 0 of ${ids.length}`);
    // A fresh visit: nothing is ticked anywhere, so no phase carries a hint.
    await expect(page.locator('.phase-list')).toBeVisible();
    expect(
      await page
        .locator('.phase-card [data-pending]')
        .evaluateAll((hints) => hints.filter((hint) => !(hint as HTMLElement).hidden).length),
    ).toBe(0);

    // One tick in this phase: the later phases, not started, carry no hint; a started one whose
    // prerequisite is not complete does.
    await page.goto(PHASE_EN);
    await checkboxOf(page, ids[0]!).check();
    await page.goto('en/');
    await expect(card.locator('[data-progress-count]')).toHaveText(`Steps: 1 of ${ids.length}`);
    await expect(dependants.first().locator('[data-pending]')).toBeHidden();
    const dependant = await dependants.first().getAttribute('data-phase');
    const dependantItems = (await dependants.first().getAttribute('data-items'))?.split(' ') ?? [];
    await page.goto(`en/${dependant}/`);
    await checkboxOf(page, dependantItems[0]!).check();
    await page.goto('en/');
    await expect(dependants.first().locator('[data-pending]')).toBeVisible();
    await expect(dependants.first().locator(`[data-pending] a[data-prerequisite="${CHECKLIST_PHASE}"]`)).toBeVisible();
    // Phases neither started nor complete carry none.
    for (const other of await page.locator('.phase-card:not(.is-complete)').all()) {
      if ((await other.getAttribute('data-phase')) === dependant) continue;
      const started = (await other.locator('[data-progress-count]').textContent())?.startsWith('Steps: 0 ') === false;
      if (!started) await expect(other.locator('[data-pending]')).toBeHidden();
    }

    await page.goto(PHASE_EN);
    for (const id of ids) await checkboxOf(page, id).check();
    await page.goto('en/');
    await expect(card.locator('[data-progress-count]')).toHaveText(`Steps: ${ids.length} of ${ids.length}`);
    await expect(card.getByText('Phase complete')).toBeVisible();
    // This phase's steps and the one of the phase that follows it.
    await expect(page.locator('.guide-progress [data-progress-count]')).toHaveText(
      `Whole guide: ${ids.length + 1} steps ticked out of ${guideTotal}`,
    );
    await expect(guideBar).toHaveJSProperty('value', ids.length + 1);
    for (const dependant of await dependants.all()) {
      await expect(dependant.locator(`[data-prerequisite="${CHECKLIST_PHASE}"]`)).toBeHidden();
    }
  });

  test('without JavaScript the checklist reads with disabled boxes, and the sheet is one link away', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PHASE_FR);
    for (const id of checklistItemIds('fr', CHECKLIST_PHASE)) {
      await expect(checklistItem(page, id)).toBeVisible();
      await expect(checkboxOf(page, id)).toBeDisabled();
    }
    await expect(page.getByRole('button', { name: 'Tout décocher' })).toBeHidden();
    await page.getByRole('link', { name: 'Imprimer la liste de contrôle' }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/${CHECKLIST_PHASE}/checklist/$`));
    await expect(page.locator('.sheet [data-checklist-item]')).toHaveCount(
      checklistItemIds('fr', CHECKLIST_PHASE).length,
    );
    await context.close();
  });
});
