/**
 * Search that understands administrators, on any guide: the glossary is searched and its results tagged;
 * interface labels (interface.yaml) are shown and found in every language; stop words are never
 * highlighted; a section titled with the query comes first; a query that finds nothing in the page's
 * language offers the other language in one click. Facts come from the guide's model, never its prose.
 */
import { expect, test } from '@playwright/test';
import { contentDir } from '../../src/content-dir.ts';
import { locales } from '../../src/i18n/locales.ts';
import { readInterfaceFile } from '../../src/interface-labels/declared.ts';
import { labelUses } from '../../src/interface-labels/syntax.ts';
import { glossaryTerms, guidePhases } from './guide-model.ts';
import { results, search, searchStatus } from './search-helpers.ts';

const LANGS = ['fr', 'en'] as const;
const other = (lang: string) => (lang === 'fr' ? 'en' : 'fr');
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const STOP_WORDS = new Set([...locales.fr.stopWords, ...locales.en.stopWords].map(fold));

/** The first interface label a phase uses, with that phase, and the label in every language. */
function usedLabel(): { slug: string; id: string; pair: Record<string, string> } {
  const { labels } = readInterfaceFile(contentDir());
  for (const phase of guidePhases('fr')) {
    for (const use of labelUses(phase.document.text)) {
      const pair = labels.byId.get(use.id);
      if (pair && pair.fr !== pair.en) return { slug: phase.slug, id: use.id, pair };
    }
  }
  throw new Error('The guide under test uses no interface label (⟪id⟫) that differs between languages');
}

/** Words of a language's phase documents that no document of the other language has, longest first. */
function wordsOnlyIn(lang: string): string[] {
  const words = (texts: string[]) => new Set(texts.flatMap((text) => fold(text).match(/\p{L}{7,}/gu) ?? []));
  const own = [...words(guidePhases(lang).map((phase) => phase.document.text.replace(/^---[\s\S]*?---/, '')))];
  const others = words(guidePhases(other(lang)).map((phase) => phase.document.text));
  return own
    .filter((candidate) => !others.has(candidate) && !STOP_WORDS.has(candidate))
    .sort((a, b) => b.length - a.length);
}

for (const lang of LANGS) {
  test(`a glossary term searched in ${lang} is found in the glossary, tagged as such, and leads to the term`, async ({
    page,
  }) => {
    const term = glossaryTerms(lang).find((candidate) => candidate.term.length >= 4);
    if (!term) throw new Error(`The guide under test has no ${lang} glossary term to search`);
    await page.goto(`${lang}/`);
    await search(page, term.term);
    const glossary = results(page)
      .filter({ has: page.locator('.search-result-tag') })
      .first();
    await expect(glossary.locator('.search-result-tag')).toHaveText(locales[lang].dictionary['glossary.title']);
    const link = glossary.locator(`.search-result-link[href$="#${term.id}"]`).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.locator(`#${term.id}`)).toBeInViewport();
  });

  test(`an interface label is shown in ${lang} and found by its name in either language`, async ({ page }) => {
    const { slug, pair } = usedLabel();
    const { labels } = readInterfaceFile(contentDir());
    await page.goto(`${lang}/${slug}/`);
    const label = page.locator('.ui-label').filter({ hasText: pair[lang]! }).first();
    await expect(label).toBeVisible();
    const shown = labels.showOther.has(lang) ? `${pair[lang]} (${pair[other(lang)]})` : pair[lang];
    expect((await label.innerText()).replace(/\s+/g, ' ')).toBe(shown);
    for (const query of [pair[lang]!, pair[other(lang)]!]) {
      await search(page, query);
      await expect(
        results(page).locator(`.search-result-title[href*="/${lang}/${slug}/"]`),
        `"${query}" in the ${lang} index`,
      ).toHaveCount(1);
    }
  });

  test(`stop words are never highlighted in ${lang}, in the results or on the page they open`, async ({ page }) => {
    const { pair } = usedLabel();
    const words = pair[lang]!.split(/\s+/);
    // The label with a stop word of the page's language inside: "Tableau de bord", "Générateur de topologie".
    const stop = lang === 'fr' ? 'de' : 'the';
    const query = words.length > 1 ? [words[0], stop, ...words.slice(1)].join(' ') : `${stop} ${words[0]}`;
    await page.goto(`${lang}/`);
    await search(page, query);
    await expect(results(page).first()).toBeVisible();
    const marked = await page.locator('site-search .search-result mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => STOP_WORDS.has(fold(word)))).toEqual([]);
    await results(page).first().locator('a').first().click();
    await expect(page.locator('mark.search-hit').first()).toBeAttached();
    const onPage = await page.locator('mark.search-hit').allTextContents();
    expect(onPage.filter((word) => STOP_WORDS.has(fold(word)))).toEqual([]);
  });

  test(`a section titled with the query comes first in ${lang}, before pages that only mention its words`, async ({
    page,
  }) => {
    // A section with an explicit id whose title is not the page's: its words searched.
    const heading = guidePhases(lang)
      .flatMap((phase) =>
        [...phase.document.text.matchAll(/^## (.+?) \\\{#([a-z0-9-]+)\\\}$/gm)].map((match) => ({
          slug: phase.slug,
          text: match[1] ?? '',
          id: match[2] ?? '',
        })),
      )
      .find((found) => found.text.split(/\s+/).length >= 2 && !/[⟦⟪`*[]/.test(found.text));
    if (!heading) throw new Error(`The guide under test has no ${lang} section with an explicit id`);
    await page.goto(`${lang}/`);
    await search(page, heading.text);
    const first = results(page).first();
    await expect(first.locator('.search-result-title')).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/${heading.slug}/`),
    );
    await expect(first.locator('.search-result-link').first()).toHaveAttribute('href', new RegExp(`#${heading.id}$`));
  });

  test(`a query with no result in ${lang} offers the other language in one click`, async ({ page }) => {
    await page.goto(`${lang}/`);
    // The first of the other language's own words that the page's language finds nothing for (its index
    // also holds the glossary and the other language's interface labels).
    let found = false;
    for (const word of wordsOnlyIn(other(lang)).slice(0, 20)) {
      await search(page, word);
      if ((await results(page).count()) === 0) {
        found = true;
        break;
      }
    }
    expect(found, `a word of the ${other(lang)} pages that the ${lang} index lacks`).toBe(true);
    const offer = page.locator('site-search button[data-other-languages]');
    await expect(offer).toBeVisible();
    await offer.click();
    await expect(results(page).first()).toHaveAttribute('lang', other(lang));
    await expect(searchStatus(page)).not.toHaveText(/^$/);
    await expect(offer).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeFocused();
  });
}
