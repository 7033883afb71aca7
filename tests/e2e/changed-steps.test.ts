/**
 * "Changed since you marked it": each step of a phase page carries the hash of its text (`data-hash`, the
 * default language's label and verification, the same in every language); a mark keeps the hash and the
 * text the reader read; a marked step whose hash differs from the page's is flagged in its row with the old
 * and the new text until the reader confirms. Records are seeded in storage as a browser that marked the
 * steps before the guide was updated would hold them. Written against the guide model (guide-model.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { stepHashes } from '../../src/steps/text-hashes.ts';
import { defaultLang } from '../../src/i18n/locales.ts';
import {
  CHECKLIST_PHASE,
  checkboxOf,
  checklistItem,
  checklistItemIds,
  progressKey,
  recordErrors,
} from './checklist-helpers.ts';
import { guidePhase } from './guide-model.ts';

// The checklist phase has at least three steps (guide-model.ts).
const [CHANGED, CURRENT, WITHOUT_HASH] = checklistItemIds('fr', CHECKLIST_PHASE);
const FRESH = CURRENT;
const OLD_TEXT = 'An older wording of the step — checked another way';
const AT = '2026-11-25T09:00:00.000Z';
const WORDS = {
  fr: { flag: 'Texte modifié depuis que vous avez marqué l’étape.', confirm: 'Confirmer le nouveau texte' },
  en: { flag: 'Changed since you marked it.', confirm: 'Confirm the new text' },
} as const;

/** The hashes the build must give, computed from the guide's sources as the engine defines them. */
function expectedHashes(): Map<string, string> {
  const reference = guidePhase(defaultLang, CHECKLIST_PHASE).data.checklist;
  return stepHashes(reference, reference);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const flagOf = (page: Page, id: string) => checklistItem(page, id).locator('.checklist-changed');
const page_ = (lang: string) => `${lang}/${CHECKLIST_PHASE}/`;

/** A run whose steps were marked before the guide changed: one with an old hash, one current, one without hash. */
async function seed(page: Page, key: string): Promise<void> {
  const hashes = expectedHashes();
  const record = {
    version: 4,
    runs: {
      default: {
        name: '',
        created: AT,
        steps: {
          [CHANGED!]: { state: 'ticked', at: AT, hash: 'deadbeef', text: OLD_TEXT },
          [CURRENT!]: { state: 'ticked', at: AT, hash: hashes.get(CURRENT!), text: 'whatever it said' },
          [WITHOUT_HASH!]: { state: 'notApplicable', at: AT },
        },
        values: {},
        log: [],
      },
    },
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify(record)]);
}

async function storedMark(page: Page, key: string, id: string): Promise<Record<string, string>> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return (JSON.parse(raw ?? '{}') as { runs: Record<string, { steps: Record<string, Record<string, string>> }> }).runs[
    'default'
  ]!.steps[id]!;
}

/** The label (without its number) and verification the page shows for a step. */
async function shownText(page: Page, id: string): Promise<string> {
  const item = checklistItem(page, id);
  const label = (await item.locator('label').innerText()).replace(/^\s*[\d.]+\s*/, '');
  const verify = item.locator('.checklist-verify');
  const check = (await verify.count()) > 0 ? (await verify.innerText()).replace(/^[^:]*:\s*/, '') : '';
  return [label, check].filter(Boolean).join(' — ').replace(/\s+/g, ' ').trim();
}

test.describe('changed since you marked it', () => {
  test('every step carries the hash of the default language’s text, the same in both languages', async ({ page }) => {
    const expected = [...expectedHashes()];
    for (const lang of ['fr', 'en']) {
      await page.goto(page_(lang));
      const hashes = await page
        .locator('guide-checklist [data-checklist-item]')
        .evaluateAll((rows) =>
          rows.map((row) => [(row as HTMLElement).dataset['checklistItem'], (row as HTMLElement).dataset['hash']]),
        );
      expect(hashes, lang).toEqual(expected);
    }
  });

  test('a step whose text changed is flagged with the old and new text in each language until confirmed; current and hashless marks are not', async ({
    page,
    baseURL,
  }) => {
    const errors = recordErrors(page);
    const key = progressKey(baseURL);
    await page.goto(page_('fr'));
    await seed(page, key);
    for (const lang of ['fr', 'en'] as const) {
      await page.goto(page_(lang));
      const flag = flagOf(page, CHANGED!);
      await expect(flag).toBeVisible();
      await expect(flag.locator('strong')).toHaveText(WORDS[lang].flag);
      await expect(flag.locator('del')).toHaveText(OLD_TEXT);
      await expect(flag.locator('ins')).toHaveText(await shownText(page, CHANGED!));
      await expect(checkboxOf(page, CHANGED!)).toBeChecked();
      await expect(checkboxOf(page, CHANGED!)).toHaveAccessibleDescription(new RegExp(escaped(WORDS[lang].flag)));
      await expect(flagOf(page, CURRENT!)).toHaveCount(0);
      await expect(flagOf(page, WITHOUT_HASH!)).toHaveCount(0);
    }

    // Confirmed in English: gone, after a reload, and in French; the mark keeps its state and time.
    await flagOf(page, CHANGED!).getByRole('button', { name: WORDS.en.confirm }).click();
    await expect(flagOf(page, CHANGED!)).toHaveCount(0);
    await expect(checkboxOf(page, CHANGED!)).toBeFocused();
    await expect(checkboxOf(page, CHANGED!)).not.toHaveAccessibleDescription(new RegExp(escaped(WORDS.en.flag)));
    await page.reload();
    await expect(checkboxOf(page, CHANGED!)).toBeChecked();
    await expect(flagOf(page, CHANGED!)).toHaveCount(0);
    const mark = await storedMark(page, key, CHANGED!);
    expect(mark).toMatchObject({ state: 'ticked', at: AT, hash: expectedHashes().get(CHANGED!) });
    expect(mark['text']).toBe(await shownText(page, CHANGED!));
    await page.goto(page_('fr'));
    await expect(checkboxOf(page, CHANGED!)).toBeChecked();
    await expect(flagOf(page, CHANGED!)).toHaveCount(0);
    // The confirmation is a change of the run: the home's run board logs it against the step.
    await page.goto('fr/');
    await page.locator('guide-run-board summary').click();
    const logged = page.locator('guide-run-board table').nth(1).locator('tbody tr');
    await expect(logged).toHaveCount(1);
    await expect(logged.first()).toContainText('nouveau texte confirmé');
    expect(errors).toEqual([]);
  });

  test('a note added to a changed step leaves it flagged; a new outcome, given as the reader reads the new text, clears it', async ({
    page,
    baseURL,
  }) => {
    await page.goto(page_('en'));
    await seed(page, progressKey(baseURL));
    await page.reload();
    const row = checklistItem(page, CHANGED!);
    const dialog = page.locator('dialog[open]');
    await expect(flagOf(page, CHANGED!)).toBeVisible();
    await row.locator('button.checklist-evidence').click();
    await dialog.locator('textarea').fill('done before the change');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(row.locator('button.checklist-evidence')).toContainText('done before the change');
    await expect(flagOf(page, CHANGED!)).toBeVisible();
    await row.locator('button.checklist-evidence').click();
    await dialog.getByRole('radio', { name: 'done with a remark' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(row.locator('button.checklist-evidence')).toContainText('done with a remark');
    await expect(flagOf(page, CHANGED!)).toHaveCount(0);
  });

  test('a step the reader marks keeps the hash and the text as read', async ({ page, baseURL }) => {
    const key = progressKey(baseURL);
    await page.goto(page_('en'));
    await checkboxOf(page, FRESH!).check();
    await expect
      .poll(async () => (await storedMark(page, key, FRESH!).catch(() => undefined))?.['hash'])
      .toBe(expectedHashes().get(FRESH!));
    expect((await storedMark(page, key, FRESH!))['text']).toBe(await shownText(page, FRESH!));
    await page.reload();
    await expect(checkboxOf(page, FRESH!)).toBeChecked();
    await expect(flagOf(page, FRESH!)).toHaveCount(0);
  });

  test('a flag shown above a step the reader opened by its link leaves that step where it is', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    const key = progressKey(baseURL);
    /** Where the step opened by its link stands once the page has settled. */
    const openedAt = async () => {
      await page.goto(page_('en'));
      await page.goto(`${page_('fr')}#step-${WITHOUT_HASH!}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return checklistItem(page, WITHOUT_HASH!).evaluate((row) => row.getBoundingClientRect().top);
    };
    await page.goto(page_('en'));
    await seed(page, key);
    await page.evaluate((k) => {
      const record = JSON.parse(localStorage.getItem(k)!) as { runs: { default: { steps: Record<string, unknown> } } };
      for (const [id, mark] of Object.entries(record.runs.default.steps))
        if ((mark as { hash?: string }).hash === 'deadbeef') delete record.runs.default.steps[id];
      localStorage.setItem(k, JSON.stringify(record));
    }, key);
    const withoutFlag = await openedAt();
    await seed(page, key);
    const withFlag = await openedAt();
    await expect(flagOf(page, CHANGED!)).toHaveCount(1);
    expect(await flagOf(page, CHANGED!).evaluate((flag) => flag.getBoundingClientRect().bottom)).toBeLessThan(0);
    expect(Math.abs(withFlag - withoutFlag)).toBeLessThanOrEqual(2);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`axe finds no violation in a changed step's row and its flag, in the ${colorScheme} theme`, async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(page_('en'));
      await seed(page, progressKey(baseURL));
      await page.goto(page_('fr'));
      await expect(flagOf(page, CHANGED!)).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include(`[data-checklist-item="${CHANGED!}"]`)
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
});
