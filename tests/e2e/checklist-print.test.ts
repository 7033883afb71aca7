import { locales } from '../../src/i18n/locales.ts';
import { expect, test, type Page } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  checkboxOf,
  checklistItemIds,
  pdfPages,
  recordErrors,
  squeeze,
} from './checklist-helpers.ts';

/** The visible texts of the page's navigation and controls, which must not reach paper. */
async function screenOnlyTexts(page: Page): Promise<string[]> {
  const texts = await page
    .locator(
      '.skip-link, .site-title, .language-switcher a, .sheet-controls a, .sheet-controls button, .sheet-controls label, .site-footer',
    )
    .allTextContents();
  return texts.map((text) => text.trim()).filter((text) => text.length > 3);
}

test.describe('printable sign-off sheets', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const format of ['A4', 'Letter'] as const) {
      test(`the ${lang} sheet printed on ${format} holds every step of the phase and none of the navigation`, async ({
        page,
      }) => {
        const errors = recordErrors(page);
        await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
        await page
          .locator('guide-progress a', {
            hasText: lang === 'fr' ? 'Imprimer la liste de contrôle' : 'Print the checklist',
          })
          .click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/${CHECKLIST_PHASE}/checklist/$`));
        await page.waitForLoadState('load');
        const ids = checklistItemIds(lang, CHECKLIST_PHASE);
        const rows = page.locator('.sheet [data-checklist-item]');
        // The address changes when the sheet starts loading: wait for its rows before reading them.
        await expect(rows).toHaveCount(ids.length);
        expect(
          await rows.evaluateAll((found) => found.map((row) => (row as HTMLElement).dataset['checklistItem'])),
        ).toEqual(ids);
        const steps = await rows.locator('.sheet-step').allTextContents();
        const title = (await page.locator('.sheet-title').textContent()) ?? '';
        const navigation = await screenOnlyTexts(page);
        expect(navigation.length).toBeGreaterThan(3);

        const pages = await pdfPages(await page.pdf({ format }));
        const paper = squeeze(pages.join(' '));
        for (const step of steps) expect(paper).toContain(squeeze(step));
        for (const text of navigation) expect(paper, `"${text}" is on paper`).not.toContain(squeeze(text));
        for (const [index, text] of pages.entries()) {
          expect(squeeze(text), `page ${index + 1} has the phase title`).toContain(squeeze(title));
          expect(text, `page ${index + 1} is numbered`).toContain(`${index + 1} / ${pages.length}`);
        }
        expect(errors).toEqual([]);
      });
    }
  }

  test('prints blank by default, and with the current progress on request', async ({ page }) => {
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
    const row = page.locator(`.sheet [data-checklist-item="${FIRST_ITEM}"]`);
    const date = row.locator('[data-tick-date]');
    await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
    await expect(date).toBeEmpty();
    expect(squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join('')).toLowerCase()).not.toContain(
      'progressasof',
    );

    await page.getByLabel('Print the current progress').check();
    await expect(row).toHaveClass(/is-ticked/);
    // Month in words and the time zone named: no reader can take 11/12 for 12 November.
    await expect(date).toHaveText(/^\d{1,2}\s[A-Z][a-z]{2,3}\s\d{4} \d{2}:\d{2}\s\S+$/);
    const paper = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(''));
    expect(paper).toContain(squeeze((await date.textContent()) ?? 'missing'));
    expect(paper.toLowerCase()).toContain('progressasof');

    await page.getByLabel('Print the current progress').uncheck();
    await expect(date).toBeEmpty();
  });

  test('the whole guide prints every phase that has a checklist, each on its own page', async ({ page }) => {
    await page.goto('fr/');
    await page.locator('.sidebar').getByRole('link', { name: 'Listes à imprimer' }).click();
    await expect(page).toHaveURL(/\/fr\/checklists\/$/);
    await expect(page.locator('.sheet').first()).toBeVisible();
    await page.waitForLoadState('load');
    const withChecklist = await page
      .locator('.sheet')
      .evaluateAll((sheets) => sheets.map((sheet) => (sheet as HTMLElement).dataset['sheet']));
    expect(withChecklist).toContain(CHECKLIST_PHASE);
    expect(await page.locator('.sheet [data-checklist-item]').count()).toBeGreaterThanOrEqual(
      checklistItemIds('fr', CHECKLIST_PHASE).length,
    );
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);

    // Each sheet starts a page: the running header of every printed page ("<guide> — <phase>") names one
    // phase, and the phases follow one another in the order of the sheets.
    const titles = await page.locator('.sheet .sheet-title').allTextContents();
    expect(titles.length).toBe(withChecklist.length);
    // The cover (sheets-cover.test.ts) is the first page, alone; the sheets follow.
    const [cover = '', ...pages] = await pdfPages(await page.pdf({ format: 'A4' }));
    expect(squeeze(cover)).toContain(squeeze(locales.fr.dictionary['sheet.coverKind']));
    expect(titles.some((title) => squeeze(cover).includes(`—${squeeze(title)}`))).toBe(false);
    const phaseOfPage = pages.map((text) => {
      const header = squeeze(text).replace(/^\d+\/\d+/, '');
      const found = titles.filter((title) => header.includes(`—${squeeze(title)}`));
      expect(found, `one phase in the header of: ${text.slice(0, 120)}`).toHaveLength(1);
      return found[0];
    });
    const firstPages = phaseOfPage.flatMap((title, index) =>
      index === 0 || title !== phaseOfPage[index - 1] ? [index] : [],
    );
    const order = firstPages.map((index) => phaseOfPage[index]);
    // A phase's first page opens with its sheet heading (the guide's title again, under the running header).
    const guide = squeeze((await page.locator('.sheet .sheet-guide').first().textContent()) ?? '');
    expect(guide.length).toBeGreaterThan(0);
    for (const index of firstPages) {
      const afterHeader = squeeze(pages[index]!).split(`—${squeeze(phaseOfPage[index]!)}`)[1] ?? '';
      expect(afterHeader.startsWith(guide), `page ${index + 1} starts the sheet of ${phaseOfPage[index]}`).toBe(true);
    }
    expect(order).toEqual(titles);
  });
});
