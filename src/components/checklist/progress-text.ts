/**
 * The words of the progress counts, from templates the page received in the reader's language. Pure, so
 * that unit tests check them in both languages.
 *
 * Counted messages have a `.one` and an `.other` form in the dictionaries (`checklist.guideProgress.one`),
 * chosen by the language's plural rules: French treats 0 and 1 as singular ("0 étape cochée"), English
 * only 1. Other categories (French `many`, for millions) take the `.other` form.
 */
import { fill } from '../../i18n/fill.ts';
import type { StepCounts } from './progress-summary.ts';

import { pluralForm } from '../../i18n/plural.ts';

export { pluralForm, type PluralForm } from '../../i18n/plural.ts';

export interface PluralTemplates {
  readonly one?: string | undefined;
  readonly other?: string | undefined;
}

/** The form of `forms` to use for `count` (the `.other` form when the `.one` form is missing). */
export function pluralTemplate(intlLocale: string, count: number, forms: PluralTemplates): string {
  return (pluralForm(intlLocale, count) === 'one' ? forms.one : undefined) ?? forms.other ?? '';
}

/**
 * "Steps: 12 of 20 (3 not applicable)": `count` filled with `done` and `total`, then the `notApplicable`
 * form for the number of steps left out (chosen by `intlLocale`'s plural rules), when there are any. The
 * page's step count (every step) then agrees with the progress (the steps to do) and says why it differs.
 */
export function progressText(
  counts: StepCounts,
  count: string,
  notApplicable: PluralTemplates,
  intlLocale: string,
): string {
  const text = fill(count, { done: counts.done, total: counts.total });
  if (counts.notApplicable === 0) return text;
  return `${text} ${fill(pluralTemplate(intlLocale, counts.notApplicable, notApplicable), { count: counts.notApplicable })}`;
}
