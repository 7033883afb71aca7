import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { checklistPhase, guidePhases, phasesInOrder } from './guide-model.ts';

/** A phase page with a checklist, callouts and code, found in the guide under test. */
const PHASE = checklistPhase().slug;
/** The phase page with the most tables and code blocks. */
const RICHEST = guidePhases('en')
  .map((phase) => ({ slug: phase.slug, blocks: (phase.document.text.match(/^\s*(?:```|\|)/gm) ?? []).length }))
  .sort((a, b) => b.blocks - a.blocks)[0]!.slug;
const [FIRST, LAST] = [phasesInOrder('fr')[0]!.slug, phasesInOrder('en').at(-1)!.slug];

const PAGES = [
  'fr/',
  'en/',
  `fr/${PHASE}/`,
  `en/${PHASE}/`,
  'fr/plan/',
  'en/plan/',
  'fr/environment/',
  'en/environment/',
];
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`axe finds no WCAG 2.2 AA violation on ${path} in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('axe finds no violation on a phase page at 320 px with the menu open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`en/${PHASE}/`);
  await page.locator('.mobile-nav summary').click();
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('axe finds no violation at 320 px on the phase with the most tables and commands, in both languages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const lang of ['fr', 'en']) {
    await page.goto(`${lang}/${RICHEST}/`);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});

test('every kind of page has named, distinct landmarks', async ({ page }) => {
  for (const path of ['fr/', 'en/glossary/', `fr/${FIRST}/`, `en/${LAST}/`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withRules(['landmark-unique', 'landmark-complementary-is-top-level', 'region'])
      .analyze();
    expect(
      results.violations.map((violation) => violation.id),
      path,
    ).toEqual([]);
  }
});
