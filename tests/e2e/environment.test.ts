/**
 * The reader's environment: values typed once on the environment page replace the examples in every
 * command, copy and printed sheet, in both languages; invalid and hostile values are refused and stay text.
 * Generic: the parameter is chosen from the guide under test (one without a pattern, used in a code block
 * and a checklist step).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contentDir } from '../../src/content-dir.ts';
import { translate } from '../../src/i18n/index.ts';
import { readParameters, type Parameter } from '../../src/parameters/declared.ts';
import type { ParameterKind } from '../../src/parameters/kinds.ts';
import { pdfPages, squeeze } from './checklist-helpers.ts';
import { guidePhases } from './guide-model.ts';

/** A valid value of each kind, unlike any example. */
const SAMPLE: Record<ParameterKind, string> = {
  fqdn: 'edge7.fabrikam.example',
  'sip-domain': 'fabrikam.example',
  'sip-address': 'ana.lopez@fabrikam.example',
  'host-name': 'prod7',
  ipv4: '198.51.100.7',
  port: '5099',
  'windows-path': 'E:\\Shares\\Prod7',
  'unc-path': '\\\\fs7.fabrikam.example\\Prod7',
  'sql-instance': 'sql7.fabrikam.example\\PROD7',
  text: 'Prod7',
};
/** An invalid value of each kind, safe otherwise. */
const INVALID: Record<ParameterKind, string> = {
  fqdn: 'prod7',
  'sip-domain': 'fabrikam',
  'sip-address': 'ana.lopez',
  'host-name': 'prod7.fabrikam.example',
  ipv4: '300.1.1.1',
  port: '70000',
  'windows-path': 'Shares',
  'unc-path': 'E:\\Shares',
  'sql-instance': 'sql7\\1\\2',
  text: ' Prod7',
};
const HOSTILE = '<img src=x onerror=alert(1)>';

const parameters = readParameters(contentDir());
const fence = /^```[\s\S]*?^```/gm;
/** A parameter without a pattern, and a phase that uses it in a code block and in a checklist step. */
const chosen = (() => {
  for (const parameter of parameters.list.filter((candidate) => candidate.pattern === undefined)) {
    const marker = `⟦${parameter.id}⟧`;
    const phase = guidePhases('en').find(
      (candidate) =>
        (candidate.document.text.match(fence) ?? []).some((block) => block.includes(marker)) &&
        candidate.data.checklist.some((group) => group.items.some((item) => item.label.includes(marker))),
    );
    if (phase) return { parameter, slug: phase.slug };
  }
  return undefined;
})();

async function typeValue(page: Page, lang: 'fr' | 'en', parameter: Parameter, value: string): Promise<void> {
  await page.goto(`${lang}/environment/`);
  const input = page.locator(`input[name="${parameter.id}"]`);
  await expect(input).toBeEnabled();
  await input.fill(value);
}

test.describe('the reader’s environment', () => {
  test.beforeAll(() => {
    expect(chosen, 'the guide has a parameter without pattern used in a command and a checklist step').toBeDefined();
  });

  test('a value typed on the French form shows in the English commands after a reload, in the copy and on the printed sheet', async ({
    page,
    context,
  }) => {
    const { parameter, slug } = chosen!;
    const value = SAMPLE[parameter.kind];
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await typeValue(page, 'fr', parameter, value);
    await expect(page.locator(`input[name="${parameter.id}"]`)).not.toHaveAttribute('aria-invalid', 'true');

    await page.goto(`en/${slug}/`);
    await page.reload();
    const spans = page.locator(`main [data-param="${parameter.id}"]`);
    const count = await spans.count();
    expect(count).toBeGreaterThan(0);
    // The page shows the examples, then the reader's value once its script has read the store: wait for it.
    await expect(spans).toHaveText(new Array<string>(count).fill(value));
    await expect(spans.first()).toHaveClass(/is-reader/);
    await expect(spans.first()).toHaveAttribute('title', parameter.label.en);

    const block = page.locator('.code-block', { has: page.locator(`[data-param="${parameter.id}"]`) }).first();
    const shown = (await block.locator('pre').innerText()).trim();
    expect(shown).toContain(value);
    await block.locator('.copy-button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    await page.goto(`en/${slug}/checklist/`);
    await expect(page.locator(`.sheet-values [data-param="${parameter.id}"]`)).toHaveText(value);
    await expect(page.locator(`.sheet-step [data-param="${parameter.id}"]`).first()).toHaveText(value);
    const paper = squeeze((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
    expect(paper).toContain(squeeze(value));
    expect(paper).not.toContain(
      squeeze(` ${parameter.example} `) === squeeze(value)
        ? '\u0000'
        : `${squeeze(parameter.label.en)}${squeeze(parameter.example)}`,
    );
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`an invalid value is refused with a message in ${lang}, and the pages keep the example`, async ({ page }) => {
      const { parameter, slug } = chosen!;
      await typeValue(page, lang, parameter, INVALID[parameter.kind]);
      const input = page.locator(`input[name="${parameter.id}"]`);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const error = page.locator(`#env-${parameter.id}-error`);
      await expect(error).toBeVisible();
      await expect(error).toHaveText(translate(lang, `environment.invalid.${parameter.kind}`));
      // What was typed is not lost: it is still there after a reload, still refused.
      await page.reload();
      await expect(input).toHaveValue(INVALID[parameter.kind]);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await page.goto(`${lang}/${slug}/`);
      await expect(page.locator(`main [data-param="${parameter.id}"]`).first()).toHaveText(parameter.example);
      await expect(page.locator(`main [data-param="${parameter.id}"]`).first()).not.toHaveClass(/is-reader/);
    });
  }

  test('a hostile value stays text: refused by its kind, never markup', async ({ page }) => {
    const { parameter, slug } = chosen!;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const hostile of [HOSTILE, '"; Remove-CsPool']) {
      await typeValue(page, 'en', parameter, hostile);
      const input = page.locator(`input[name="${parameter.id}"]`);
      await expect(input).toHaveValue(hostile);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#env-${parameter.id}-error`)).toHaveText(
        translate('en', 'environment.invalid.unsafe'),
      );
      await page.goto(`en/${slug}/`);
      await expect(page.locator(`main [data-param="${parameter.id}"]`).first()).toHaveText(parameter.example);
      expect(await page.locator('main img[src="x"]').count()).toBe(0);
    }
    // Even a hostile value forced into storage is only ever text on the page.
    await page.evaluate(
      ([id, value]) => {
        const key = Object.keys(localStorage).find((name) => name.endsWith(':progress'))!;
        const record = JSON.parse(localStorage.getItem(key)!);
        // Record version 4: the values of the current (default) run.
        (record.runs?.default ?? record).values[id!] = value;
        localStorage.setItem(key, JSON.stringify(record));
      },
      [parameter.id, HOSTILE],
    );
    await page.reload();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('without JavaScript the pages show the examples and the form says it needs JavaScript', async ({ browser }) => {
    const { parameter, slug } = chosen!;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`fr/environment/`);
    await expect(page.getByText(translate('fr', 'environment.noScript'))).toBeVisible();
    await expect(page.locator(`input[name="${parameter.id}"]`)).toBeDisabled();
    await expect(page.locator(`input[name="${parameter.id}"]`)).toHaveAttribute('placeholder', parameter.example);
    await page.goto(`en/${slug}/`);
    await expect(page.locator(`main [data-param="${parameter.id}"]`).first()).toHaveText(parameter.example);
    await context.close();
  });

  test('the form has one labelled field per parameter, grouped, and the home counts the values set', async ({
    page,
  }) => {
    const { parameter } = chosen!;
    await page.goto('en/environment/');
    await expect(page.locator('.environment-form input[name]')).toHaveCount(parameters.list.length);
    await expect(page.locator('.environment-form fieldset')).toHaveCount(parameters.groups.size);
    for (const declared of parameters.list)
      await expect(page.getByLabel(declared.label.en, { exact: true })).toHaveAttribute('name', declared.id);
    await page.locator(`input[name="${parameter.id}"]`).fill(SAMPLE[parameter.kind]);
    await page.goto('en/');
    await expect(page.locator('[data-environment-summary]')).toHaveText(
      `Your environment: 1 of ${parameters.list.length} set`,
    );
    await expect(page.locator('header .environment-link')).toHaveAttribute('href', /\/en\/environment\/$/);
  });

  for (const lang of ['fr', 'en'] as const) {
    test(`axe finds no violation on the ${lang} environment form, with an invalid value shown`, async ({ page }) => {
      const { parameter } = chosen!;
      await typeValue(page, lang, parameter, INVALID[parameter.kind]);
      // The form with an error shown (the whole page, as built, is checked by accessibility.test.ts).
      const results = await new AxeBuilder({ page })
        .include('guide-environment-form')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
