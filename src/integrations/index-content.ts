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
 */

/** Typographic apostrophes: right single quotation mark, modifier letter apostrophe. */
const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02BC]/g;

/** The attribute that marks the content Pagefind indexes; pages without it are not searchable. */
export const INDEXED_MARK = 'data-pagefind-body';

/** Elements Pagefind skips whole, read as neutral containers of the same kind (inline, block). */
const SKIPPED_CONTAINERS = { label: 'span', form: 'div' } as const;

export function prepareForIndex(html: string): string {
  let prepared = html.replace(TYPOGRAPHIC_APOSTROPHES, "'");
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
