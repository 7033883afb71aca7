/**
 * Phase sign-off (issue 13): at the end of a phase page, for the current run, "not ready" while a step is
 * open or failed, then "Sign off this phase" opens a form (approver's name, role, date, comment); the
 * sign-off shows after a reload and in the other language, and a later change of a step is flagged on it.
 * The sheet in progress mode prints the run's name, its failed steps and the sign-off; the blank sheet none.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  checkboxOf,
  checklistItem,
  checklistItemIds,
  pdfPages,
  recordErrors,
  squeeze,
} from './checklist-helpers.ts';

const STEPS = checklistItemIds('en', CHECKLIST_PHASE);
const block = (page: Page) => page.locator('guide-sign-off');
const state = (page: Page) => block(page).locator('[data-sign-off-state]');
const signButton = (page: Page) => block(page).getByRole('button');

/** Scrolls to the sign-off at the end of the page, as a reader does (its code loads as it nears the screen). */
async function showSignOff(page: Page): Promise<void> {
  await block(page).scrollIntoViewIfNeeded();
}

/** Gives step `id` an outcome through its evidence dialog, as a reader does. */
async function setOutcome(page: Page, id: string, outcome: string, note = ''): Promise<void> {
  const row = checklistItem(page, id);
  await row.locator('button.checklist-evidence').click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('radio', { name: outcome }).check();
  await dialog.locator('textarea').fill(note);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

async function createRun(page: Page, name: string): Promise<void> {
  const control = page.locator('[data-run-control]');
  await control.locator('summary').click();
  await control.getByRole('button', { name: 'New run…' }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.locator('input[type="text"]').fill(name);
  await dialog.locator('button[type="submit"]').click();
  await expect(control.locator('select option:checked')).toHaveText(name);
}

test('a phase is signed off only once every step is done or not applicable; the sign-off stays, in both languages, and is flagged after a later change', async ({
  page,
}) => {
  const errors = recordErrors(page);
  await page.goto(`en/${CHECKLIST_PHASE}/`);
  await createRun(page, 'Lyon pool – live');
  await showSignOff(page);
  await expect(state(page)).toHaveText(
    `Not ready to be signed off: ${STEPS.length} steps are neither done nor not applicable.`,
  );
  await expect(signButton(page)).toBeDisabled();

  const [first, ...rest] = STEPS;
  for (const id of STEPS) await checkboxOf(page, id).check();
  await setOutcome(page, first!, 'failed', 'Service did not start');
  await showSignOff(page);
  await expect(state(page)).toHaveText(
    'Not ready to be signed off: 1 step is neither done nor not applicable (1 failed).',
  );
  await expect(signButton(page)).toBeDisabled();
  // The failed step is listed at the top of the phase.
  await expect(page.locator('guide-progress [data-failed] a')).toHaveAttribute('href', `#step-${first}`);

  await setOutcome(page, first!, 'not applicable', 'Already running');
  await showSignOff(page);
  await expect(state(page)).toHaveText('Every step is done or not applicable: the phase can be signed off.');
  await signButton(page).click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog.getByRole('heading')).toHaveText('Sign off the phase');
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  await expect(dialog.getByLabel('Date')).toHaveValue(today);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include('dialog[open]')
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  // The name is required: "Sign off" without it keeps the form open.
  await dialog.getByRole('button', { name: 'Sign off' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Approver’s name').fill('Marie Dupont');
  await dialog.getByLabel('Role (for example “Change manager”)').fill('Change manager');
  await dialog.getByLabel('Date').fill('2026-11-26');
  await dialog.getByLabel('Comment (optional)').fill('Window closed on time');
  await dialog.getByRole('button', { name: 'Sign off' }).click();
  await expect(dialog).toHaveCount(0);
  const signed = 'Signed off by Marie Dupont (Change manager) on 26 November 2026. Comment: Window closed on time';
  await expect(state(page)).toHaveText(signed);
  await expect(block(page).locator('[data-sign-off-changed]')).toBeHidden();

  await page.reload();
  await showSignOff(page);
  await expect(state(page)).toHaveText(signed);
  await page.goto(`fr/${CHECKLIST_PHASE}/`);
  await showSignOff(page);
  await expect(state(page)).toHaveText(
    'Validée par Marie Dupont (Change manager) le 26 novembre 2026. Commentaire\u202f: Window closed on time',
  );

  // A later change is allowed, and flagged on the sign-off with the step's number.
  const numbers = ((await block(page).getAttribute('data-numbers')) ?? '').split(' ');
  const last = rest.at(-1)!;
  await checkboxOf(page, last).uncheck();
  await showSignOff(page);
  await expect(block(page).locator('[data-sign-off-changed]')).toHaveText(
    `Modifiée après la validation\u202f: étape ${numbers[STEPS.indexOf(last)]}.`,
  );
  await expect(state(page)).toContainText('Validée par Marie Dupont');
  await expect(signButton(page)).toBeDisabled();
  expect(errors).toEqual([]);
});

test('the sheet in progress mode prints the run’s name, its failed steps and the phase’s sign-off; the blank sheet prints none of them', async ({
  page,
}) => {
  await page.goto(`en/${CHECKLIST_PHASE}/`);
  await createRun(page, 'Paris pool – rehearsal');
  for (const id of STEPS) await checkboxOf(page, id).check();
  await showSignOff(page);
  await signButton(page).click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByLabel('Approver’s name').fill('Jean Martin');
  await dialog.getByLabel('Role (for example “Change manager”)').fill('CAB chair');
  await dialog.getByRole('button', { name: 'Sign off' }).click();
  await expect(state(page)).toContainText('Signed off by Jean Martin (CAB chair)');
  // Then a step fails: the sign-off is flagged, the step listed with its note.
  await setOutcome(page, STEPS[1]!, 'failed', 'Replication lag above 5 s');

  await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);
  const sheet = page.locator('.sheet');
  await expect(sheet.locator('[data-sheet-run]')).toBeHidden();
  await expect(sheet.locator('[data-sheet-failed]')).toBeHidden();
  await expect(sheet.locator('[data-sheet-sign-off]')).toBeHidden();
  await expect(sheet.locator('[data-approver] td').first()).toBeEmpty();
  await page.emulateMedia({ media: 'print' });
  const blank = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  for (const absent of ['Jean Martin', 'Paris pool', 'Replication lag', 'Failed steps'])
    expect(blank).not.toContain(squeeze(absent));

  await page.emulateMedia({ media: 'screen' });
  await page.locator('input[data-with-progress]').check();
  await expect(sheet.locator('[data-sheet-run] dd')).toHaveText('Paris pool – rehearsal');
  const failed = sheet.locator('[data-sheet-failed] li');
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('Replication lag above 5 s');
  const number = await sheet.locator(`[data-checklist-item="${STEPS[1]}"] .sheet-number`).textContent();
  await expect(failed.locator('strong')).toHaveText(number ?? '');
  await expect(sheet.locator('[data-approver] td').first()).toHaveText('Jean Martin (CAB chair)');
  await expect(sheet.locator('[data-approver] td').nth(1)).not.toBeEmpty();
  await expect(sheet.locator('[data-sheet-sign-off]')).toContainText(
    'Electronic sign-off — Signed off by Jean Martin (CAB chair) on',
  );
  await expect(sheet.locator('[data-sheet-changed]')).toHaveText(`Changed after the sign-off: step ${number}.`);
  await page.emulateMedia({ media: 'print' });
  const filled = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  for (const present of [
    'Paris pool – rehearsal',
    'Failed steps',
    'Replication lag above 5 s',
    'Jean Martin (CAB chair)',
  ])
    expect(filled).toContain(squeeze(present));
  expect(filled).toContain(squeeze(`Changed after the sign-off: step ${number}.`));

  // The cover of all the sheets: the run's name, and the phase's sign-off in its box.
  await page.goto('en/checklists/');
  await expect(page.locator('.sheets-cover [data-run-name]')).toHaveText('Paris pool – rehearsal');
  await expect(page.locator(`[data-cover-sign-off="${CHECKLIST_PHASE}"]`)).toContainText('Jean Martin (CAB chair), ');
  await expect(page.locator(`[data-cover-sign-off="${CHECKLIST_PHASE}"]`)).toContainText(
    `Changed after the sign-off: step ${number}.`,
  );
  await page.goto(`en/${CHECKLIST_PHASE}/checklist/`);

  // Back to blank: all of it is gone again.
  await page.emulateMedia({ media: 'screen' });
  await page.locator('input[data-with-progress]').uncheck();
  await expect(sheet.locator('[data-sheet-failed]')).toBeHidden();
  await expect(sheet.locator('[data-sheet-run]')).toBeHidden();
  await expect(sheet.locator('[data-approver] td').first()).toBeEmpty();
  await expect(sheet.locator('[data-sheet-sign-off]')).toBeHidden();
  await page.goto('en/checklists/');
  await expect(page.locator('.sheets-cover [data-run-name]')).toBeEmpty();
  await expect(page.locator(`[data-cover-sign-off="${CHECKLIST_PHASE}"]`)).toBeEmpty();
});
