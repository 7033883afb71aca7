/**
 * The home's run board (RunBoard.astro): every run × phase with its own counts, the current run's planned
 * windows (a phase still open after its planned end is flagged), its log newest first with a phase filter,
 * and the progress file of the current run alone. Driven as a reader does: ticks on the phase page, runs
 * from the header, the board opened on the home. Written against the guide model.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  progressKey,
  recordErrors,
} from './checklist-helpers.ts';
import { phasesInOrder } from './guide-model.ts';
import { contentDir } from '../../src/content-dir.ts';
import { readParameters } from '../../src/parameters/declared.ts';

type Lang = 'fr' | 'en';
const WORDS = {
  en: {
    show: 'Show the runs, planned windows and log',
    main: 'Main run',
    newRun: 'New run…',
    overrun: 'running over',
    all: 'every phase',
    endOf: 'Planned end of',
    saveRun: 'Save this run only',
    load: 'Load saved progress',
  },
  fr: {
    show: 'Afficher les exécutions, les créneaux prévus et le journal',
    main: 'Exécution principale',
    newRun: 'Nouvelle exécution…',
    overrun: 'en dépassement',
    all: 'toutes les phases',
    endOf: 'Fin prévue de',
    saveRun: 'Enregistrer cette exécution seule',
    load: 'Charger une progression enregistrée',
  },
} as const;

/** The phases with steps, in reading order: the table's columns. */
const columns = (lang: Lang) =>
  phasesInOrder(lang).filter((phase) => phase.data.checklist.some((group) => group.items.length > 0));
const COLUMN = columns('en').findIndex((phase) => phase.slug === CHECKLIST_PHASE);
const STEPS = columns('en')[COLUMN]!.data.checklist.reduce((count, group) => count + group.items.length, 0);

const board = (page: Page) => page.locator('guide-run-board');
const runsTable = (page: Page) => board(page).locator('table').nth(0);
const logTable = (page: Page) => board(page).locator('table').nth(1);
const cellOf = (page: Page, run: string) =>
  runsTable(page)
    .locator('tbody tr', { has: page.locator('th', { hasText: run }) })
    .locator('td')
    .nth(COLUMN);

async function openBoard(page: Page, lang: Lang): Promise<void> {
  await page.goto(`${lang}/`);
  await page.getByText(WORDS[lang].show).click();
  await expect(runsTable(page).locator('tbody tr').first()).toBeVisible();
}

async function createRun(page: Page, name: string, lang: Lang): Promise<void> {
  const control = page.locator('[data-run-control]');
  await control.locator('summary').click();
  await control.getByRole('button', { name: WORDS[lang].newRun }).click();
  await page.locator('dialog[open] input[type="text"]').fill(name);
  await page.locator('dialog[open] button[type="submit"]').click();
  await expect(control.locator('select option:checked')).toHaveText(name);
}

test('a value typed on the environment page is a change of the run, logged with its parameter and value', async ({
  page,
}) => {
  const [parameter] = readParameters(contentDir()).list;
  expect(parameter, 'the guide under test declares a parameter').toBeDefined();
  await page.goto('en/environment/');
  const input = page.locator(`input[name="${parameter!.id}"]`);
  await expect(input).toBeEnabled();
  await input.fill(parameter!.example);
  await input.press('Tab');
  await openBoard(page, 'en');
  const rows = logTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(parameter!.id);
  await expect(rows.first()).toContainText(parameter!.example);
});

for (const lang of ['en', 'fr'] as const) {
  test.describe(`run board (${lang})`, () => {
    test('two runs show in the table with their own counts, the current one marked', async ({ page }) => {
      const errors = recordErrors(page);
      await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, FIRST_ITEM).check();
      await checkboxOf(page, SECOND_ITEM).check();
      await createRun(page, 'Lyon – live', lang);
      await checkboxOf(page, FIRST_ITEM).check();
      await openBoard(page, lang);
      await expect(runsTable(page).locator('tbody th[scope="row"]')).toHaveText([
        WORDS[lang].main,
        new RegExp(`^Lyon – live`),
      ]);
      await expect(cellOf(page, WORDS[lang].main)).toHaveText(`2/${STEPS}`);
      await expect(cellOf(page, 'Lyon – live')).toHaveText(`1/${STEPS}`);
      await expect(runsTable(page).locator('tr[aria-current="true"] th')).toContainText('Lyon – live');
      await expect(runsTable(page).locator('caption')).not.toBeEmpty();
      expect(errors).toEqual([]);
    });

    test('a planned window whose end has passed flags the phase, in the table and beside its window', async ({
      page,
    }) => {
      await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, FIRST_ITEM).check();
      await openBoard(page, lang);
      const end = board(page).locator('.run-board-windows li').nth(COLUMN).locator('input').nth(1);
      await expect(end).toHaveAttribute('aria-label', new RegExp(`^${WORDS[lang].endOf} `));
      await end.fill('2020-01-02T10:00');
      await end.press('Tab');
      await expect(cellOf(page, WORDS[lang].main)).toContainText(WORDS[lang].overrun);
      await expect(board(page).locator(`[data-window-state="${CHECKLIST_PHASE}"]`)).toHaveClass(/is-overrunning/);
      // Kept: the flag is there again after a reload.
      await openBoard(page, lang);
      await expect(cellOf(page, WORDS[lang].main)).toContainText(WORDS[lang].overrun);
      await expect(end).toHaveValue('2020-01-02T10:00');
      // Its card among the phases says so too, the others do not.
      await expect(page.locator(`.phase-card[data-phase="${CHECKLIST_PHASE}"] [data-overrun]`)).toBeVisible();
      await expect(page.locator('.phase-card [data-overrun]:visible')).toHaveCount(1);
    });

    test('a planned end passing while the home is open flags the phase, on the board and its card, without a reload', async ({
      page,
    }) => {
      await page.clock.install({ time: new Date('2026-12-01T09:58:00') });
      await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, FIRST_ITEM).check();
      await openBoard(page, lang);
      const end = board(page).locator('.run-board-windows li').nth(COLUMN).locator('input').nth(1);
      await end.fill('2026-12-01T10:00');
      await end.press('Tab');
      const state = board(page).locator(`[data-window-state="${CHECKLIST_PHASE}"]`);
      await expect(state).not.toHaveClass(/is-overrunning/);
      await expect(cellOf(page, WORDS[lang].main)).not.toContainText(WORDS[lang].overrun);
      const card = page.locator(`.phase-card[data-phase="${CHECKLIST_PHASE}"] [data-overrun]`);
      await expect(card).toBeHidden();
      await page.clock.fastForward('03:00');
      await expect(cellOf(page, WORDS[lang].main)).toContainText(WORDS[lang].overrun);
      await expect(state).toHaveClass(/is-overrunning/);
      await expect(card).toBeVisible();
    });

    test('the log lists a tick and its undo newest first, and the phase filter narrows it', async ({ page }) => {
      const other = columns(lang).find((phase) => phase.slug !== CHECKLIST_PHASE)!;
      const otherStep = other.data.checklist.flatMap((group) => group.items)[0]!.id;
      await page.goto(`${lang}/${other.slug}/`);
      await checkboxOf(page, otherStep).check();
      await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, FIRST_ITEM).check();
      await checkboxOf(page, FIRST_ITEM).uncheck();
      await openBoard(page, lang);
      const rows = logTable(page).locator('tbody tr');
      await expect(rows).toHaveCount(3);
      const words = lang === 'en' ? ['done → open', 'open → done'] : ['faite → ouverte', 'ouverte → faite'];
      await expect(rows.nth(0).locator('td').nth(3)).toHaveText(words[0]!);
      await expect(rows.nth(1).locator('td').nth(3)).toHaveText(words[1]!);
      await expect(rows.nth(0).locator('a')).toHaveAttribute(
        'href',
        new RegExp(`${CHECKLIST_PHASE}/#step-${FIRST_ITEM}$`),
      );
      await board(page).locator('select').selectOption(CHECKLIST_PHASE);
      await expect(rows).toHaveCount(2);
      await board(page).locator('select').selectOption(other.slug);
      await expect(rows).toHaveCount(1);
      await expect(rows.locator('a')).toHaveAttribute('href', new RegExp(`#step-${otherStep}$`));
      await board(page).locator('select').selectOption({ label: WORDS[lang].all });
      await expect(rows).toHaveCount(3);
    });

    test('a file of the current run holds only that run and loads back', async ({ page, browser }) => {
      await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, SECOND_ITEM).check();
      await createRun(page, 'Paris – rehearsal', lang);
      await checkboxOf(page, FIRST_ITEM).check();
      await page.goto(`${lang}/`);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: WORDS[lang].saveRun }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/paris-rehearsal.*\.json$/);
      const path = test.info().outputPath(download.suggestedFilename());
      await download.saveAs(path);
      const file = JSON.parse(readFileSync(path, 'utf8')) as {
        progress: { runs: Record<string, { name: string; steps: object }> };
      };
      const runs = Object.values(file.progress.runs);
      expect(runs.map((run) => run.name)).toEqual(['Paris – rehearsal']);
      expect(Object.keys(runs[0]!.steps)).toEqual([FIRST_ITEM]);

      const other = await browser.newPage();
      await other.goto(`${lang}/`);
      const choosing = other.waitForEvent('filechooser');
      await other.getByRole('button', { name: WORDS[lang].load }).click();
      await (await choosing).setFiles(path);
      await expect(other.locator('guide-progress-file [role="status"]')).not.toBeEmpty();
      await openBoard(other, lang);
      await expect(cellOf(other, 'Paris – rehearsal')).toHaveText(`1/${STEPS}`);
      await other.close();
    });

    test('axe finds no WCAG 2.2 AA violation on the home with the board open', async ({ page }) => {
      await page.goto(`${lang}/${CHECKLIST_PHASE}/`);
      await checkboxOf(page, FIRST_ITEM).check();
      await openBoard(page, lang);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([]);
    });
  });
}

test('a long log shows its newest 50 changes, and 50 more each time the reader asks', async ({ page, baseURL }) => {
  // A run whose log holds 120 changes (ticked and opened again in turn), as a long migration's does.
  const log = Array.from({ length: 120 }, (_, index) => ({
    id: `e${String(index).padStart(3, '0')}`,
    at: new Date(Date.UTC(2026, 10, 25, 8, index)).toISOString(),
    who: 'JD',
    step: FIRST_ITEM,
    from: index % 2 ? 'done' : 'open',
    to: index % 2 ? 'open' : 'done',
  }));
  const record = {
    version: 4,
    runs: { default: { name: '', created: '2026-11-25T08:00:00.000Z', steps: {}, values: {}, log } },
  };
  await page.goto('en/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [progressKey(baseURL), JSON.stringify(record)],
  );
  await openBoard(page, 'en');
  const rows = logTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(rows.first().locator('td').first()).toContainText('25/11/2026');
  await expect(board(page).locator('[data-log-shown]')).toHaveText('Changes shown: 50 of 120, newest first.');
  const more = board(page).getByRole('button', { name: 'Show older changes' });
  await more.click();
  await expect(rows).toHaveCount(100);
  await more.click();
  await expect(rows).toHaveCount(120);
  await expect(more).toBeHidden();
});

test('without JavaScript the board says that it needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('en/');
  await page.getByText(WORDS.en.show).click();
  await expect(board(page).locator('details')).toContainText('they need JavaScript');
  await expect(board(page).locator('table')).toHaveCount(0);
  await context.close();
});
