/**
 * Search as the Lync guide's administrators use it: the federation DNS check found by the record's type,
 * consoles found by their name in either language, stop words never highlighted, glossary terms tagged.
 */
import { expect, test } from '@playwright/test';
import { results, search } from '../search-helpers.ts';

const BASE = '/guides/lync/';
const PILOT_TO_PRODUCTION = 'phase-6-move-from-pilot-deployment-into-production';

for (const [lang, query] of [
  ['fr', 'SRV fédération'],
  ['en', 'SRV federation'],
] as const) {
  test(`"${query}" (${lang}) leads first to the section that checks the federation SRV record`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await search(page, query);
    const first = results(page).first();
    await expect(first.locator('.search-result-title')).toHaveAttribute(
      'href',
      new RegExp(`^${BASE}${lang}/${PILOT_TO_PRODUCTION}/`),
    );
    const section = first.locator('.search-result-link').first();
    const href = (await section.getAttribute('href')) ?? '';
    expect(new URL(href, page.url()).hash).toBe('#p6-check-federation-dns');
    await section.click();
    await expect(page.locator('#p6-check-federation-dns')).toBeInViewport();
    await expect(page.locator('mark.search-hit', { hasText: /^SRV$/ }).first()).toBeVisible();
  });
}

test('the French pages name a console in French with its English name, which French search finds', async ({ page }) => {
  await page.goto('fr/phase-3-deploy-lync-server-2013-pilot-pool/');
  await expect(
    page.locator('.prose .ui-label').filter({ hasText: 'Générateur de topologie (Topology Builder)' }).first(),
  ).toBeVisible();
  await search(page, 'Topology Builder');
  await expect(results(page).first()).toHaveAttribute('lang', 'fr');
  const marked = await page.locator('site-search .search-result mark').allTextContents();
  expect(marked).toContain('Topology');
});

test('English search finds the consoles by their French names, without highlighting "de"', async ({ page }) => {
  await page.goto('en/phase-3-deploy-lync-server-2013-pilot-pool/');
  const label = page.locator('.prose .ui-label').filter({ hasText: 'Topology Builder' }).first();
  await expect(label).toBeVisible();
  // The French name is in the page for search, not shown or read aloud.
  await expect(label.locator('[lang="fr"]')).toBeHidden();
  expect(await label.innerText()).toBe('Topology Builder');
  await search(page, 'Générateur de topologie');
  await expect(results(page).first()).toHaveAttribute('lang', 'en');
  const marked = await page.locator('site-search .search-result mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  expect(marked.filter((word) => /^(de|des)$/i.test(word))).toEqual([]);
});

test('"Générateur de topologie" in French highlights the console’s name, never "de" or "des", on the page it opens', async ({
  page,
}) => {
  await page.goto('fr/');
  await search(page, 'Générateur de topologie');
  const panelMarks = await page.locator('site-search .search-result mark').allTextContents();
  expect(panelMarks.some((word) => /^générateur$/i.test(word))).toBe(true);
  expect(panelMarks.filter((word) => /^(de|des|du)$/i.test(word))).toEqual([]);
  await results(page).first().locator('.search-result-link').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  const pageMarks = await page.locator('mark.search-hit').allTextContents();
  expect(pageMarks.filter((word) => /^(de|des|du)$/i.test(word))).toEqual([]);
  expect(new URL(page.url()).searchParams.get('highlight')?.split(' ')).not.toContain('de');
});

for (const [lang, term, tag] of [
  ['fr', 'pool frontal', 'Glossaire'],
  ['en', 'Front End pool', 'Glossary'],
] as const) {
  test(`"${term}" (${lang}) gives the glossary's definition first, tagged "${tag}"`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await search(page, term);
    const first = results(page).first();
    await expect(first.locator('.search-result-tag')).toHaveText(tag);
    const link = first.locator('.search-result-link').first();
    await expect(link).toHaveText(new RegExp(`^${term}$`, 'i'));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${BASE}${lang}/glossary/\\?highlight=.*#front-end-pool$`));
  });
}
