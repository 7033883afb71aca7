/**
 * Playwright Test fixtures that drive Debian's Firefox ESR (a stock Firefox) over WebDriver BiDi with
 * Puppeteer: Playwright drives only its own patched Firefox, which cannot be downloaded here, and its
 * BiDi driver asks for commands that Firefox ESR does not have. One Firefox per worker, a fresh browser
 * context (own storage) per test. Every tab is watched: a test fails on any CSP violation, uncaught error,
 * console error or request that leaves the site, whatever else it checks.
 */
import { expect, test as base } from '@playwright/test';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { FIREFOX_PREFS, findFirefox } from '../../scripts/browser.ts';

export { expect };

export interface Watch {
  /** CSP violations reported by the pages. */
  readonly violations: string[];
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
  /** Requests that left the site's origin. */
  readonly outside: string[];
}

export interface Firefox {
  /** The first tab, watched. */
  readonly page: Page;
  readonly watch: Watch;
  /** Opens a path of the site (relative to the base URL) in a tab and waits for its load event. */
  open(path: string, tab?: Page): Promise<Page>;
  /** Another tab of the same browser context (same storage), watched. */
  newTab(): Promise<Page>;
  /** The address of a path of the site. */
  url(path: string): string;
}

interface WorkerFixtures {
  firefox: Browser;
  firefoxNoScript: Browser;
}

interface TestFixtures {
  /** A Firefox tab with JavaScript on. */
  ff: Firefox;
  /** A Firefox tab with JavaScript off (a separate browser: Firefox ESR has no BiDi command for it). */
  ffNoScript: Firefox;
}

async function launch(prefs: Record<string, unknown> = {}): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('No Firefox found: run "node scripts/ensure-browser.ts" (npm run test:e2e does).');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs },
    // A loaded 2-core machine prints long sheets slowly.
    protocolTimeout: 120_000,
  });
}

async function watchTab(page: Page, origin: string, watch: Watch): Promise<Page> {
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  await page.exposeFunction('__reportViolation', (text: string) => {
    watch.violations.push(text);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __reportViolation: (text: string) => Promise<void> }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI} (${location.pathname})`,
      );
    });
  });
  page.on('pageerror', (error) =>
    watch.errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error')
      watch.errors.push(`console: ${message.text()} ${JSON.stringify(message.location())} at ${page.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) watch.outside.push(url);
  });
  return page;
}

async function firefoxTab(browser: Browser, baseURL: string, use: (firefox: Firefox) => Promise<void>): Promise<void> {
  const origin = new URL(baseURL).origin;
  const watch: Watch = { violations: [], errors: [], outside: [] };
  const context: BrowserContext = await browser.createBrowserContext();
  const url = (path: string) => new URL(path, baseURL).href;
  try {
    const page = await watchTab(await context.newPage(), origin, watch);
    await use({
      page,
      watch,
      url,
      async open(path, tab = page) {
        await tab.goto(url(path), { waitUntil: 'load' });
        return tab;
      },
      async newTab() {
        return watchTab(await context.newPage(), origin, watch);
      },
    });
  } finally {
    await context.close().catch(() => undefined);
  }
  expect(watch.violations, 'CSP violations in Firefox').toEqual([]);
  expect(watch.errors, 'errors in Firefox').toEqual([]);
  expect(watch.outside, 'requests that left the site').toEqual([]);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const browser = await launch();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  firefoxNoScript: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const browser = await launch({ 'javascript.enabled': false });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  ff: async ({ firefox, baseURL }, use) => {
    await firefoxTab(firefox, baseURL!, use);
  },
  ffNoScript: async ({ firefoxNoScript, baseURL }, use) => {
    await firefoxTab(firefoxNoScript, baseURL!, use);
  },
});
