/**
 * What a reader meets on the built guide, in headless Chromium (a fresh profile per run: cold cache):
 *  - per page type: requests and gzip bytes by type before any search, first paint;
 *  - search: time from the last keystroke to the results of the query, on a fresh page (the field focused
 *    and the query typed as a reader types, 100 ms a key; and typed at once, the worst case) and for the
 *    following queries on the same page (warm), in both languages;
 *  - checklists: time to show a reader's 1,000 marks on a phase page and on the home.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../browser.ts';
import { summarize, type Summary } from './stats.ts';

export interface PageTypeFigures {
  readonly path: string;
  readonly requests: number;
  readonly byType: Record<string, { requests: number; gzipBytes: number }>;
  readonly firstPaint: Summary;
}

export interface SearchFigures {
  /** Fresh page, typed at 100 ms a key: last keystroke → results of the whole query. */
  readonly cold: Summary;
  /** Fresh page, focused and typed at once. */
  readonly coldAtOnce: Summary;
  /** Later queries on the same page. */
  readonly warm: Summary;
}

export interface BrowserFigures {
  readonly pageTypes: Record<string, PageTypeFigures>;
  readonly search: Record<string, SearchFigures>;
  readonly checklistRestore: Record<string, Summary>;
}

const KEY_DELAY_MS = 100;

/** In the page, before its scripts: when the last key was pressed, and when results answered it. */
function instrument(): void {
  const marks = { lastKey: 0, answered: 0 };
  (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
  document.addEventListener(
    'keydown',
    () => {
      marks.lastKey = performance.now();
      marks.answered = 0;
    },
    true,
  );
  const check = () => {
    const list = document.querySelector('site-search ol');
    if (
      !marks.answered &&
      marks.lastKey &&
      list &&
      list.getAttribute('aria-busy') !== 'true' &&
      list.querySelector('.search-result')
    ) {
      marks.answered = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
}

async function answeredAfterLastKey(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { benchMarks: { answered: number } }).benchMarks.answered > 0,
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(() => {
    const marks = (window as unknown as { benchMarks: { lastKey: number; answered: number } }).benchMarks;
    return marks.answered - marks.lastKey;
  });
}

async function pageType(browser: Browser, url: string, runs: number): Promise<Omit<PageTypeFigures, 'path'>> {
  const paints: number[] = [];
  let requests = 0;
  let byType: PageTypeFigures['byType'] = {};
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: { url: string; type: string }[] = [];
    let documents = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents += 1;
      if (documents <= 1) seen.push({ url: request.url(), type: request.resourceType() });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    paints.push(
      await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
    );
    if (run === 0) {
      requests = seen.length;
      byType = {};
      for (const { url: resource, type } of seen) {
        const body = await (await page.request.get(resource)).body();
        const entry = (byType[type] ??= { requests: 0, gzipBytes: 0 });
        entry.requests += 1;
        entry.gzipBytes += gzipSync(body, { level: 9 }).length;
      }
    }
    await context.close();
  }
  return { requests, byType, firstPaint: summarize(paints) };
}

async function searchLatency(
  browser: Browser,
  url: string,
  queries: readonly string[],
  runs: number,
): Promise<SearchFigures> {
  const cold: number[] = [];
  const coldAtOnce: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const atOnce of [false, true]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(instrument);
      await page.goto(url, { waitUntil: 'networkidle' });
      const field = page.getByRole('searchbox');
      await field.click();
      const first = queries[run % queries.length] ?? '';
      await page.keyboard.type(first, { delay: atOnce ? 0 : KEY_DELAY_MS });
      (atOnce ? coldAtOnce : cold).push(await answeredAfterLastKey(page));
      if (!atOnce) {
        for (const query of queries.filter((other) => other !== first)) {
          await field.fill('');
          await page.keyboard.type(query, { delay: KEY_DELAY_MS });
          warm.push(await answeredAfterLastKey(page));
        }
      }
      await context.close();
    }
  }
  return { cold: summarize(cold), coldAtOnce: summarize(coldAtOnce), warm: summarize(warm) };
}

/** Every step id of the guide, as the home's overview lists them. */
async function stepIds(browser: Browser, homeUrl: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(homeUrl);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[data-items]')].flatMap((element) =>
      (element.getAttribute('data-items') ?? '').split(' ').filter(Boolean),
    ),
  );
  await page.close();
  return [...new Set(ids)];
}

/** Time from navigation start until every step of the page's checklists shows the reader's mark. */
async function checklistRestore(
  browser: Browser,
  url: string,
  storageKey: string,
  record: string,
  runs: number,
): Promise<Summary> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(
      ([key, value]) => {
        if (key && value) localStorage.setItem(key, value);
        const done = { at: 0 };
        (window as unknown as { benchRestore: typeof done }).benchRestore = done;
        new MutationObserver(() => {
          if (done.at) return;
          const rows = document.querySelectorAll('guide-checklist .checklist-item');
          const cards = document.querySelectorAll('guide-overview [data-items]');
          const rowsDone = rows.length > 0 && [...rows].every((row) => row.classList.contains('is-ticked'));
          const cardsDone = cards.length > 0 && [...cards].every((card) => card.classList.contains('is-complete'));
          if (rowsDone || cardsDone) done.at = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
      },
      [storageKey, record],
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { benchRestore: { at: number } }).benchRestore.at > 0,
      undefined,
      { timeout: 20_000 },
    );
    times.push(await page.evaluate(() => (window as unknown as { benchRestore: { at: number } }).benchRestore.at));
    await context.close();
  }
  return summarize(times);
}

export interface BrowserTarget {
  /** The site's root URL, with the base path and a trailing slash. */
  readonly root: string;
  readonly pageTypes: Readonly<Record<string, string>>;
  readonly searchPages: Readonly<Record<string, { path: string; queries: readonly string[] }>>;
  readonly checklistPages: Readonly<Record<string, string>>;
  readonly homePath: string;
  /** Where the site keeps the reader's progress (storageKey(base, 'progress')). */
  readonly storageKey: string;
}

export async function measureInBrowser(
  target: BrowserTarget,
  runs: number,
  log: (line: string) => void,
): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: findChromium() ?? 'chromium', args: CHROMIUM_ARGS });
  try {
    const pageTypes: Record<string, PageTypeFigures> = {};
    for (const [name, path] of Object.entries(target.pageTypes)) {
      log(`page type ${name}`);
      pageTypes[name] = { path, ...(await pageType(browser, target.root + path, runs)) };
    }
    const search: Record<string, SearchFigures> = {};
    for (const [name, { path, queries }] of Object.entries(target.searchPages)) {
      log(`search ${name}`);
      search[name] = await searchLatency(browser, target.root + path, queries, runs);
    }
    const ids = await stepIds(browser, target.root + target.homePath);
    const at = new Date('2026-11-25T09:00:00Z').toISOString();
    const marked = [
      ...ids,
      ...Array.from({ length: Math.max(0, 1000 - ids.length) }, (_, index) => `bench-step-${index + 1}`),
    ].slice(0, Math.max(1000, ids.length));
    const record = JSON.stringify({
      version: 2,
      ticked: Object.fromEntries(marked.map((id) => [id, at])),
      notApplicable: {},
    });
    const checklist: Record<string, Summary> = {};
    for (const [name, path] of Object.entries(target.checklistPages)) {
      log(`checklist restore ${name}`);
      checklist[name] = await checklistRestore(browser, target.root + path, target.storageKey, record, runs);
    }
    return { pageTypes, search, checklistRestore: checklist };
  } finally {
    await browser.close();
  }
}
