import { builtLangs, searchableCommand } from './built-site.ts';
import { expect, test } from './fixtures.ts';

test.describe('Firefox: search', () => {
  for (const lang of builtLangs()) {
    test(`searching the ${lang} guide for a command finds the phase page that shows it, and opens it`, async ({
      ff,
    }) => {
      const { command, page: phase } = searchableCommand(lang);
      await ff.open(`${lang}/`);
      const input = await ff.page.waitForSelector('site-search input[type="search"]:not([disabled])');
      await input!.type(command);
      const target = new URL(ff.url(phase)).pathname;
      const results = () =>
        ff.page.$$eval('site-search .search-result-title', (links) =>
          links.map((link) => (link as HTMLAnchorElement).pathname),
        );
      await expect.poll(results, { timeout: 20_000 }).toContain(target);
      const link = await ff.page.waitForSelector(`site-search .search-result-title[href^="${target}"]`);
      await Promise.all([ff.page.waitForNavigation({ waitUntil: 'load' }), link!.click()]);
      expect(new URL(ff.page.url()).pathname).toBe(target);
      expect(await ff.page.evaluate(() => document.body.textContent ?? '')).toContain(command);
    });
  }
});
