/**
 * UI string lookup: `translate(lang, 'checklist.reset', { count: 3 })`.
 * Placeholders are written `{{name}}`; a missing value is an error, not a silent blank.
 */
import { fill, type Vars } from './fill.ts';
import { locales, type Lang } from './locales.ts';
import { pluralForm } from './plural.ts';
import type { UIKey } from './ui/fr.ts';

export { fill, type Vars } from './fill.ts';
export type { Lang } from './locales.ts';
export type { UIKey } from './ui/fr.ts';

export function translate(lang: Lang, key: UIKey, vars?: Vars): string {
  return fill(locales[lang].dictionary[key], vars);
}

/** A translator bound to one language, for components: `const t = useTranslations(lang)`. */
export function useTranslations(lang: Lang): (key: UIKey, vars?: Vars) => string {
  return (key, vars) => translate(lang, key, vars);
}

/** Keys that exist as a pair `<key>.one` / `<key>.other`, for strings with a count. */
export type CountKey = {
  [K in UIKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends UIKey ? Base : never) : never;
}[UIKey];

/**
 * A string with a count, in the grammatical number the language's rules give (`Intl.PluralRules`):
 * "1 étape", "0 étape", "2 étapes"; "1 step", "0 steps". Categories other than `one` use `<key>.other`.
 */
export function translateCount(lang: Lang, key: CountKey, count: number, vars?: Vars): string {
  const category = pluralForm(locales[lang].intl, count);
  return translate(lang, `${key}.${category}` as UIKey, { ...vars, count });
}
