/**
 * The guide's version and changelog: `/{lang}/changes/` lists the editions of changelog.yaml, newest first;
 * the footer of every page and the sign-off sheets give the version of guide.yaml and link to it. Read
 * from the guide's files, never its prose. Axe-clean in both themes, and readable at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { contentDir } from '../../src/content-dir.ts';
import { readChangelogFile } from '../../src/content-model/changelog-file.ts';
import { guideInfo } from '../../src/content-model/guide-file.ts';
import { fill } from '../../src/i18n/fill.ts';
import { locales } from '../../src/i18n/locales.ts';
import { checklistPhase } from './guide-model.ts';

const LANGS = ['fr', 'en'] as const;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function changelog() {
  const { changelog: editions, problems } = readChangelogFile(contentDir());
  if (!editions || problems.length > 0)
    throw new Error('The guide under test needs a valid changelog.yaml for these tests');
  return editions;
}

for (const lang of LANGS) {
  const t = locales[lang].dictionary;

  test(`the changelog page lists every edition newest first, in ${lang}`, async ({ page }) => {
    const editions = changelog();
    await page.goto(`${lang}/changes/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['changes.title']);
    const titles = page.locator('article h2');
    await expect(titles).toHaveCount(editions.length);
    for (const [index, edition] of editions.entries()) {
      const section = page.locator('article section').nth(index);
      await expect(section.locator('h2')).toContainText(fill(t['print.version'], { version: edition.version }));
      await expect(section.locator('time')).toHaveAttribute('datetime', edition.date);
      await expect(section.locator('li')).toHaveCount(edition.changes[lang]?.length ?? 0);
    }
    await expect(titles.first()).toContainText(t['changes.current']);
  });

  test(`the footer gives the guide's version and leads to the changelog, in ${lang}`, async ({ page }) => {
    const version = guideInfo(contentDir()).version;
    await page.goto(`${lang}/`);
    const link = page.locator('.site-footer').getByRole('link', { name: fill(t['site.version'], { version }) });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/changes/$`));
    await expect(page.locator('.site-footer a[aria-current="page"]')).toHaveText(fill(t['site.version'], { version }));
  });

  test(`a sign-off sheet gives the guide's version, linked to the changelog, and the phase's last update, in ${lang}`, async ({
    page,
  }) => {
    const version = guideInfo(contentDir()).version;
    await page.goto(`${lang}/${checklistPhase(lang).slug}/checklist/`);
    const facts = page.locator('.sheet-facts');
    const fact = facts.locator('div').filter({ has: page.locator('dt', { hasText: t['sheet.version'] }) });
    await expect(fact.locator('dd a')).toHaveText(version);
    await expect(fact.locator('dd a')).toHaveAttribute('href', new RegExp(`/${lang}/changes/$`));
    await expect(facts.locator('dt', { hasText: t['phase.updated'] })).toBeVisible();
  });

  test(`the changelog page reads at 320 px without sideways scrolling, in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${lang}/changes/`);
    await expect(page.locator('article h2').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation on the ${lang} changelog page in the ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${lang}/changes/`);
      const found = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(found.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
}
