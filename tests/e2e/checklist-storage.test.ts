import { expect, test } from '@playwright/test';
import {
  CHECKLIST_PHASE,
  FIRST_ITEM,
  SECOND_ITEM,
  checkboxOf,
  progressKey,
  recordErrors,
} from './checklist-helpers.ts';

const PHASE_FR = `fr/${CHECKLIST_PHASE}/`;
const PHASE_EN = `en/${CHECKLIST_PHASE}/`;

test.describe('saved progress that cannot be read', () => {
  const damaged = {
    'text that is not JSON': '{"version":1,"ticked":{',
    'a record of the current version with a damaged run': JSON.stringify({ version: 4, runs: { default: 'ticks' } }),
    'a record of the wrong shape': JSON.stringify({ version: 1, ticked: ['p4-view-current-users'] }),
  };

  for (const [what, raw] of Object.entries(damaged)) {
    test(`${what} is set aside untouched, the reader is told, and ticking works`, async ({ page, baseURL }) => {
      const key = progressKey(baseURL);
      const errors = recordErrors(page);
      await page.goto(PHASE_FR);
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
      await page.reload();

      const notice = page.locator('guide-progress [role="status"].storage-notice');
      await expect(notice).toContainText('La progression enregistrée n’a pas pu être lue');
      const keptAs = await page.evaluate(
        (k) => Object.keys(localStorage).filter((name) => name.startsWith(`${k}:unreadable:`)),
        key,
      );
      expect(keptAs).toHaveLength(1);
      await expect(notice).toContainText(keptAs[0]!);
      expect(await page.evaluate((k) => localStorage.getItem(k), keptAs[0]!)).toBe(raw);

      await checkboxOf(page, FIRST_ITEM).check();
      await page.reload();
      await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
      await expect(notice).toBeEmpty();
      expect(await page.evaluate((k) => localStorage.getItem(k), keptAs[0]!)).toBe(raw);
      expect(errors).toEqual([]);
    });
  }

  test('a record of a newer version is shown read-only: never overwritten, and the reader is told', async ({
    page,
    baseURL,
  }) => {
    const key = progressKey(baseURL);
    const raw = JSON.stringify({ version: 7, runs: {}, steps: ['p4-view-current-users'] });
    await page.goto(PHASE_FR);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
    await page.reload();
    const notice = page.locator('guide-progress [role="status"].storage-notice');
    await expect(notice).toContainText('vient d’une version plus récente de ce site');
    await checkboxOf(page, FIRST_ITEM).check();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(raw);
    expect(
      await page.evaluate((k) => Object.keys(localStorage).filter((name) => name.startsWith(`${k}:unreadable:`)), key),
    ).toEqual([]);
  });

  test('the notice says when nothing could be recovered, and names the key that keeps the original', async ({
    page,
    baseURL,
  }) => {
    const key = progressKey(baseURL);
    await page.goto(PHASE_FR);
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"ticked":'), key);
    await page.reload();
    const notice = page.locator('guide-progress .storage-notice');
    await expect(notice).toContainText('aucune étape n’a pu en être récupérée');
    await expect(notice).toContainText(`sous la clé «\u202f${key}:unreadable:`);
    await expect(notice).not.toContainText('en partie');
  });

  test('the notice counts the steps recovered from a partly damaged record', async ({ page, baseURL }) => {
    const key = progressKey(baseURL);
    const at = '2026-11-25T09:14:03.120Z';
    const partly = (ids: string[]) =>
      JSON.stringify({
        version: 2,
        ticked: Object.fromEntries(ids.map((id) => [id, at])),
        notApplicable: { 'p4-damaged': 'not a time' },
      });
    await page.goto(PHASE_FR);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, partly([FIRST_ITEM])]);
    await page.reload();
    const notice = page.locator('guide-progress .storage-notice');
    await expect(notice).toContainText('n’a pu être lue qu’en partie\u202f: 1 étape a été récupérée');
    await expect(notice).toContainText(`${key}:unreadable:`);
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();

    await page.goto(PHASE_EN);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, partly([FIRST_ITEM, SECOND_ITEM])]);
    await page.reload();
    await expect(page.locator('guide-progress .storage-notice')).toContainText(
      'could only be read in part: 2 steps were recovered',
    );
  });

  test('when the original cannot be copied aside, the notice says it was left under the progress key', async ({
    page,
    baseURL,
  }) => {
    const key = progressKey(baseURL);
    await page.addInitScript((k) => {
      localStorage.setItem(k, 'damaged');
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }, key);
    const errors = recordErrors(page);
    await page.goto(PHASE_EN);
    const notice = page.locator('guide-progress .storage-notice');
    await expect(notice).toContainText(`left untouched in this browser’s local storage under the key “${key}”`);
    await expect(notice).toContainText('This browser does not keep progress');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('damaged');
    expect(errors).toEqual([]);
  });

  test('the notice is in the language of the page', async ({ page, baseURL }) => {
    await page.goto(PHASE_EN);
    await page.evaluate((k) => localStorage.setItem(k, 'garbage'), progressKey(baseURL));
    await page.goto('en/');
    await expect(page.locator('guide-overview .storage-notice')).toContainText('The saved progress could not be read');
  });
});

test.describe('storage that fails', () => {
  test('when storage is full, ticking still works and the reader is told it will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const errors = recordErrors(page);
    await page.goto(PHASE_EN);
    const notice = page.locator('guide-progress .storage-notice');
    await expect(notice).toBeEmpty();
    await checkboxOf(page, FIRST_ITEM).check();
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText('This browser does not keep progress');
    await checkboxOf(page, SECOND_ITEM).check();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await expect(page.locator('guide-progress [data-progress-count]')).toHaveText(/^Steps: 2 of \d+$/);
    expect(errors).toEqual([]);
  });

  test('when the browser refuses storage altogether, the page says so at once and ticking works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const errors = recordErrors(page);
    await page.goto(PHASE_FR);
    await expect(page.locator('guide-progress .storage-notice')).toContainText(
      'Ce navigateur n’enregistre pas la progression',
    );
    await checkboxOf(page, FIRST_ITEM).check();
    await expect(checkboxOf(page, FIRST_ITEM)).toBeChecked();
    await page.goto('fr/');
    await expect(page.locator('guide-overview .storage-notice')).toContainText(
      'Ce navigateur n’enregistre pas la progression',
    );
    expect(errors).toEqual([]);
  });
});
