/**
 * UI string lookup: `translate(lang, 'checklist.reset', { count: 3 })`.
 * Placeholders are written `{{name}}`; a missing value is an error, not a silent blank.
 */
import { locales, type Lang } from './locales.ts';
import type { UIKey } from './ui/fr.ts';

export type { Lang } from './locales.ts';
export type { UIKey } from './ui/fr.ts';
export type Vars = Readonly<Record<string, string | number>>;

export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {{${name}}}`);
    return String(value);
  });
}

export function translate(lang: Lang, key: UIKey, vars?: Vars): string {
  return fill(locales[lang].dictionary[key], vars);
}

/** A translator bound to one language, for components: `const t = useTranslations(lang)`. */
export function useTranslations(lang: Lang): (key: UIKey, vars?: Vars) => string {
  return (key, vars) => translate(lang, key, vars);
}
