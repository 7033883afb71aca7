/**
 * The all-phases sign-off sheets open with a cover: the guide's title and version, the date printed, a
 * field for the run's name, a summary of the phases (steps, effort, sign-off) and the contents; on paper
 * the cover is a page of its own. Facts from the guide's model.
 */
import { expect, test } from '@playwright/test';
import { contentDir } from '../../src/content-dir.ts';
import { guideInfo } from '../../src/content-model/guide-file.ts';
import { locales } from '../../src/i18n/locales.ts';
import { phasesInOrder } from './guide-model.ts';

for (const lang of ['fr', 'en'] as const) {
  const t = locales[lang].dictionary;

  test(`the ${lang} sheets of all phases open with a cover, a summary of the phases and the contents`, async ({
    page,
  }) => {
    const phases = phasesInOrder(lang).filter((phase) => phase.data.checklist.length > 0);
    await page.goto(`${lang}/checklists/`);
    const cover = page.locator('.sheets-cover');
    await expect(cover.getByRole('heading', { name: t['sheet.coverKind'] })).toBeVisible();
    await expect(cover.locator('.sheet-facts')).toContainText(guideInfo(contentDir()).version);
    // The date printed is today's, filled by the page; the run's name is a field to fill.
    await expect(cover.locator('[data-printed-on]')).toHaveText(/\d{4}/);
    await expect(cover.locator('[data-run-name]')).toBeEmpty();
    const rows = cover.locator('.sheets-summary tbody tr');
    await expect(rows).toHaveCount(phases.length);
    for (const [index, phase] of phases.entries()) {
      const steps = phase.data.checklist.reduce((total, group) => total + group.items.length, 0);
      await expect(rows.nth(index).locator('th')).toHaveText(phase.data.title);
      await expect(rows.nth(index).locator('td').first()).toHaveText(String(steps));
      await expect(rows.nth(index).locator('td').nth(1)).not.toBeEmpty();
    }
    const contents = cover.locator('.sheets-contents a');
    await expect(contents).toHaveCount(phases.length);
    await contents.last().click();
    await expect(page.locator(`#sheet-${phases.at(-1)!.slug}`)).toBeInViewport();
  });

  test(`on paper the ${lang} cover is a page of its own, before the first sheet`, async ({ page }) => {
    await page.goto(`${lang}/checklists/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sheets-cover')).toHaveCSS('break-after', 'page');
    await expect(page.locator('.sheet-controls, .sheet-page-header').first()).toBeHidden();
    await expect(page.locator('.sheets-cover')).toBeVisible();
  });
}
