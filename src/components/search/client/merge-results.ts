/**
 * The results of several languages' indexes in one list. Each language is searched by its own Pagefind
 * instance (see pagefind-client.ts), whose scores are on the same scale (Pagefind's BM25 ranking of one
 * index), so the lists are merged by score; the other languages' scores are scaled down a little so that
 * the reader's own language comes first when a page of each matches alike.
 */

export interface RankedList<T extends { readonly score: number }> {
  readonly results: readonly T[];
  /** Multiplies the scores of this list (1 for the reader's language). */
  readonly weight: number;
}

/**
 * Best first; equal scores keep the order of the lists, then of each list. The results themselves are
 * returned, not copies: Pagefind releases a result's data in its worker once the result object is
 * garbage-collected, so a copy would leave `data()` of a result shown later ("more") dangling.
 */
export function mergeRanked<T extends { readonly score: number }>(lists: readonly RankedList<T>[]): T[] {
  return lists
    .flatMap(({ results, weight }, list) =>
      results.map((result, order) => ({ result, list, order, score: result.score * weight })),
    )
    .sort((a, b) => b.score - a.score || a.list - b.list || a.order - b.order)
    .map(({ result }) => result);
}
