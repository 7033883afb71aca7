/**
 * The search's stop words (`de`, `des`, `the`): every language's list from the locale table
 * (src/i18n/locales.ts), set at build time, since a query may be written in any language of the site.
 * They are never required on a result page (close-match.ts) and never highlighted, in the panel's
 * excerpts or on the page a result opens: `Générateur de topologie` marks `Générateur` and `topologie`.
 */
declare const __SEARCH_STOP_WORDS__: readonly string[];

/** Lowercase letters and digits only: `Move-CsUser` → `movecsuser`, `Déploiement` → `deploiement`. */
export const foldWord = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

const STOP_WORDS = new Set(__SEARCH_STOP_WORDS__.map(foldWord));

/** True for a stop word of any language, whatever its case, accents or surrounding punctuation. */
export function isStopWord(word: string): boolean {
  const folded = foldWord(word);
  return folded !== '' && STOP_WORDS.has(folded);
}

/**
 * The query sent to the index: without its stop words when other words remain, so that Pagefind neither
 * ranks nor cuts its excerpts around `de` or `the`. A quoted query (an exact phrase) is sent as typed.
 */
export function withoutStopWords(query: string): string {
  if (query.includes('"')) return query;
  const kept = query.split(' ').filter((word) => !isStopWord(word));
  return kept.length > 0 ? kept.join(' ') : query;
}
