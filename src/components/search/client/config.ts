/**
 * The search panel's settings and translated messages, read from the `data-*` attributes that
 * SiteSearch.astro writes on `<site-search>`. A missing attribute is a bug of the component: it is
 * reported with its name rather than shown as a blank.
 */
import { fill } from '../../../i18n/fill.ts';
import { pluralForm } from '../../../i18n/plural.ts';

export interface SearchConfig {
  /** The page's language, whose index is searched by default. */
  readonly lang: string;
  /** The languages the extend-search control adds. */
  readonly otherLangs: readonly string[];
  /** The Pagefind bundle's URL, with its trailing slash (`/guides/example/pagefind/`). */
  readonly bundle: string;
  /** The site's base path, to read the language of a result's URL. */
  readonly base: string;
  /** Each language's own name, to mark results when several languages are searched. */
  readonly languageLabels: Readonly<Record<string, string>>;
  /** The tag of a result from the glossary. */
  readonly glossaryLabel: string;
  readonly messages: SearchMessages;
}

export interface SearchMessages {
  count(count: number): string;
  noResults(query: string, filtered: boolean): string;
  readonly unavailable: string;
}

type Dataset = Readonly<Record<string, string | undefined>>;

function required(dataset: Dataset, name: string): string {
  const value = dataset[name];
  if (value === undefined || value === '') {
    const attribute = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
    throw new Error(`<site-search> needs its ${attribute} attribute (set by SiteSearch.astro)`);
  }
  return value;
}

function labels(json: string): Record<string, string> {
  const parsed: unknown = JSON.parse(json);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Object.values(parsed).some((value) => typeof value !== 'string')
  ) {
    throw new Error('<site-search> data-language-labels must be a JSON object of language → name');
  }
  return parsed as Record<string, string>;
}

export function readConfig(dataset: Dataset): SearchConfig {
  const lang = required(dataset, 'lang');
  const one = required(dataset, 'countOne');
  const other = required(dataset, 'countOther');
  const noResults = required(dataset, 'noResults');
  const noResultsFiltered = required(dataset, 'noResultsFiltered');
  return {
    lang,
    otherLangs: (dataset['otherLangs'] ?? '').split(' ').filter(Boolean),
    bundle: required(dataset, 'bundle'),
    base: required(dataset, 'base'),
    languageLabels: labels(required(dataset, 'languageLabels')),
    glossaryLabel: required(dataset, 'glossaryLabel'),
    messages: {
      count: (count) => fill(pluralForm(lang, count) === 'one' ? one : other, { count: count.toLocaleString(lang) }),
      noResults: (query, filtered) => fill(filtered ? noResultsFiltered : noResults, { query }),
      unavailable: required(dataset, 'unavailable'),
    },
  };
}
