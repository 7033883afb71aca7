import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { pdfPages, phaseSlugs, recordErrors, squeeze } from '../checklist-helpers.ts';

interface Item {
  id: string;
  duration?: string;
  wait?: { time: string; reason: string };
}

/** A phase's frontmatter, as the build reads it. */
function phase(lang: string, slug: string): { phase: number; duration: string; checklist?: { items: Item[] }[] } {
  const source = readFileSync(new URL(`../../../content/phases/${lang}/${slug}.mdx`, import.meta.url), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '');
}

const minutes = (text: string) => {
  const match = /^(?:(\d+)h)?(?:(\d+)min)?$/.exec(text) ?? [];
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
};

const TEXTS = {
  fr: {
    title: 'Plan\u202f: effort, rôles et attentes',
    total: 'Effort total',
    waits: 'Attentes calendaires',
    link: 'Plan',
    step: 'Étape',
  },
  en: {
    title: 'Plan: effort, roles and waits',
    total: 'Total effort',
    waits: 'Calendar waits',
    link: 'Plan',
    step: 'Step',
  },
} as const;

for (const lang of ['fr', 'en'] as const) {
  test.describe(`the ${lang} plan page`, () => {
    const slugs = phaseSlugs(lang);
    const totalMinutes = slugs.reduce((sum, slug) => sum + minutes(phase(lang, slug).duration), 0);
    const waits = slugs.flatMap((slug) =>
      (phase(lang, slug).checklist ?? [])
        .flatMap((group) => group.items)
        .map((item, index) => ({ slug, ...item, number: `${phase(lang, slug).phase}.${index + 1}` }))
        .filter((item) => item.wait),
    );

    test('adds up the effort of every phase, and lists the calendar waits apart, each leading to its step', async ({
      page,
    }) => {
      const errors = recordErrors(page);
      await page.goto(`${lang}/plan/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEXTS[lang].title);
      const hours = Math.floor(totalMinutes / 60);
      await expect(page.locator('.plan-summary > div').first()).toContainText(`${hours}`);
      const byPhase = page.locator('table').first();
      await expect(byPhase.locator('tbody tr')).toHaveCount(slugs.length);
      const footer = (await byPhase.locator('tfoot').textContent()) ?? '';
      expect(footer.replace(/\s/gu, ' ')).toMatch(new RegExp(`${hours} h`));
      expect(waits.length).toBeGreaterThan(0);
      const rows = page.locator('.plan-waits tbody tr');
      await expect(rows).toHaveCount(waits.length);
      for (const [index, wait] of waits.entries()) {
        const row = rows.nth(index);
        await expect(row.locator('a')).toHaveAttribute('href', new RegExp(`/${lang}/${wait.slug}/#step-${wait.id}$`));
        // The step's speakable number, as its page and sheets give it.
        await expect(row.locator('a')).toHaveText(`${TEXTS[lang].step} ${wait.number}`);
        await expect(row.locator('td').nth(2)).toContainText(wait.wait!.reason.split(' ')[0]!);
      }
      const totalWait = waits.reduce((sum, wait) => sum + minutes(wait.wait!.time), 0);
      await expect(page.locator('.plan-summary > div').nth(1)).toContainText(TEXTS[lang].waits);
      await expect(page.locator('.plan-summary > div').nth(1)).toContainText(`${Math.floor(totalWait / 60)}`);
      await rows.first().locator('a').click();
      await expect(page.locator(`#step-${waits[0]!.id}`)).toBeInViewport();
      expect(errors).toEqual([]);
    });

    test('the roles × phases matrix adds up, by role and by phase, to the total effort', async ({ page }) => {
      await page.goto(`${lang}/plan/`);
      const matrix = page.locator('.plan-matrix');
      await expect(matrix.locator('thead th')).toHaveCount(slugs.length + 2);
      const parse = (text: string) => {
        const match = /(?:(\d+)h)?\s*(?:(\d+)m(?:in)?)?/u.exec(text.replace(/\s/gu, '')) ?? [];
        return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
      };
      const rows = await matrix.locator('tbody tr').all();
      let grand = 0;
      for (const row of rows) {
        const cells = (await row.locator('td').allTextContents()).map(parse);
        const total = cells.pop() ?? 0;
        expect(cells.reduce((sum, value) => sum + value, 0)).toBe(total);
        grand += total;
      }
      expect(grand).toBe(totalMinutes);
    });

    test('reads and prints without JavaScript, tables whole, no navigation on paper', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${lang}/plan/`);
      await expect(page.locator('.plan-matrix')).toBeVisible();
      await expect(page.locator('.plan-waits')).toBeVisible();
      const pages = await pdfPages(await page.pdf({ format: 'A4' }));
      const paper = squeeze(pages.join(' '));
      expect(pages.length).toBeLessThanOrEqual(4);
      expect(paper).toContain(squeeze(TEXTS[lang].title));
      for (const heading of await page.locator('article h2').allTextContents())
        expect(paper).toContain(squeeze(heading));
      expect(paper).not.toContain(squeeze((await page.locator('.site-footer').textContent()) ?? 'missing'));
      await context.close();
    });
  });
}

test('every kind of page links to the plan from its header, and the home and sidebar link to it too', async ({
  page,
}) => {
  for (const path of [
    'fr/',
    'en/glossary/',
    'fr/phase-6-move-from-pilot-deployment-into-production/',
    'en/checklists/',
    'fr/phase-4-move-test-users-to-the-pilot-pool/checklist/',
    'en/plan/',
  ]) {
    await page.goto(path);
    const lang = path.slice(0, 2);
    await expect(page.locator('.site-header a.header-link'), path).toHaveAttribute(
      'href',
      new RegExp(`/${lang}/plan/$`),
    );
  }
  await page.goto('en/');
  await expect(page.locator('main .home-plan-link a')).toHaveAttribute('href', /\/en\/plan\/$/);
  await expect(page.locator('.sidebar a[href$="/en/plan/"]')).toHaveText('Plan');
  await page.locator('main .home-plan-link a').click();
  await expect(page).toHaveURL(/\/en\/plan\/$/);
  await expect(page.locator('.site-header a.header-link')).toHaveAttribute('aria-current', 'page');
});
