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
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
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
    // Pagefind marks whole space-separated tokens, with the sentence's punctuation and quotes
    // (`topologie.`, `«\u00a0pool`): only the word is marked, so that the page opened highlights the word.
    // Other signs belong to the term (`.NET`, `C#`, `-Identity`).
    const [, before = '', word = '', after = ''] = marked
      ? (/^([\s«“"‘'([]*)(.*?)([\s.,;:!?…»”"’')\]]*)$/su.exec(text) ?? [])
      : ['', '', text, ''];
    if (word === '') {
      append(parts, text, false);
      continue;
    }
    append(parts, before, false);
    append(parts, word, marked);
    append(parts, after, false);
  }
  return parts;
}

function append(parts: ExcerptPart[], text: string, marked: boolean): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
  else parts.push({ text, marked });
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `parts` without their first `count` characters. */
function dropStart(parts: readonly ExcerptPart[], count: number): ExcerptPart[] {
  const kept: ExcerptPart[] = [];
  let left = count;
  for (const part of parts) {
    if (left >= part.text.length) {
      left -= part.text.length;
      continue;
    }
    kept.push(left > 0 ? { text: part.text.slice(left), marked: part.marked } : part);
    left = 0;
  }
  return kept;
}

/**
 * A section's text starts with its heading, so Pagefind's excerpt of it may start with the heading or its
 * last words (`de la réplication de l’utilisateur. Move-CsUser…`), which the panel already shows as the
 * section's link. That start is cut, with the full stop Pagefind adds after a heading: the longest tail of
 * whole words of `title` that the excerpt starts with and that ends a sentence or the excerpt.
 */
export function trimTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  const words = title
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  for (let first = 0; first < words.length; first += 1) {
    const tail = words.slice(first).map(escapeRegExp).join('\\s+');
    // Followed by the added full stop, by the title's own final punctuation, or by the excerpt's end.
    const found = new RegExp(`^${tail}(?:\\.(?=\\s|$)|(?<=[.:;!?…])(?=\\s|$)|$)\\s*`, 'u').exec(text);
    if (found) return dropStart(parts, found[0].length);
  }
  return [...parts];
}
