import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  checklistItemIds,
  checklistItem,
  notApplicableOf,
  progressKey,
  recordErrors,
} from './checklist-helpers.ts';
import { E2E_BASE } from '../../playwright.config.ts';

const THIRD_ITEM = checklistItemIds('en', CHECKLIST_PHASE)[2]!;

/** Saves the progress from the home of `lang`; returns the saved file's name and path. */
async function saveProgress(page: Page, lang: 'fr' | 'en'): Promise<{ name: string; path: string }> {
  await page.goto(`${lang}/`);
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', {
      name: lang === 'fr' ? 'Enregistrer la progression dans un fichier' : 'Save progress to a file',
    })
    .click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

/** Loads a file from the home of `lang` as a reader does, through the file chooser. */
async function loadProgress(
  page: Page,
  lang: 'fr' | 'en',
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.goto(`${lang}/`);
  const choosing = page.waitForEvent('filechooser');
  await page
    .getByRole('button', { name: lang === 'fr' ? 'Charger une progression enregistrée' : 'Load saved progress' })
    .click();
  await (await choosing).setFiles(file);
}

const status = (page: Page) => page.locator('guide-progress-file [role="status"]');

test.describe('progress carried in a file', () => {
  test('progress saved to a file in one browser is found, in the other language, in another browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    const errors = recordErrors(page);
    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    await notApplicableOf(page, SECOND_ITEM).click();
    await expect(checklistItem(page, SECOND_ITEM)).toHaveClass(/is-not-applicable/);
    const saved = await saveProgress(page, 'fr');
    expect(saved.name).toMatch(
      new RegExp(`^${E2E_BASE.split('/').at(-2)}-progression-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.json$`),
    );
    await expect(status(page)).toHaveText(
      `Progression enregistrée dans le fichier «\u202f${saved.name}\u202f»\u202f: 2 étapes marquées.`,
    );
    const file = JSON.parse(readFileSync(saved.path, 'utf8')) as {
      guide: string;
      progressFile: number;
      progress: { version: number; runs: Record<string, { steps: Record<string, { state: string }> }> };
    };
    expect(file.guide).toBe((await page.locator('h1').textContent())?.trim());
    expect(file.progressFile).toBe(2);
    const steps = Object.values(file.progress.runs)[0]?.steps ?? {};
    expect(Object.entries(steps).map(([id, mark]) => [id, mark.state])).toEqual(
      [
        [FIRST_ITEM, 'ticked'],
        [SECOND_ITEM, 'notApplicable'],
      ].sort(),
    );

    // Another browser, where the reader had already ticked another step.
    const other = await browser.newContext(baseURL ? { baseURL } : {});
    const elsewhere = await other.newPage();
    await elsewhere.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(elsewhere, THIRD_ITEM).check();
    await loadProgress(elsewhere, 'en', saved.path);
    await expect(status(elsewhere)).toHaveText('2 steps taken from the file.');
    await expect(elsewhere.locator('[data-guide-progress] [data-progress-count]')).toContainText('2 steps ticked');
    await elsewhere.goto(`en/${CHECKLIST_PHASE}/`);
    await expect(checkboxOf(elsewhere, FIRST_ITEM)).toBeChecked();
    await expect(checkboxOf(elsewhere, THIRD_ITEM)).toBeChecked();
    await expect(checklistItem(elsewhere, SECOND_ITEM)).toHaveClass(/is-not-applicable/);
    await other.close();
    expect(errors).toEqual([]);
  });

  test('loading a file changes no step already marked in this browser, and says how many were left', async ({
    page,
  }) => {
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    const saved = await saveProgress(page, 'en');
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).uncheck();
    await notApplicableOf(page, FIRST_ITEM).click();
    await loadProgress(page, 'en', saved.path);
    await expect(status(page)).toHaveText('1 step marked otherwise in this browser was left as it is.');
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await expect(checklistItem(page, FIRST_ITEM)).toHaveClass(/is-not-applicable/);
    await expect(checkboxOf(page, FIRST_ITEM)).not.toBeChecked();
  });

  test('a file that is not saved progress, or is another guide’s, changes nothing and says so in the page’s language', async ({
    page,
    baseURL,
  }) => {
    const errors = recordErrors(page);
    await page.goto(`fr/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    const key = progressKey(baseURL);
    // The tick is stored (the page stores its first change as soon as the code that does it has loaded).
    await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key)).toContain(FIRST_ITEM);
    const before = await page.evaluate((k) => localStorage.getItem(k), key);

    await loadProgress(page, 'fr', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Étapes cochées : 12'),
    });
    // The message, then what is wrong with the file, named.
    await expect(status(page)).toHaveText(
      'Ce fichier n’est pas une progression enregistrée depuis ce guide, ou il est endommagé\u202f: rien n’a été modifié. (not JSON)',
    );
    const otherGuide = {
      progressFile: 1,
      guide: 'Exchange',
      saved: '2026-11-25T10:00:00.000Z',
      progress: { version: 2, ticked: { 'exchange-step': '2026-11-25T09:00:00.000Z' }, notApplicable: {} },
    };
    await loadProgress(page, 'fr', {
      name: 'exchange.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(otherGuide)),
    });
    await expect(status(page)).toHaveText(
      'Ce fichier ne contient aucune étape de ce guide\u202f: rien n’a été modifié.',
    );
    await loadProgress(page, 'fr', {
      name: 'vide.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...otherGuide, progress: { version: 2, ticked: {}, notApplicable: {} } })),
    });
    await expect(status(page)).toHaveText('Ce fichier ne contient aucune étape marquée\u202f: rien n’a été modifié.');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(before);
    expect(errors).toEqual([]);
  });

  test('saving where nothing is marked warns that the file holds no progress', async ({ page }) => {
    const saved = await saveProgress(page, 'en');
    await expect(status(page)).toHaveText(
      `No step is marked in this browser: the file “${saved.name}” holds no progress.`,
    );
  });

  test('loading a file whose steps are all marked here already says that nothing changed', async ({ page }) => {
    await page.goto(`en/${CHECKLIST_PHASE}/`);
    await checkboxOf(page, FIRST_ITEM).check();
    const saved = await saveProgress(page, 'en');
    await loadProgress(page, 'en', saved.path);
    await expect(status(page)).toHaveText(
      'Every step marked in this file is already marked in this browser: nothing was changed.',
    );
  });

  test('where the browser keeps nothing, a loaded file shows and the reader is told it will not be kept', async ({
    page,
  }) => {
    const marks = {
      progressFile: 1,
      guide: 'Guide',
      saved: '2026-11-25T10:00:00.000Z',
      progress: { version: 2, ticked: { [FIRST_ITEM]: '2026-11-25T09:00:00.000Z' }, notApplicable: {} },
    };
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await loadProgress(page, 'en', {
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(marks)),
    });
    await expect(status(page)).toHaveText(/^1 step taken from the file\. This browser does not keep progress/);
    await expect(page.locator(`.phase-card[data-phase="${CHECKLIST_PHASE}"] [data-progress-count]`)).toContainText(
      'Steps: 1 of',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the home says what the progress file is for and that it needs JavaScript, with no control that cannot work', async ({
      page,
    }) => {
      await page.goto('en/');
      await expect(page.locator('#progress-file')).toBeVisible();
      // Playwright's text matchers skip <noscript>: read the note's own text.
      await expect(page.locator('guide-progress-file noscript .progress-file-noscript')).toBeVisible();
      await expect(page.locator('guide-progress-file noscript .progress-file-noscript')).toHaveText(
        'Saving and loading progress needs JavaScript, as ticking steps does.',
      );
      await expect(page.getByRole('button', { name: 'Save progress to a file' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Load saved progress' })).toBeHidden();
    });
  });
});
