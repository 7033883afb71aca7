import { pdfPages, squeeze } from '../e2e/checklist-helpers.ts';
import { builtLangs, checklistPhase, sheetSteps, stepIds } from './built-site.ts';
import { expect, test } from './fixtures.ts';

test.describe('Firefox without JavaScript', () => {
  for (const lang of builtLangs()) {
    test(`the ${lang} home, a phase and its sheet read and print without JavaScript`, async ({ ffNoScript: ff }) => {
      const phase = checklistPhase(lang);
      await ff.open(`${lang}/`);
      expect(await ff.page.evaluate(() => document.querySelectorAll('main a[href]').length)).toBeGreaterThan(3);

      await ff.open(phase);
      // Every step is there to read, its box shown but disabled (ticks need the script). With JavaScript off,
      // Puppeteer's element handles crash Firefox's BiDi session: the page is read in one evaluation.
      const checklist = await ff.page.evaluate(() => {
        const items = [...document.querySelectorAll<HTMLElement>('guide-checklist [data-checklist-item]')];
        return {
          ids: items.map((item) => item.dataset['checklistItem']),
          boxesDisabled: items.every(
            (item) => item.querySelector<HTMLInputElement>('input[type="checkbox"]')?.disabled === true,
          ),
          labelsShown: items.every((item) => (item.querySelector('label')?.getBoundingClientRect().height ?? 0) > 0),
        };
      });
      expect(checklist).toEqual({ ids: stepIds(phase), boxesDisabled: true, labelsShown: true });

      const sheet = `${phase}checklist/`;
      await ff.open(sheet);
      // The print button needs the script: it stays hidden; the sheet prints from the browser's menu.
      expect(
        await ff.page.evaluate(() => document.querySelector<HTMLElement>('guide-sheet-controls [data-print]')?.hidden),
      ).toBe(true);
      const paper = squeeze((await pdfPages(Buffer.from(await ff.page.pdf({ format: 'A4' })))).join(' '));
      for (const step of sheetSteps(sheet)) expect(paper).toContain(squeeze(step));
    });
  }
});
