import type { Page } from 'puppeteer-core';
import { builtLangs, checklistPhase, counterpart, pagesOf, searchableCommand } from './built-site.ts';
import { expect, test } from './fixtures.ts';

/** What a reader sees first on a page: its language, title, main heading, and whether it is wider than the screen. */
async function pageFacts(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title.trim(),
    heading: document.querySelector('h1')?.textContent?.trim() ?? '',
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
}

test.describe('Firefox: every page, in every language', () => {
  for (const lang of builtLangs()) {
    test(`every ${lang} page loads in its language, titled, as wide as a phone, with no CSP violation, error or outside request`, async ({
      ff,
    }) => {
      test.setTimeout(180_000);
      const pages = pagesOf(lang);
      expect(pages.length).toBeGreaterThan(3);
      await ff.page.setViewport({ width: 360, height: 740 });
      for (const path of pages) {
        await ff.open(path);
        const facts = await pageFacts(ff.page);
        expect(facts.lang, path).toBe(lang);
        expect(facts.title, path).not.toBe('');
        expect(facts.heading, path).not.toBe('');
        expect(facts.overflow, `${path} is wider than a phone`).toBeLessThanOrEqual(0);
      }
      // The fixture fails the test on any CSP violation, error or outside request seen on these pages.
    });
  }

  test('the language switcher opens the same page in the other language', async ({ ff }) => {
    const [from, to] = builtLangs();
    const phase = checklistPhase(from!);
    const other = counterpart(phase, to!);
    await ff.open(phase);
    await Promise.all([
      ff.page.waitForNavigation({ waitUntil: 'load' }),
      ff.page.click(`.language-switcher a[data-switch-lang="${to}"]`),
    ]);
    expect(new URL(ff.page.url()).pathname).toBe(new URL(ff.url(other)).pathname);
    expect(await ff.page.evaluate(() => document.documentElement.lang)).toBe(to);
  });

  test('the theme chosen applies at once and is kept on the next page', async ({ ff }) => {
    const [lang] = builtLangs();
    await ff.open(`${lang}/`);
    const background = () => ff.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await ff.page.waitForSelector('theme-select select:not([disabled])');
    await ff.page.select('theme-select select', 'light');
    const light = await background();
    await ff.page.select('theme-select select', 'dark');
    await expect.poll(() => ff.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background()).not.toBe(light);
    await ff.open(checklistPhase(lang!));
    expect(await ff.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background()).not.toBe(light);
  });

  test('a copy button copies a code block and says so', async ({ ff }) => {
    const [lang] = builtLangs();
    await ff.open(searchableCommand(lang!).page);
    const button = await ff.page.waitForSelector('.code-block .copy-button:not([hidden])');
    const copied = await button!.evaluate((element) => (element as HTMLElement).dataset['copied'] ?? '');
    expect(copied).not.toBe('');
    await button!.click();
    await expect
      .poll(() => button!.evaluate((element) => element.textContent?.trim() ?? '') as Promise<string>)
      .toContain(copied);
  });
});
