/**
 * UI string lookup: `translate(lang, 'checklist.reset', { count: 3 })`.
 * Placeholders are written `{{name}}`; a missing value is an error, not a silent blank.
 */
import { fill, type Vars } from './fill.ts';
import { locales, type Lang } from './locales.ts';
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
