/**
 * Runs: named executions of the guide, each with its own marks, chosen in the header of every page
 * (`[data-run-control]`: a `<select>` of the runs' names; creating asks for a name in a `<dialog>`).
 * Written against the guide model: the steps are the first of the guide's checklist phase.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  progressKey,
  recordErrors,
} from './checklist-helpers.ts';

const control = (page: Page) => page.locator('[data-run-control]');
const runSelect = (page: Page) => control(page).locator('select');
const openDialog = (page: Page) => page.locator('dialog[open]');
/** The run select's options, whose text are the runs' names (filled by the page's script: assert with waits). */
const runOptions = (page: Page) => runSelect(page).locator('option');

/** Creates a run from the header, as a reader does: menu, "New run…", a name in the dialog, submit. */
async function createRun(page: Page, name: string, lang: 'fr' | 'en' = 'en'): Promise<void> {
  await control(page).locator('summary').click();
  await control(page)
    .getByRole('button', { name: lang === 'fr' ? 'Nouvelle exécution…' : 'New run…' })
    .click();
  const dialog = openDialog(page);
  await expect(dialog.locator('input[type="text"]')).toHaveCount(1);
  await dialog.locator('input[type="text"]').fill(name);
  await dialog.locator('button[type="submit"]').click();
  await expect(runSelect(page).locator('option:checked')).toHaveText(name);
}

async function chooseRun(page: Page, name: string): Promise<void> {
  await runSelect(page).selectOption({ label: name });
  await expect(runSelect(page).locator('option:checked')).toHaveText(name);
}

test.describe('runs', () => {
  test('two runs keep separate marks across reload and language; a mark in one is absent from the other', async ({
    page,
  }) => {
    const errors = recordErrors(page);
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await expect(runSelect(page).locator('option')).toHaveText(['Main run']);
    await checkboxOf(page, FIRST_ITEM).check();
    await createRun(page, 'Paris pool – live');
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
    await checkboxOf(page, SECOND_ITEM).check();

    await page.reload();
    await expect(runSelect(page).locator('option:checked')).toHaveText('Paris pool – live');
    await expect(checkboxOf(page, SECOND_ITEM)).toBeChecked();
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();

    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await expect(runOptions(page)).toHaveText(['Exécution principale', 'Paris pool – live']);
    await expect(checkboxOf(page, SECOND_ITEM)).toBeChecked();
    await chooseRun(page, 'Exécution principale');
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(page, SECOND_ITEM)).not.toBeChecked();
    await page.reload();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(page, SECOND_ITEM)).not.toBeChecked();
    expect(errors).toEqual([]);
  });

  test('a deleted run can be brought back with undo, its marks intact', async ({ page }) => {
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await createRun(page, 'Lab rehearsal');
    await checkboxOf(page, FIRST_ITEM).check();
    await control(page).locator('summary').click();
    await control(page).getByRole('button', { name: 'Delete…' }).click();
    const confirm = openDialog(page);
    await expect(confirm).toContainText('Delete the run “Lab rehearsal”?');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(control(page).getByRole('status')).toContainText('Run “Lab rehearsal” deleted.');
    await expect(runOptions(page)).toHaveText(['Main run']);
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();

    await control(page).getByRole('button', { name: 'Undo the deletion' }).click();
    await expect(runSelect(page).locator('option:checked')).toHaveText('Lab rehearsal');
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await page.reload();
    await expect(runOptions(page)).toHaveText(['Main run', 'Lab rehearsal']);
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
  });

  test('the CSV export of a run holds the marked step with its outcome and who marked it', async ({ page }) => {
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await createRun(page, 'Paris pool – rehearsal');
    await control(page).locator('summary').click();
    await control(page).locator('input[data-run-who]').fill('J. Doe');
    await control(page).locator('input[data-run-who]').press('Tab');
    await checkboxOf(page, FIRST_ITEM).check();
    await page.goto('en/');
    const downloading = page.waitForEvent('download');
    await page.locator('[data-export-csv]').click();
    const download = await downloading;
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/paris-pool-rehearsal.*\.csv$/);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Run,Phase,Step,Step id,Label,State,Outcome,Who,When,Note');
    const row = lines.find((line) => line.includes(`,${FIRST_ITEM},`));
    expect(row).toMatch(/^Paris pool – rehearsal,/);
    expect(row).toMatch(new RegExp(`,\\d+\\.\\d+,${FIRST_ITEM},`)); // its speakable number, as on the page
    expect(row).toContain(',marked,done,J. Doe,');
    const open = lines.find((line) => line.includes(`,${SECOND_ITEM},`));
    expect(open).toContain(',open,,,');
  });

  test('a progress file saved before runs still loads, into the current run', async ({ page }) => {
    await page.goto('en/');
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load saved progress' }).click();
    const old = {
      progressFile: 1,
      guide: 'x',
      saved: '2026-11-25T10:00:00.000Z',
      progress: { version: 2, ticked: { [FIRST_ITEM]: '2026-11-25T09:00:00.000Z' }, notApplicable: {} },
    };
    await (
      await choosing
    ).setFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
    await expect(page.locator('guide-progress-file [role="status"]')).toHaveText('1 step taken from the file.');
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
  });

  test('a run chosen in one tab is the run of every open tab at once, in either language', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(`en/${CHECKLIST_PHASE}/`);
    await second.goto(`fr/${CHECKLIST_PHASE}/`);
    await checkboxOf(first, FIRST_ITEM).check();
    await expect(checkboxOf(second, FIRST_ITEM)).toBeChecked();
    await createRun(first, 'Lyon – rehearsal');
    // The other tab follows without a reload: its header names the run, its steps are the run's.
    await expect(runSelect(second).locator('option:checked')).toHaveText('Lyon – rehearsal');
    await expect(checkboxOf(second, FIRST_ITEM)).not.toBeChecked();
    await checkboxOf(second, SECOND_ITEM).check();
    await expect(checkboxOf(first, SECOND_ITEM)).toBeChecked();
    await chooseRun(second, 'Exécution principale');
    await expect(runSelect(first).locator('option:checked')).toHaveText('Main run');
    await expect(checkboxOf(first, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(first, SECOND_ITEM)).not.toBeChecked();
  });

  test('two tabs marking different steps at the same moment keep both marks', async ({ context, baseURL }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await Promise.all([first.goto(`en/${CHECKLIST_PHASE}/`), second.goto(`en/${CHECKLIST_PHASE}/`)]);
    // Each tab's first change loads its writing side; made one after the other, so that the three rounds
    // below are both tabs writing at once with their full stores. (Two first changes within the same instant
    // can show one tab's box unticked until the other tab's record arrives; both marks are kept.)
    await checkboxOf(first, FIRST_ITEM).check();
    await checkboxOf(second, SECOND_ITEM).check();
    await Promise.all([checkboxOf(first, FIRST_ITEM).uncheck(), checkboxOf(second, SECOND_ITEM).uncheck()]);
    await Promise.all([checkboxOf(first, FIRST_ITEM).check(), checkboxOf(second, SECOND_ITEM).check()]);
    await Promise.all([checkboxOf(first, FIRST_ITEM).uncheck(), checkboxOf(second, SECOND_ITEM).uncheck()]);
    await Promise.all([checkboxOf(first, FIRST_ITEM).check(), checkboxOf(second, SECOND_ITEM).check()]);
    const key = progressKey(baseURL);
    await expect
      .poll(async () => {
        const stored = JSON.parse((await first.evaluate((k) => localStorage.getItem(k), key)) ?? '{}') as {
          runs?: Record<string, { steps: Record<string, unknown> }>;
        };
        return Object.keys(stored.runs?.['default']?.steps ?? {}).sort();
      })
      .toEqual([FIRST_ITEM, SECOND_ITEM].sort());
    for (const tab of [first, second]) {
      await expect(checkboxOf(tab, FIRST_ITEM)).toBeChecked();
      await expect(checkboxOf(tab, SECOND_ITEM)).toBeChecked();
    }
    await first.reload();
    await expect(checkboxOf(first, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(first, SECOND_ITEM)).toBeChecked();
  });
});

test('a sheet in progress mode prints the run’s name and each marked step’s evidence: who and when', async ({
  page,
}) => {
  await page.goto(`en/${CHECKLIST_PHASE}/`);
  await createRun(page, 'Lyon pool – live');
  await control(page).locator('summary').click();
  await control(page).locator('input[data-run-who]').fill('AB');
  await control(page).locator('input[data-run-who]').press('Tab');
  await checkboxOf(page, FIRST_ITEM).check();
  await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
  await page.locator('input[data-with-progress]').check();
  await page.emulateMedia({ media: 'print' });
  const row = page.locator(`.sheet [data-checklist-item="${FIRST_ITEM}"]`);
  await expect(row.locator('[data-tick-who]')).toHaveText('AB');
  await expect(row.locator('[data-tick-date]')).not.toBeEmpty();
  await expect(page.locator('.sheet [data-as-of]').first()).toContainText('Lyon pool – live');
  await expect(page.locator('.sheet [data-as-of]').first()).toBeVisible();
  const other = page.locator(`.sheet [data-checklist-item="${SECOND_ITEM}"] [data-tick-who]`);
  await expect(other).toBeEmpty();
});

test('a step’s outcome and note are recorded with who marked it; a failed step is listed at the top of its phase', async ({
  page,
}) => {
  await page.goto(`en/${CHECKLIST_PHASE}/`);
  await control(page).locator('summary').click();
  await control(page).locator('input[data-run-who]').fill('MD');
  await control(page).locator('input[data-run-who]').press('Tab');
  await checkboxOf(page, FIRST_ITEM).check();
  const row = page.locator(`guide-checklist [data-checklist-item="${FIRST_ITEM}"]`);
  await row.locator('button.checklist-evidence').click();
  const dialog = openDialog(page);
  await dialog.getByRole('radio', { name: 'failed' }).check();
  await dialog.locator('textarea').fill('Timeout = 30 s, retried "twice"');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(row).toHaveClass(/is-failed/);
  await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
  await expect(row.locator('button.checklist-evidence')).toHaveText('MD · Timeout = 30 s, retried "twice"');
  await expect(page.locator('guide-progress [data-failed]')).toBeVisible();
  await expect(page.locator('guide-progress [data-failed] a')).toHaveAttribute('href', `#step-${FIRST_ITEM}`);

  await page.goto('en/');
  const downloading = page.waitForEvent('download');
  await page.locator('[data-export-csv]').click();
  const download = await downloading;
  const path = test.info().outputPath('run.csv');
  await download.saveAs(path);
  const row_ = readFileSync(path, 'utf8')
    .split('\r\n')
    .find((line) => line.includes(`,${FIRST_ITEM},`));
  expect(row_).toContain(',marked,failed,MD,');
  expect(row_).toMatch(/,"Timeout = 30 s, retried ""twice"""$/);
});
