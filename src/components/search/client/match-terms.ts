/**
 * Finds whole words of a text that match search terms regardless of case, accents and apostrophe style:
 * `deploiement` finds `Déploiement`. A term matches a whole word or a whole part of a hyphenated or dotted
 * word (`CsUser` in `Move-CsUser`), never the inside of a word (`de` does not light up `déploiement`).
 */

export type Range = readonly [start: number, end: number];

interface Folded {
  /** The text lowercased, without diacritics. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the original span it comes from. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** Typographic apostrophes match the ASCII one: the index and excerpts use it (see excerpt.ts). */
const APOSTROPHES = /[\u2019\u02BC]/;

function foldChar(char: string): string {
  if (APOSTROPHES.test(char)) return "'";
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function fold(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const result = foldChar(char);
    for (let unit = 0; unit < result.length; unit += 1) {
      starts.push(index);
      ends.push(index + char.length);
    }
    folded += result;
    index += char.length;
  }
  return { text: folded, starts, ends };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, at: number): boolean {
  const char = text[at];
  return char === undefined || !WORD_CHAR.test(char);
}

/** The ranges of `text` (start inclusive, end exclusive) matching any of `terms`, sorted, never overlapping. */
export function findMatches(text: string, terms: readonly string[]): Range[] {
  const folded = fold(text);
  const found: Range[] = [];
  for (const term of new Set(terms.map((raw) => fold(raw.trim()).text).filter((term) => term !== ''))) {
    for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (!isBoundary(folded.text, at - 1) || !isBoundary(folded.text, end)) continue;
      const start = folded.starts[at];
      const stop = folded.ends[end - 1];
      if (start !== undefined && stop !== undefined) found.push([start, stop]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] < last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], range[1])];
    else merged.push(range);
  }
  return merged;
}
