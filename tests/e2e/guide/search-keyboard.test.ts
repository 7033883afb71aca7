import { expect, test } from '@playwright/test';
import { MOVE_USERS, results, searchBox, settled } from '../search-helpers.ts';

test('Ctrl+K, typing and Enter open the best section of the first result, with the words marked', async ({ page }) => {
  await page.goto('en/');
  await page.keyboard.press('Control+K');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Move-CsUser');
  await settled(page);
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/en/${MOVE_USERS}/\\?highlight=[^#]*Move-CsUser[^#]*#[\\w-]+$`));
  const hits = page.locator('mark.search-hit');
  await expect(hits.first()).toHaveText(/^Move-CsUser$/i);
  const section = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
});

test('⌘+K opens the search too, but a single key does not', async ({ page }) => {
  await page.goto('fr/');
  await page.keyboard.press('k');
  await expect(searchBox(page)).not.toBeFocused();
  await page.keyboard.press('Meta+K');
  await expect(searchBox(page)).toBeFocused();
});

test('arrow keys reach the result links, Enter opens one, Escape closes the panel', async ({ page }) => {
  await page.goto(`fr/${MOVE_USERS}/`);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Move-CsUser');
  await settled(page);
  await expect(results(page).first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.locator('site-search .search-panel')).toBeHidden();
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('Move-CsUser');

  await page.keyboard.type(' ');
  await expect(page.locator('site-search .search-panel')).toBeVisible();
  await settled(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('site-search .search-result-title').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const section = page.locator('site-search .search-result-link').first();
  await expect(section).toBeFocused();
  const href = await section.getAttribute('href');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === href);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});

test('Tab moves from the field through the filters to the results', async ({ page }) => {
  await page.goto('en/');
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Move-CsUser');
  await settled(page);
  await expect(results(page).first()).toBeVisible();
  const order: string[] = [];
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('name') ?? active?.className ?? '';
      }),
    );
  }
  expect(order).toEqual(['all-languages', 'phase', 'role', 'search-result-title']);
});
