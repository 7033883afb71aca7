/**
 * What the reader typed, made ready for the index. Pagefind itself folds case and accents and splits
 * hyphenated and dotted terms (`Move-CsUser` is indexed whole, as `movecsuser`, and by its parts), so
 * this only trims, bounds the length, and finds the words to highlight on the page a result leads to.
 */

/** Longer queries are cut: nobody types more, and a pasted page would only slow the search down. */
export const MAX_QUERY_LENGTH = 200;

/** The query as sent to the index: trimmed, inner whitespace collapsed, bounded. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** True when the query holds something the index can match: at least one letter or digit. */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

/**
 * The words of a query, without the quotes and punctuation around them (`"Move-CsUser"` → `Move-CsUser`,
 * `$false,` → `false`), each once, case-insensitively.
 */
export function queryWords(query: string): string[] {
  const words = normalizeQuery(query)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
