import { expect, test } from '@playwright/test';
import { fill } from '../../../src/i18n/fill.ts';
import { translate } from '../../../src/i18n/index.ts';
import { locales } from '../../../src/i18n/locales.ts';
import {
  elidedOnlyWord,
  MOVE_USERS,
  stepOnlyWord,
  phasesOf,
  resultPages,
  results,
  rolesOf,
  search,
  searchStatus,
} from '../search-helpers.ts';

const BASE = '/guides/lync/';

for (const lang of ['fr', 'en'] as const) {
  test.describe(`search in ${lang}`, () => {
    test('Move-CsUser gives the phase that moves users first, and only pages of the reader’s language', async ({
      page,
    }) => {
      await page.goto(`${lang}/`);
      await search(page, 'Move-CsUser');
      const pages = await resultPages(page);
      expect(pages[0]).toBe(`${BASE}${lang}/${MOVE_USERS}/`);
      for (const path of pages) expect(path.startsWith(`${BASE}${lang}/`)).toBe(true);
      await expect(page.locator('site-search .search-result-lang')).toHaveCount(0);
    });

    test('a query with no result says so in the page’s language, rather than showing scraps of it', async ({
      page,
    }) => {
      // Pagefind would answer with the pages holding "a" or "à", the longest known start of this word.
      await page.goto(`${lang}/${MOVE_USERS}/`);
      await search(page, 'abracadabra');
      await expect(searchStatus(page)).toHaveText(
        fill(locales[lang].dictionary['search.noResults'], { query: 'abracadabra' }),
      );
      await expect(results(page)).toHaveCount(0);
    });
  });
}

test('a cmdlet is found without its hyphen and by its second part', async ({ page }) => {
  await page.goto('fr/');
  for (const query of ['movecsuser', 'CsUser']) {
    await search(page, query);
    expect((await resultPages(page)).slice(0, 1), query).toEqual([`${BASE}fr/${MOVE_USERS}/`]);
  }
});

test('accents are optional: deploiement finds déploiement', async ({ page }) => {
  await page.goto('fr/');
  await search(page, 'deploiement');
  await expect(results(page).first()).toBeVisible();
  const marked = await page.locator('site-search .search-result mark').allTextContents();
  expect(marked.some((word) => word.toLowerCase() === 'déploiement')).toBe(true);
});

test('a French word is found after an elision: inscriptions finds d’inscriptions', async ({ page }) => {
  const { slug, word } = elidedOnlyWord(new URL('../../../dist-e2e/', import.meta.url));
  await page.goto('fr/');
  await search(page, word);
  const result = results(page).filter({ has: page.locator(`a.search-result-title[href*="/fr/${slug}/"]`) });
  const marked = await result.locator('mark').allTextContents();
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  expect(
    marked.map(fold).filter((text) => text.includes(word)),
    `${word} marked in ${slug}`,
  ).not.toEqual([]);
  expect(
    marked.some((text) => text.includes('\u2019')),
    'excerpts keep the typographic apostrophe',
  ).toBe(true);
});

for (const lang of ['fr', 'en'] as const) {
  test(`the steps of a checklist are searchable (${lang})`, async ({ page }) => {
    const { slug, word } = stepOnlyWord(new URL('../../../dist-e2e/', import.meta.url), lang);
    await page.goto(`${lang}/`);
    await search(page, word);
    const result = results(page).filter({ has: page.locator(`a.search-result-title[href*="/${lang}/${slug}/"]`) });
    await expect(result, `${word} in ${slug}`).toHaveCount(1);
  });
}

for (const lang of ['fr', 'en'] as const) {
  test(`excerpts of checklist steps hold the steps' words, not the interface's (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await search(page, 'Move-CsUser');
    const excerpts = (await page.locator('site-search .search-result').allTextContents()).join(' ');
    expect(excerpts.length).toBeGreaterThan(100);
    for (const key of ['checklist.notApplicable', 'checklist.verify'] as const)
      expect(excerpts).not.toContain(translate(lang, key));
  });
}

test('the cross-language control adds the other language, each result marked with its language', async ({ page }) => {
  await page.goto(`fr/${MOVE_USERS}/`);
  await search(page, 'Move-CsUser');
  await page.locator('site-search').getByRole('checkbox').check();
  await expect(page.locator(`site-search .search-result[lang="en"]`).first()).toBeVisible();
  const pages = await resultPages(page);
  expect(pages).toContain(`${BASE}fr/${MOVE_USERS}/`);
  expect(pages).toContain(`${BASE}en/${MOVE_USERS}/`);
  await expect(page.locator('site-search .search-result-lang')).toHaveCount(pages.length);
  const badges = await page.locator('site-search .search-result[lang="en"] .search-result-lang').allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  expect(new Set(badges)).toEqual(new Set([locales.en.label]));

  await page.locator('site-search').getByRole('checkbox').uncheck();
  await expect(page.locator('site-search .search-result[lang="en"]')).toHaveCount(0);
  await expect(page.locator('site-search .search-result-lang')).toHaveCount(0);
  expect((await resultPages(page))[0]).toBe(`${BASE}fr/${MOVE_USERS}/`);
});

test('the phase filter keeps the chosen phase only, and says when the filters hide every result', async ({ page }) => {
  await page.goto('en/');
  await search(page, 'Move-CsUser');
  const phase = page.locator('site-search select[name="phase"]');
  await phase.selectOption(MOVE_USERS);
  await expect(searchStatus(page)).toHaveText(fill(locales.en.dictionary['search.countOne'], { count: 1 }));
  expect(await resultPages(page)).toEqual([`${BASE}en/${MOVE_USERS}/`]);

  await phase.selectOption('before-you-begin-the-migration');
  await expect(searchStatus(page)).toHaveText(
    fill(locales.en.dictionary['search.noResultsFiltered'], { query: 'Move-CsUser' }),
  );
  await phase.selectOption('');
  await expect(results(page).first()).toBeVisible();
});

test('the role filter keeps only the phases that involve the chosen role', async ({ page }) => {
  const phases = phasesOf('fr');
  await page.goto('fr/');
  await search(page, 'Lync');
  const role = page.locator('site-search select[name="role"]');
  const choices = (
    await role.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
  ).filter(Boolean);
  expect(choices.length).toBeGreaterThan(0);
  for (const choice of choices) {
    await role.selectOption(choice);
    await expect(page.locator('site-search .search-results')).not.toHaveAttribute('aria-busy', 'true');
    await expect(searchStatus(page)).not.toBeEmpty();
    for (const path of await resultPages(page)) {
      const slug = path.slice(`${BASE}fr/`.length, -1);
      expect(phases.has(slug), path).toBe(true);
      expect(rolesOf('fr', slug), `${slug} involves ${choice}`).toContain(choice);
    }
  }
  // Move-CsUser is in the phase that moves users, which its own roles find and no other role does.
  await search(page, 'Move-CsUser');
  for (const choice of choices) {
    await role.selectOption(choice);
    await expect(page.locator('site-search .search-results')).not.toHaveAttribute('aria-busy', 'true');
    const found = (await resultPages(page)).includes(`${BASE}fr/${MOVE_USERS}/`);
    expect(found, choice).toBe(rolesOf('fr', MOVE_USERS).includes(choice));
  }
});

test('only phase documents and the glossary are indexed: no result leads to the home', async ({ page }) => {
  await page.goto('fr/');
  await search(page, 'Lync');
  const slugs = [...phasesOf('fr').keys()];
  const pages = await resultPages(page);
  expect(pages.length).toBeGreaterThan(0);
  for (const path of pages)
    expect([...slugs.map((slug) => `${BASE}fr/${slug}/`), `${BASE}fr/glossary/`]).toContain(path);
  await expect(page.locator('site-search .search-result-tag')).toHaveCount(
    pages.filter((path) => path.endsWith('/glossary/')).length,
  );
});
