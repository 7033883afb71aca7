/**
 * The search engine: Pagefind's own `pagefind.js`, imported from the site's bundle (`<base>pagefind/`)
 * the first time the reader starts a search, never before.
 *
 * Lifecycle: `load()` once (imports the module, tags the page's language index, and starts fetching the
 * WebAssembly and index of that language); `includeOtherLanguages()` once, if the reader asks for it
 * (merges the other languages' indexes of the same bundle); `search()` on each query. Pagefind picks the
 * index matching `<html lang>`, so by default only the reader's language is searched. Once other
 * languages are merged they cannot be unmerged: results are then limited to the reader's language by a
 * filter on the synthetic `lang` value each index is tagged with.
 */
import type { PagefindResultData } from './results.ts';

/** How long the engine waits for the reader to stop typing before it searches. */
const DEBOUNCE_MS = 150;

/** Other languages rank a little lower, so that the reader's own page comes first when both match alike. */
const OTHER_LANGUAGE_WEIGHT = 0.9;

const LANG_FILTER = 'lang';

type Filters = Readonly<Record<string, string>>;

export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly unfilteredResultCount: number;
}

/** The part of `pagefind.js`'s API used here (Pagefind 1.6). */
interface PagefindModule {
  options(options: Readonly<Record<string, unknown>>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundleUrl: string, options: Readonly<Record<string, unknown>>): Promise<void>;
  debouncedSearch(term: string, options: { filters: Filters }, debounceMs: number): Promise<PagefindResponse | null>;
}

export interface SearchRequest {
  readonly query: string;
  /** Filter name → chosen value; an empty value means no filter. */
  readonly filters: Filters;
  readonly allLanguages: boolean;
}

export interface SearchOutcome {
  readonly results: readonly PagefindResult[];
  /** How many pages match the words before the filters apply. */
  readonly unfiltered: number;
}

export interface SearchEngine {
  load(): Promise<void>;
  includeOtherLanguages(): Promise<void>;
  /** Resolves to null when a newer search started before this one finished. */
  search(request: SearchRequest): Promise<SearchOutcome | null>;
}

export function createSearchEngine(bundleUrl: string, lang: string, otherLangs: readonly string[]): SearchEngine {
  let module: Promise<PagefindModule> | undefined;
  let merged: Promise<void> | undefined;

  const load = (): Promise<PagefindModule> => {
    module ??= (import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindModule>).then(async (pagefind) => {
      await pagefind.options({ mergeFilter: { [LANG_FILTER]: lang } });
      await pagefind.init();
      return pagefind;
    });
    return module;
  };

  const includeOtherLanguages = (): Promise<void> => {
    merged ??= load().then(async (pagefind) => {
      // An absolute URL: Pagefind skips a merge whose path is a prefix of its own bundle's path, which
      // guards against merging a site with itself, not against merging another language of it.
      const absolute = new URL(bundleUrl, location.href).href;
      for (const other of otherLangs) {
        await pagefind.mergeIndex(absolute, { language: other, mergeFilter: { [LANG_FILTER]: other }, indexWeight: OTHER_LANGUAGE_WEIGHT });
      }
    });
    return merged;
  };

  const search = async (request: SearchRequest): Promise<SearchOutcome | null> => {
    const pagefind = await load();
    if (request.allLanguages) await includeOtherLanguages();
    const filters: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.filters)) if (value !== '') filters[name] = value;
    if (!request.allLanguages) filters[LANG_FILTER] = lang;
    const response = await pagefind.debouncedSearch(request.query, { filters }, DEBOUNCE_MS);
    return response && { results: response.results, unfiltered: response.unfilteredResultCount };
  };

  return { load: async () => void (await load()), includeOtherLanguages, search };
}
