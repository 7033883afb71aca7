/**
 * What the search indexer reads of a built page. Pure, so that it is tested without a build.
 *
 * Pagefind drops the content of `<label>` and `<form>` elements, taking them for interface chrome. In
 * this guide the steps of a checklist are the labels of their checkboxes: the very words a reader looks
 * for. The indexer therefore reads labels and forms as plain containers.
 *
 * French elides with the typographic apostrophe (`d’événements`, `l’utilisateur`). Pagefind splits a word
 * into its parts only at ASCII punctuation (`l'alphabet` is indexed whole and as `alphabet`), so without
 * help `événements` would find nothing where the page says `d’événements`. The index therefore reads
 * these apostrophes as ASCII ones; the page itself is unchanged, and the search panel restores them in
 * excerpts (`restoreApostrophes`).
 *
 * Section titles weigh more than body text: each heading gets an explicit `data-pagefind-weight`
 * (SECTION_TITLE_WEIGHTS), above Pagefind's defaults, so that a word of a section's title ranks that
 * section before pages that only mention the word. A term defined with an anchor (`<dt id="…">`, the
 * glossary) is read as a heading, so that it is a section of the index: a result leads to the term.
 */

/** Typographic apostrophes: right single quotation mark, modifier letter apostrophe. */
const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02BC]/g;

/** The attribute that marks the content Pagefind indexes; pages without it are not searchable. */
export const INDEXED_MARK = 'data-pagefind-body';

/** Elements Pagefind skips whole, read as neutral containers of the same kind (inline, block). */
const SKIPPED_CONTAINERS = { label: 'span', form: 'div' } as const;

/**
 * Pagefind's weight of each heading level (1 is body text, 10 the most). Pagefind's own defaults are 7
 * for `h1` down to 2 for `h6`; these put every section title well above the text it introduces.
 */
export const SECTION_TITLE_WEIGHTS = { h1: 10, h2: 9, h3: 8, h4: 7, h5: 6, h6: 5 } as const;

/** A defined term with its anchor, read as a section heading of this level. */
const TERM_HEADING = 'h2';

export function prepareForIndex(html: string): string {
  let prepared = html.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  prepared = prepared
    .replace(/<dt(?=\s[^>]*\bid=)([^>]*)>([\s\S]*?)<\/dt\s*>/gi, `<${TERM_HEADING}$1>$2</${TERM_HEADING}>`)
    .replace(/<(h[1-6])(?=[\s>])(?![^>]*data-pagefind-weight)/gi, (tag, level: string) => {
      const weight = SECTION_TITLE_WEIGHTS[level.toLowerCase() as keyof typeof SECTION_TITLE_WEIGHTS];
      return `${tag} data-pagefind-weight="${weight}"`;
    });
  for (const [skipped, neutral] of Object.entries(SKIPPED_CONTAINERS)) {
    prepared = prepared
      .replace(new RegExp(`<${skipped}(?=[\\s/>])`, 'gi'), `<${neutral}`)
      .replace(new RegExp(`</${skipped}\\s*>`, 'gi'), `</${neutral}>`);
  }
  return prepared;
}

/** The page URL of a built file, relative to the site's root: `fr/phase-4/index.html` → `/fr/phase-4/`. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
