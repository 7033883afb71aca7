import { expect, test } from '@playwright/test';
import { MOVE_USERS, results, search, searchBox } from '../search-helpers.ts';

const SEARCH_CODE = /\/pagefind\/|search-panel|highlight-terms/;

test('a phase page loads no search code until the reader starts a search', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`fr/${MOVE_USERS}/`, { waitUntil: 'networkidle' });
  expect(requested.filter((url) => SEARCH_CODE.test(url))).toEqual([]);

  await searchBox(page).focus();
  await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await search(page, 'Move-CsUser');
  const origin = new URL(baseURL ?? '').origin;
  expect(requested.filter((url) => !url.startsWith(`${origin}/guides/lync/`))).toEqual([]);
});

test('searching and opening a result breaks no rule of the Content-Security-Policy and logs no error', async ({
  page,
}) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('en/');
  await search(page, 'Move-CsUser');
  await page.locator('site-search').getByRole('checkbox').check();
  await expect(page.locator('site-search .search-result[lang="fr"]').first()).toBeVisible();
  await results(page).first().locator('a').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows no search field that cannot work', async ({ page }) => {
    await page.goto(`en/${MOVE_USERS}/`);
    await expect(searchBox(page)).toBeHidden();
    await expect(page.locator('site-search .search-panel')).toHaveCount(0);
  });
});
