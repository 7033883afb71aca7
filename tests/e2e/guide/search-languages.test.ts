import { expect, test, type Page } from '@playwright/test';
import { fill } from '../../../src/i18n/fill.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { MOVE_USERS, results, search, searchStatus, settled } from '../search-helpers.ts';

/** The pages of every result of one language, once "more" has shown them all. */
async function allPagesOf(page: Page, lang: string): Promise<string[]> {
  const more = page.locator('site-search button[data-more]');
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
  const links = page.locator(`site-search .search-result[lang="${lang}"] .search-result-title`);
  const paths = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => (anchor instanceof HTMLAnchorElement ? anchor.pathname : '')),
  );
  return paths.sort();
}

/** The result pages of `query` searched from a page of `from`, in `lang` (the page's own, or added). */
async function pagesFound(page: Page, from: string, query: string, lang: string): Promise<string[]> {
  await page.goto(`${from}/${MOVE_USERS}/`);
  if (lang !== from) {
    await search(page, 'Lync');
    await page.locator('site-search').getByRole('checkbox').check();
    await settled(page);
  }
  await search(page, query);
  return allPagesOf(page, lang);
}

const CASES = [
  { query: 'Topology Builder', lang: 'en', from: 'fr' },
  { query: 'Générateur de topologie', lang: 'fr', from: 'en' },
] as const;

for (const { query, lang, from } of CASES) {
  test(`"${query}" searched from a ${from} page with ${lang} added finds the ${lang} pages a ${lang} page finds`, async ({
    page,
  }) => {
    const own = await pagesFound(page, lang, query, lang);
    expect(own.length, `${query} on a ${lang} page`).toBeGreaterThan(1);
    const added = await pagesFound(page, from, query, lang);
    expect(added).toEqual(own);
  });
}

test('a French query on an English page finds nothing, rather than the pages of words starting with "de" or "central"', async ({
  page,
}) => {
  // The central management store: no console's name (those are found in both languages, see search-admins).
  const query = 'magasin central de gestion';
  await page.goto(`en/${MOVE_USERS}/`);
  await search(page, query);
  await expect(searchStatus(page)).toHaveText(fill(locales.en.dictionary['search.noResults'], { query }));
  await expect(results(page)).toHaveCount(0);
});

test('a mistyped word still finds its pages: deploiemnt finds déploiement', async ({ page }) => {
  await page.goto('fr/');
  await search(page, 'deploiemnt');
  await expect(results(page).first()).toBeVisible();
  const marked = await page.locator('site-search .search-result mark').allTextContents();
  expect(marked.some((word) => word.toLowerCase().startsWith('déploiement'))).toBe(true);
});
