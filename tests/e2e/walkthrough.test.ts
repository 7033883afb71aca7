import { expect, test } from '@playwright/test';
import { fill } from '../../src/i18n/index.ts';
import { locales } from '../../src/i18n/locales.ts';
import { checkboxOf, checklistItemIds, recordErrors } from './checklist-helpers.ts';
import { longestRequiredPhase } from './guide-model.ts';

/** The phase with the longest checklist that another requires, and the phase that requires it. */
const {
  phase: { slug: PHASE },
  next: { slug: NEXT },
} = longestRequiredPhase();

test('an operator walks a whole phase checklist in French, then finds it complete in English', async ({ page }) => {
  const errors = recordErrors(page);
  const ids = checklistItemIds('fr', PHASE);
  expect(ids).toEqual(checklistItemIds('en', PHASE));
  expect(ids.length).toBeGreaterThan(4);

  await page.goto(`fr/${PHASE}/`);
  for (const [index, id] of ids.entries()) {
    await checkboxOf(page, id).check();
    await expect(page.locator('guide-progress [data-progress-count]')).toHaveText(
      fill(locales.fr.dictionary['checklist.progress'], { done: index + 1, total: ids.length }),
    );
  }
  await expect(page.locator('guide-progress progress')).toHaveAttribute('value', String(ids.length));

  await page.getByRole('link', { name: 'Lire cette page en English' }).click();
  // The English page opens where the operator was, the checklist's section if it has a shared id.
  await expect(page).toHaveURL(new RegExp(`/en/${PHASE}/(#[\\w-]+)?$`));
  for (const id of ids) await expect(checkboxOf(page, id)).toBeChecked();
  await expect(page.locator('guide-progress [data-progress-count]')).toHaveText(
    fill(locales.en.dictionary['checklist.progress'], { done: ids.length, total: ids.length }),
  );

  // The English home shows the phase complete, and no longer asks to finish it before the next one.
  await page.goto('en/');
  const card = page.locator(`.phase-card[data-phase="${PHASE}"]`);
  await expect(card.locator('[data-complete]')).toBeVisible();
  await expect(card.locator('[data-complete]')).toHaveText(locales.en.dictionary['checklist.phaseComplete']);
  const next = page.locator(`.phase-card[data-phase="${NEXT}"]`);
  await expect(next.locator('[data-pending]')).toBeHidden();

  // Unticking one step in English shows in French.
  await page.goto(`en/${PHASE}/`);
  await checkboxOf(page, ids[0]!).uncheck();
  await page.goto(`fr/${PHASE}/`);
  await expect(checkboxOf(page, ids[0]!)).not.toBeChecked();
  await expect(checkboxOf(page, ids[1]!)).toBeChecked();
  // Starting the next phase while this one is not complete: the home marks the next one.
  const nextIds = checklistItemIds('fr', NEXT);
  await page.goto(`fr/${NEXT}/`);
  await checkboxOf(page, nextIds[0]!).check();
  await page.goto('fr/');
  const pending = page.locator(`.phase-card[data-phase="${NEXT}"] [data-pending]`);
  await expect(pending).toBeVisible();
  await expect(pending).toContainText(locales.fr.dictionary['checklist.pendingPrerequisites']);
  expect(errors).toEqual([]);
});
