/**
 * Pagefind excerpts are HTML: the page's text with its special characters escaped and the matched words
 * in `<mark>`. They are turned into plain parts here so that the results are built with text nodes only
 * (no `innerHTML`), and so that the words actually matched on the page (`Move-CsUser` for a search on
 * `movecsuser`) can be highlighted once the reader opens the result.
 */

/**
 * The index reads typographic apostrophes as ASCII ones (see src/integrations/index-content.ts), so
 * excerpts and titles come back with `d'événements`: the apostrophe between two letters is restored.
 */
export function restoreApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');
}

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind writes (named ones above, and numeric ones); unknown ones stay as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** `a <mark>b</mark> c` → `[{a, false}, {b, true}, {c, false}]`; any other tag is dropped, its text kept. */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    let text = restoreApostrophes(decodeEntities(piece.replace(/<[^>]*>/g, '')));
    // An excerpt can start just after the punctuation of a cut sentence (`: Déplacement…`).
    if (parts.length === 0 && !marked) text = text.replace(/^[\s:;,.!?)\]»”]+/u, '');
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  }
  return parts;
}

/** The distinct marked words of excerpts, in order of appearance, compared without case. */
export function markedWords(excerpts: readonly string[]): string[] {
  const words = new Map<string, string>();
  for (const excerpt of excerpts) {
    for (const part of parseExcerpt(excerpt)) {
      const word = part.text.trim();
      if (part.marked && word !== '' && !words.has(word.toLocaleLowerCase())) words.set(word.toLocaleLowerCase(), word);
    }
  }
  return [...words.values()];
}
