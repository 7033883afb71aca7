import type { Page as ChromiumPage } from '@playwright/test';
import { pdfPages, squeeze } from '../e2e/checklist-helpers.ts';
import { builtLangs, checklistPhase, phasesWithSheet, sheetSteps, textsOfClass } from './built-site.ts';
import { expect, test, type Firefox } from './fixtures.ts';

/** The text of each page of a sheet printed on A4 by Firefox, then by Chromium. */
async function printBoth(
  ff: Firefox,
  chromium: ChromiumPage,
  path: string,
): Promise<{ firefox: string[]; chromium: string[] }> {
  await ff.open(path);
  const firefox = await pdfPages(Buffer.from(await ff.page.pdf({ format: 'A4' })));
  await chromium.goto(path);
  return { firefox, chromium: await pdfPages(await chromium.pdf({ format: 'A4' })) };
}

/** The index of the page that holds a step's label whole, or -1 when it is split or missing. */
function pageOf(pages: readonly string[], step: string): number {
  return pages.findIndex((text) => squeeze(text).includes(squeeze(step)));
}

/** The steps found on paper, in the order of the pages. */
function stepsOnPaper(pages: readonly string[], steps: readonly string[]): string[] {
  return steps.filter((step) => pageOf(pages, step) >= 0).sort((a, b) => pageOf(pages, a) - pageOf(pages, b));
}

test.describe('Firefox: sign-off sheets on paper', () => {
  // Two browsers print long documents on a loaded 2-core machine.
  test.setTimeout(180_000);

  for (const lang of builtLangs()) {
    test(`a ${lang} sheet printed from Firefox starts on page 1 with its title and first steps, every page titled, rows whole, like Chromium's`, async ({
      ff,
      page,
    }) => {
      const sheet = `${checklistPhase(lang)}checklist/`;
      const steps = sheetSteps(sheet);
      const [title = ''] = textsOfClass(sheet, 'sheet-title');
      const [running = ''] = textsOfClass(sheet, 'sheet-running');
      const [columns = ''] = textsOfClass(sheet, 'sheet-colStep');
      const [end = ''] = textsOfClass(sheet, 'sheet-end');
      expect(steps.length).toBeGreaterThan(1);
      const printed = await printBoth(ff, page, sheet);
      const pages = printed.firefox;

      // No blank first page: page 1 holds the sheet's title and its first steps.
      expect(squeeze(pages[0]!)).toContain(squeeze(title));
      for (const step of steps.slice(0, 2))
        expect(squeeze(pages[0]!), `page 1 holds "${step}"`).toContain(squeeze(step));
      // Each page carries the running title with the step range (Firefox prints no page numbers), and each
      // page with steps on it repeats the column headers.
      for (const [index, text] of pages.entries()) {
        expect(squeeze(text), `page ${index + 1} has the running title`).toContain(squeeze(running));
        if (steps.some((step) => squeeze(text).includes(squeeze(step))))
          expect(squeeze(text), `page ${index + 1} repeats the headers`).toContain(squeeze(columns));
      }
      // Rows whole: each step's label is on one page; the sheet ends with its end marker.
      for (const step of steps) expect(pageOf(pages, step), `"${step}" is whole on one page`).toBeGreaterThanOrEqual(0);
      expect(squeeze(pages.at(-1)!)).toContain(squeeze(end));

      // The same steps, in the same order, on about as many pages as Chromium's.
      expect(stepsOnPaper(pages, steps)).toEqual(steps);
      expect(stepsOnPaper(printed.chromium, steps)).toEqual(steps);
      expect(
        Math.abs(pages.length - printed.chromium.length),
        `Firefox ${pages.length} pages, Chromium ${printed.chromium.length}`,
      ).toBeLessThanOrEqual(1);
    });

    test(`the ${lang} sheets of every phase printed from Firefox start each phase on a new page, with no blank page`, async ({
      ff,
      page,
    }) => {
      const all = `${lang}/checklists/`;
      const phases = phasesWithSheet(lang);
      const titles = textsOfClass(all, 'sheet-title');
      const runnings = textsOfClass(all, 'sheet-running');
      const [guide = ''] = textsOfClass(all, 'sheet-guide');
      const [coverTitle = ''] = textsOfClass(all, 'sheets-cover-title');
      const steps = sheetSteps(all);
      expect(titles).toHaveLength(phases.length);
      const both = await printBoth(ff, page, all);
      // The cover (summary and contents) is the first page, alone, in both browsers; the sheets follow.
      for (const pages of [both.firefox, both.chromium]) {
        expect(squeeze(pages[0] ?? '')).toContain(squeeze(coverTitle));
        expect(runnings.filter((running) => squeeze(pages[0] ?? '').includes(squeeze(running)))).toEqual([]);
      }
      const printed = { firefox: both.firefox.slice(1), chromium: both.chromium.slice(1) };
      const pages = printed.firefox;

      // Every page belongs to one phase (its running title), the phases follow in order, and a phase's first
      // page opens with the running title and the sheet heading under it.
      const phaseOfPage = pages.map((text, index) => {
        const found = runnings.filter((running) => squeeze(text).includes(squeeze(running)));
        expect(found, `page ${index + 1} has one phase's running title: ${text.slice(0, 120)}`).toHaveLength(1);
        return runnings.indexOf(found[0]!);
      });
      const firstPages = phaseOfPage.flatMap((phase, index) =>
        index === 0 || phase !== phaseOfPage[index - 1] ? [index] : [],
      );
      expect(firstPages.map((index) => phaseOfPage[index])).toEqual(titles.map((_, index) => index));
      // (The end marker floats beside the sign-off title, and PDF text may hold it first on a one-page sheet.)
      const ends = textsOfClass(all, 'sheet-end');
      for (const index of firstPages) {
        const phase = phaseOfPage[index]!;
        const heading = squeeze(runnings[phase]!) + squeeze(guide) + squeeze(titles[phase]!);
        expect(
          squeeze(pages[index]!).replace(squeeze(ends[phase]!), '').startsWith(heading),
          `page ${index + 1} starts a sheet`,
        ).toBe(true);
      }
      // No page holds only its running title.
      for (const [index, text] of pages.entries()) {
        expect(
          squeeze(text).length - squeeze(runnings[phaseOfPage[index]!]!).length,
          `page ${index + 1} is not blank`,
        ).toBeGreaterThan(20);
      }
      // Every step on paper in both browsers (labels may repeat from one phase to another: found, not ordered),
      // on about as many pages.
      for (const step of steps) {
        expect(pageOf(pages, step), `"${step}" in Firefox's printout`).toBeGreaterThanOrEqual(0);
        expect(pageOf(printed.chromium, step), `"${step}" in Chromium's printout`).toBeGreaterThanOrEqual(0);
      }
      // Within 15 % (one page on a short document): the two browsers' fonts and line breaks differ a little.
      const allowed = Math.max(1, Math.round(printed.chromium.length * 0.15));
      expect(
        Math.abs(pages.length - printed.chromium.length),
        `Firefox ${pages.length} pages, Chromium ${printed.chromium.length}`,
      ).toBeLessThanOrEqual(allowed);
    });
  }
});
