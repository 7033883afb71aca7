/**
 * Outdated translations. Each language's version of a document has its own `updated` date; when another
 * version was updated later, this one may lag behind it: the page says so (TranslationNotice.astro) and
 * the content checks list it as a warning. Pure, shared by both.
 */

/**
 * The language whose version was updated last, when that is later than `lang`'s own version; undefined
 * when `lang`'s version is the latest (or has no date). Days are `YYYY-MM-DD`; on a tie, the language
 * listed first wins.
 */
export function newerVersion<L extends string>(lang: L, updated: ReadonlyMap<L, string>): L | undefined {
  const own = updated.get(lang);
  if (own === undefined) return undefined;
  let newest: L | undefined;
  for (const [other, day] of updated) {
    if (day > own && (newest === undefined || day > updated.get(newest)!)) newest = other;
  }
  return newest;
}
