import { expect, test } from '@playwright/test';
import { readGuideSource } from '../../src/checks/guide-source.ts';
import { contentDir, contentDirLabel } from '../../src/content-dir.ts';
import { sitePages } from '../../src/content-model/site-map.ts';
import { translate } from '../../src/i18n/index.ts';
import { langs } from '../../src/i18n/locales.ts';

const { source } = readGuideSource(contentDir(), contentDirLabel());
const slugs = [...new Set(source.phases.map((document) => document.slug))];

test.describe('outdated translation notice', () => {
  for (const slug of slugs) {
    test(`${slug}: shown, in the page's language, exactly on a version older than another language's`, async ({
      page,
    }) => {
      const updated = new Map<string, string>();
      for (const lang of langs) {
        await page.goto(`${lang}/${slug}/`);
        updated.set(lang, (await page.locator('.phase-meta time').getAttribute('datetime')) ?? '');
      }
      for (const lang of langs) {
        await page.goto(`${lang}/${slug}/`);
        const newer = langs
          .filter((other) => updated.get(other)! > updated.get(lang)!)
          .sort((a, b) => updated.get(b)!.localeCompare(updated.get(a)!))[0];
        const notice = page.locator('.translation-notice');
        if (!newer) {
          await expect(notice).toHaveCount(0);
          continue;
        }
        const language = translate(lang, `translation.language.${newer}`);
        await expect(notice).toContainText(translate(lang, 'translation.outdated', { language }));
        await notice.getByRole('link', { name: translate(lang, 'translation.readNewer', { language }) }).click();
        await expect(page).toHaveURL(new RegExp(`/${newer}/${slug}/$`));
      }
    });
  }
});

test.describe('anchors known to the content checks', () => {
  for (const known of sitePages(source)) {
    const path = `${known.lang}/${known.page ? `${known.page}/` : ''}`;
    test(`${path}: every anchor the checks accept is an id of the built page`, async ({ page }) => {
      await page.goto(path);
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
      expect(known.anchors.map((anchor) => anchor.id).filter((id) => !ids.includes(id))).toEqual([]);
    });
  }
});

test('a French heading without an explicit id has, on the built page, the id npm run check knows, and a link to it arrives', async ({
  page,
}) => {
  // The build typesets headings (narrow no-break space before ":") before making ids; the checks do too.
  const linked = sitePages(source)
    .filter((known) => known.lang === 'fr' && known.page !== '')
    .flatMap((known) => {
      const text = source.phases.find((document) => document.lang === 'fr' && document.slug === known.page)?.text ?? '';
      return known.anchors
        .filter(
          (anchor) =>
            anchor.what === 'section' &&
            !anchor.shared &&
            /[:;!?]/.test(text.split('\n')[anchor.line - 1] ?? '') &&
            text.includes(`](#${anchor.id})`),
        )
        .map((anchor) => ({ page: known.page, id: anchor.id }));
    });
  expect(
    linked,
    'the guide under test has a French heading with high punctuation, no explicit id, and a link to it',
  ).not.toEqual([]);
  for (const { page: slug, id } of linked) {
    await page.goto(`fr/${slug}/`);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    // The author's link in the text (not the heading's own anchor, nor the table of contents).
    await page
      .locator(
        `article a[href="#${id}"]:not(.heading-anchor), article a[href="#${encodeURI(id)}"]:not(.heading-anchor)`,
      )
      .last()
      .click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  }
});
