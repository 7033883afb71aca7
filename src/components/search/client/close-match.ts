/**
 * Whether a search result answers the query rather than scraps of it.
 *
 * Pagefind is generous on purpose: it completes every word as a prefix (`de` finds `deployment`), for a
 * word it does not know it searches the longest start it knows (`abracadabra` finds `ABFiles`,
 * `Set-CsUser` finds `settings`), and it leaves out a word that matches nothing (on an English page,
 * `Générateur de topologie` finds the pages with `de…` and `topology`). That tolerates typos
 * (`deploiemnt` finds `déploiement`) and other spellings (`topologie` finds `topology`), but also fills
 * the panel with pages that answer no part of the question. A result is kept when each word of the query
 * that carries meaning is close to a word Pagefind matched on the page; stop words (`de`, `the`) are
 * not required, unless the query has nothing else.
 */
import { foldWord, isStopWord } from './stop-words.ts';

/** A French elided article or pronoun before a word (`l’utilisateur`): the index also has the word alone. */
const ELISION = /^(?:qu|[cdjlmnst])['’\u02BC](?=\p{L})/iu;

function sharedPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** The word, its parts, and the parts of a camel-cased part: `Move-CsUser` → `Move-CsUser`, `Move`, `CsUser`, `Cs`, `User`. */
function withParts(word: string): string[] {
  return [word, ...word.split(/[^\p{L}\p{N}]+/u).flatMap((part) => [part, ...part.split(/(?<=\p{Ll})(?=\p{Lu})/u)])];
}

interface TypedWord {
  readonly folded: string;
  /** The length of the start it must share with a word of the page (see `typedWord`). */
  readonly needed: number;
}

/**
 * A typed word is close to a word of the page when they are the same, or share a start long enough not
 * to be chance: at least three letters and half the typed word (`deploiemnt`/`déploiement`,
 * `moving`/`move`, `topologie`/`topology`), so every completion of a word of three letters or more.
 * In a compound word the first parts are needed whole and half of the last (`Set-CsUser` is not
 * `Set-CsCpsConfiguration`). A word of one or two letters must be the page's word itself (`AD`).
 */
function typedWord(word: string): TypedWord {
  const bare = word.replace(ELISION, '');
  const folded = foldWord(bare);
  const parts = bare
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter((part) => part !== '');
  const last = parts.at(-1) ?? folded;
  const needed = folded.length <= 2 ? Infinity : Math.max(3, folded.length - last.length + Math.ceil(last.length / 2));
  return { folded, needed };
}

/** The last word of the query may be one still being typed: the start of the page's word is enough. */
function isClose({ folded, needed }: TypedWord, candidate: string, last: boolean): boolean {
  if (candidate === folded || (last && candidate.startsWith(folded))) return true;
  return sharedPrefix(folded, candidate) >= needed;
}

/**
 * How many of the words of the query that carry meaning (all of them when only stop words were typed)
 * are close to a word of `matched`, out of how many. `matched`: words of the page or of one of its
 * sections, as written there; `typed`: the words of the query (see `queryWords`), in order.
 */
export function coverage(matched: readonly string[], typed: readonly string[]): { covered: number; needed: number } {
  const words = typed.map(typedWord).filter((word) => word.folded !== '');
  const candidates = [...new Set(matched.flatMap(withParts).map(foldWord))].filter((word) => word !== '');
  const meaningful = words.filter((word) => !isStopWord(word.folded));
  const required = meaningful.length > 0 ? meaningful : words;
  const lastWord = words.at(-1);
  const covered = required.filter((word) =>
    candidates.some((candidate) => isClose(word, candidate, word === lastWord)),
  ).length;
  return { covered, needed: required.length };
}

/**
 * `matched`: the words Pagefind matched on the page, as written there; `typed`: the words of the query
 * (see `queryWords`), in order.
 */
export function isCloseMatch(matched: readonly string[], typed: readonly string[]): boolean {
  if (matched.every((word) => foldWord(word) === '')) return true;
  const { covered, needed } = coverage(matched, typed);
  return needed === 0 || covered === needed;
}
