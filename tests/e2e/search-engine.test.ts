/**
 * The search code's assumption about pagefind.js (src/components/search/client/pagefind-client.ts): each language's
 * instance, imported as its own module (`pagefind.js#<lang>`), loads that language's WebAssembly and index.
 * If a Pagefind upgrade changes how pagefind.js loads, the added language's files are not fetched, or its
 * pages not found, and this test fails.
 */
import { expect, test } from '@playwright/test';
import { results, search, settled } from './search-helpers.ts';
import { checklistPhase, guidePhase } from './guide-model.ts';

test('each language searched loads its own WebAssembly and finds its own pages', async ({ page }) => {
  const slug = checklistPhase().slug;
  // A word of the English page's title, which the English index holds.
  const word =
    guidePhase('en', slug)
      .data.title.match(/\p{L}{5,}/gu)
      ?.at(-1) ?? '';
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

  await page.goto(`fr/${slug}/`);
  await search(page, word);
  expect(
    fetched.filter((path) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(path)).map((path) => path.split('/').at(-1)),
  ).toEqual(['wasm.fr.pagefind']);

  await page.locator('site-search').getByRole('checkbox').check();
  await settled(page);
  expect(fetched.some((path) => path.endsWith('/pagefind/wasm.en.pagefind'))).toBe(true);
  await expect(
    results(page)
      .locator('.search-result-title')
      .and(page.locator(`[href*="/en/${slug}/"]`))
      .first(),
  ).toBeVisible();
});
