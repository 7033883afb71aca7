import { expect, test } from '@playwright/test';
import { CHECKLIST_PHASE, FIRST_ITEM, checkboxOf, recordErrors } from './checklist-helpers.ts';

const WITH_PROGRESS = { fr: 'Imprimer la progression actuelle', en: 'Print the current progress' } as const;

test.describe('the sheet remembers "print with progress"', () => {
  test('the choice survives a reload, holds on every sheet in both languages, and unticking it is remembered too', async ({
    page,
  }) => {
    const errors = recordErrors(page);
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
    const toggle = page.getByLabel(WITH_PROGRESS.en);
    const row = page.locator(`.sheet [data-checklist-item="${FIRST_ITEM}"]`);
    await expect(toggle).toBeEnabled();
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect(row).toHaveClass(/is-ticked/);

    await page.reload();
    await expect(page.getByLabel(WITH_PROGRESS.en)).toBeChecked();
    await expect(row).toHaveClass(/is-ticked/);
    await expect(row.locator('[data-tick-date]')).not.toBeEmpty();

    await page.goto('fr/checklists/');
    await expect(page.getByLabel(WITH_PROGRESS.fr)).toBeChecked();
    await expect(page.locator(`.sheet [data-checklist-item="${FIRST_ITEM}"]`)).toHaveClass(/is-ticked/);
    await page.getByLabel(WITH_PROGRESS.fr).uncheck();

    await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
    await expect(page.getByLabel(WITH_PROGRESS.en)).toBeEnabled();
    await expect(page.getByLabel(WITH_PROGRESS.en)).not.toBeChecked();
    await expect(row).not.toHaveClass(/is-ticked/);
    await expect(row.locator('[data-tick-date]')).toBeEmpty();
    expect(errors).toEqual([]);
  });

  test('a browser that keeps nothing still offers the choice, for the page only, without an error', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const errors = recordErrors(page);
    await page.goto(`fr/${CHECKLIST_PHASE}/checklist/`);
    const toggle = page.getByLabel(WITH_PROGRESS.fr);
    await expect(toggle).toBeEnabled();
    await toggle.check();
    await expect(page.locator('.sheet [data-as-of]')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(WITH_PROGRESS.fr)).not.toBeChecked();
    expect(errors).toEqual([]);
  });

  test('without JavaScript the sheet stays blank, whatever was chosen before', async ({ browser }) => {
    const withScript = await browser.newContext();
    const first = await withScript.newPage();
    await first.goto(`en/${CHECKLIST_PHASE}/checklist/`);
    await first.getByLabel(WITH_PROGRESS.en).check();
    const state = await withScript.storageState();
    await withScript.close();
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
    const page = await context.newPage();
    await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
    await expect(page.getByLabel(WITH_PROGRESS.en)).toBeDisabled();
    await expect(page.getByLabel(WITH_PROGRESS.en)).not.toBeChecked();
    await expect(page.locator('.sheet [data-as-of]')).toBeHidden();
    await expect(page.locator('.sheet .is-ticked')).toHaveCount(0);
    await context.close();
  });
});
