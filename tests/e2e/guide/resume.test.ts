import { expect, test, type Page } from '@playwright/test';
import { CHECKLIST_PHASE, checkboxOf, checklistItemIds, progressKey, recordErrors } from '../checklist-helpers.ts';
import { phasesInOrder } from '../guide-model.ts';

/** The phases in reading order, as the sidebar lists them. */
const PHASES = phasesInOrder('en').map((phase) => phase.slug);
const FIRST_PHASE = PHASES.find((slug) => checklistItemIds('en', slug).length > 0) ?? '';
/** A phase with steps other than the first, to be found "started" while the first is done. */
const LATER_PHASE =
  PHASES.filter((slug) => slug !== FIRST_PHASE && checklistItemIds('en', slug).length > 0).at(-1) ?? '';

async function store(page: Page, baseURL: string | undefined, ticked: readonly string[]): Promise<void> {
  const record = {
    version: 2,
    ticked: Object.fromEntries(ticked.map((id) => [id, '2026-12-03T10:00:00.000Z'])),
    notApplicable: {},
  };
  await page.goto('en/glossary/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [progressKey(baseURL), JSON.stringify(record)],
  );
}

test.describe('resume where the reader stopped', () => {
  for (const [width, limit] of [
    [1400, 600],
    [375, 900],
  ] as const) {
    test(`at ${width} px the home shows the progress and the way to resume near its top`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`en/${CHECKLIST_PHASE}/`);
      const ids = checklistItemIds('en', CHECKLIST_PHASE);
      await checkboxOf(page, ids[0]!).check();
      await page.goto('en/');
      const resume = page.locator('a[data-resume]');
      await expect(resume).toBeVisible();
      const box = await resume.boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(limit);
      expect((await page.locator('.guide-progress [data-progress-count]').boundingBox())?.y ?? Infinity).toBeLessThan(
        limit,
      );
    });
  }

  test('with nothing ticked, the home offers the first step of the guide, in both languages', async ({ page }) => {
    const errors = recordErrors(page);
    const first = checklistItemIds('fr', FIRST_PHASE)[0];
    const steps = checklistItemIds('fr', FIRST_PHASE).length;
    await page.goto('fr/');
    const resume = page.locator('a[data-resume]');
    await expect(resume).toHaveText(new RegExp(`^Commencer par .+, étape \\d+\\.1 \\(1 sur ${steps}\\)$`));
    await expect(resume).toHaveAttribute('href', new RegExp(`/fr/${FIRST_PHASE}/#step-${first}$`));
    await page.goto('en/');
    await expect(page.locator('a[data-resume]')).toHaveText(
      new RegExp(`^Start with .+, step \\d+\\.1 \\(1 of ${steps}\\)$`),
    );
    expect(errors).toEqual([]);
  });

  test('after some ticks the link leads to the first unfinished step, on its phase page', async ({ page }) => {
    const ids = checklistItemIds('en', CHECKLIST_PHASE);
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, ids[0]!).check();
    await checkboxOf(page, ids[1]!).check();
    await page.goto('en/');
    const resume = page.locator('a[data-resume]');
    await expect(resume).toHaveText(
      new RegExp(`^Resume where you stopped: .+ — .+, step \\d+\\.3 \\(3 of ${ids.length}\\)$`),
    );
    await page.goto('fr/');
    await expect(resume).toHaveText(
      new RegExp(`^Reprendre où vous en étiez\\u202f: .+ — .+, étape \\d+\\.3 \\(3 sur ${ids.length}\\)$`),
    );
    await resume.click();
    await expect(page).toHaveURL(new RegExp(`/fr/${CHECKLIST_PHASE}/#step-${ids[2]}$`));
    await expect(checkboxOf(page, ids[2]!)).toBeInViewport();
    await expect(checkboxOf(page, ids[2]!)).not.toBeChecked();
  });

  test('when every step is ticked, the home says the guide is complete', async ({ page, baseURL }) => {
    await store(
      page,
      baseURL,
      PHASES.flatMap((slug) => checklistItemIds('en', slug)),
    );
    await page.goto('en/');
    await expect(page.locator('[data-resume-done]')).toHaveText(
      'Every step is ticked or not applicable: the guide is complete.',
    );
    await expect(page.locator('a[data-resume]')).toBeHidden();
    await page.goto('fr/');
    await expect(page.locator('[data-resume-done]')).toHaveText(
      'Toutes les étapes sont cochées ou sans objet\u202f: le guide est terminé.',
    );
  });
});

test.describe('phase status in the sidebar', () => {
  test('each phase is marked done, started or not started, in words as well as signs, in both languages', async ({
    page,
    baseURL,
  }) => {
    const done = checklistItemIds('en', FIRST_PHASE);
    await store(page, baseURL, [...done, checklistItemIds('en', LATER_PHASE)[0]!]);
    await page.goto('en/glossary/');
    const nav = page.locator('.sidebar nav');
    const link = (slug: string) => nav.locator(`a[href$="/${slug}/"]`);
    await expect(link(FIRST_PHASE)).toHaveAccessibleName(/\(done\)$/);
    await expect(link(LATER_PHASE)).toHaveAccessibleName(/\(started\)$/);
    const untouched = PHASES.filter(
      (slug) => slug !== FIRST_PHASE && slug !== LATER_PHASE && checklistItemIds('en', slug).length > 0,
    );
    for (const slug of untouched) await expect(link(slug)).toHaveAccessibleName(/\(not started\)$/);
    const signs = await Promise.all(
      [FIRST_PHASE, LATER_PHASE, untouched[0]!].map((slug) => link(slug).locator('[data-sign]').textContent()),
    );
    expect(new Set(signs).size).toBe(3);

    await page.goto(`fr/${LATER_PHASE}/`);
    await expect(page.locator(`.sidebar nav a[href$="/${LATER_PHASE}/"]`)).toHaveAccessibleName(/\(commencée\)$/);
    await expect(page.locator(`.sidebar nav a[href$="/${FIRST_PHASE}/"]`)).toHaveAccessibleName(/\(terminée\)$/);
  });

  test('the phone menu shows the statuses too, and another tab’s ticks update them without reloading', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('en/');
    const menu = page.locator('.mobile-nav');
    await menu.locator('summary').click();
    const status = menu.locator(`[data-nav-status="${CHECKLIST_PHASE}"]`);
    await expect(status).toHaveAttribute('data-state', 'not-started');
    const other = await context.newPage();
    await other.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(other, checklistItemIds('en', CHECKLIST_PHASE)[0]!).check();
    await expect(status).toHaveAttribute('data-state', 'started');
    await expect(status).toBeVisible();
  });

  test('without JavaScript no status is claimed', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('en/');
    await expect(page.locator('.sidebar [data-nav-status]').first()).toBeHidden();
    await expect(page.locator('[data-guide-progress]')).toBeHidden();
    await context.close();
  });
});
