import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { writeProgressFile } from '../../src/components/checklist/progress-file.ts';
import { emptyRun } from '../../src/components/checklist/run-basics.ts';
import { storageKey } from '../../src/utils/storage-keys.ts';
import { builtLangs, checklistPhase, counterpart, stepIds } from './built-site.ts';
import { expect, test, type Firefox } from './fixtures.ts';

const [LANG = 'fr', OTHER = 'en'] = builtLangs();
const PHASE = checklistPhase(LANG);
const [FIRST = '', SECOND = ''] = stepIds(PHASE);

function progressKey(ff: Firefox): string {
  return storageKey(new URL(ff.url('')).pathname, 'progress');
}

/** Ticks a step's box once the checklist's script has enabled it. */
async function tick(page: Page, id: string): Promise<void> {
  await page.waitForSelector(`guide-checklist [data-checklist-item="${id}"] input[type="checkbox"]:not([disabled])`);
  await page.click(`guide-checklist [data-checklist-item="${id}"] input[type="checkbox"]`);
}

function isTicked(page: Page, id: string): Promise<boolean | undefined> {
  return page.evaluate(
    (step) =>
      document.querySelector<HTMLInputElement>(`guide-checklist [data-checklist-item="${step}"] input[type="checkbox"]`)
        ?.checked,
    id,
  );
}

/** The text of the progress notice of a phase page, and the message it holds in the given data attribute. */
function notice(page: Page): Promise<{ text: string; message: (name: string) => string }> {
  return page
    .$eval('guide-progress .storage-notice', (element) => {
      const data = { ...(element as HTMLElement).dataset };
      return { text: element.textContent?.trim() ?? '', data };
    })
    .then(({ text, data }) => ({ text, message: (name: string) => data[name] ?? `(no data-${name})` }));
}

test.describe('Firefox: checklists remember their ticks', () => {
  test('a tick is kept across a reload and in the other language', async ({ ff }) => {
    expect(FIRST).not.toBe('');
    await ff.open(PHASE);
    await tick(ff.page, FIRST);
    await expect.poll(() => isTicked(ff.page, FIRST)).toBe(true);
    await ff.page.reload({ waitUntil: 'load' });
    await expect.poll(() => isTicked(ff.page, FIRST)).toBe(true);
    expect(await isTicked(ff.page, SECOND)).toBe(false);
    await ff.open(counterpart(PHASE, OTHER));
    await expect.poll(() => isTicked(ff.page, FIRST)).toBe(true);
    expect(await isTicked(ff.page, SECOND)).toBe(false);
  });

  test('a tick made in one tab shows in another tab of the same phase', async ({ ff }) => {
    await ff.open(PHASE);
    const other = await ff.open(counterpart(PHASE, OTHER), await ff.newTab());
    await ff.page.waitForSelector('guide-checklist input[type="checkbox"]:not([disabled])');
    await tick(other, SECOND);
    await expect.poll(() => isTicked(ff.page, SECOND)).toBe(true);
    await tick(ff.page, SECOND);
    await expect.poll(() => isTicked(other, SECOND)).toBe(false);
  });

  test('a progress file loaded from the home ticks its steps on the phase page', async ({ ff }) => {
    const file = test.info().outputPath('progress.json');
    const at = new Date().toISOString();
    writeFileSync(
      file,
      writeProgressFile(
        new Map([
          ['default', { ...emptyRun('default', '', at), marks: new Map([[FIRST, { state: 'ticked' as const, at }]]) }],
        ]),
        { guide: 'a guide', saved: new Date() },
      ),
    );
    await ff.open(`${OTHER}/`);
    await ff.page.waitForSelector('guide-progress-file button[data-load]:not([disabled]):not([hidden])');
    const input = await ff.page.$('guide-progress-file input[type="file"]');
    await input!.uploadFile(file);
    await expect
      .poll(() =>
        ff.page.evaluate(
          () => document.querySelector('guide-progress-file [role="status"]')?.textContent?.trim() ?? '',
        ),
      )
      .not.toBe('');
    await ff.open(PHASE);
    await expect.poll(() => isTicked(ff.page, FIRST)).toBe(true);
    expect(await isTicked(ff.page, SECOND)).toBe(false);
  });

  test('the choice to print the current progress is the one the reader left, not the one Firefox restores', async ({
    ff,
  }) => {
    await ff.open(`${PHASE}checklist/`);
    const toggle = 'guide-sheet-controls input[data-with-progress]';
    const checked = () => ff.page.$eval(toggle, (input) => (input as HTMLInputElement).checked);
    await ff.page.waitForSelector(`${toggle}:not([disabled])`);
    await ff.page.click(toggle);
    expect(await checked()).toBe(true);
    // The reader's choice is remembered across a reload.
    await ff.page.reload({ waitUntil: 'load' });
    await ff.page.waitForSelector(`${toggle}:not([disabled])`);
    expect(await checked()).toBe(true);
    // Unticked, it stays unticked, although Firefox restores a checkbox's last state on reload.
    await ff.page.click(toggle);
    expect(await checked()).toBe(false);
    await ff.page.reload({ waitUntil: 'load' });
    await ff.page.waitForSelector(`${toggle}:not([disabled])`);
    expect(await checked()).toBe(false);
  });
});

test.describe('Firefox: storage that fails', () => {
  test('saved progress that is not JSON is set aside untouched, the reader is told, and ticking works', async ({
    ff,
  }) => {
    const key = progressKey(ff);
    const garbage = '{"version":1,"ticked":{';
    await ff.open(PHASE);
    await ff.page.evaluate((k, v) => localStorage.setItem(k, v), key, garbage);
    await ff.page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await notice(ff.page)).text).not.toBe('');
    const keptAs = await ff.page.evaluate(
      (k) => Object.keys(localStorage).filter((name) => name.startsWith(`${k}:unreadable:`)),
      key,
    );
    expect(keptAs).toHaveLength(1);
    const shown = await notice(ff.page);
    expect(shown.text).toContain(shown.message('unreadable').replace('{{key}}', keptAs[0]!));
    expect(await ff.page.evaluate((k) => localStorage.getItem(k), keptAs[0]!)).toBe(garbage);

    await tick(ff.page, FIRST);
    await ff.page.reload({ waitUntil: 'load' });
    await expect.poll(() => isTicked(ff.page, FIRST)).toBe(true);
    expect((await notice(ff.page)).text).toBe('');
    expect(await ff.page.evaluate((k) => localStorage.getItem(k), keptAs[0]!)).toBe(garbage);
  });

  test('when storage throws on every write, ticking still works and the reader is told it will not be kept', async ({
    ff,
  }) => {
    await ff.page.evaluateOnNewDocument(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await ff.open(PHASE);
    expect((await notice(ff.page)).text).toBe('');
    await tick(ff.page, FIRST);
    await tick(ff.page, SECOND);
    await expect.poll(async () => (await notice(ff.page)).text).not.toBe('');
    const shown = await notice(ff.page);
    expect(shown.text).toContain(shown.message('unavailable'));
    expect(await isTicked(ff.page, FIRST)).toBe(true);
    expect(await isTicked(ff.page, SECOND)).toBe(true);
  });

  test('when the browser refuses storage altogether, the page says so at once and ticking works', async ({ ff }) => {
    await ff.page.evaluateOnNewDocument(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await ff.open(PHASE);
    await expect.poll(async () => (await notice(ff.page)).text).not.toBe('');
    const shown = await notice(ff.page);
    expect(shown.text).toContain(shown.message('unavailable'));
    await tick(ff.page, FIRST);
    await expect.poll(() => isTicked(ff.page, FIRST)).toBe(true);
  });
});
