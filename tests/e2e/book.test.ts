/**
 * The book (`/{lang}/print/`) printed to PDF as `npm run pdf` does: every phase title, every step label and
 * the glossary are in it, on a plausible number of pages, with bookmarks, and without the site's
 * navigation or search. What to look for is read from the built phase and glossary pages, not named here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printBook } from '../../scripts/book-pdf.ts';
import { translate } from '../../src/i18n/index.ts';
import { langs } from '../../src/i18n/locales.ts';

const SITE = new URL('../../dist-e2e/', import.meta.url).pathname;

/** Text of an HTML fragment, without tags, entities decoded, without any whitespace (lines break anywhere on paper). */
function squeezedText(html: string): string {
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  return text.replace(/\s+/g, '');
}

/** The phases of a language as the built site shows them: title and step labels of each phase page. */
function builtPhases(lang: string): { title: string; steps: string[] }[] {
  const dir = join(SITE, lang);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name, 'index.html'))
    .flatMap((file) => {
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      if (!html.includes('<article class="phase"')) return [];
      const title = /<article class="phase"[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      const steps = [...html.matchAll(/<label for="step-[^"]+"[^>]*>([\s\S]*?)<\/label>/g)].map((match) =>
        squeezedText(match[1] ?? ''),
      );
      return [{ title: squeezedText(title), steps }];
    });
}

function glossaryTerms(lang: string): string[] {
  const html = readFileSync(join(SITE, lang, 'glossary', 'index.html'), 'utf8');
  return [...html.matchAll(/<dfn>([\s\S]*?)<\/dfn>/g)].map((match) => squeezedText(match[1] ?? ''));
}

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

async function readPdf(pdf: Buffer): Promise<{ pages: string[]; outline: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  const flatten = (items: OutlineItem[] | null): string[] =>
    (items ?? []).flatMap((item) => [item.title.replace(/\s+/g, ''), ...flatten(item.items)]);
  const outline = flatten((await document.getOutline()) as OutlineItem[] | null);
  await document.destroy();
  return { pages, outline };
}

for (const lang of langs) {
  test(`the ${lang} book prints every phase, every step and the glossary, with bookmarks and without navigation or search`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const phases = builtPhases(lang);
    expect(phases.length).toBeGreaterThan(0);
    expect(phases.flatMap((phase) => phase.steps).length).toBeGreaterThan(phases.length);
    const { pages, outline } = await readPdf(await printBook(browser, baseURL!, lang));
    const text = pages.join('');

    // A cover, the contents, the introduction, each phase on new pages, the glossary: more pages than parts,
    // and not an accident of layout (a phase per line, or one page per paragraph).
    expect(pages.length).toBeGreaterThanOrEqual(phases.length + 4);
    expect(pages.length).toBeLessThanOrEqual(phases.length * 40);

    for (const phase of phases) {
      expect(text, phase.title).toContain(phase.title);
      // The running header: the phase title on top of the pages of the phase (its first one included).
      expect(
        pages.filter((page) => page.includes(`—${phase.title}`)).length,
        `running header ${phase.title}`,
      ).toBeGreaterThan(0);
      expect(outline, `bookmark ${phase.title}`).toContain(phase.title);
      for (const step of phase.steps) expect(text, step).toContain(step);
    }
    const glossary = squeezedText(translate(lang, 'glossary.title'));
    expect(outline).toContain(glossary);
    // The glossary comes last, on pages whose running header names it: every term is there.
    const glossaryStart = pages.findIndex((page) => page.includes(`—${glossary}`));
    expect(glossaryStart).toBeGreaterThan(phases.length);
    const glossaryPart = pages.slice(glossaryStart).join('');
    for (const term of glossaryTerms(lang)) expect(glossaryPart, term).toContain(term);

    // The page number n / N on every page.
    pages.forEach((page, index) => expect(page, `page ${index + 1}`).toContain(`${index + 1}/${pages.length}`));

    for (const key of [
      'site.skipToContent',
      'search.label',
      'search.shortcut',
      'search.help',
      'nav.onThisPage',
      'nav.pagination',
      'print.link',
      'print.lead',
    ] as const) {
      expect(text, key).not.toContain(squeezedText(translate(lang, key)));
    }
  });
}

test('every page links to the book of its language', async ({ page }) => {
  for (const lang of langs) {
    await page.goto(`${lang}/glossary/`);
    await page
      .getByRole('link', { name: translate(lang, 'print.link') })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/print/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
