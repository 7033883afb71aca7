/**
 * Page weight budgets, asserted on every page type as the reader first opens it (before any search):
 * at most four requests (the page, one stylesheet, one script, the icon) and the small team.json (team runs,
 * read by the browser since it is edited after deployment; no folder in it, nothing more loads), nothing that blocks rendering
 * but the stylesheet, and the gzipped bytes of JavaScript and CSS within budget. Bytes are counted as
 * gzip -9 of what the server sends, so the figures do not depend on the server's compression settings.
 * Speed itself is measured by `npm run bench`, never asserted here.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { heaviestPhase } from './guide-model.ts';

/** The heaviest phase page of the guide under test. */
const PHASE = heaviestPhase().slug;

const KB = 1024;
const BUDGET = { requests: 4, js: 10 * KB, css: 6 * KB } as const;

/**
 * One page of each type the engine builds, in both languages where it has them. The book (`/{lang}/print/`)
 * is left out: made for paper, it loads a second stylesheet, its running headers (print-headers.css).
 */
const PAGE_TYPES: Readonly<Record<string, string>> = {
  'root (language choice)': './',
  'home (fr)': 'fr/',
  'home (en)': 'en/',
  'phase (fr)': `fr/${PHASE}/`,
  'phase (en)': `en/${PHASE}/`,
  glossary: 'fr/glossary/',
  plan: 'en/plan/',
  'all sign-off sheets': 'en/checklists/',
  'sign-off sheet of a phase': `fr/${PHASE}/checklist/`,
  'not found': 'en/no-such-page/',
};

interface Loaded {
  readonly requests: { readonly url: string; readonly type: string }[];
  readonly gzip: Record<'js' | 'css', number>;
  /** Resources the browser held the first paint for (Resource Timing's renderBlockingStatus). */
  readonly renderBlocking: string[];
  readonly inlineScripts: number;
}

/**
 * Loads `path` in a fresh page and records what it fetches until the network is idle. The root page sends
 * the reader on to a language (root-redirect.ts): what comes after that second document is not its own.
 */
async function load(page: Page, path: string): Promise<Loaded> {
  const requests: Loaded['requests'] = [];
  let leftPage = false;
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && requests.some((seen) => seen.type === 'document')) leftPage = true;
    if (!leftPage) requests.push({ url: request.url(), type: request.resourceType() });
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // The bodies are fetched again: a page that navigated away no longer has them.
  const gzip = { js: 0, css: 0 };
  for (const { url, type } of requests) {
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : undefined;
    if (kind) gzip[kind] += gzipSync(await (await page.request.get(url)).body(), { level: 9 }).length;
  }
  if (leftPage) return { requests, gzip, renderBlocking: [], inlineScripts: 0 };
  const inPage = await page.evaluate(() => ({
    renderBlocking: performance
      .getEntriesByType('resource')
      .filter(
        (entry) =>
          (entry as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking',
      )
      .map((entry) => entry.name),
    inlineScripts: document.querySelectorAll('script:not([src])').length,
  }));
  return { requests, gzip, ...inPage };
}

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type}: at most ${BUDGET.requests} requests, one stylesheet and one script, JS ≤ 10 KB and CSS ≤ 6 KB gzipped`, async ({
    page,
  }) => {
    const loaded = await load(page, path);
    const list = JSON.stringify(loaded.requests);
    const ofType = (kind: string) => loaded.requests.filter((request) => request.type === kind).length;
    // Beside them, the one small team.json (team runs, issue 14: editable after deployment, so read by the
    // browser; off by default, and then nothing more loads). No other fetch.
    const team = loaded.requests.filter((request) => request.type === 'fetch');
    expect(team.length, list).toBeLessThanOrEqual(1);
    for (const request of team) expect(new URL(request.url).pathname, list).toMatch(/\/team\.json$/);
    expect(loaded.requests.length - team.length, list).toBeLessThanOrEqual(BUDGET.requests);
    expect(ofType('document'), list).toBe(1);
    expect(ofType('stylesheet'), list).toBe(1);
    expect(ofType('script'), list).toBe(1);
    expect(loaded.gzip.js, 'JavaScript, gzip -9 bytes').toBeLessThanOrEqual(BUDGET.js);
    expect(loaded.gzip.css, 'CSS, gzip -9 bytes').toBeLessThanOrEqual(BUDGET.css);
  });
}

test("environment: the page script, then the form's own script loaded where the form is; one stylesheet; JS ≤ 13 KB (the form's kinds and messages) and CSS ≤ 6 KB gzipped", async ({
  page,
}) => {
  const loaded = await load(page, 'fr/environment/');
  const list = JSON.stringify(loaded.requests);
  const ofType = (kind: string) => loaded.requests.filter((request) => request.type === kind).length;
  const team = ofType('fetch'); // team.json, as on every page
  expect(team, list).toBeLessThanOrEqual(1);
  expect(loaded.requests.length - team, list).toBeLessThanOrEqual(BUDGET.requests + 1);
  expect(ofType('stylesheet'), list).toBe(1);
  expect(ofType('script'), list).toBe(2);
  expect(loaded.gzip.js, 'JavaScript, gzip -9 bytes').toBeLessThanOrEqual(BUDGET.js + 3 * KB);
  expect(loaded.gzip.css, 'CSS, gzip -9 bytes').toBeLessThanOrEqual(BUDGET.css);
});

for (const path of [`fr/${PHASE}/`, 'en/', 'en/glossary/', `en/${PHASE}/checklist/`]) {
  test(`${path}: only the stylesheet blocks the first paint; the one inline script, in the head, applies the theme`, async ({
    page,
  }) => {
    const loaded = await load(page, path);
    expect(loaded.renderBlocking.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/\.css$/)]);
    expect(loaded.inlineScripts).toBe(1);
    await expect(page.locator('head > script:not([src])')).toHaveAttribute('data-key', /:theme$/);
    // A classic external script would block the parser: the page's script is a module.
    await expect(page.locator('script[src]:not([type="module"])')).toHaveCount(0);
  });
}
