/**
 * Steps where they are read, numbers that can be spoken, and change windows, in the built site of the guide
 * under test (its windows.yaml and frontmatter read through the engine's own readers): every step shows its
 * number `<phase>.<n>`; a heading that names steps holds those steps; each window has its own sign-off
 * sheet with only its steps, which prints; the phase page marks where the window opens and closes; the
 * home lists the windows in order; nothing is wider than a 320 px screen; axe finds nothing on the sheet.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contentDir } from '../../src/content-dir.ts';
import { readWindows } from '../../src/steps/windows.ts';
import { pdfPages, recordErrors, squeeze } from './checklist-helpers.ts';
import { guidePhases } from './guide-model.ts';
import { LANGS } from './site-helpers.ts';

const windows = readWindows(contentDir());

/** Each window with its phase and its item ids, in the guide's order. */
function windowsOf(lang: string) {
  return windows.flatMap((window) => {
    const phase = guidePhases(lang).find((candidate) =>
      candidate.data.checklist.some((group) => (group as { window?: string }).window === window.id),
    );
    if (!phase) return [];
    const numbers = new Map<string, string>();
    let n = 0;
    for (const group of phase.data.checklist)
      for (const item of group.items) numbers.set(item.id, `${phase.data.phase}.${(n += 1)}`);
    const items = phase.data.checklist
      .filter((group) => (group as { window?: string }).window === window.id)
      .flatMap((group) => group.items.map((item) => item.id));
    return [{ window, phase, items, numbers }];
  });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the guide under test declares a change window, so that these tests test something', () => {
  expect(windows.length).toBeGreaterThan(0);
  for (const lang of LANGS) expect(windowsOf(lang).length).toBe(windows.length);
});

for (const lang of LANGS) {
  test(`${lang}: every step shows its number <phase>.<n>, and a heading that names steps holds exactly those`, async ({
    page,
  }) => {
    const stepWord = lang === 'fr' ? /^Étapes? (\d+\.\d+)/ : /^Steps? (\d+\.\d+)/;
    let namingHeadings = 0;
    for (const phase of guidePhases(lang).filter((candidate) => candidate.data.checklist.length > 0)) {
      await page.goto(`${lang}/${phase.slug}/`);
      const expected: string[] = [];
      let n = 0;
      for (const group of phase.data.checklist)
        for (const item of group.items) expected.push(`${item.id} ${phase.data.phase}.${(n += 1)}`);
      const shown = await page
        .locator('.prose .checklist-item')
        .evaluateAll((items) =>
          items.map(
            (item) =>
              `${(item as HTMLElement).dataset['checklistItem']} ${item.querySelector('label .checklist-number')?.textContent?.trim()}`,
          ),
        );
      expect(shown.toSorted()).toEqual(expected.toSorted());
      // The label starts with the number: a screen reader reads "2.3 Check that …".
      const label = page.locator('.prose .checklist-item label').first();
      expect((await label.textContent())?.trim()).toMatch(/^\d+\.\d+ \S/);
      // The steps under each heading of the page (up to the next heading).
      const sections = await page.locator('.prose').evaluate((prose) => {
        const found: { heading: string; steps: string[] }[] = [];
        const walker = document.createTreeWalker(prose, NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node as HTMLElement;
          if (/^H[2-4]$/.test(element.tagName) && !element.closest('.checklist')) {
            found.push({ heading: element.textContent?.trim() ?? '', steps: [] });
          } else if (element.classList.contains('checklist-number')) {
            found.at(-1)?.steps.push(element.textContent?.trim() ?? '');
          }
        }
        return found;
      });
      for (const section of sections) {
        const named = stepWord.exec(section.heading)?.[1];
        if (!named) continue;
        namingHeadings += 1;
        expect(section.steps, `the steps under "${section.heading}"`).toContain(named);
      }
    }
    expect(namingHeadings, 'headings that name a step').toBeGreaterThan(0);
  });

  test(`${lang}: the phase page marks where each window opens and closes, around exactly its steps`, async ({
    page,
  }) => {
    for (const { window, phase, items } of windowsOf(lang)) {
      await page.goto(`${lang}/${phase.slug}/`);
      const opens = page.locator(`#window-${window.id}-opens`);
      await expect(opens).toContainText(window.wording[lang].title);
      await expect(opens).toContainText(window.wording[lang].outage);
      const between = await page.locator('.prose').evaluate((prose, id) => {
        const all = [...prose.querySelectorAll(`#window-${id}-opens, #window-${id}-closes, .checklist-item`)];
        const start = all.findIndex((element) => element.id === `window-${id}-opens`);
        const end = all.findIndex((element) => element.id === `window-${id}-closes`);
        return start < 0 || end < start
          ? ['(no marks)']
          : all.slice(start + 1, end).map((element) => (element as HTMLElement).dataset['checklistItem'] ?? '');
      }, window.id);
      expect(between).toEqual(items);
      // The mark links the window's sheet.
      await opens.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/${phase.slug}/checklist/${window.id}/$`));
    }
  });

  test(`${lang}: each window's sign-off sheet holds only its steps, with their numbers, and prints`, async ({
    page,
  }) => {
    for (const { window, phase, items, numbers } of windowsOf(lang)) {
      const errors = recordErrors(page);
      await page.goto(`${lang}/${phase.slug}/checklist/${window.id}/`);
      await expect(page.locator('h1')).toHaveText(window.wording[lang].title);
      const rows = page.locator('.sheet [data-checklist-item]');
      expect(
        await rows.evaluateAll((found) => found.map((row) => (row as HTMLElement).dataset['checklistItem'])),
      ).toEqual(items);
      expect(await rows.locator('.sheet-number').allTextContents()).toEqual(items.map((id) => numbers.get(id)));
      const first = numbers.get(items[0]!)!;
      const last = numbers.get(items.at(-1)!)!;
      const paper = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
      expect(paper).toContain(squeeze(window.wording[lang].title));
      expect(paper).toContain(squeeze(window.wording[lang].outage));
      for (const id of items) expect(paper).toContain(squeeze(numbers.get(id)!));
      expect(paper).toContain(
        squeeze(
          items.length === 1
            ? `${lang === 'fr' ? 'étape' : 'step'} ${first}`
            : lang === 'fr'
              ? `étapes ${first} à ${last}`
              : `steps ${first} to ${last}`,
        ),
      );
      // Only the window's steps: no other step of the phase reaches paper.
      const others = phase.data.checklist.flatMap((group) => group.items).filter((item) => !items.includes(item.id));
      for (const item of others) expect(paper).not.toContain(squeeze(item.label.replace(/[`*]/g, '')));
      expect(errors).toEqual([]);
    }
  });

  test(`${lang}: the home lists the windows in order, each with its outage and sheet`, async ({ page }) => {
    await page.goto(`${lang}/`);
    const list = page.locator('.window-list li');
    const expected = windowsOf(lang);
    await expect(list).toHaveCount(expected.length);
    for (const [index, { window, phase }] of expected.entries()) {
      await expect(list.nth(index)).toContainText(window.wording[lang].title);
      await expect(list.nth(index)).toContainText(window.wording[lang].outage);
      await expect(list.nth(index).locator(`a[href$="/${lang}/${phase.slug}/checklist/${window.id}/"]`)).toHaveCount(1);
    }
  });

  test(`${lang}: at 320 px, no page with a window, its sheet or the home is wider than the screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const { window, phase } of windowsOf(lang)) {
      for (const path of [`${lang}/${phase.slug}/`, `${lang}/${phase.slug}/checklist/${window.id}/`, `${lang}/`]) {
        await page.goto(path);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
      }
    }
  });

  test(`${lang}: axe finds no violation on a window's sign-off sheet`, async ({ page }) => {
    for (const { window, phase } of windowsOf(lang)) {
      await page.goto(`${lang}/${phase.slug}/checklist/${window.id}/`);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    }
  });
}
