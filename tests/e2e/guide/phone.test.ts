import { expect, test, type Page } from '@playwright/test';
import { phaseSlugs } from '../checklist-helpers.ts';

const PHASE_6 = 'phase-6-move-from-pilot-deployment-into-production';

/** Every kind of page: root, homes, every phase, glossary, plan, sign-off sheets, the 404 page. */
const PAGES = [
  '',
  'fr/',
  'en/',
  ...phaseSlugs('fr').map((slug) => `fr/${slug}/`),
  `en/${PHASE_6}/`,
  'en/phase-8-decommission-legacy-pools/',
  'fr/glossary/',
  'en/glossary/',
  'fr/plan/',
  'en/plan/',
  'fr/checklists/',
  `en/${PHASE_6}/checklist/`,
  'fr/no-such-page/',
];

/** Elements that stick out of the screen sideways, outside any box that scrolls or clips them. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow !== 'visible') return true;
      }
      return false;
    };
    const out = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        (box.right > width + 1 || box.left < -1) &&
        !clipped(element) &&
        getComputedStyle(element).position !== 'fixed'
      );
    });
    const found = out.map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    if (document.documentElement.scrollWidth > width)
      found.unshift(`document ${document.documentElement.scrollWidth} > ${width}`);
    return found.slice(0, 5);
  });
}

for (const width of [320, 375]) {
  test(`at ${width} px no page is wider than the screen`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 740 });
    for (const path of PAGES) {
      await page.goto(path);
      expect(await overflowing(page), path || '/').toEqual([]);
    }
    // An open menu and table of contents stay within the screen too.
    await page.goto(`fr/${PHASE_6}/`);
    await page.locator('.mobile-nav summary').click();
    expect(await overflowing(page), 'menu open').toEqual([]);
    await page.locator('.toc-inline summary').click();
    expect(await overflowing(page), 'contents open').toEqual([]);
  });
}

test.describe('a phase page on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('menu and contents stay reachable at the bottom of the page; a followed link closes the contents and lands below the bar', async ({
    page,
  }) => {
    await page.goto(`fr/${PHASE_6}/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const menu = page.locator('.mobile-bar .mobile-nav summary');
    const contents = page.locator('.mobile-bar .toc-inline summary');
    await expect(menu).toBeInViewport();
    await expect(contents).toBeInViewport();
    await contents.click();
    const link = page.locator('.toc-inline nav a').nth(3);
    await expect(link).toBeVisible();
    const target = decodeURIComponent(((await link.getAttribute('href')) ?? '#').slice(1));
    await link.click();
    await expect(page.locator('.toc-inline')).not.toHaveAttribute('open', '');
    const heading = page.locator(`[id="${target}"]`);
    await expect(heading).toBeInViewport();
    const barBottom = (await page.locator('.mobile-bar').boundingBox())?.y ?? 0;
    const barHeight = (await page.locator('.mobile-bar').boundingBox())?.height ?? 0;
    expect((await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(barBottom + barHeight - 1);

    await menu.click();
    await expect(page.locator('.mobile-nav nav')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.mobile-nav nav')).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('a back-to-top link appears once the reader has scrolled, and leads back up', async ({ page }) => {
    await page.goto(`en/${PHASE_6}/`);
    const back = page.getByRole('link', { name: 'Back to top' });
    await expect(back).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, 6000));
    await expect(back).toBeVisible();
    await expect(back).toBeInViewport();
    await back.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
    await expect(page.locator('h1')).toBeInViewport();
  });

  test('a long command shows that it scrolls, and wraps on demand, in both languages', async ({ page }) => {
    for (const [lang, label] of [
      ['fr', 'Renvoyer à la ligne'],
      ['en', 'Wrap lines'],
    ] as const) {
      await page.goto(`${lang}/${PHASE_6}/`);
      const blocks = page.locator('.code-block');
      const index = await blocks.evaluateAll((all) =>
        all.findIndex((block) => {
          const pre = block.querySelector('pre');
          return pre !== null && pre.scrollWidth > pre.clientWidth;
        }),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      const block = blocks.nth(index);
      const pre = block.locator('pre');
      expect(await pre.evaluate((element) => getComputedStyle(element).backgroundImage)).toContain('radial-gradient');
      const wrap = block.getByRole('button', { name: label });
      await expect(wrap).toHaveAttribute('aria-pressed', 'false');
      await wrap.click();
      await expect(wrap).toHaveAttribute('aria-pressed', 'true');
      expect(await pre.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await wrap.click();
      expect(await pre.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    }
  });

  test('without JavaScript the bar still opens the menu and contents, and no wrap button shows', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`en/${PHASE_6}/`);
    await page.evaluate(() => window.scrollTo(0, 8000));
    await page.locator('.mobile-bar .toc-inline summary').click();
    await expect(page.locator('.toc-inline nav a').first()).toBeVisible();
    await expect(page.locator('.wrap-button').first()).toBeHidden();
    await context.close();
  });
});
