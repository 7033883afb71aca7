import { expect, test } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  checkboxOf,
  checklistItem,
  checklistItemIds,
  notApplicableOf,
  phaseSlugs,
  prerequisitesOf,
} from './checklist-helpers.ts';

test.describe('a phase page and its checklist', () => {
  test('says which prerequisites are not finished, with links, once the reader has marked something', async ({
    page,
  }) => {
    const [prerequisite] = prerequisitesOf('fr', CHECKLIST_PHASE);
    expect(prerequisite).toBeDefined();
    const hint = page.locator('guide-progress [data-pending]');
    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await expect(hint).toBeHidden();

    await checkboxOf(page, FIRST_ITEM).check();
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('Prérequis non terminés\u202f:');
    const link = hint.locator(`a[data-prerequisite="${prerequisite}"]`);
    await expect(link).toBeVisible();

    // Completing the prerequisite (every step ticked or not applicable) removes the hint.
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/fr/${prerequisite}/$`));
    const ids = checklistItemIds('fr', prerequisite!);
    for (const id of ids.slice(1)) await checkboxOf(page, id).check();
    await notApplicableOf(page, ids[0]!).click();
    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(hint).toBeHidden();
  });

  test('writes the whole guide’s count with French plurals: 0 and 1 singular', async ({ page }) => {
    await page.goto('fr/');
    const count = page.locator('.guide-progress [data-progress-count]');
    await expect(count).toHaveText(/^Ensemble du guide\u202f: 0 étape cochée sur \d+$/);
    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    await page.goto('fr/');
    await expect(count).toHaveText(/^Ensemble du guide\u202f: 1 étape cochée sur \d+$/);
    await page.goto('en/');
    await expect(page.locator('.guide-progress [data-progress-count]')).toHaveText(
      /^Whole guide: 1 step ticked out of \d+$/,
    );
  });

  test('ties each checkbox to its verification and its role and duration', async ({ page }) => {
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    const item = checklistItem(page, FIRST_ITEM);
    const verify = ((await item.locator('.checklist-verify').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const role = ((await item.locator('.checklist-meta span').first().textContent()) ?? '').trim();
    expect(verify.length).toBeGreaterThan(0);
    expect(role.length).toBeGreaterThan(0);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(checkboxOf(page, FIRST_ITEM)).toHaveAccessibleDescription(
      new RegExp(`^${escape(verify)}\\s*${escape(role)}`),
    );
    // Every reference points at an element of the page.
    const dangling = await page
      .locator('guide-checklist input[aria-describedby]')
      .evaluateAll((inputs) =>
        inputs.flatMap((input) =>
          (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !document.getElementById(id)),
        ),
      );
    expect(dangling).toEqual([]);
  });

  // The document's own headings are the authors' (content/); the checklists' group titles are the build's,
  // and must always sit one level below the heading before them, whatever the document does.
  for (const lang of ['fr', 'en'] as const) {
    test(`checklist group titles never skip a heading level, on any ${lang} phase page`, async ({ page }) => {
      const slugs = phaseSlugs(lang).filter((slug) => checklistItemIds(lang, slug).length > 0);
      expect(slugs.length).toBeGreaterThan(1);
      for (const slug of slugs) {
        await page.goto(`${lang}/${slug}/`);
        // A closed dialog's title (the run control's) is no heading of the page.
        const headings = await page.locator(':is(h1, h2, h3, h4, h5, h6):not(dialog *)').evaluateAll((found) =>
          found.map((heading) => ({
            level: Number(heading.tagName[1]),
            group: heading.classList.contains('checklist-group-title'),
            text: heading.textContent?.trim(),
          })),
        );
        expect(headings[0]?.level, slug).toBe(1);
        expect(
          headings.some((heading) => heading.group),
          slug,
        ).toBe(true);
        const wrong = headings.flatMap((heading, index) => {
          const before = headings.slice(0, index).findLast((other) => !other.group);
          return heading.group && heading.level !== Math.min((before?.level ?? 1) + 1, 6)
            ? [`"${heading.text}" is h${heading.level} after h${before?.level}`]
            : [];
        });
        expect(wrong, slug).toEqual([]);
      }
    });
  }
});
