/**
 * Turns what Pagefind returns for one page into what the search panel shows: the phase (the page's
 * title), its best sections (Pagefind's sub-results, one per heading with an id), each with its excerpt
 * and a link that lands on the section and highlights the words found.
 */
import { pageOfPathname } from '../../../utils/paths.ts';
import {
  decodeEntities,
  markedWords,
  parseExcerpt,
  restoreApostrophes,
  trimTitle,
  type ExcerptPart,
} from './excerpt.ts';
import { coverage } from './close-match.ts';
import { withHighlight } from './highlight-url.ts';
import { foldWord, isStopWord } from './stop-words.ts';

/** The parts of Pagefind's result data that the panel reads (see pagefind.app/docs/sub-results). */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  /** Absent for the text before the page's first heading with an id. */
  readonly anchor?: { readonly id: string } | undefined;
  readonly locations?: readonly number[] | undefined;
  readonly weighted_locations?:
    readonly { readonly balanced_score: number; readonly location?: number | undefined }[] | undefined;
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  /** The page's indexed text, `<` and `>` escaped; its words are those `locations` count. */
  readonly raw_content?: string | undefined;
  /** The positions of the words matched on the whole page, counted in words of `raw_content`. */
  readonly locations?: readonly number[] | undefined;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results: readonly PagefindSubResult[];
}

export interface SectionView {
  /** The section's heading; undefined for the top of the page. */
  readonly title: string | undefined;
  readonly url: string;
  readonly excerpt: readonly ExcerptPart[];
}

export interface ResultView {
  readonly url: string;
  /** The words Pagefind marked in the excerpts shown, as spelled on the page. */
  readonly marked: readonly string[];
  /** Every word Pagefind matched on the page, as spelled there, each once (see close-match.ts). */
  readonly matched: readonly string[];
  /** The page's language, from its URL (`<base><lang>/…`). */
  readonly lang: string | undefined;
  readonly title: string;
  /** What the page is, from its `kind` metadata (SEARCH_KINDS): `glossary` for the glossary. */
  readonly kind: string | undefined;
  readonly sections: readonly SectionView[];
}

/** Sections shown per page: enough to pick the right step without burying the other phases. */
const MAX_SECTIONS = 3;

/** A URL without its origin: Pagefind gives paths, or absolute URLs for an index loaded from an absolute URL. */
export function pathOf(url: string): string {
  if (!/^[a-z][a-z\d+.-]*:/i.test(url)) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return url;
  }
}

/**
 * The words to highlight on the page: those Pagefind marked (as spelled on the page) and those typed,
 * each once, never a stop word (`de` and `des` in `Générateur de topologie` would light up the whole
 * page). One- and two-letter words are dropped when longer ones remain.
 */
export function termsToHighlight(typed: readonly string[], marked: readonly string[]): string[] {
  const unique = new Map<string, string>();
  for (const word of [...marked, ...typed])
    if (!isStopWord(word) && !unique.has(word.toLocaleLowerCase())) unique.set(word.toLocaleLowerCase(), word);
  const words = [...unique.values()];
  const long = words.filter((word) => word.length >= 3);
  return long.length > 0 ? long : words;
}

/** An excerpt whose marked stop words are shown as plain text (Pagefind marks every word it matched). */
export function unmarkStopWords(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const plain: ExcerptPart[] = [];
  for (const part of parts) {
    const marked = part.marked && !isStopWord(part.text);
    const last = plain.at(-1);
    if (last && last.marked === marked) plain[plain.length - 1] = { text: last.text + part.text, marked };
    else plain.push({ text: part.text, marked });
  }
  return plain;
}

/** How Pagefind splits a page's text into the words its locations count (pagefind.js, `word_separators`). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** The distinct words of the page's text at some of its match locations, as written on the page. */
function wordsAt(data: PagefindResultData, locations: readonly number[]): string[] {
  if (locations.length === 0 || !data.raw_content) return [];
  const words = data.raw_content.split(WORD_SEPARATORS);
  const found = new Set<string>();
  for (const location of locations) {
    const word = words[location];
    if (word !== undefined) found.add(restoreApostrophes(decodeEntities(word)));
  }
  return [...found];
}

/** The distinct words found at the page's match locations, as written on the page. */
export function pageMatches(data: PagefindResultData): string[] {
  return wordsAt(data, data.locations ?? []);
}

function score(section: PagefindSubResult): number {
  const weighted = section.weighted_locations ?? [];
  return weighted.length > 0
    ? weighted.reduce((sum, hit) => sum + hit.balanced_score, 0)
    : (section.locations?.length ?? 0);
}

/**
 * How many words of the query a section answers: a section holding every word (`SRV` and `fédération`)
 * comes before one that only says `fédération` many times, however much Pagefind scores the latter.
 */
function sectionCoverage(data: PagefindResultData, section: PagefindSubResult, typed: readonly string[]): number {
  const locations = section.locations ?? section.weighted_locations?.flatMap((hit) => hit.location ?? []) ?? [];
  const words = wordsAt(data, locations);
  return words.length > 0 ? coverage(words, typed).covered : coverage(markedWords([section.excerpt]), typed).covered;
}

/** A title as the words it is made of, folded: `Pool frontal` → `pool frontal`. */
const titleWords = (title: string) => title.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/**
 * How well a result's titles answer the query: 2 when the page or one of its sections is titled with the
 * query itself (a glossary term, a section named so), 1 when a title holds every word of the query that
 * carries meaning, 0 otherwise.
 */
export function titleRank(view: ResultView, typed: readonly string[]): number {
  const titles = [view.title, ...view.sections.flatMap((section) => (section.title ? [section.title] : []))];
  const query = typed.map(foldWord).join(' ');
  let rank = 0;
  for (const title of titles) {
    const words = titleWords(title);
    if (words.map(foldWord).join(' ') === query) return 2;
    const { covered, needed } = coverage(words, typed);
    if (needed > 0 && covered === needed) rank = 1;
  }
  return rank;
}

/**
 * Results in Pagefind's order, except that those whose titles answer the query come first (see
 * `titleRank`): Pagefind weighs a page's words against its length, so a long page (the glossary) whose
 * heading is the very term searched would otherwise come after pages that only mention it. Stable.
 */
export function byTitles(views: readonly ResultView[], typed: readonly string[]): ResultView[] {
  return views
    .map((view, order) => ({ view, order, rank: titleRank(view, typed) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ view }) => view);
}

/** The view of one result; `typed` are the words of the query (see `queryWords`). */
export function toResultView(data: PagefindResultData, base: string, typed: readonly string[]): ResultView {
  const url = pathOf(data.url);
  const title = restoreApostrophes(data.meta['title']?.trim() || url);
  const candidates = data.sub_results.length > 0 ? data.sub_results : [{ title, url: data.url, excerpt: data.excerpt }];
  const best = candidates
    .map((section, order) => ({
      section,
      order,
      covered: sectionCoverage(data, section, typed),
      score: score(section),
    }))
    .sort((a, b) => b.covered - a.covered || b.score - a.score || a.order - b.order)
    .slice(0, MAX_SECTIONS);
  const sections = best.map(({ section }) => {
    const sectionTitle = restoreApostrophes(section.title);
    return {
      title: section.anchor ? sectionTitle : undefined,
      url: withHighlight(pathOf(section.url), termsToHighlight(typed, markedWords([section.excerpt]))),
      // The title is shown above the excerpt (the page's title for the top of the page).
      excerpt: unmarkStopWords(trimTitle(parseExcerpt(section.excerpt), sectionTitle)),
    };
  });
  const allMarked = markedWords(best.map(({ section }) => section.excerpt));
  const matched = pageMatches(data);
  return {
    url: withHighlight(url, termsToHighlight(typed, allMarked)),
    marked: allMarked,
    matched: matched.length > 0 ? matched : allMarked,
    lang: pageOfPathname(base, url)?.lang,
    title,
    kind: data.meta['kind'],
    sections,
  };
}
