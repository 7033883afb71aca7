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
    test(`${slug}: shown, in the page's language, exactly on a version older than another language's`, async ({ page }) => {
      const updated = new Map<string, string>();
      for (const lang of langs) {
        await page.goto(`${lang}/${slug}/`);
        updated.set(lang, (await page.locator('.phase-meta time').getAttribute('datetime')) ?? '');
      }
      for (const lang of langs) {
        await page.goto(`${lang}/${slug}/`);
        const newer = langs.filter((other) => updated.get(other)! > updated.get(lang)!).sort((a, b) => updated.get(b)!.localeCompare(updated.get(a)!))[0];
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
