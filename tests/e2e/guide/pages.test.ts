import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGS, phaseSlugs } from '../site-helpers.ts';

test.describe('every page of the guide', () => {
  for (const lang of LANGS) {
    test(`every ${lang} phase page has lang="${lang}", its title, the sidebar with itself marked, and hreflang alternates`, async ({
      page,
    }) => {
      const slugs = phaseSlugs(lang);
      expect(slugs.length).toBeGreaterThanOrEqual(9);
      for (const slug of slugs) {
        const response = await page.goto(`${lang}/${slug}/`);
        expect(response?.status(), slug).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('main h1')).toHaveCount(1);
        const current = page.locator('.sidebar a[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveAttribute('href', new RegExp(`/${lang}/${slug}/$`));
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
        expect(alternates).toEqual(LANGS.map((other) => `${other} /guides/lync/${other}/${slug}/`));
      }
    });

    test(`the ${lang} home lists every phase in order and links to each`, async ({ page }) => {
      await page.goto(`${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const links = await page
        .locator('.phase-list .phase-card h3 a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toHaveLength(phaseSlugs(lang).length);
      expect(links[0]).toBe(`/guides/lync/${lang}/before-you-begin-the-migration/`);
      expect(links.at(-1)).toBe(`/guides/lync/${lang}/phase-8-decommission-legacy-pools/`);
    });
  }

  test('previous and next links follow the phase order', async ({ page }) => {
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    await expect(page.locator('.pagination a[rel="prev"]')).toHaveAttribute(
      'href',
      '/guides/lync/en/phase-3-deploy-lync-server-2013-pilot-pool/',
    );
    await expect(page.locator('.pagination a[rel="next"]')).toHaveAttribute(
      'href',
      '/guides/lync/en/phase-5-add-lync-server-2013-edge-server-to-pilot-pool/',
    );
    await page.locator('.pagination a[rel="next"]').click();
    await expect(page).toHaveURL(/\/guides\/lync\/en\/phase-5-add-lync-server-2013-edge-server-to-pilot-pool\/$/);
  });

  test('the table of contents links to the sections of the page', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('fr/phase-4-move-test-users-to-the-pilot-pool/');
    const toc = page.locator('.toc');
    await expect(toc).toBeVisible();
    const target = await toc.locator('a').first().getAttribute('href');
    expect(target).toMatch(/^#.+/);
    await expect(page.locator(`[id="${target!.slice(1)}"]`)).toHaveCount(1);
  });
});

/**
 * A mouse click where the element is on screen, as a reader clicks it: Playwright's own click first scrolls
 * the element "into view", which moves the page under the header's sticky language switcher.
 */
async function clickWhereItIs(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  if (!box) throw new Error('the element to click is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('languages', () => {
  test('the language switcher leads to the same page in the other language, keeping the section', async ({ page }) => {
    await page.goto('fr/phase-4-move-test-users-to-the-pilot-pool/#move-a-single-user-to-the-pilot-pool');
    await page.getByRole('link', { name: 'Lire cette page en English' }).click();
    await expect(page).toHaveURL(
      /\/guides\/lync\/en\/phase-4-move-test-users-to-the-pilot-pool\/#move-a-single-user-to-the-pilot-pool$/,
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Read this page in Français' }).click();
    await expect(page).toHaveURL(
      /\/guides\/lync\/fr\/phase-4-move-test-users-to-the-pilot-pool\/#move-a-single-user-to-the-pilot-pool$/,
    );
  });

  test('the language switcher opens the other language where the reader has scrolled to, or at the top', async ({
    page,
  }) => {
    await page.goto('fr/phase-6-move-from-pilot-deployment-into-production/');
    const heading = page.locator('main h3[id]').nth(4);
    const id = await heading.getAttribute('id');
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await clickWhereItIs(page, page.getByRole('link', { name: 'Lire cette page en English' }));
    await expect(page).toHaveURL(new RegExp(`/en/phase-6-move-from-pilot-deployment-into-production/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.getByRole('link', { name: 'Read this page in Français' }).click();
    await expect(page).toHaveURL(/\/fr\/phase-6-move-from-pilot-deployment-into-production\/$/);

    await page.goto('en/glossary/');
    await page
      .locator('dt[id="central-management-store"]')
      .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await clickWhereItIs(page, page.getByRole('link', { name: 'Read this page in Français' }));
    await expect(page).toHaveURL(/\/fr\/glossary\/#central-management-store$/);
  });

  test('the language switcher never opens the other language at an anchor made from this language’s words', async ({
    page,
  }) => {
    await page.goto('fr/');
    // The home's own headings have ids made from their French words.
    const heading = page.locator('main .prose h2[id]').last();
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await clickWhereItIs(page, page.getByRole('link', { name: 'Lire cette page en English' }));
    await expect(page).toHaveURL(/\/guides\/lync\/en\/$/);
  });

  test.describe('on a small screen, where the header scrolls away', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the switcher, reached at the top, opens the other language at the section last read', async ({ page }) => {
      await page.goto('fr/phase-4-move-test-users-to-the-pilot-pool/');
      // Reading down to the section, then back up to the header with the wheel, past earlier sections.
      await page
        .locator('[id="move-a-single-user-to-the-pilot-pool"]')
        .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await expect(page.locator('[id="move-a-single-user-to-the-pilot-pool"]')).toBeInViewport();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.mouse.move(200, 400);
      for (let step = 0; step < 60 && (await page.evaluate(() => window.scrollY)) > 0; step += 1) {
        await page.mouse.wheel(0, -300);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      }
      await clickWhereItIs(page, page.getByRole('link', { name: 'Lire cette page en English' }));
      await expect(page).toHaveURL(
        /\/en\/phase-4-move-test-users-to-the-pilot-pool\/#move-a-single-user-to-the-pilot-pool$/,
      );
    });
  });

  test('the root page sends a first-time reader to the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/guides\/lync\/en\/$/);
    await context.close();
  });

  test('the root page sends the reader back to the language read before', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('fr/');
    await page.goto('./');
    await expect(page).toHaveURL(/\/guides\/lync\/fr\/$/);
    await context.close();
  });

  test('the root page falls back to French for other browser languages', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/guides\/lync\/fr\/$/);
    await context.close();
  });

  test('without JavaScript the root page offers plain links to both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/guides\/lync\/$/);
    await expect(page.getByRole('link', { name: 'Lire le guide en français' })).toHaveAttribute(
      'href',
      '/guides/lync/fr/',
    );
    await expect(page.getByRole('link', { name: 'Read the guide in English' })).toHaveAttribute(
      'href',
      '/guides/lync/en/',
    );
    await context.close();
  });
});

test.describe('not found', () => {
  test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
    const response = await page.goto('en/no-such-phase/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('section[lang="en"] a')).toHaveAttribute('href', '/guides/lync/en/');
    await expect(page.locator('section[lang="fr"] a')).toHaveAttribute('href', '/guides/lync/fr/');
    // Asked for an English address: English comes first.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main > section').first()).toHaveAttribute('lang', 'en');
  });

  test('the base path without its trailing slash redirects to the guide', async ({ page, baseURL }) => {
    const response = await page.goto(baseURL!.replace(/\/$/, ''));
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/guides\/lync\/(fr|en)\/$/);
  });
});
