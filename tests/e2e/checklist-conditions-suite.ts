import { expect, test } from '@playwright/test';
import { EXCLUDED_SELECTORS } from '../../src/integrations/pagefind.ts';
import { checkboxOf, checklistItem, conditionsOf } from './checklist-helpers.ts';

// A step (or a group of steps) that applies only in one case carries a condition (`when` in the
// frontmatter). The page shows it before the step, the checkbox announces it, and the sign-off sheet prints it.
const PREFIX = { fr: 'Uniquement si', en: 'Only if' } as const;

/** The condition's text as the page shows it: Markdown code marks gone, spaces squeezed, apostrophes curled (SmartyPants). */
const shown = (markdown: string) => squeeze(markdown.replace(/`/g, ''));
const squeeze = (text: string | null) => (text ?? '').replace(/'/g, '\u2019').replace(/\s+/g, ' ').trim();

/** The tests of conditions, for the guide the site was built from (the example guide, and this project's own). */
export function conditionTests(): void {
  for (const lang of ['fr', 'en'] as const) {
    const conditions = conditionsOf(lang);

    test(`the ${lang} guide has conditional steps to show (a step that applies only in one case)`, () => {
      expect(conditions.length).toBeGreaterThan(0);
    });

    for (const slug of [...new Set(conditions.map((condition) => condition.slug))]) {
      test(`${lang}/${slug}: each condition shows before its step or group, and the checkbox announces it`, async ({
        page,
      }) => {
        await page.goto(`${lang}/${slug}/`);
        for (const condition of conditions.filter((one) => one.slug === slug)) {
          if (condition.kind === 'item') {
            const item = checklistItem(page, condition.id);
            const when = item.locator('.checklist-when');
            await expect(when).toHaveCount(1);
            expect(squeeze(await when.textContent())).toBe(`${PREFIX[lang]} ${shown(condition.when)}`);
            // Shown above the step's label, not after it.
            const above = await item.evaluate((li) => {
              const whenBox = li.querySelector('.checklist-when')!.getBoundingClientRect();
              const labelBox = li.querySelector('label')!.getBoundingClientRect();
              return whenBox.bottom <= labelBox.top + 1;
            });
            expect(above, `${condition.id}: the condition sits above the label`).toBe(true);
            await expect(checkboxOf(page, condition.id)).toHaveAccessibleDescription(new RegExp(`^${PREFIX[lang]} `));
          } else {
            const group = page.locator(`guide-checklist [data-checklist-group="${condition.id}"]`);
            const when = group.locator(':scope > .checklist-when');
            expect(squeeze(await when.textContent())).toBe(`${PREFIX[lang]} ${shown(condition.when)}`);
            const order = await group.evaluate((section) => [...section.children].map((child) => child.className));
            expect(order.indexOf('checklist-when checklist-group-when')).toBeLessThan(order.indexOf('checklist-items'));
          }
        }
      });
    }

    test(`the ${lang} sign-off sheets print each condition with its step or group`, async ({ page }) => {
      await page.goto(`${lang}/checklists/`);
      await page.emulateMedia({ media: 'print' });
      // Read every printed condition at once: the page holds every phase's sheet.
      const printed = await page.locator('.sheet').evaluateAll((sheets) =>
        sheets.flatMap((sheet) =>
          [...sheet.querySelectorAll('.sheet-when')].map((when) => ({
            slug: (sheet as HTMLElement).dataset['sheet'] ?? '',
            item: when.closest('[data-checklist-item]')?.getAttribute('data-checklist-item') ?? null,
            inGroupHeading: when.closest('.sheet-group') !== null,
            visible: (when as HTMLElement).offsetParent !== null,
            text: (when.textContent ?? '').replace(/\s+/g, ' ').trim(),
          })),
        ),
      );
      for (const condition of conditions) {
        const text = `${PREFIX[lang]} ${shown(condition.when)}`;
        const matches = printed.filter(
          (one) =>
            one.slug === condition.slug &&
            one.text === text &&
            (condition.kind === 'item' ? one.item === condition.id : one.inGroupHeading),
        );
        expect(matches.length, `${condition.slug} ${condition.id}`).toBeGreaterThanOrEqual(1);
        expect(
          matches.every((one) => one.visible),
          `${condition.id} prints`,
        ).toBe(true);
      }
    });
  }

  test('the search index takes in the conditions’ words (inside the indexed body, in no excluded part)', async ({
    page,
  }) => {
    const [condition] = conditionsOf('en');
    expect(condition).toBeDefined();
    await page.goto(`en/${condition!.slug}/`);
    const placement = await page.locator('.checklist-when').evaluateAll(
      (elements, excluded) =>
        elements.map((element) => ({
          indexed: element.closest('[data-pagefind-body]') !== null,
          excludedText: [...element.querySelectorAll('*')].filter(
            (inner) => !inner.matches('.checklist-when-label') && excluded.some((selector) => inner.closest(selector)),
          ).length,
          selfExcluded: excluded.some((selector) => element.closest(selector)),
        })),
      EXCLUDED_SELECTORS,
    );
    expect(placement.length).toBeGreaterThan(0);
    for (const one of placement) expect(one).toEqual({ indexed: true, excludedText: 0, selfExcluded: false });
  });
}
