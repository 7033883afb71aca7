import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  notApplicableOf,
  progressKey,
} from './checklist-helpers.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's findings on the page, or on the elements of `scope` only. */
async function violations(page: Page, scope: string[] = []): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  for (const selector of scope) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the sign-off sheets, in progress mode, in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    for (const path of [`fr/${CHECKLIST_PHASE}/checklist/`, 'en/checklists/']) {
      await page.goto(path);
      await page.locator('input[data-with-progress]').check();
      expect(await violations(page), path).toEqual([]);
    }
  });

  test(`axe finds no violation on a phase page with a step ticked, one not applicable and the prerequisite hint, in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`fr/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, FIRST_ITEM).check();
      await notApplicableOf(page, SECOND_ITEM).click();
      await expect(page.locator('guide-progress [data-pending]')).toBeVisible();
      // Hovered, as it is right after a click. The rest of the page is checked by accessibility.test.ts,
      // at the top of the page: here, scrolled down, the sticky header covers other parts of it.
      await notApplicableOf(page, SECOND_ITEM).hover();
      expect(await violations(page, ['guide-progress', 'guide-checklist']), `${width} px`).toEqual([]);
      await page.evaluate(() => localStorage.clear());
    }
  });

  test(`axe finds no violation with the untick dialog open and a storage notice shown, in the ${colorScheme} theme`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await page.evaluate((key) => localStorage.setItem(key, 'not a record'), progressKey(baseURL));
    await page.reload();
    await checkboxOf(page, FIRST_ITEM).check();
    await expect(page.locator('guide-progress .storage-notice')).not.toBeEmpty();
    await page.getByRole('button', { name: 'Untick all' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.goto('en/');
    expect(await violations(page)).toEqual([]);
  });
}

test('at 320 px the sheet page does not scroll sideways and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  expect(await violations(page)).toEqual([]);
});
