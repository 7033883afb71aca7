import { expect, test } from '@playwright/test';

test.describe('theme', () => {
  test('follows the system theme, and the reader can choose one that is kept across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('en/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.getByLabel('Theme').selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(dark);
    await page.goto('fr/phase-4-move-test-users-to-the-pilot-pool/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByLabel('Thème')).toHaveValue('light');
    await page.getByLabel('Thème').selectOption('auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  });
});

test.describe('small and wide screens', () => {
  test('at 320 px nothing scrolls sideways and the phases are in a menu', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ['fr/', 'fr/phase-4-move-test-users-to-the-pilot-pool/', 'en/glossary/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await expect(page.locator('.sidebar')).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.locator('.mobile-nav .nav-list a').first()).toBeVisible();
  });

  test('on a wide screen the sidebar and the table of contents sit beside the content', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    await expect(page.locator('.sidebar')).toBeVisible();
    await expect(page.locator('.toc')).toBeVisible();
    await expect(page.locator('.mobile-nav')).toBeHidden();
  });
});

test.describe('code blocks', () => {
  test('the copy button copies the command exactly', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    const block = page.locator('.code-block', { hasText: 'Move-CsUser' }).first();
    const expected = (await block.locator('pre').innerText()).trim();
    await block.getByRole('button', { name: /Copy the PowerShell code/ }).click();
    await expect(block.getByRole('button', { name: /Copy the PowerShell code/ })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  test('without JavaScript code blocks show no copy button', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    await expect(page.locator('.code-block pre').first()).toBeVisible();
    await expect(page.locator('.copy-button').first()).toBeHidden();
    await context.close();
  });
});

test.describe('print', () => {
  test('paper is printed dark on light even when the reader chose the dark theme', async ({ page }) => {
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    await page.getByLabel('Theme').selectOption('dark');
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const text = getComputedStyle(document.querySelector('main h1')!).color;
      const body = getComputedStyle(document.body);
      return { text, background: body.backgroundColor, size: body.fontSize };
    });
    expect(colours.text).toBe('rgb(0, 0, 0)');
    expect(colours.background).toBe('rgb(255, 255, 255)');
    // The print stylesheet's type size wins over the screen's, whatever order the stylesheets load in.
    expect(colours.size).toBe('14px');
  });

  test('the printed page keeps the content and drops the navigation', async ({ page }) => {
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main h1')).toBeVisible();
    for (const selector of ['.site-header', '.sidebar', '.mobile-nav', '.toc', '.pagination', '.site-footer']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
  });
});

test.describe('search on a small screen', () => {
  test('at 320 px the results panel opens under the search field, inside the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('en/');
    await page.getByRole('searchbox').fill('Move-CsUser');
    const panel = page.locator('site-search .search-panel');
    await expect(panel.locator('a').first()).toBeVisible();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(700);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await expect(panel.locator('a').first()).toBeInViewport();
  });
});

test.describe('copy on a plain-HTTP intranet', () => {
  test('the copy button still copies where the page is not a secure context, and announces it', async ({
    browser,
    baseURL,
  }) => {
    const base = new URL(baseURL!);
    // A host name other than localhost makes the page an insecure context, as on an intranet over HTTP.
    const context = await browser.newContext({ baseURL: `http://guide.intranet.test:${base.port}${base.pathname}` });
    await context.route('http://guide.intranet.test:*/**', async (route) => {
      const url = new URL(route.request().url());
      url.hostname = 'localhost';
      const response = await route.fetch({ url: url.toString() });
      await route.fulfill({ response });
    });
    const page = await context.newPage();
    await page.goto('en/phase-4-move-test-users-to-the-pilot-pool/');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await page.evaluate(() => {
      (window as unknown as { copied: string[] }).copied = [];
      document.addEventListener('copy', () => {
        const area = document.activeElement as HTMLTextAreaElement | null;
        (window as unknown as { copied: string[] }).copied.push(area?.value ?? '');
      });
    });
    const block = page.locator('.code-block', { hasText: 'Move-CsUser' }).first();
    const expected = (await block.locator('pre').innerText()).trim();
    await block.getByRole('button', { name: /Copy the PowerShell code/ }).click();
    await expect(block.getByRole('button', { name: /Copy the PowerShell code/ })).toHaveText('Copied');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([expected]);
    await context.close();
  });
});
