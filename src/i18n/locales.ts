/**
 * The one table of languages. Everything that varies by language (routes, dictionaries, `<html lang>`,
 * hreflang alternates, Pagefind's per-language index, number and date formats) is derived from it.
 *
 * Adding a language: add its entry here (names, tags, punctuation rule, search stop words), write its
 * dictionary in `ui/<code>.ts`, and add the guide's documents in it (`phases/<code>/`, `home/<code>.mdx`,
 * ...). No other code changes: tests/unit/locales.test.ts adds a pseudo-language and checks a guide in it.
 */
import { eng, fra } from 'stopword';
import en from './ui/en.ts';
import fr from './ui/fr.ts';
import type { Dictionary } from './ui/fr.ts';

export interface LocaleInfo {
  /** The language's own name, shown in the language switcher. */
  readonly label: string;
  /** Its name in English, for the content checks' messages (written in English). */
  readonly englishName: string;
  /** BCP 47 tag for `<html lang>` and hreflang. */
  readonly htmlLang: string;
  /** BCP 47 tag for `Intl` date, number and duration formats. */
  readonly intl: string;
  /** Punctuation spacing applied to prose at build time: `french` adds narrow no-break spaces. */
  readonly punctuation: 'french' | 'plain';
  /**
   * Words a search query may hold without their being required on a result page (`de`, `the`): the
   * `stopword` package's list of the language. Queries may be written in any language of the site.
   */
  readonly stopWords: readonly string[];
  /** The UI strings. */
  readonly dictionary: Dictionary;
}

export const locales = {
  fr: {
    label: 'Français',
    englishName: 'French',
    htmlLang: 'fr',
    intl: 'fr-FR',
    punctuation: 'french',
    stopWords: fra,
    dictionary: fr,
  },
  en: {
    label: 'English',
    englishName: 'English',
    htmlLang: 'en',
    intl: 'en-GB',
    punctuation: 'plain',
    stopWords: eng,
    dictionary: en,
  },
} as const satisfies Record<string, LocaleInfo>;

export type Lang = keyof typeof locales;

/** The language of `/` when the reader's choice and browser give no hint, and the reference for checks. */
export const defaultLang: Lang = 'fr';

/** All languages, default first. */
export const langs: readonly Lang[] = [
  defaultLang,
  ...(Object.keys(locales) as Lang[]).filter((lang) => lang !== defaultLang),
];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/**
 * The language of a content file or content id, from its path segments:
 * `content/phases/fr/phase-1.mdx` and `fr/phase-1` are French. Returns undefined when no segment is a language.
 */
export function langFromPath(path: string): Lang | undefined {
  const segments = path.split(/[\\/]/);
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const segment = segments[index]?.replace(/\.(mdx?|ya?ml)$/, '');
    if (isLang(segment)) return segment;
  }
  return undefined;
}

/** Every language's search stop words, together: a query may be written in any language of the site. */
export function allStopWords(): string[] {
  return Object.values(locales).flatMap((locale: LocaleInfo) => [...locale.stopWords]);
}

/**
 * The build-time constants browser code reads from this table without importing it (which would bring
 * every dictionary into its bundle): Vite's `define`, given by astro.config.mjs and vitest.config.ts.
 */
export function localeDefines(): Record<string, string> {
  return { __SEARCH_STOP_WORDS__: JSON.stringify(allStopWords()) };
}
