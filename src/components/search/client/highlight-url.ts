/**
 * The link from a search result carries the words to highlight in a query parameter
 * (`…/phase-4-…/?highlight=Move-CsUser#move-a-single-user-to-the-pilot-pool`): the page marks them when
 * it opens, and only then loads the code that does it.
 */

const HIGHLIGHT_PARAM = 'highlight';

/** Enough to mark what the reader looked for; a longer list only makes the URL unwieldy. */
const MAX_TERMS = 12;

/** `url` (a path, with or without query and hash) with the highlight parameter set to `terms`. */
export function withHighlight(url: string, terms: readonly string[]): string {
  const kept = terms
    .map((term) => term.trim())
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS);
  if (kept.length === 0) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '');
  params.set(HIGHLIGHT_PARAM, kept.join(' '));
  return `${path}?${params.toString()}${hash}`;
}

/** The terms a page was opened with (`location.search`), or none. */
export function highlightTerms(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return value
    .split(/\s+/)
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS);
}
