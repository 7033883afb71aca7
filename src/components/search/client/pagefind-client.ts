/**
 * The search engine: Pagefind's own `pagefind.js`, imported from the site's bundle (`<base>pagefind/`)
 * the first time the reader starts a search, never before.
 *
 * One independent Pagefind instance per language: each loads its own language's index and WebAssembly,
 * which holds that language's stemmer, so that `Topology Builder` is stemmed as English in the English
 * index whatever the page's language. (Pagefind's `mergeIndex` would search the other language's index
 * with the page language's WebAssembly: it creates the merged instance with `load_wasm: false`.)
 *
 * Lifecycle: `load()` once, when the panel opens (starts fetching the page language's WebAssembly and
 * index); the other languages' instances are opened the first time the reader extends the search to
 * them, and kept; `search()` on each query asks the instances of the languages wanted and merges their
 * results (merge-results.ts). No fixed delay: each instance searches at once, one query at a time, and a
 * query typed meanwhile replaces the one waiting (latest-only.ts), its index chunks preloaded.
 */
import { latestOnly } from './latest-only.ts';
import { mergeRanked } from './merge-results.ts';
import { pagefindModuleUrl } from './pagefind-url.ts';
import type { PagefindResultData } from './results.ts';

/**
 * The Pagefind version whose `pagefind.js` this code relies on (see openInstance): package.json pins it
 * exactly, and tests/unit/search-pagefind-version.test.ts and tests/e2e/search-engine.test.ts fail when
 * an upgrade changes it or breaks the per-language loading.
 */
export const PAGEFIND_VERSION = '1.6.0';

/** Other languages rank a little lower, so that the reader's own page comes first when both match alike. */
const OTHER_LANGUAGE_WEIGHT = 0.9;

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

/** The part of an instance of `pagefind.js`'s `createInstance` used here (Pagefind 1.6). */
interface PagefindInstance {
  init(): Promise<void>;
  search(term: string, options: { filters: Filters }): Promise<PagefindResponse>;
  preload(term: string, options: { filters: Filters }): Promise<void>;
}

interface Query {
  readonly term: string;
  readonly filters: Filters;
}

/** An instance, and its searches run newest first. */
interface Opened {
  readonly search: (query: Query) => Promise<PagefindResponse | null>;
}

interface PagefindModule {
  createInstance(options: Readonly<Record<string, unknown>>): PagefindInstance;
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
  /** Resolves to null when a newer search started before this one finished. */
  search(request: SearchRequest): Promise<SearchOutcome | null>;
}

/**
 * A Pagefind instance searching `lang`'s index with `lang`'s WebAssembly. Two constraints of
 * pagefind.js 1.6 shape it:
 *  - WebAssembly is loaded once per module instance (wasm-bindgen keeps the first module loaded, and the
 *    instances one import creates share one worker), so each language imports its own module instance:
 *    `pagefind.js#en`. The HTML standard keys its module map by the whole URL, fragment included, so the
 *    module runs afresh with its own worker, while the request (fragments are never sent) is the same
 *    file, served from the HTTP cache. A query string would do as well but download the file again.
 *  - `createInstance` takes the language from `<html lang>`, whatever its options say. It reads it
 *    synchronously, so the attribute names `lang` during that call only and is restored before any
 *    rendering, event or observer can see it.
 */
async function openInstance(bundleUrl: string, lang: string): Promise<Opened> {
  const pagefind = (await import(/* @vite-ignore */ pagefindModuleUrl(bundleUrl, lang))) as PagefindModule;
  const root = document.documentElement;
  const pageLang = root.getAttribute('lang');
  root.setAttribute('lang', lang);
  let instance: PagefindInstance;
  try {
    instance = pagefind.createInstance({ basePath: bundleUrl });
  } finally {
    if (pageLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLang);
  }
  await instance.init();
  const search = latestOnly(
    (query: Query) => instance.search(query.term, { filters: query.filters }),
    (query) => void instance.preload(query.term, { filters: query.filters }).catch(() => undefined),
  );
  return { search };
}

export function createSearchEngine(bundleUrl: string, lang: string, otherLangs: readonly string[]): SearchEngine {
  const instances = new Map<string, Promise<Opened>>();
  const open = (code: string): Promise<Opened> => {
    let instance = instances.get(code);
    if (!instance) {
      instance = openInstance(bundleUrl, code);
      // A failed load is not kept, so that the next search tries again.
      instance.catch(() => instances.delete(code));
      instances.set(code, instance);
    }
    return instance;
  };

  const search = async (request: SearchRequest): Promise<SearchOutcome | null> => {
    const filters: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.filters)) if (value !== '') filters[name] = value;
    const searched = request.allLanguages ? [lang, ...otherLangs] : [lang];
    const responses = await Promise.all(
      searched.map(async (code) => (await open(code)).search({ term: request.query, filters })),
    );
    if (responses.some((response) => response === null)) return null;
    const answered = responses.filter((response) => response !== null);
    return {
      results: mergeRanked(
        answered.map((response, at) => ({ results: response.results, weight: at === 0 ? 1 : OTHER_LANGUAGE_WEIGHT })),
      ),
      unfiltered: answered.reduce((total, response) => total + response.unfilteredResultCount, 0),
    };
  };

  return { load: async () => void (await open(lang)), search };
}
