/** Shared steps of the search browser tests: facts from the content files, and searching as a reader does. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { phaseRoles, type TaggablePhase } from '../../src/utils/search-tags.ts';
import { guidePhase, guidePhases } from './guide-model.ts';

/** The phase whose checklist moves users with Move-CsUser (stable slug). */
export const MOVE_USERS = 'phase-4-move-test-users-to-the-pilot-pool';

/** The frontmatter of every phase document of a language, by slug. */
export function phasesOf(lang: string): Map<string, TaggablePhase> {
  const phases = new Map<string, TaggablePhase>();
  for (const { slug, data } of guidePhases(lang)) {
    phases.set(slug, {
      slug,
      data: { roles: [...data.roles], checklist: data.checklist as TaggablePhase['data']['checklist'] },
    });
  }
  return phases;
}

export function rolesOf(lang: string, slug: string): string[] {
  const { data } = guidePhase(lang, slug);
  return phaseRoles({
    slug,
    data: { roles: [...data.roles], checklist: data.checklist as TaggablePhase['data']['checklist'] },
  });
}

export const searchBox = (page: Page): Locator => page.getByRole('searchbox');
export const searchStatus = (page: Page): Locator => page.locator('site-search [role="status"]');
export const results = (page: Page): Locator => page.locator('site-search .search-result');

/** The path of each result's page (`/guides/lync/fr/<slug>/`), in the order shown. */
export async function resultPages(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('site-search .search-result-title')
    .evaluateAll((links) => links.map((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')));
  return hrefs;
}

/** Waits until the panel has answered the query typed last (results or a message). */
export async function settled(page: Page): Promise<void> {
  // The first search of a page loads Pagefind and one index per language: seconds on a loaded 2-core machine.
  await expect(searchStatus(page)).not.toBeEmpty({ timeout: 30_000 });
  await expect(page.locator('site-search .search-results')).not.toHaveAttribute('aria-busy', 'true');
}

/** Types a query and waits until the panel has answered it. */
export async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await settled(page);
}

/**
 * A word that a French phase page shows only after an elision (`d’inscriptions`, never `inscriptions`
 * alone), with that page's slug: found in the built pages, so that the test does not depend on the prose.
 */
export function elidedOnlyWord(site: URL): { slug: string; word: string } {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const slug of phasesOf('fr').keys()) {
    const html = readFileSync(new URL(`fr/${slug}/index.html`, site), 'utf8');
    const article = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    const text = fold(article.replace(/<[^>]+>/g, ' ').replace(/&#?\w+;/g, ' '));
    const elided = [...text.matchAll(/\b[cdjlmnst]\u2019(\p{L}{5,})/gu)].map((match) => match[1] ?? '');
    const word = elided.find((candidate) => !new RegExp(`(^|[^\\p{L}\\u2019])${candidate}`, 'u').test(text));
    if (word) return { slug, word };
  }
  throw new Error(
    'No French phase page has a word found only after an elision (l’, d’, …): write one, or change this test',
  );
}

/**
 * A word that a phase page has only in the label of a checklist step (Pagefind skips labels unless the
 * indexer is told otherwise), with the page: found in the built pages, not in the prose of the test.
 */
export function stepOnlyWord(site: URL, lang: string): { slug: string; word: string } {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = (html: string) =>
    new Set(fold(html.replace(/<[^>]+>/g, ' ').replace(/&#?\w+;/g, ' ')).match(/\p{L}{6,}/gu) ?? []);
  for (const slug of phasesOf(lang).keys()) {
    const html = readFileSync(new URL(`${lang}/${slug}/index.html`, site), 'utf8');
    const article = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    const labels = [...article.matchAll(/<label[^>]*>([\s\S]*?)<\/label>/g)].map((match) => match[1] ?? '').join(' ');
    const elsewhere = words(article.replace(/<label[^>]*>[\s\S]*?<\/label>/g, ' '));
    const word = [...words(labels)].find(
      (candidate) => ![...elsewhere].some((other) => other.startsWith(candidate.slice(0, 5))),
    );
    if (word) return { slug, word };
  }
  throw new Error(`No ${lang} phase page has a word found only in a checklist step: change this test`);
}
