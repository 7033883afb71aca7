/**
 * Nothing moves once the page is painted: what the page's script shows (the search field, the theme
 * picker, progress bars and buttons) has its room from the first paint. Layout shifts are counted by the
 * browser (Layout Instability API), on small and wide screens, with and without stored progress.
 */
import { expect, test, type Page } from '@playwright/test';
import { heaviestPhase } from './guide-model.ts';

/** The heaviest phase page of the guide under test. */
const PHASE = heaviestPhase().slug;

const PAGES = [
  'fr/',
  'en/',
  `en/${PHASE}/`,
  `fr/${PHASE}/`,
  'fr/glossary/',
  'en/checklists/',
  `fr/${PHASE}/checklist/`,
];

/** Records the page's layout shifts, with the elements that moved, in `window.shifts`. */
async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        const moved = entry.sources.map((source) =>
          source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : '?',
        );
        shifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function layoutShifts(page: Page, path: string): Promise<string[]> {
  await page.goto(path, { waitUntil: 'networkidle' });
  // Past the scripts' first work: a frame after the network is idle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
}

for (const [screen, viewport] of [
  ['small', { width: 390, height: 844 }],
  ['wide', { width: 1350, height: 940 }],
] as const) {
  test(`on a ${screen} screen no page moves after its first paint`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await watchShifts(page);
    for (const path of PAGES) expect(await layoutShifts(page, path), path).toEqual([]);
  });
}
