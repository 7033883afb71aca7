import { test } from '@playwright/test';
import { search } from '../search-helpers.ts';
test('probe', async ({ page }) => {
  for (const [lang, q] of [['fr','SRV fédération'],['fr','pool frontal'],['en','qwertyzz']]) {
    await page.goto(`${lang}/`);
    await search(page, q!);
    const t = await page.locator('site-search .search-status, site-search .search-results, site-search .search-other:visible').allInnerTexts();
    const marks = await page.locator('site-search .search-results mark').allInnerTexts();
    const hrefs = await page.locator('site-search .search-results a').evaluateAll(a => a.slice(0,30).map(x => (x as HTMLAnchorElement).href));
    console.log('=== '+q+'\n'+t.join('\n').slice(0,3000)+'\nMARKS '+marks.join('|')+'\n'+hrefs.join('\n'));
  }
});
