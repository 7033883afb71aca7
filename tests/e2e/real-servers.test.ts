/**
 * The built site behind real Apache httpd and real nginx (Debian's packages; `npm run test:e2e` installs
 * them when missing), each serving it under the sub-path it was built for with exactly the server file the
 * build shipped. Pages, steps and search words are discovered from the built site, not named here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';
import { startServer, type RunningServer, type ServerKind } from '../../scripts/web-servers.ts';
import { serverContentSecurityPolicy } from '../../src/hosting/content-security-policy.ts';
import { cacheControlOf, extensionOf, mimeTypeOf, SERVER_FILES } from '../../src/hosting/hosting-policy.ts';
import { watchPage } from './site-helpers.ts';

const SITE = new URL('../../dist-e2e/', import.meta.url).pathname;

/** Every file of the build, relative to its root, except the server files (read by servers, not served). */
const FILES = readdirSync(SITE, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !(SERVER_FILES as readonly string[]).includes(entry.name))
  .map((entry) => relative(SITE, join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
  .sort();

/** Page URLs relative to the base (`fr/glossary/`), from the built `index.html` files. */
const PAGES = FILES.filter((file) => file === 'index.html' || file.endsWith('/index.html')).map((file) =>
  file.replace(/index\.html$/, ''),
);

/** A phase page with a checklist, and its first step's id, found in the built pages. */
function pageWithSteps(): { page: string; step: string } {
  for (const page of PAGES) {
    const html = readFileSync(join(SITE, page, 'index.html'), 'utf8');
    const step = /<guide-checklist[\s\S]*?data-checklist-item="([^"]+)"/.exec(html)?.[1];
    if (step) return { page, step };
  }
  throw new Error('No built page has a checklist');
}

/** A word of a phase page's title that search should find: the longest word of the first `<h1>` inside indexed content. */
function searchWord(): string {
  for (const page of PAGES.filter((path) => path.startsWith('en/'))) {
    const html = readFileSync(join(SITE, page, 'index.html'), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
    const word = title?.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
    if (word && word.length >= 5) return word;
  }
  throw new Error('No indexed page with a title to search for');
}

const NOT_FOUND_TITLE = /<title>([^<]+)<\/title>/.exec(readFileSync(join(SITE, '404.html'), 'utf8'))?.[1] ?? '';

const SECURITY_HEADERS = {
  'content-security-policy': serverContentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Visits the pages and records CSP violations, outside requests and errors. */
async function visit(page: Page, server: RunningServer, paths: readonly string[]) {
  const watch = await watchPage(page, server.origin);
  for (const path of paths) {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
  }
  return watch;
}

for (const kind of ['apache', 'nginx'] as const satisfies readonly ServerKind[]) {
  test.describe(`the site behind ${kind === 'apache' ? 'Apache httpd' : 'nginx'}, under ${E2E_BASE}`, () => {
    let server: RunningServer;

    test.beforeAll(async () => {
      server = await startServer(kind, { site: SITE, base: E2E_BASE });
    });

    test.afterAll(async () => {
      await server?.stop();
    });

    test('serves every page with status 200, the security headers and revalidation', async () => {
      expect(PAGES.length).toBeGreaterThan(10);
      for (const path of PAGES) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
        expect(response.headers.get('cache-control'), path).toBe('no-cache');
      }
    });

    test('serves every file of the build with its type, the security headers and the caching of its kind', async () => {
      const kinds = new Set<string>();
      for (const file of FILES) {
        const response = await fetch(`${server.url}${file}`);
        expect(response.status, file).toBe(200);
        const type = mimeTypeOf(extensionOf(file.split('/').pop()!) ?? '');
        expect(response.headers.get('content-type')?.split(';')[0], file).toBe(type);
        expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
        expect(response.headers.get('cache-control'), file).toBe(cacheControlOf(file));
        kinds.add(`${file.split('/').slice(0, -1).join('/') || '.'} ${response.headers.get('cache-control')}`);
        await response.arrayBuffer();
      }
      // The kinds the policy tells apart are all in this build: hashed scripts and styles, hashed search chunks, entry points.
      expect([...kinds]).toEqual(
        expect.arrayContaining([
          '_astro public, max-age=31536000, immutable',
          'pagefind/fragment public, max-age=31536000, immutable',
          'pagefind no-cache',
          '. no-cache',
        ]),
      );
      const entry = await fetch(`${server.url}pagefind/pagefind-entry.json`);
      expect(entry.headers.get('cache-control')).toBe('no-cache');
    });

    test('answers a missing page with the 404 page and status 404, with the security headers', async () => {
      for (const path of ['fr/no-such-page/', 'no-such-folder/deeper/page.html', '_astro/no-such-file.js']) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).toContain(`<title>${NOT_FOUND_TITLE}</title>`);
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
      }
    });

    test('redirects a folder without its final slash, and the base path without it, relatively', async () => {
      const folder = await fetch(`${server.url}${PAGES.find((path) => path !== '')!.replace(/\/$/, '')}`, {
        redirect: 'manual',
      });
      expect(folder.status).toBe(301);
      const base = await fetch(`${server.origin}${E2E_BASE.replace(/\/$/, '')}`, { redirect: 'manual' });
      expect(base.status).toBe(301);
      expect(new URL(base.headers.get('location')!, server.origin).pathname).toBe(E2E_BASE);
    });

    test('runs the pages with no CSP violation, no console error and no request leaving the site', async ({ page }) => {
      const visited = ['', 'fr/', 'en/', pageWithSteps().page, 'en/glossary/', 'fr/checklists/'];
      const watch = await visit(page, server, visited);
      expect(watch.violations).toEqual([]);
      expect(watch.outside).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    test('search finds a page and leads to it', async ({ page }) => {
      const watch = await watchPage(page, server.origin);
      await page.goto(`${server.url}en/`);
      const box = page.getByRole('searchbox');
      await expect(box).toBeEnabled();
      await box.fill(searchWord());
      const first = page.locator('site-search .search-result-title').first();
      await expect(first).toBeVisible();
      await first.click();
      await expect(page).toHaveURL(new RegExp(`^${server.url}en/`));
      await page.waitForLoadState('networkidle');
      expect(watch.violations).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.outside).toEqual([]);
    });

    test('a ticked step stays ticked after reloading', async ({ page }) => {
      const { page: path, step } = pageWithSteps();
      await page.goto(`${server.url}${path}`);
      const box = page.locator(`guide-checklist [data-checklist-item="${step}"] input[type="checkbox"]`);
      await expect(box).toBeEnabled();
      await box.check();
      await page.reload();
      await expect(box).toBeEnabled();
      await expect(box).toBeChecked();
    });
  });
}
